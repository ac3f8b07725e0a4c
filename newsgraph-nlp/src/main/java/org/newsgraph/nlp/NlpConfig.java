package org.newsgraph.nlp;

/**
 * Settings of the CoreNLP stage. The defaults were chosen by measurement ({@code newsgraph
 * bench} and {@code newsgraph eval ner}); see docs/nlp.md.
 *
 * @param nerModel the CRF model for PERSON/ORGANIZATION/LOCATION(/MISC). CoreNLP's default runs
 *     three CRFs in a row plus fine-grained rules; one model gives most of the accuracy at a
 *     third of the cost.
 * @param timeScope what SUTime reads: {@code all} sentences, only each {@code sentence} with a
 *     time trigger word, or only a {@code window} of tokens around each trigger. SUTime's rules
 *     cost more than tagging and NER together, and most tokens are far from any time
 *     expression; see docs/nlp.md for the measured effect on speed and on the timex gold sets.
 * @param maxSentenceTokens sentences longer than this are not given to SUTime (its cost grows
 *     faster than linearly); 150 tokens is four times the longest prose sentence in the gold sets.
 * @param maxDocumentTokens documents with more tokens are refused; 60,000 tokens is about 100
 *     pages of text, ten times a long feature article.
 */
public record NlpConfig(
    String nerModel, String timeScope, int maxSentenceTokens, int maxDocumentTokens) {

  public static final String NER_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  public static final String NER_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  public static final String NER_7CLASS =
      "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  public static final NlpConfig DEFAULTS = new NlpConfig(NER_3CLASS, "window", 150, 60_000);
}
