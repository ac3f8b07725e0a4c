package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeResolution;
import org.newsgraph.model.TimexType;
import org.newsgraph.model.Token;

/**
 * A hand-tagged sentence for tests without models: {@code "some/DT 550/CD
 * demonstrators/NNS/demonstrator killed/VBD/kill"}. Tokens are separated by spaces; a token
 * written {@code ~word/TAG} follows the previous one with no space ("Covid ~-/HYPH ~19/CD").
 * The lemma defaults to the lower-cased word.
 */
final class Tagged {

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();
  private final List<TimeExpression> timexes = new ArrayList<>();

  private Tagged(String tagged) {
    StringBuilder sb = new StringBuilder();
    for (String item : tagged.trim().split(" +")) {
      boolean joined = item.startsWith("~");
      String[] parts = (joined ? item.substring(1) : item).split("/");
      if (sb.length() > 0 && !joined) {
        sb.append(' ');
      }
      int start = sb.length();
      sb.append(parts[0]);
      String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(new Span(start, sb.length()), 0, parts[1], lemma));
    }
    this.text = sb.toString();
  }

  static Tagged of(String tagged) {
    return new Tagged(tagged);
  }

  Tagged location(String surface) {
    mentions.add(new EntityMention(span(surface), EntityType.LOCATION, "LOCATION", 0, "test"));
    return this;
  }

  Tagged person(String surface) {
    mentions.add(new EntityMention(span(surface), EntityType.PERSON, "PERSON", 0, "test"));
    return this;
  }

  Tagged timex(String surface, TimexType type, String value) {
    timexes.add(new TimeExpression(span(surface), type, value, null, TimeResolution.ANCHORED, 0));
    return this;
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<EntityMention> mentions() {
    return mentions;
  }

  List<TimeExpression> timexes() {
    return timexes;
  }

  /** The first occurrence of {@code surface}. */
  Span span(String surface) {
    int at = text.indexOf(surface);
    if (at < 0) {
      throw new IllegalArgumentException("'" + surface + "' is not in '" + text + "'");
    }
    return new Span(at, at + surface.length());
  }

  String surface(Span span) {
    return span == null ? null : span.in(text);
  }

  SentenceView view() {
    return SentenceView.of(text, new Span(0, text.length()), tokens, mentions, timexes, 0);
  }
}
