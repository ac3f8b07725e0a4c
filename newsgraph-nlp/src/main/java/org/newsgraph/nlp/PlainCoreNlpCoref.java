package org.newsgraph.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.CorefOutput.Chain;
import org.newsgraph.nlp.CorefOutput.Mention;
import org.newsgraph.nlp.CorefOutput.MentionType;
import org.newsgraph.nlp.CorefOutput.Name;

/**
 * Plain Stanford CoreNLP's named entities and coreference, run as a user would run them for
 * entities ({@code tokenize,ssplit,pos,lemma,ner,<parser>,coref}, every other setting CoreNLP's
 * default), with the output translated into the two things newsgraph's entity stage adds: the
 * {@code entities} facet and the {@code references} layer ({@link CorefEntities}). The baseline
 * that {@code newsgraph eval --system corenlp} measures newsgraph against; not used by the
 * pipeline. Thread-safe: CoreNLP's pipeline is shared by all threads, as its server shares it.
 */
public final class PlainCoreNlpCoref {

  private final CorefAlgorithm algorithm;
  private final StanfordCoreNLP pipeline;
  private final long loadNanos;

  /** Loads CoreNLP's models for the algorithm: tens of seconds. */
  public PlainCoreNlpCoref(CorefAlgorithm algorithm) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties(algorithm));
    this.loadNanos = System.nanoTime() - t0;
  }

  /**
   * The CoreNLP properties: the annotators and {@code coref.algorithm}, nothing else. NER keeps
   * its defaults (fine-grained labels, numeric classifiers, SUTime); {@code coref.algorithm} is
   * set even where it is CoreNLP's default, so that the properties say which system ran.
   */
  public static Properties properties(CorefAlgorithm algorithm) {
    Properties p = new Properties();
    p.setProperty("annotators", algorithm.annotators());
    p.setProperty("coref.algorithm", algorithm.id());
    return p;
  }

  public CorefAlgorithm algorithm() {
    return algorithm;
  }

  public long loadNanos() {
    return loadNanos;
  }

  /**
   * Annotates one text with one {@code annotate(Annotation)} call (CoreNLP's {@code
   * annotate(Iterable, threads)} annotates each document twice), the publication date set as
   * the document date when known.
   *
   * @param id the document id, for messages
   * @param text the text, analyzed as it is: every span of the result indexes into it
   * @param published the publication date, or {@code null}
   * @return a document over {@code text} with the entities facet and the references layer
   */
  public Document analyze(String id, String text, LocalDate published) {
    Annotation a = new Annotation(text);
    if (published != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    pipeline.annotate(a);
    CorefEntities.Result r =
        CorefEntities.convert(text, read(a), "CoreNLP " + algorithm.id() + " coreference");
    Metadata meta =
        published == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(new DateClaim(published, "published"));
    SourceInfo source =
        new SourceInfo(id, "text/plain", "UTF-16", "in memory", text.length() * 2L, List.of());
    return Document.of(id, text, meta, source)
        .with(Layers.ENTITIES, r.entities())
        .with(Layers.REFERENCES, r.references());
  }

  /** CoreNLP's entity mentions and chains as character spans; nothing of CoreNLP leaves here. */
  private static CorefOutput read(Annotation a) {
    List<Name> names = new ArrayList<>();
    List<CoreMap> entityMentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap em : entityMentions == null ? List.<CoreMap>of() : entityMentions) {
      String label = em.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      Integer begin = em.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = em.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<CoreLabel> words = em.get(CoreAnnotations.TokensAnnotation.class);
      // CoreNLP also adds "she", "he" as PERSON mentions (for relation extraction) whose
      // tokens NER left untagged: pronouns, not names.
      boolean tagged = words != null && !words.isEmpty() && label != null && label.equals(words.get(0).ner());
      if (tagged && begin != null && end != null && end > begin) {
        names.add(new Name(new Span(begin, end), label));
      }
    }
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    List<Chain> chains = new ArrayList<>();
    Map<Integer, CorefChain> byId = a.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    for (CorefChain c : byId == null ? List.<CorefChain>of() : new TreeMap<>(byId).values()) {
      CorefChain.CorefMention representative = c.getRepresentativeMention();
      List<Mention> mentions = new ArrayList<>();
      int rep = 0;
      for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
        if (m == representative || m.equals(representative)) {
          rep = mentions.size();
        }
        // Sentences count from 1, tokens from 1 within their sentence, endIndex is exclusive.
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel first = tokens.get(m.startIndex - 1);
        CoreLabel last = tokens.get(m.endIndex - 2);
        CoreLabel head = tokens.get(m.headIndex - 1);
        mentions.add(
            new Mention(
                new Span(first.beginPosition(), last.endPosition()),
                new Span(head.beginPosition(), head.endPosition()),
                MentionType.valueOf(m.mentionType.name())));
      }
      if (!mentions.isEmpty()) {
        chains.add(new Chain(mentions, rep));
      }
    }
    return new CorefOutput(names, chains);
  }
}
