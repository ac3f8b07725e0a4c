package org.newsgraph.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnchorStatus;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountQualifier;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeAnchor;

class RecordJsonTest {

  private static Document sample() {
    String text = "Some 550 demonstrators were killed.\n\nWith AFP";
    return Document.of(
            "abc",
            text,
            Metadata.EMPTY.withCredit("AFP"),
            new SourceInfo("x.txt", "text/plain", "UTF-8", "valid utf-8", 46, List.of()))
        .with(
            Layers.BLOCKS,
            List.of(
                new Block(Span.of(0, 35), BlockKind.PARAGRAPH, "default"),
                new Block(Span.of(37, 45), BlockKind.CREDIT, "credit-agency")))
        .with(
            Layers.ANCHOR,
            new TimeAnchor(LocalDate.of(2020, 6, 11), AnchorStatus.PROVIDED, "--published", List.of()))
        .with(
            Layers.COUNTS,
            List.of(
                new Count(
                    Span.of(0, 34), Span.of(5, 8), 550, CountQualifier.APPROXIMATE,
                    Span.of(9, 22), "killed", null, null)));
  }

  @Test
  void annotationsCarryOffsetsAndDerivedText() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RecordJson.toJson(sample(), RecordJson.Options.DEFAULT));
    assertThat(root.get("schema").asText()).isEqualTo(RecordJson.SCHEMA);
    JsonNode credit = root.get("blocks").get(1);
    assertThat(credit.get("kind").asText()).isEqualTo("credit");
    assertThat(credit.get("text").asText()).isEqualTo("With AFP");
    JsonNode count = root.get("counts").get(0);
    assertThat(count.get("number").get("text").asText()).isEqualTo("550");
    assertThat(count.get("object").get("text").asText()).isEqualTo("demonstrators");
    assertThat(count.get("qualifier").asText()).isEqualTo("approximate");
    assertThat(count.has("place")).as("absent values are omitted").isFalse();
    assertThat(root.get("anchor").get("date").asText()).isEqualTo("2020-06-11");
    assertThat(root.get("anchor").get("status").asText()).isEqualTo("provided");
  }

  @Test
  void canonicalFormSortsKeysAndPutsOneAnnotationPerLine() {
    String c = RecordJson.canonical(RecordJson.toTree(sample(), RecordJson.Options.DEFAULT));
    assertThat(c).startsWith("{\n\"anchor\": ");
    assertThat(c).contains("\"blocks\": [\n  {\"end\":35,\"kind\":\"paragraph\",\"rule\":\"default\",\"start\":0,");
    assertThat(c.lines().filter(l -> l.startsWith("  {")).count()).isEqualTo(3);
    assertThat(RecordJson.canonical(RecordJson.toTree(sample(), RecordJson.Options.DEFAULT)))
        .as("deterministic")
        .isEqualTo(c);
  }
}
