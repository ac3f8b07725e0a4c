package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * One sentence as the count finder reads it: its tokens with their words, tags and lemmas, and
 * the name mentions and time expressions inside it. Every accessor takes any index and answers
 * "" (or false) outside the sentence, so that rules can look around a token without bounds
 * checks.
 */
public final class SentenceView {

  private final String text;
  private final Span span;
  private final List<Token> tokens;
  private final List<String> words;
  private final List<EntityMention> mentions;
  private final List<TimeExpression> timexes;
  private final List<Span> places;
  private final int blockStart;

  private SentenceView(
      String text,
      Span span,
      List<Token> tokens,
      List<EntityMention> mentions,
      List<TimeExpression> timexes,
      List<Span> places,
      int blockStart) {
    this.text = text;
    this.span = span;
    this.tokens = List.copyOf(tokens);
    List<String> w = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      w.add(t.span().in(text));
    }
    this.words = Collections.unmodifiableList(w);
    this.mentions = List.copyOf(mentions);
    this.timexes = List.copyOf(timexes);
    this.places = List.copyOf(places);
    this.blockStart = blockStart;
  }

  /**
   * A view of one sentence.
   *
   * @param text the document text
   * @param span the sentence
   * @param tokens its tokens, in text order
   * @param mentions the name mentions inside it
   * @param timexes the time expressions inside it
   * @param places the spans inside it that name or describe a place ("Baghdad", "the
   *     country"); the location mentions when no resolved references are at hand
   * @param blockStart where its block starts (list markers open blocks)
   */
  public static SentenceView of(
      String text,
      Span span,
      List<Token> tokens,
      List<EntityMention> mentions,
      List<TimeExpression> timexes,
      List<Span> places,
      int blockStart) {
    return new SentenceView(text, span, tokens, mentions, timexes, places, blockStart);
  }

  /** As {@link #of(String, Span, List, List, List, List, int)}, with the location mentions as places. */
  public static SentenceView of(
      String text,
      Span span,
      List<Token> tokens,
      List<EntityMention> mentions,
      List<TimeExpression> timexes,
      int blockStart) {
    List<Span> places = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.type() == org.newsgraph.model.EntityType.LOCATION) {
        places.add(m.span());
      }
    }
    return new SentenceView(text, span, tokens, mentions, timexes, places, blockStart);
  }

  public String text() {
    return text;
  }

  public Span span() {
    return span;
  }

  public int size() {
    return tokens.size();
  }

  /** The token texts, in order. */
  public List<String> words() {
    return words;
  }

  public List<EntityMention> mentions() {
    return mentions;
  }

  public List<TimeExpression> timexes() {
    return timexes;
  }

  /** Spans naming or describing places, in text order. */
  public List<Span> places() {
    return places;
  }

  int blockStart() {
    return blockStart;
  }

  boolean has(int i) {
    return i >= 0 && i < tokens.size();
  }

  String word(int i) {
    return has(i) ? words.get(i) : "";
  }

  String lower(int i) {
    return word(i).toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return has(i) ? tokens.get(i).pos() : "";
  }

  String lemma(int i) {
    return has(i) ? tokens.get(i).lemma().toLowerCase(Locale.ROOT) : "";
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The span from the start of token {@code from} to the end of token {@code to - 1}. */
  Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** True when token {@code i} follows token {@code i - 1} with no space between. */
  boolean joinedToPrevious(int i) {
    return has(i) && has(i - 1) && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** True when token {@code i} lies (partly) in a time expression. */
  boolean inTimeExpression(int i) {
    if (!has(i)) {
      return false;
    }
    Span s = tokens.get(i).span();
    return timexes.stream().anyMatch(t -> t.span().overlaps(s));
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  boolean isPluralNoun(int i) {
    return pos(i).equals("NNS") || pos(i).equals("NNPS");
  }
}
