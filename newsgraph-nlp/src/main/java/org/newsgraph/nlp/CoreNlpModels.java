package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP pipelines and SUTime, loaded once per process and configuration and shared by all
 * threads (CoreNLP's annotators are thread-safe for annotation, as its server relies on).
 */
final class CoreNlpModels {

  private static final Map<NlpConfig, CoreNlpModels> LOADED = new ConcurrentHashMap<>();

  final StanfordCoreNLP pipeline;
  final TimeExpressionExtractor sutime;
  final long loadNanos;

  private CoreNlpModels(NlpConfig config) {
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties(config));
    this.sutime = TimeExpressionExtractorFactory.createExtractor("sutime", sutimeProperties());
    this.loadNanos = System.nanoTime() - t0;
  }

  static CoreNlpModels get(NlpConfig config) {
    return LOADED.computeIfAbsent(config, CoreNlpModels::new);
  }

  /** The CoreNLP properties behind a configuration (printed by --print-config). */
  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    // Blocks are annotated one by one; inside a block, a blank line ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", config.nerModel());
    // Fine-grained NER costs two thirds of the NER time; entity typing is done downstream.
    p.setProperty("ner.applyFineGrained", "false");
    // Numbers and dates: SUTime runs separately, on the sentences that can hold a time.
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  static Properties sutimeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.rules", SutimeRules.rulesProperty());
    return p;
  }
}
