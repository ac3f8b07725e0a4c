package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static final SourceInfo SRC =
      new SourceInfo("test", "text/plain", "UTF-8", "test", 10, List.of());

  private static Document doc(String text) {
    return Document.of("d1", text, Metadata.EMPTY, SRC);
  }

  @Test
  void layersAreSortedAndSurfaceIsDerived() {
    Document d =
        doc("Obama met Merkel.")
            .with(
                Layers.MENTIONS,
                List.of(
                    new EntityMention(Span.of(10, 16), EntityType.PERSON, "PERSON", 0, "t"),
                    new EntityMention(Span.of(0, 5), EntityType.PERSON, "PERSON", 0, "t")));
    assertThat(d.mentions()).extracting(d::surface).containsExactly("Obama", "Merkel");
  }

  @Test
  void aStageCannotReplaceAnotherStagesLayer() {
    Document d = doc("text").with(Layers.MENTIONS, List.of());
    assertThatThrownBy(() -> d.with(Layers.MENTIONS, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already present");
  }

  @Test
  void spansMustFitTheText() {
    assertThatThrownBy(
            () ->
                doc("abc")
                    .with(
                        Layers.BLOCKS,
                        List.of(new Block(Span.of(0, 10), BlockKind.PARAGRAPH, "test"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer 'blocks'")
        .hasMessageContaining("d1");
  }

  @Test
  void missingLayerSaysWhatToDo() {
    assertThatThrownBy(() -> doc("abc").tokens())
        .hasMessageContaining("layer 'tokens' is not present")
        .hasMessageContaining("run the stage that adds it");
    assertThat(doc("abc").findLayer(Layers.TOKENS)).isEmpty();
  }

  @Test
  void documentsAreImmutableValues() {
    Document a = doc("abc");
    Document b = a.with(Layers.ANCHOR, TimeAnchor.unknown("none", List.of()));
    assertThat(a.has(Layers.ANCHOR)).isFalse();
    assertThat(b.has(Layers.ANCHOR)).isTrue();
    assertThat(b.require(Layers.ANCHOR).isKnown()).isFalse();
  }

  @Test
  void scareQuotesHaveNoSpeaker() {
    assertThatThrownBy(
            () ->
                new Quotation(
                    Span.of(0, 5),
                    List.of(Span.of(1, 4)),
                    QuoteKind.SCARE,
                    null,
                    Span.of(6, 8),
                    "X",
                    null))
        .hasMessageContaining("scare quote has no speaker");
  }
}
