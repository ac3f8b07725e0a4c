package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Key;
import org.newsgraph.model.LanguageGuess;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stage;
import org.newsgraph.model.StageException;
import org.newsgraph.model.TimeAnchor;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Sentences, tokens with POS and lemma, named-entity mentions and normalized time expressions,
 * from Stanford CoreNLP, translated at once into newsgraph records.
 *
 * <p>Only article-text blocks and datelines are read, each as its own CoreNLP document, so that
 * no sentence crosses a block and teasers, credits and boilerplate never reach NLP. Time expressions are
 * normalized by SUTime against the document's anchor; without a known anchor SUTime gets no
 * reference date and relative expressions stay unresolved.
 */
public final class CoreNlpStage implements Stage {

  private final NlpConfig config;
  private final CoreNlpModels models;
  private final TimeExtractor time;

  public CoreNlpStage(NlpConfig config) {
    this.config = config;
    this.models = CoreNlpModels.get(config);
    this.time = new TimeExtractor(models.sutime, config);
  }

  /** Time spent loading models in this process for this configuration, in nanoseconds. */
  public long modelLoadNanos() {
    return models.loadNanos;
  }

  @Override
  public String name() {
    return "nlp.corenlp";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(Layers.BLOCKS, Layers.LANGUAGE, Layers.ANCHOR);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.TIMEXES);
  }

  @Override
  public Document process(Document doc) {
    LanguageGuess lang = doc.require(Layers.LANGUAGE);
    if (!lang.is("en") && !lang.is(LanguageGuess.UNDETERMINED)) {
      throw new UnsupportedLanguageException(
          lang.code(),
          String.format(
              Locale.ROOT,
              "the text is in %s (%s, confidence %.2f), not English; only English is analyzed"
                  + " for now",
              displayName(lang.code()),
              lang.code(),
              lang.confidence()));
    }
    TimeAnchor anchor = doc.require(Layers.ANCHOR);
    String docDate = anchor.isKnown() ? anchor.date().toString() : null;
    List<Block> blocks = doc.blocks();
    checkSize(doc, blocks);

    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block block = blocks.get(bi);
      if (!block.kind().isReadByNlp()) {
        continue;
      }
      int offset = block.start();
      edu.stanford.nlp.pipeline.Annotation ann =
          new edu.stanford.nlp.pipeline.Annotation(doc.surface(block));
      models.pipeline.annotate(ann);
      for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) {
          continue;
        }
        int si = sentences.size();
        Span sentSpan =
            new Span(
                offset + labels.get(0).beginPosition(),
                offset + labels.get(labels.size() - 1).endPosition());
        sentences.add(new Sentence(sentSpan, bi));
        addTokensAndMentions(labels, offset, si, tokens, mentions);
        time.extract(s, ann.get(CoreAnnotations.TextAnnotation.class), offset, si, docDate, timexes);
      }
    }
    return doc.with(Layers.SENTENCES, sentences)
        .with(Layers.TOKENS, tokens)
        .with(Layers.MENTIONS, mentions)
        .with(Layers.TIMEXES, timexes);
  }

  private void checkSize(Document doc, List<Block> blocks) {
    long words = 0;
    for (Block b : blocks) {
      if (b.kind().isReadByNlp()) {
        String t = doc.surface(b);
        for (int i = 0; i < t.length(); i++) {
          if (!Character.isWhitespace(t.charAt(i))
              && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))) {
            words++;
          }
        }
      }
    }
    // About 1.25 tokens per white-space word in English news (punctuation splits off).
    long estimate = words * 5 / 4;
    if (estimate > config.maxDocumentTokens()) {
      throw new StageException(
          String.format(
              Locale.ROOT,
              "the article text has about %d tokens, more than nlp.maxDocumentTokens=%d; split"
                  + " it or raise the bound",
              estimate,
              config.maxDocumentTokens()));
    }
  }

  private static void addTokensAndMentions(
      List<CoreLabel> labels,
      int offset,
      int si,
      List<Token> tokens,
      List<EntityMention> mentions) {
    int mStart = -1;
    int mEnd = -1;
    String mLabel = null;
    for (CoreLabel l : labels) {
      int b = offset + l.beginPosition();
      int e = offset + l.endPosition();
      if (e <= b) {
        continue;
      }
      String pos = l.tag() == null ? "" : l.tag();
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(new Span(b, e), si, pos, lemma));
      String ner = entityLabel(l.ner());
      if (ner != null && ner.equals(mLabel)) {
        mEnd = e;
        continue;
      }
      if (mLabel != null) {
        mentions.add(mention(mStart, mEnd, mLabel, si));
      }
      mLabel = ner;
      mStart = b;
      mEnd = e;
    }
    if (mLabel != null) {
      mentions.add(mention(mStart, mEnd, mLabel, si));
    }
  }

  private static EntityMention mention(int start, int end, String label, int si) {
    return new EntityMention(new Span(start, end), typeOf(label), label, si, "corenlp.ner");
  }

  /** The CoreNLP label when it names an entity, else {@code null}. */
  static String entityLabel(String ner) {
    if (ner == null) {
      return null;
    }
    return switch (ner) {
      case "PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
          "NATIONALITY" -> ner;
      default -> null;
    };
  }

  static EntityType typeOf(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }

  private static String displayName(String code) {
    Locale l = Locale.forLanguageTag(code);
    String n = l.getDisplayLanguage(Locale.ENGLISH);
    return n.isEmpty() ? code : n;
  }
}
