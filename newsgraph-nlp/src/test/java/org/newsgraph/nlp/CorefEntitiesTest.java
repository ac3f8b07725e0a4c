package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.CorefOutput.Chain;
import org.newsgraph.nlp.CorefOutput.Mention;
import org.newsgraph.nlp.CorefOutput.MentionType;
import org.newsgraph.nlp.CorefOutput.Name;

/** CoreNLP's chains and names to entities and references, on hand-made CoreNLP output. */
class CorefEntitiesTest {

  private static final String SYSTEM = "CoreNLP statistical coreference";

  /** The span of the first occurrence of {@code words} at or after {@code from}. */
  private static Span at(String text, String words, int from) {
    int i = text.indexOf(words, from);
    if (i < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text after " + from);
    }
    return new Span(i, i + words.length());
  }

  private static Span at(String text, String words) {
    return at(text, words, 0);
  }

  private static Mention mention(String text, String words, String head, MentionType type) {
    Span span = at(text, words);
    return new Mention(span, at(text, head, span.start()), type);
  }

  /** "<surface>/<kind>/<entity id>" for each reference, in text order. */
  private static List<String> refs(String text, CorefEntities.Result r) {
    return r.references().stream().map(x -> x.span().in(text) + "/" + x.kind().id() + "/" + x.entity()).toList();
  }

  @Test
  void aPronounJoinsItsAntecedentAndNamesKeepTheirNerExtent() {
    String text = "Angela Merkel met President Barack Obama in Berlin on Monday. She said the president was welcome.";
    CorefOutput out =
        new CorefOutput(
            List.of(
                new Name(at(text, "Angela Merkel"), "PERSON"),
                new Name(at(text, "Barack Obama"), "PERSON"),
                new Name(at(text, "Berlin"), "CITY"),
                new Name(at(text, "Monday"), "DATE")),
            List.of(
                new Chain(
                    List.of(
                        mention(text, "President Barack Obama", "Obama", MentionType.PROPER),
                        mention(text, "the president", "president", MentionType.NOMINAL)),
                    0),
                new Chain(
                    List.of(
                        mention(text, "Angela Merkel", "Merkel", MentionType.PROPER),
                        mention(text, "She", "She", MentionType.PRONOMINAL)),
                    0)));

    CorefEntities.Result r = CorefEntities.convert(text, out, SYSTEM);

    assertThat(refs(text, r))
        .containsExactly(
            "Angela Merkel/name/e1",
            "Barack Obama/name/e2",
            "Berlin/name/e3",
            "She/pronoun/e1",
            "the president/description/e2");
    List<Entity> entities = r.entities().list();
    assertThat(entities).extracting(Entity::id).containsExactly("e1", "e2", "e3");
    assertThat(entities).extracting(Entity::type)
        .containsExactly(EntityType.PERSON, EntityType.PERSON, EntityType.LOCATION);
    assertThat(entities).extracting(Entity::name).containsExactly("Angela Merkel", "Barack Obama", "Berlin");
    assertThat(entities.get(0).evidence()).anyMatch(e -> e.contains("chain of 2 mentions"));
    assertThat(entities.get(2).evidence()).containsExactly("CoreNLP NER mention (CITY) in no coreference chain");
  }

