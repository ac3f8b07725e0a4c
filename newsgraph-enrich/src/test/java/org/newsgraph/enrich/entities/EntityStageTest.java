package org.newsgraph.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.gazetteer.Gazetteer;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * The rules for descriptions and pronouns, on hand-tagged documents without models. A sentence
 * is written {@code word/TAG word/TAG ...}; sentences of one paragraph are separated by
 * {@code " | "}, paragraphs are the arguments.
 */
class EntityStageTest {

  private static final SourceInfo SOURCE =
      new SourceInfo("test", "text/plain", "UTF-8", "test", 0, List.of());

  /** A document being built: text, tokens, sentences, blocks and the NER names. */
  private static final class Doc {
    final StringBuilder text = new StringBuilder();
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<EntityMention> mentions = new ArrayList<>();

    Doc(String... paragraphs) {
      for (String paragraph : paragraphs) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int blockStart = text.length();
        for (String sentence : paragraph.split(" \\| ")) {
          if (text.length() > blockStart) {
            text.append(' ');
          }
          int sentenceStart = text.length();
          for (String item : sentence.trim().split(" +")) {
            int slash = item.lastIndexOf('/');
            if (text.length() > sentenceStart) {
              text.append(' ');
            }
            int start = text.length();
            String word = item.substring(0, slash);
            text.append(word);
            tokens.add(new Token(new Span(start, text.length()), sentences.size(),
                item.substring(slash + 1), word.toLowerCase(Locale.ROOT)));
          }
          sentences.add(new Sentence(new Span(sentenceStart, text.length()), blocks.size()));
        }
        blocks.add(new Block(new Span(blockStart, text.length()), BlockKind.PARAGRAPH, "test"));
      }
    }

