package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;

/**
 * Where and when a count holds, from its sentence. Each is one small method so that a later
 * change (resolved entities: "in the country" pointing to Iraq) replaces one place only.
 */
final class PlaceAndTime {

  /** Prepositions that introduce where something happened ("in Baghdad", "near Mosul"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");

  /**
   * Time values that are references, not times ("now", "recently", "once"): they say nothing
   * about when a count holds.
   */
  private static final Set<String> REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");

  private PlaceAndTime() {}

  /**
   * The place of a count: a place named or described in the sentence outside the count phrase
   * ("in Baghdad", "in the country" when resolved to Iraq),
   * preferring one introduced by "in", "at" or "near", then the nearest. {@code null} when
   * the sentence names no place.
   */
  static Span place(Span count, SentenceView s) {
    List<Span> all = new ArrayList<>();
    List<Span> introduced = new ArrayList<>();
    for (Span m : s.places()) {
      if (m.overlaps(count)) {
        continue;
      }
      all.add(m);
      if (introducedByPreposition(m, s)) {
        introduced.add(m);
      }
    }
    List<Span> pool = introduced.isEmpty() ? all : introduced;
    Span best = null;
    for (Span m : pool) {
      if (best == null || gap(count, m) < gap(count, best)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The time of a count: the nearest date or time expression of the sentence outside the count
   * phrase, leaving out mere references ("now", "recently"). {@code null} when there is none.
   */
  static Span time(Span count, SentenceView s) {
    Span best = null;
    for (TimeExpression t : s.timexes()) {
      if ((t.type() != TimexType.DATE && t.type() != TimexType.TIME)
          || REFERENCES.contains(t.value())
          || t.span().overlaps(count)) {
        continue;
      }
      if (best == null || gap(count, t.span()) < gap(count, best)) {
        best = t.span();
      }
    }
    return best;
  }

  /** "in Baghdad", "in the United States": the preposition, with at most one article between. */
  private static boolean introducedByPreposition(Span mention, SentenceView s) {
    int first = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() == mention.start()) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    int before = s.lower(first - 1).equals("the") ? first - 2 : first - 1;
    if (s.lower(first).equals("the")) {
      before = first - 1; // a described place: "in the country"
    }
    return PLACE_PREPOSITIONS.contains(s.lower(before));
  }

  /** Characters between two spans; 0 when they touch or overlap. */
  static int gap(Span a, Span b) {
    if (a.end() <= b.start()) {
      return b.start() - a.end();
    }
    if (b.end() <= a.start()) {
      return a.start() - b.end();
    }
    return 0;
  }
}