  @Test
  void aListNeverTakesTheNameOfItsHeadMember() {
    String text = "Boeing and Lockheed Martin bid for the contract. They lost it.";
    CorefOutput out =
        new CorefOutput(
            List.of(new Name(at(text, "Boeing"), "ORGANIZATION"), new Name(at(text, "Lockheed Martin"), "ORGANIZATION")),
            List.of(
                new Chain(
                    List.of(
                        mention(text, "Boeing and Lockheed Martin", "Boeing", MentionType.LIST),
                        mention(text, "They", "They", MentionType.PRONOMINAL)),
                    0)));

    CorefEntities.Result r = CorefEntities.convert(text, out, SYSTEM);

    // Spans sort by start, then end: "Boeing" comes before the list that starts with it.
    assertThat(refs(text, r))
        .containsExactly(
            "Boeing/name/e1",
            "Boeing and Lockheed Martin/description/e2",
            "Lockheed Martin/name/e3",
            "They/pronoun/e2");
    Entity list = r.entities().require("e2");
    assertThat(list.type()).isEqualTo(EntityType.MISC);
    assertThat(list.name()).isEqualTo("Boeing and Lockheed Martin");
    assertThat(list.variants()).containsExactly("Boeing and Lockheed Martin");
    assertThat(r.entities().require("e1").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typeFromTheRepresentativesNameElseTheMostCommonOne() {
    String text = "The Paris club said Saint-Germain would move. Paris FC agreed. PSG left.";
    // The representative ("The Paris club", head "club") is no name, so the chain's names
    // decide and the majority wins: ORGANIZATION twice over one (mistaken) CITY.
    CorefOutput out =
        new CorefOutput(
            List.of(
                new Name(at(text, "Paris"), "CITY"),
                new Name(at(text, "Saint-Germain"), "CITY"),
                new Name(at(text, "Paris FC"), "ORGANIZATION"),
                new Name(at(text, "PSG"), "ORGANIZATION")),
            List.of(
                new Chain(
                    List.of(
                        mention(text, "The Paris club", "club", MentionType.NOMINAL),
                        mention(text, "Saint-Germain", "Saint-Germain", MentionType.PROPER),
                        mention(text, "Paris FC", "FC", MentionType.PROPER),
                        mention(text, "PSG", "PSG", MentionType.PROPER)),
                    0),
                new Chain(
                    List.of(
                        mention(text, "Paris FC", "FC", MentionType.PROPER),
                        mention(text, "PSG", "PSG", MentionType.PROPER)),
                    1)));

    CorefEntities.Result r = CorefEntities.convert(text, out, SYSTEM);

    Entity club = r.entities().require("e1");
    assertThat(club.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(club.name()).isEqualTo("Saint-Germain"); // the longest of its names
    assertThat(club.variants()).containsExactly("Saint-Germain", "Paris FC", "PSG");
    // "Paris" inside "The Paris club" is not its head: a city of its own. The second chain
    // only repeats names the first holds, so it is no entity.
    assertThat(refs(text, r))
        .containsExactly(
            "The Paris club/description/e1",
            "Paris/name/e2",
            "Saint-Germain/name/e1",
            "Paris FC/name/e1",
            "PSG/name/e1");
    assertThat(r.entities().require("e2").type()).isEqualTo(EntityType.LOCATION);
    assertThat(r.entities().list()).hasSize(2);
  }

  @Test
  void aChainWithoutNamesIsMiscAndNamedByItsRepresentative() {
    String text = "The company said it would grow.";
    CorefOutput out =
        new CorefOutput(
            List.of(),
            List.of(
                new Chain(
                    List.of(
                        mention(text, "The company", "company", MentionType.NOMINAL),
                        mention(text, "it", "it", MentionType.PRONOMINAL)),
                    0)));

    Entity e = CorefEntities.convert(text, out, SYSTEM).entities().require("e1");

    assertThat(e.type()).isEqualTo(EntityType.MISC);
    assertThat(e.name()).isEqualTo("The company");
    assertThat(e.evidence()).containsExactly(SYSTEM + " chain of 2 mentions; no NER name in it: type MISC");
  }

  @Test
  void oneReferencePerSpanAndOneChainPerName() {
    String text = "Lockheed Martin, Lockheed won. Lockheed Martin said it was glad.";
    Span first = at(text, "Lockheed Martin");
    Span second = at(text, "Lockheed Martin", first.end());
    CorefOutput out =
        new CorefOutput(
            // CoreNLP's NER runs "Lockheed Martin, Lockheed" together into one name.
            List.of(new Name(at(text, "Lockheed Martin, Lockheed"), "ORGANIZATION"), new Name(second, "ORGANIZATION")),
            List.of(
                new Chain(
                    List.of(
                        new Mention(first, at(text, "Martin"), MentionType.PROPER),
                        new Mention(second, at(text, "Martin", second.start()), MentionType.PROPER),
                        mention(text, "it", "it", MentionType.PRONOMINAL)),
                    1),
                // A second chain claiming a name the first holds adds nothing.
                new Chain(
                    List.of(
                        new Mention(second, at(text, "Martin", second.start()), MentionType.PROPER),
                        mention(text, "glad", "glad", MentionType.NOMINAL)),
                    0)));

    CorefEntities.Result r = CorefEntities.convert(text, out, SYSTEM);

    // The mention inside the run-together name keeps its own extent, and the name is not
    // repeated as an entity of its own.
    assertThat(refs(text, r))
        .containsExactly("Lockheed Martin/name/e1", "Lockheed Martin/name/e1", "it/pronoun/e1", "glad/description/e2");
    assertThat(r.entities().list()).hasSize(2);
    assertThat(r.entities().require("e1").type()).isEqualTo(EntityType.ORGANIZATION);
  }
}
