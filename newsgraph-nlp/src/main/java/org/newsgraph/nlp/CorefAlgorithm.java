package org.newsgraph.nlp;

import java.util.Locale;

/**
 * The coreference systems of CoreNLP 4.5.10 whose English models ship in the models jar on our
 * classpath, as {@link PlainCoreNlpCoref} runs them. The jar also holds {@code fastneural} and
 * the rule-based {@code dcoref}; they are not offered, because nothing here measures them.
 */
public enum CorefAlgorithm {
  /**
   * CoreNLP's default for English ({@code CorefProperties.algorithm}: "statistical" unless
   * {@code coref.algorithm} says otherwise): mention ranking over dependency parses, hence
   * {@code depparse}.
   */
  STATISTICAL("depparse"),
  /**
   * The neural mention ranker, the most accurate and slowest of CoreNLP's systems: it reads
   * constituency parses, hence {@code parse} (its own {@code neural-english.properties}).
   */
  NEURAL("parse");

  private final String parser;

  CorefAlgorithm(String parser) {
    this.parser = parser;
  }

  /** The value of CoreNLP's {@code coref.algorithm} property. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The annotators a user lists for entities with this algorithm. */
  public String annotators() {
    return "tokenize,ssplit,pos,lemma,ner," + parser + ",coref";
  }
}
