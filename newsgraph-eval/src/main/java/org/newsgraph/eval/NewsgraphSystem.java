package org.newsgraph.eval;

import java.util.Objects;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/** newsgraph's own pipeline as an {@link EvalSystem}: {@code --system newsgraph}, the default. */
final class NewsgraphSystem implements EvalSystem {

  private final Newsgraph ng;

  NewsgraphSystem(Newsgraph ng) {
    this.ng = Objects.requireNonNull(ng, "ng");
  }

  @Override
  public String name() {
    return EvalSystems.NEWSGRAPH;
  }

  @Override
  public Outcome analyze(TextRecord r) {
    return ng.analyzeText(r.id(), r.text(), AnalyzeOptions.published(r.published()));
  }

  @Override
  public Outcome extractPage(java.nio.file.Path html, String url) {
    return PageInputs.extract(ng, html, url);
  }
}
