package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;

/** What each task reads from an analyzed document, and how it reads its gold lines. */
class TaskExtractTest {

  private static final SourceInfo SRC = new SourceInfo("test", "text/plain", "UTF-8", "test", 10, List.of());

  /** Airbus [0,6), said [7,11), we will deliver [13,28), It [31,33), great [39,44), Obama [52,57). */
  private static final String TEXT = "Airbus said \"we will deliver\". It was \"great\" news. Obama";

  @TempDir Path dir;

  private static Document doc() {
    return Document.of("r1", TEXT, Metadata.EMPTY, SRC)
        .with(
            Layers.MENTIONS,
            List.of(new EntityMention(Span.of(0, 6), EntityType.ORGANIZATION, "ORGANIZATION", 0, "t")));
  }

  private static TextRecord record() {
    return new TextRecord("r1", 1, TEXT, null);
  }

  private static Entities entities() {
    return new Entities(
        List.of(
            new Entity("e1", EntityType.ORGANIZATION, "Airbus", null, List.of("Airbus"), List.of(), List.of()),
            new Entity("e2", EntityType.PERSON, "Barack Obama", null, List.of("Obama"), List.of(), List.of())));
  }

  private static List<Reference> references() {
    return List.of(
        new Reference(Span.of(0, 6), "e1", ReferenceKind.NAME, null, null),
        new Reference(Span.of(31, 33), "e1", ReferenceKind.PRONOUN, null, null),
        new Reference(Span.of(52, 57), "e2", ReferenceKind.ALIAS, null, null));
  }

  @Test
  void quotesLeaveScareQuotesOutAndCountThem() {
    Quotation said =
        new Quotation(Span.of(13, 28), List.of(Span.of(13, 28)), QuoteKind.DIRECT, Span.of(7, 11), Span.of(0, 6), "Airbus", "e1");
    Quotation scare = new Quotation(Span.of(39, 44), List.of(Span.of(39, 44)), QuoteKind.SCARE, null, null, null, null);
    QuotesTask task = new QuotesTask();
    QuotesTask.Gold gold = new QuotesTask.Gold(record(), List.of());
    QuotesTask.Answer a = task.extract(gold, doc().with(Layers.QUOTES, List.of(said, scare)));
    assertThat(a.scareQuotesLeftOut()).isEqualTo(1);
    assertThat(a.attributions())
        .containsExactly(new Attribution(Span.of(0, 6), Span.of(7, 11), List.of(Span.of(13, 28)), true));
    ObjectNode json = task.toJson(gold, a);
    assertThat(json.get("attributions").get(0).get("cue").get("text").asText()).isEqualTo("said");
    assertThat(json.get("scare_quotes_left_out").asInt()).isEqualTo(1);
  }

  @Test
  void withoutTheQuotesLayerThereAreNoQuotes() {
    QuotesTask.Answer a = new QuotesTask().extract(new QuotesTask.Gold(record(), List.of()), doc());
    assertThat(a).isEqualTo(QuotesTask.Answer.NONE);
  }

  @Test
  void quotesGoldLines() throws IOException {
    Path f =
        write(
            "quotes.jsonl",
            "{\"id\": \"r1\", \"text\": " + json(TEXT) + ", \"attributions\": [{"
                + "\"source\": {\"start\": 0, \"end\": 6, \"text\": \"Airbus\"}, \"cue\": null,"
                + " \"content\": [{\"start\": 13, \"end\": 28}], \"direct\": true}]}");
    QuotesTask.Gold g = new QuotesTask().parse(GoldFile.read(f).get(0));
    assertThat(g.attributions()).containsExactly(new Attribution(Span.of(0, 6), null, List.of(Span.of(13, 28)), true));

    Path noContent =
        write("q2.jsonl", "{\"id\": \"r1\", \"text\": \"x\", \"attributions\": [{\"content\": [], \"direct\": false}]}");
    assertThatThrownBy(() -> new QuotesTask().parse(GoldFile.read(noContent).get(0)))
        .hasMessageContaining("'attributions[0].content' is empty");
    Path noDirect =
        write("q3.jsonl", "{\"id\": \"r1\", \"text\": \"x\", \"attributions\": [{\"content\": [{\"start\": 0, \"end\": 1}]}]}");
    assertThatThrownBy(() -> new QuotesTask().parse(GoldFile.read(noDirect).get(0)))
        .hasMessageContaining("'attributions[0].direct' must be true or false and is missing");
  }

