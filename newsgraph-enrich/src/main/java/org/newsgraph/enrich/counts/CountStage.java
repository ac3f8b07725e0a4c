package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.newsgraph.model.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Count;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Counts and amounts: "5,200 American soldiers", "some 550 demonstrators killed", "two rockets
 * ... in Baghdad". Reads the sentences, tokens (with their tags), name mentions and time
 * expressions of the NLP stage and adds the counts layer, sentence by sentence
 * ({@link CountFinder}). Datelines are skipped: their numbers are dates.
 *
 * <p>Stateless and thread-safe. Keeps at most {@link CountConfig#maxCountsPerDocument()} counts
 * per document, the first in text order.
 */
public final class CountStage implements Stage {

  private final CountConfig config;
  private final CountFinder finder = new CountFinder();

  public CountStage(CountConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "enrich.counts";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(
        Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMEXES, Layers.BLOCKS,
        Layers.REFERENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.COUNTS);
  }

  @Override
  public Document process(Document doc) {
    List<Sentence> sentences = doc.sentences();
    List<Block> blocks = doc.blocks();
    List<List<Token>> tokens = bySentence(doc.tokens(), sentences.size(), Token::sentence);
    List<List<EntityMention>> mentions =
        bySentence(doc.mentions(), sentences.size(), EntityMention::sentence);
    List<List<TimeExpression>> timexes =
        bySentence(doc.timexes(), sentences.size(), TimeExpression::sentence);
    List<List<Span>> places = places(doc);
    List<Count> counts = new ArrayList<>();
    for (int si = 0; si < sentences.size() && counts.size() < config.maxCountsPerDocument(); si++) {
      Sentence sentence = sentences.get(si);
      Block block = sentence.block() < blocks.size() ? blocks.get(sentence.block()) : null;
      if (block == null || !block.kind().isArticleText() || tokens.get(si).isEmpty()) {
        continue;
      }
      SentenceView view =
          SentenceView.of(
              doc.text(), sentence.span(), tokens.get(si), mentions.get(si), timexes.get(si),
              places.get(si), block.start());
      for (Count c : finder.counts(view)) {
        if (counts.size() >= config.maxCountsPerDocument()) {
          break;
        }
        counts.add(c);
      }
    }
    return doc.with(Layers.COUNTS, counts);
  }

  /**
   * Per sentence, the spans that refer to a place: references to a location entity (names,
   * aliases, "the country"), not demonyms and not capitals standing for governments.
   */
  private static List<List<Span>> places(Document doc) {
    List<Sentence> sentences = doc.sentences();
    List<List<Span>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new ArrayList<>());
    }
    int si = 0;
    for (Reference r : doc.references()) {
      Entity e = doc.entities().find(r.entity()).orElse(null);
      if (e == null || e.type() != EntityType.LOCATION || r.kind() == ReferenceKind.DEMONYM
          || r.standsFor() != null || r.kind() == ReferenceKind.PRONOUN) {
        continue;
      }
      while (si < sentences.size() && sentences.get(si).end() <= r.start()) {
        si++;
      }
      if (si < sentences.size() && sentences.get(si).span().contains(r.span())) {
        out.get(si).add(r.span());
      }
    }
    return out;
  }

  /** The annotations of each sentence, in text order; those with a bad index are dropped. */
  private static <T> List<List<T>> bySentence(
      List<T> items, int sentences, ToIntFunction<T> sentenceOf) {
    List<List<T>> out = new ArrayList<>(sentences);
    for (int i = 0; i < sentences; i++) {
      out.add(new ArrayList<>());
    }
    for (T item : items) {
      int si = sentenceOf.applyAsInt(item);
      if (si >= 0 && si < sentences) {
        out.get(si).add(item);
      }
    }
    return out;
  }
}
