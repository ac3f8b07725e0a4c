package org.newsgraph.eval;

import java.util.Map;
import org.newsgraph.model.Document;
import org.newsgraph.nlp.CorefAlgorithm;
import org.newsgraph.nlp.PlainCoreNlpCoref;
import org.newsgraph.pipeline.Outcome;

/**
 * Plain Stanford CoreNLP's NER and coreference as an {@link EvalSystem} ({@code --system
 * corenlp}, {@code corenlp-neural}): the gold text goes to CoreNLP as it is, one document per
 * record, and comes back as the entities facet and references layer that newsgraph's entity
 * stage adds ({@link PlainCoreNlpCoref}), so the {@code ner} and {@code entities} tasks score it
 * as they score newsgraph.
 */
final class CoreNlpSystem implements EvalSystem {

  private final String name;
  private final PlainCoreNlpCoref corenlp;
  private final String stage;

  CoreNlpSystem(String name, CorefAlgorithm algorithm) {
    this.name = name;
    this.corenlp = new PlainCoreNlpCoref(algorithm);
    this.stage = "corenlp." + algorithm.id();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Outcome analyze(TextRecord r) {
    long t0 = System.nanoTime();
    try {
      Document doc = corenlp.analyze(r.id(), r.text(), r.published());
      return new Outcome(r.id(), doc, null, null, null, Map.of(stage, System.nanoTime() - t0));
    } catch (RuntimeException e) {
      // CoreNLP fails on one text (a parse out of memory is an Error and is not caught here).
      return new Outcome(r.id(), null, stage, e.toString(), e, Map.of(stage, System.nanoTime() - t0));
    }
  }
}
