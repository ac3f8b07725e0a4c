package org.newsgraph.eval;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metrics of FORMATS.md §4 ({@code metadata}), as pure functions of one record. */
public final class MetadataEval {

  /** FORMATS.md §1: {@code \w+} with Unicode classes. */
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The leading "by " FORMATS.md §4 removes from author names (after N, so lower case). */
  private static final String BY = "by ";

  /**
   * An ISO 8601 date-time with an offset, leniently: a space for the T, a fraction of any length,
   * offsets as {@code Z}, {@code +HH:MM}, {@code +HHMM} or {@code +HH} (all seen in gold files).
   */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)");

  private MetadataEval() {}

  /** N(system) = N(gold); a missing system value is wrong. */
  public static boolean sameText(String gold, String system) {
    return system != null && TextNorm.n(gold).equals(TextNorm.n(system));
  }

  /**
   * F1 of the word tokens of N(gold) and N(system) as multisets: 2·overlap / (|gold| + |system|);
   * 1 when both have no token, 0 when one has none. A missing system value has no token.
   */
  public static double tokenF1(String gold, String system) {
    Map<String, Integer> g = tokens(gold);
    Map<String, Integer> s = tokens(system == null ? "" : system);
    int gn = g.values().stream().mapToInt(Integer::intValue).sum();
    int sn = s.values().stream().mapToInt(Integer::intValue).sum();
    if (gn == 0 && sn == 0) {
      return 1;
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      overlap += Math.min(e.getValue(), s.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * overlap / (gn + sn);
  }

  private static Map<String, Integer> tokens(String s) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = WORD.matcher(TextNorm.n(s));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  /** An author name as compared: N, then a leading "by " removed. */
  public static String authorKey(String name) {
    String n = TextNorm.n(name);
    return n.startsWith(BY) ? n.substring(BY.length()).strip() : n;
  }

  /**
   * The author counts of one record: the sets of {@link #authorKey keys} compared, TP = common
   * names, FP = system only, FN = gold only. Empty keys are dropped.
   */
  public static Counts authorCounts(List<String> gold, List<String> system) {
    Set<String> g = authorKeys(gold);
    Set<String> s = authorKeys(system);
    long tp = s.stream().filter(g::contains).count();
    return new Counts(tp, s.size() - tp, g.size() - tp);
  }

  /** The set of keys of a name list. */
  public static Set<String> authorKeys(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String k = authorKey(n);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /** The primary language subtag: lower case, the part before the first {@code -} or {@code _}. */
  public static String primaryLanguage(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = t.length();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '-' || t.charAt(i) == '_') {
        cut = i;
        break;
      }
    }
    return t.substring(0, cut);
  }

  /** Whether both denote the same instant to the second (fractions cut off); null = no. */
  public static boolean sameInstant(OffsetDateTime gold, OffsetDateTime system) {
    return gold != null
        && system != null
        && gold.toEpochSecond() == system.toEpochSecond();
  }

  /**
   * A gold {@code datetime} with a time and an offset; {@code null} when it has no time or no
   * offset (then the instant is not scored), or is not a date-time.
   */
  public static OffsetDateTime parseInstant(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE_TIME.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
    String off = m.group(4);
    ZoneOffset offset;
    try {
      if (off.equals("Z")) {
        offset = ZoneOffset.UTC;
      } else if (off.length() == 3) {
        offset = ZoneOffset.of(off);
      } else {
        offset = ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(off.length() - 2));
      }
      LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + time);
      return OffsetDateTime.of(local, offset);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * A single-valued field in the headline count, with the pubdate rule: the right value TP,
   * another value FP (only), none FN.
   */
  public static Counts single(boolean answered, boolean right) {
    if (!answered) {
      return new Counts(0, 0, 1);
    }
    return right ? new Counts(1, 0, 0) : new Counts(0, 1, 0);
  }
}
