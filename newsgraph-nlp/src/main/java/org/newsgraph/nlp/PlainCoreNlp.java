package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Plain Stanford CoreNLP with its default models and settings, as a user would run it: the
 * baseline that {@code newsgraph bench} measures newsgraph against. Not used by the pipeline.
 */
public final class PlainCoreNlp {

  /** The annotators of the baseline: CoreNLP's usual NER pipeline. */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  private final StanfordCoreNLP pipeline;
  private final long loadNanos;

  public PlainCoreNlp(String annotators) {
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    this.pipeline = new StanfordCoreNLP(p);
    this.loadNanos = System.nanoTime() - t0;
  }

  public long loadNanos() {
    return loadNanos;
  }

  /**
   * Annotates one document (one {@code annotate(Annotation)} call per document: CoreNLP's
   * {@code annotate(Iterable, threads)} annotates each document twice) and returns its token
   * count. The document date is set on the document, as relative dates need.
   */
  public int annotate(String text, String docDate) {
    Annotation a = new Annotation(text);
    if (docDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    pipeline.annotate(a);
    List<?> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