    Doc name(String surface, EntityType type, int occurrence) {
      Span span = span(surface, occurrence);
      int sentence = 0;
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).span().contains(span)) {
          sentence = i;
        }
      }
      mentions.add(new EntityMention(span, type, type.name(), sentence, "test"));
      return this;
    }

    Doc name(String surface, EntityType type) {
      return name(surface, type, 0);
    }

    Span span(String surface, int occurrence) {
      int at = -1;
      for (int k = 0; k <= occurrence; k++) {
        at = text.indexOf(surface, at + 1);
        if (at < 0) {
          throw new IllegalArgumentException("'" + surface + "' occurs fewer than "
              + (occurrence + 1) + " times in '" + text + "'");
        }
      }
      return new Span(at, at + surface.length());
    }

    Document resolve() {
      Document doc = Document.of("doc", text.toString(), Metadata.EMPTY, SOURCE)
          .with(Layers.BLOCKS, blocks)
          .with(Layers.SENTENCES, sentences)
          .with(Layers.TOKENS, tokens)
          .with(Layers.MENTIONS, mentions);
      return new EntityStage(Gazetteer.get()).process(doc);
    }
  }

  private static Optional<Reference> reference(Document doc, Span span) {
    return doc.references().stream().filter(r -> r.span().equals(span)).findFirst();
  }

  /** The canonical name of the entity the reference at {@code span} points to. */
  private static String entityAt(Document doc, Span span) {
    Reference r = reference(doc, span)
        .orElseThrow(() -> new AssertionError("no reference at '" + span.in(doc.text()) + "'"));
    return doc.entities().require(r.entity()).name();
  }

  private static Entity entityNamed(Document doc, String name) {
    return doc.entities().list().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void wordsBeforeANameAndAnAppositionDescribeIt() {
    Doc d = new Doc("German/JJ airline/NN Lufthansa/NNP said/VBD ./. | NPD/NNP Group/NNP ,/, a/DT"
        + " market/NN research/NN firm/NN ,/, agreed/VBD ./.")
        .name("Lufthansa", EntityType.ORGANIZATION)
        .name("NPD Group", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("German airline Lufthansa", 0))).isEqualTo("Lufthansa");
    assertThat(reference(doc, d.span("German airline Lufthansa", 0)).orElseThrow().kind())
        .isEqualTo(ReferenceKind.DESCRIPTION);
    assertThat(entityAt(doc, d.span("a market research firm", 0))).isEqualTo("NPD Group");
    assertThat(entityAt(doc, d.span("NPD Group , a market research firm", 0)))
        .isEqualTo("NPD Group");
    assertThat(entityNamed(doc, "NPD Group").evidence())
        .anyMatch(e -> e.contains("an apposition to 'NPD Group'"));
  }

  @Test
  void aListOfNamesIsNoApposition() {
    Doc d = new Doc("Chrysler/NNP Aspen/NNP ,/, PT/NNP Cruiser/NN and/CC Jeep/NNP sold/VBD ./.")
        .name("Chrysler Aspen", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    assertThat(reference(doc, d.span("PT Cruiser", 0))).isEmpty();
    assertThat(doc.references()).hasSize(1);
  }

  @Test
  void itAndWhichPointToTheOrganizationBefore() {
    Doc d = new Doc("Airbus/NNP ,/, which/WDT builds/VBZ planes/NNS ,/, said/VBD it/PRP"
        + " would/MD grow/VB ./.")
        .name("Airbus", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("which", 0))).isEqualTo("Airbus");
    assertThat(entityAt(doc, d.span("it", 0))).isEqualTo("Airbus");
    assertThat(entityNamed(doc, "Airbus").evidence())
        .anyMatch(e -> e.startsWith("'it' at ")
            && e.endsWith("the last organization or thing named before"));
  }

  @Test
  void whoPointsToAPersonOnlyAndWhichToAThingOnly() {
    Doc d = new Doc("Jim/NNP Smith/NNP ,/, which/WDT was/VBD odd/JJ ./. | Airbus/NNP who/WP"
        + " flew/VBD ./.")
        .name("Jim Smith", EntityType.PERSON)
        .name("Airbus", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    assertThat(reference(doc, d.span("which", 0))).isEmpty();
    assertThat(reference(doc, d.span("who", 0))).isEmpty();
  }

  @Test
  void theyPointsToTheLastPluralPhraseNotToYearsOrToAnOrganization() {
    Doc d = new Doc("Boeing/NNP hired/VBD the/DT young/JJ engineers/NNS for/IN three/CD years/NNS"
        + " ./. | They/PRP said/VBD their/PRP$ work/NN mattered/VBD ./.")
        .name("Boeing", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    Reference group = reference(doc, d.span("the young engineers", 0)).orElseThrow();
    assertThat(reference(doc, d.span("They", 0)).orElseThrow().entity()).isEqualTo(group.entity());
    assertThat(reference(doc, d.span("their", 0)).orElseThrow().entity())
        .isEqualTo(group.entity());
    assertThat(doc.entities().require(group.entity()).name()).isEqualTo("the young engineers");
    assertThat(doc.entities().require(group.entity()).type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void aDefinitePhraseJoinsTheNameHoldingItsHeadOrTheSamePhraseBefore() {
    Doc d = new Doc("The/DT Taiwan/NNP Lantern/NNP Festival/NNP opened/VBD in/IN the/DT"
        + " constituency/NN ./. | The/DT festival/NN drew/VBD crowds/NNS to/TO this/DT"
        + " constituency/NN ,/, not/RB the/DT northern/JJ constituency/NN ./.")
        .name("Taiwan Lantern Festival", EntityType.MISC);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("The festival", 0))).isEqualTo("Taiwan Lantern Festival");
    Reference first = reference(doc, d.span("the constituency", 0)).orElseThrow();
    assertThat(reference(doc, d.span("this constituency", 0)).orElseThrow().entity())
        .isEqualTo(first.entity());
    // A modifier the first phrase lacks: another constituency.
    assertThat(reference(doc, d.span("the northern constituency", 0)).map(Reference::entity))
        .isNotEqualTo(Optional.of(first.entity()));
  }

  @Test
  void firstPersonInAParagraphIsItsOnlyPersonOrASpeakerOfItsOwn() {
    Doc d = new Doc(
        "Jim/NNP Smith/NNP said/VBD :/: I/PRP love/VBP my/PRP$ job/NN ./.",
        "Ann/NNP Lee/NNP met/VBD Bo/NNP Park/NNP ./. | I/PRP won/VBD ,/, we/PRP said/VBD ./."
            + " | Our/PRP$ team/NN won/VBD ./.")
        .name("Jim Smith", EntityType.PERSON)
        .name("Ann Lee", EntityType.PERSON)
        .name("Bo Park", EntityType.PERSON);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("I", 0))).isEqualTo("Jim Smith");
    assertThat(entityAt(doc, d.span("my", 0))).isEqualTo("Jim Smith");
    // Two people named: "I" is a speaker of its own, and as nothing else refers to it, no
    // entity of the facet.
    assertThat(reference(doc, d.span("I", 1))).isEmpty();
    String we = reference(doc, d.span("we", 0)).orElseThrow().entity();
    assertThat(doc.entities().require(we).type()).isEqualTo(EntityType.MISC);
    assertThat(reference(doc, d.span("Our", 0)).orElseThrow().entity()).isEqualTo(we);
  }

  @Test
  void heStillPointsToTheLastPersonWithinThreeSentences() {
    Doc d = new Doc("Jim/NNP Smith/NNP arrived/VBD ./. | Rain/NN fell/VBD ./. | It/PRP"
        + " stopped/VBD ./. | He/PRP left/VBD ./. | Rain/NN fell/VBD ./. | Rain/NN fell/VBD ./."
        + " | Rain/NN fell/VBD ./. | he/PRP slept/VBD ./.")
        .name("Jim Smith", EntityType.PERSON);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("He", 0))).isEqualTo("Jim Smith");
    assertThat(reference(doc, d.span("he", 0))).isEmpty();
  }

  @Test
  void aNounPhraseReachesOverItsPostModifiersAndRelativeClause() {
    Doc d = new Doc("The/DT team/NN of/IN Afghan/JJ girls/NNS ,/, which/WDT consists/VBZ of/IN"
        + " six/CD students/NNS ,/, won/VBD ./. | The/DT team/NN celebrated/VBD ./.");
    Document doc = d.resolve();

    Reference whole = reference(doc,
        d.span("The team of Afghan girls , which consists of six students", 0)).orElseThrow();
    assertThat(reference(doc, d.span("The team", 1)).orElseThrow().entity())
        .isEqualTo(whole.entity());
    assertThat(reference(doc, d.span("The team", 0))).isEmpty();
  }

  @Test
  void aPronounOfOneGenderSkipsAPersonOfTheOther() {
    Doc d = new Doc("Mary/NNP Jones/NNP met/VBD John/NNP Smith/NNP ./. | She/PRP thanked/VBD"
        + " him/PRP ./.", "Ann/NNP Lee/NNP ,/, the/DT spokeswoman/NN ,/, left/VBD ./. | Bob/NNP"
        + " Park/NNP arrived/VBD ./. | Her/PRP$ car/NN waited/VBD ./.")
        .name("Mary Jones", EntityType.PERSON)
        .name("John Smith", EntityType.PERSON)
        .name("Ann Lee", EntityType.PERSON)
        .name("Bob Park", EntityType.PERSON);
    Document doc = d.resolve();
    Doc d2 = new Doc("Mr./NNP Hall/NNP spoke/VBD ./. | She/PRP listened/VBD ./.")
        .name("Hall", EntityType.PERSON);
    Document doc2 = d2.resolve();

    assertThat(entityAt(doc, d.span("She", 0))).isEqualTo("Mary Jones");
    assertThat(entityAt(doc, d.span("him", 0))).isEqualTo("John Smith");
    assertThat(entityAt(doc, d.span("Her", 0))).isEqualTo("Ann Lee");
    // "Mr." says Hall is a man: "She" has no one to point to.
    assertThat(reference(doc2, d2.span("She", 0))).isEmpty();
    assertThat(entityNamed(doc, "Mary Jones").evidence())
        .contains("'Mary Jones' is a woman: the first name 'Mary'");
  }

  @Test
  void aNounWithoutDeterminerIsTakenUpByTheSameNounAndByThey() {
    Doc d = new Doc("Parents/NNS protested/VBD ./. | The/DT parents/NNS said/VBD they/PRP"
        + " were/VBD angry/JJ ./. | Iodine/NN matters/VBZ ;/: iodine/NN helps/VBZ ./.");
    Document doc = d.resolve();

    String parents = reference(doc, d.span("Parents", 0)).orElseThrow().entity();
    assertThat(reference(doc, d.span("The parents", 0)).orElseThrow().entity())
        .isEqualTo(parents);
    assertThat(reference(doc, d.span("they", 0)).orElseThrow().entity()).isEqualTo(parents);
    assertThat(reference(doc, d.span("iodine", 0)).orElseThrow().entity())
        .isEqualTo(reference(doc, d.span("Iodine", 0)).orElseThrow().entity())
        .isNotEqualTo(parents);
  }

  @Test
  void thatAsAConjunctionOpensNoPhrase() {
    Doc d = new Doc("Analysts/NNS said/VBD that/IN companies/NNS grew/VBD ./. | The/DT"
        + " companies/NNS hired/VBD ./.");
    Document doc = d.resolve();

    assertThat(reference(doc, d.span("that companies", 0))).isEmpty();
    assertThat(reference(doc, d.span("The companies", 0)).orElseThrow().entity())
        .isEqualTo(reference(doc, d.span("companies", 0)).orElseThrow().entity());
  }

  @Test
  void aPossessivePhraseIsAReferenceNextToItsPronoun() {
    Doc d = new Doc("Jim/NNP Smith/NNP met/VBD his/PRP$ father/NN ./. | His/PRP$ father/NN"
        + " smiled/VBD ./.")
        .name("Jim Smith", EntityType.PERSON);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("his", 0))).isEqualTo("Jim Smith");
    assertThat(reference(doc, d.span("His father", 0)).orElseThrow().entity())
        .isEqualTo(reference(doc, d.span("his father", 0)).orElseThrow().entity());
  }

  @Test
  void aDescriptionNothingElseRefersToIsNoEntity() {
    Doc d = new Doc("A/DT practising/VBG homeopath/NN spoke/VBD to/TO the/DT crowd/NN ./.");
    Document doc = d.resolve();

    assertThat(doc.references()).isEmpty();
    assertThat(doc.entities().list()).isEmpty();
  }

  @Test
  void theirPointsToTheOrganizationOfItsSentenceOnlyWithoutAPluralPhrase() {
    Doc d = new Doc("The/DT Afghan/JJ team/NN won/VBD ./. | Boeing/NNP said/VBD their/PRP$"
        + " coach/NN cried/VBD ./. | Airbus/NNP grew/VBD ./. | Analysts/NNS said/VBD they/PRP"
        + " agreed/VBD ./.")
        .name("Boeing", EntityType.ORGANIZATION)
        .name("Airbus", EntityType.ORGANIZATION);
    Document doc = d.resolve();

    assertThat(entityAt(doc, d.span("their", 0))).isEqualTo("Boeing");
    // A plural phrase nearer than the organization: the group, not Airbus.
    assertThat(reference(doc, d.span("they", 0)).orElseThrow().entity())
        .isEqualTo(reference(doc, d.span("Analysts", 0)).orElseThrow().entity());
  }
}