  @Test
  void entitiesFromReferencesWithLocalAndCorpusIds() {
    Document d = doc().with(Layers.ENTITIES, entities()).with(Layers.REFERENCES, references());
    EntitiesTask task = new EntitiesTask();
    EntitiesTask.Gold gold = new EntitiesTask.Gold(record(), List.of());
    List<SystemMention> mentions = task.extract(gold, d);
    assertThat(mentions)
        .extracting(SystemMention::entity)
        .containsExactly("name:ORG:airbus", "name:ORG:airbus", "name:PER:barack obama");
    assertThat(mentions).extracting(SystemMention::localEntity).containsExactly("r1#e1", "r1#e1", "r1#e2");
    ObjectNode json = task.toJson(gold, mentions);
    assertThat(json.get("mentions").get(1).get("kind").asText()).isEqualTo("pronoun");
    assertThat(json.get("mentions").get(1).get("named").asBoolean()).isFalse();
    // Without the references layer: no mentions.
    assertThat(task.extract(gold, doc())).isEmpty();
  }

  @Test
  void entitiesGoldLines() throws IOException {
    Path f =
        write(
            "entities.jsonl",
            "{\"id\": \"r1\", \"text\": " + json(TEXT) + ", \"mentions\": ["
                + "{\"start\": 0, \"end\": 6, \"text\": \"Airbus\", \"entity\": \"ORG1\", \"link\": \"Airbus\", \"named\": true},"
                + "{\"start\": 31, \"end\": 33, \"entity\": \"ORG1\", \"named\": false}]}");
    EntitiesTask.Gold g = new EntitiesTask().parse(GoldFile.read(f).get(0));
    assertThat(g.mentions())
        .containsExactly(
            new GoldMention(Span.of(0, 6), "ORG1", "Airbus", true),
            new GoldMention(Span.of(31, 33), "ORG1", null, false));
    Path noNamed = write("e2.jsonl", "{\"id\": \"r1\", \"text\": \"x\", \"mentions\": [{\"start\": 0, \"end\": 1, \"entity\": \"a\"}]}");
    assertThatThrownBy(() -> new EntitiesTask().parse(GoldFile.read(noNamed).get(0)))
        .hasMessageContaining("'mentions[0].named' must be true or false");
  }

  @Test
  void nerUsesNamedReferencesWhenTheDocumentHasThem() {
    Document d = doc().with(Layers.ENTITIES, entities()).with(Layers.REFERENCES, references());
    NerTask task = new NerTask();
    NerTask.Answer a = task.extract(new NerTask.Gold(record(), List.of()), d);
    assertThat(a.source()).isEqualTo(NerTask.Source.REFERENCES);
    // The pronoun is not a name; "Obama" is an alias of a person.
    assertThat(a.mentions())
        .containsExactly(
            new org.newsgraph.eval.Entity(Span.of(0, 6), "ORG", "ref:name/organization"),
            new org.newsgraph.eval.Entity(Span.of(52, 57), "PER", "ref:alias/person"));
  }

  @Test
  void nerFallsBackToCoreNlpMentionsAndSaysWhich() {
    NerTask task = new NerTask();
    NerTask.Gold gold = new NerTask.Gold(record(), List.of());
    NerTask.Answer a = task.extract(gold, doc());
    assertThat(a.source()).isEqualTo(NerTask.Source.CORENLP);
    assertThat(a.mentions()).containsExactly(new org.newsgraph.eval.Entity(Span.of(0, 6), "ORG", "ORGANIZATION"));
    EvalTask.Tally<NerTask.Gold, NerTask.Answer> tally = task.newTally();
    tally.add(gold, a);
    assertThat(tally.report().table())
        .contains("  CoreNLP mentions layer, typed by CoreNLP's label (1)", "  ORGANIZATION -> ORG (1)");
  }

  @Test
  void nerFailsTheRecordWhenAReferencePointsNowhere() {
    Document d =
        doc().with(Layers.REFERENCES, List.of(new Reference(Span.of(0, 6), "e1", ReferenceKind.NAME, null, null)));
    assertThatThrownBy(() -> new NerTask().extract(new NerTask.Gold(record(), List.of()), d))
        .isInstanceOf(RecordFailure.class)
        .hasMessageContaining("entity 'e1'");
  }

  private Path write(String name, String line) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, line + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
