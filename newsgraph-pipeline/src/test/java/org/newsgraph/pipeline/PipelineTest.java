package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Stage;
import org.newsgraph.model.StageException;
import org.newsgraph.model.TimeAnchor;

/** The pipeline contract, with toy stages (no models). */
class PipelineTest {

  private record Toy(String name, Set<Key> reads, Set<Key> adds, boolean fail) implements Stage {
    @Override
    public Document process(Document doc) {
      if (fail && doc.text().contains("bad")) {
        throw new StageException("cannot digest 'bad'");
      }
      if (fail && doc.text().contains("bug")) {
        throw new NullPointerException("oops");
      }
      return adds.contains(Layers.ANCHOR)
          ? doc.with(Layers.ANCHOR, TimeAnchor.unknown("toy", List.of()))
          : doc;
    }
  }

  private static final Stage ANCHOR =
      new Toy("toy.anchor", Set.of(Layers.BLOCKS), Set.of(Layers.ANCHOR), true);
  private static final Stage NEEDS_ANCHOR =
      new Toy("toy.user", Set.of(Layers.ANCHOR), Set.of(), false);

  private static Document doc(String text) {
    return Document.of("id-" + text, text, Metadata.EMPTY,
        new SourceInfo(text + ".txt", "text/plain", "UTF-8", "t", 1, List.of()));
  }

  @Test
  void aStageThatReadsWhatNoEarlierStageAddsIsRejectedWithTheRemedy() {
    assertThatThrownBy(
            () -> Pipeline.builder("p").add(new Toy("toy.user", Set.of(Layers.ANCHOR), Set.of(), false))
                .add(ANCHOR).build(Set.of(Layers.BLOCKS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage 'toy.user' reads facet 'anchor', which no earlier stage adds; move it"
            + " after 'toy.anchor', which adds it");
    assertThatThrownBy(() -> Pipeline.builder("p").add(ANCHOR).build(Set.of()))
        .hasMessageContaining("reads layer 'blocks', which no earlier stage adds; add a stage that provides it");
  }

  @Test
  void twoStagesMayNotAddTheSameKey() {
    assertThatThrownBy(() -> Pipeline.builder("p").add(ANCHOR).add(ANCHOR).build(Set.of(Layers.BLOCKS)))
        .hasMessageContaining("adds facet 'anchor', which an earlier stage already adds");
  }

  @Test
  void failuresNameTheDocumentAndTheStageAndDoNotStopOthers() {
    Pipeline p = Pipeline.builder("p").add(ANCHOR).build(Set.of(Layers.BLOCKS));
    Outcome bad = p.run("bad.txt", doc("bad"));
    assertThat(bad.ok()).isFalse();
    assertThat(bad.message()).isEqualTo("bad.txt: cannot digest 'bad' [stage toy.anchor]");
    Outcome bug = p.run("bug.txt", doc("bug"));
    assertThat(bug.message()).contains("internal error in stage 'toy.anchor'").contains("NullPointerException");
    Outcome good = p.run("good.txt", doc("good"));
    assertThat(good.ok()).isTrue();
    assertThat(good.document().has(Layers.ANCHOR)).isTrue();
    assertThat(p.totalNanos()).containsOnlyKeys("toy.anchor");
  }

  @Test
  void aPipelineIsAStage() {
    Pipeline inner = Pipeline.builder("inner").add(ANCHOR).build(Set.of(Layers.BLOCKS));
    assertThat(inner.reads()).containsExactly(Layers.BLOCKS);
    assertThat(inner.adds()).containsExactly(Layers.ANCHOR);
    Pipeline outer = Pipeline.builder("outer").add(inner).add(NEEDS_ANCHOR).build(Set.of(Layers.BLOCKS));
    assertThat(outer.run("x", doc("fine")).ok()).isTrue();
  }
}
