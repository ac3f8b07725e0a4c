package org.newsgraph.enrich.counts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.CountQualifier;

/**
 * How exact a number is, from the words around it: "some 550" and "about 5,000" are
 * approximate, "more than 20" and "107 or more" at least, "up to 300" at most. A pure function
 * of the token texts.
 */
public final class Qualifiers {

  /**
   * A qualifier found next to a number.
   *
   * @param qualifier what it says about the number
   * @param length how many tokens it covers
   */
  public record Match(CountQualifier qualifier, int length) {}

  /** Phrases that come right before the number; the longest match wins. */
  private static final Map<List<String>, CountQualifier> BEFORE =
      Map.ofEntries(
          Map.entry(List.of("some"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("about"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("around"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("nearly"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("almost"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("roughly"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("approximately"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("estimated"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("an", "estimated"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("close", "to"), CountQualifier.APPROXIMATE),
          Map.entry(List.of("more", "than"), CountQualifier.AT_LEAST),
          Map.entry(List.of("over"), CountQualifier.AT_LEAST),
          Map.entry(List.of("at", "least"), CountQualifier.AT_LEAST),
          Map.entry(List.of("upwards", "of"), CountQualifier.AT_LEAST),
          Map.entry(List.of("upward", "of"), CountQualifier.AT_LEAST),
          Map.entry(List.of("in", "excess", "of"), CountQualifier.AT_LEAST),
          Map.entry(List.of("no", "fewer", "than"), CountQualifier.AT_LEAST),
          Map.entry(List.of("no", "less", "than"), CountQualifier.AT_LEAST),
          Map.entry(List.of("up", "to"), CountQualifier.AT_MOST),
          Map.entry(List.of("fewer", "than"), CountQualifier.AT_MOST),
          Map.entry(List.of("less", "than"), CountQualifier.AT_MOST),
          Map.entry(List.of("at", "most"), CountQualifier.AT_MOST),
          Map.entry(List.of("no", "more", "than"), CountQualifier.AT_MOST),
          Map.entry(List.of("not", "more", "than"), CountQualifier.AT_MOST),
          Map.entry(List.of("under"), CountQualifier.AT_MOST),
          Map.entry(List.of("as", "many", "as"), CountQualifier.AT_MOST));

  /** Phrases that come right after the number ("107 or more"). */
  private static final Map<List<String>, CountQualifier> AFTER =
      Map.of(
          List.of("or", "more"), CountQualifier.AT_LEAST,
          List.of("or", "so"), CountQualifier.APPROXIMATE,
          List.of("or", "fewer"), CountQualifier.AT_MOST,
          List.of("or", "less"), CountQualifier.AT_MOST);

  /** The longest phrase in {@link #BEFORE}, in words. */
  private static final int LONGEST = 3;

  private Qualifiers() {}

  /**
   * The qualifier that ends right before {@code numberStart}, looking no further back than
   * {@code floor} (so that a qualifier never reaches into a previous count).
   */
  public static Optional<Match> before(List<String> words, int numberStart, int floor) {
    for (int n = LONGEST; n >= 1; n--) {
      int from = numberStart - n;
      if (from < Math.max(0, floor) || numberStart > words.size()) {
        continue;
      }
      CountQualifier q = BEFORE.get(lower(words.subList(from, numberStart)));
      if (q != null) {
        return Optional.of(new Match(q, n));
      }
    }
    return Optional.empty();
  }

  /** The qualifier that starts right after the number ({@code numberEnd} exclusive). */
  public static Optional<Match> after(List<String> words, int numberEnd) {
    if (numberEnd < 0 || numberEnd + 2 > words.size()) {
      return Optional.empty();
    }
    CountQualifier q = AFTER.get(lower(words.subList(numberEnd, numberEnd + 2)));
    return q == null ? Optional.empty() : Optional.of(new Match(q, 2));
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
