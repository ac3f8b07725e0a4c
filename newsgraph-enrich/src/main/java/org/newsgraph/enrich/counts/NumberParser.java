package org.newsgraph.enrich.counts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number written in digits or words from a sequence of tokens, as the tokenizer splits
 * them ("twenty - five", "1.5 million", "two and a half", "half a million", "a dozen",
 * "thousands", "tens of thousands").
 *
 * <p>A pure function of the token texts: no tags, no models. It reads as far as the words form
 * one number and no further: "20 and 30" is the number 20 followed by other words. Ordinals
 * ("third", "21st") and years are not its business: "third" is not a number word, and a year
 * is a number like any other here (the count finder sets years apart).
 */
public final class NumberParser {

  /**
   * A number found in the tokens.
   *
   * @param length how many tokens it covers
   * @param value its value; for a vague quantity the lower bound ("thousands" = 1000)
   * @param vague true for an order of magnitude ("hundreds", "dozens of", "tens of thousands")
   */
  public record ParsedNumber(int length, double value, boolean vague) {}

  /** Digits with optional thousands separators and decimals: "12", "5,200", "1.5". */
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  /**
   * Longest digit string read as a number: 15 digits is the most a double holds exactly;
   * longer strings are identifiers (phone, account, tracking numbers), not quantities.
   */
  private static final int MAX_DIGITS = 15;

  private static final Map<String, Integer> UNITS =
      Map.of(
          "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight",
          8, "nine", 9);

  private static final Map<String, Integer> TEENS =
      Map.of(
          "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15,
          "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** Words that multiply the number before them and close a group. */
  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /**
   * Plural magnitudes read as vague quantities, valued at their lower bound: "dozens" means at
   * least 12 (two dozen would be 24, but "dozens" is used from a dozen up), "scores" at least 20.
   */
  private static final Map<String, Double> VAGUE =
      Map.of(
          "dozens", 12.0,
          "scores", 20.0,
          "tens", 10.0,
          "hundreds", 100.0,
          "thousands", 1e3,
          "millions", 1e6,
          "billions", 1e9);

  /** Vague words that are a quantity only when "of" follows ("scores of people", not "scores"). */
  private static final List<String> VAGUE_NEEDS_OF = List.of("scores", "tens");

  /** What the previous word was, which decides what may follow. */
  private enum Prev {
    NONE, DIGITS, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, A, HALF, FRACTION
  }

  private NumberParser() {}

  /** The number that starts at {@code from}, if one does. */
  public static Optional<ParsedNumber> parse(List<String> words, int from) {
    if (from < 0 || from >= words.size()) {
      return Optional.empty();
    }
    Optional<ParsedNumber> vague = vague(words, from);
    return vague.isPresent() ? vague : exact(words, from);
  }

  /** The value of a digit string ("5,200", "1.5"), if the token is one. */
  public static Optional<Double> digits(String token) {
    if (token.length() > MAX_DIGITS + MAX_DIGITS / 3 + 1 || !DIGITS.matcher(token).matches()) {
      return Optional.empty();
    }
    String plain = token.replace(",", "");
    int integerDigits = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
    if (integerDigits > MAX_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(plain));
  }

  /** True for a word that is a number by itself or starts one ("five", "dozens", "12"). */
  public static boolean isNumberWord(String word) {
    String w = lower(word);
    return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w)
        || SCALES.containsKey(w) || VAGUE.containsKey(w) || w.equals("hundred")
        || w.equals("dozen") || hyphenated(w) > 0 || digits(w).isPresent();
  }

  private static Optional<ParsedNumber> vague(List<String> words, int from) {
    String w = lower(words.get(from));
    Double base = VAGUE.get(w);
    if (base == null) {
      return Optional.empty();
    }
    boolean ofFollows = "of".equals(at(words, from + 1));
    if (VAGUE_NEEDS_OF.contains(w) && !ofFollows) {
      return Optional.empty();
    }
    double value = base;
    int i = from + 1;
    // "tens of thousands", "hundreds of millions": each step a larger magnitude.
    while ("of".equals(at(words, i)) && VAGUE.containsKey(at(words, i + 1))
        && VAGUE.get(at(words, i + 1)) > 100 && VAGUE.get(at(words, i + 1)) > value) {
      value *= VAGUE.get(at(words, i + 1));
      i += 2;
    }
    return Optional.of(new ParsedNumber(i - from, value, true));
  }

  private static Optional<ParsedNumber> exact(List<String> words, int from) {
    double total = 0;
    double current = 0;
    Prev prev = Prev.NONE;
    int i = from;
    while (i < words.size()) {
      String w = lower(words.get(i));
      Optional<Double> d = prev == Prev.NONE ? digits(w) : Optional.empty();
      int hyphenated = hyphenated(w);
      if (d.isPresent()) {
        current = d.get();
        prev = Prev.DIGITS;
      } else if (prev == Prev.NONE && (w.equals("a") || w.equals("an"))
          && isMultiplier(at(words, i + 1))) {
        current = 1;
        prev = Prev.A;
      } else if (prev == Prev.NONE && w.equals("half")
          && ("a".equals(at(words, i + 1)) || "an".equals(at(words, i + 1)))
          && isMultiplier(at(words, i + 2))) {
        current = 0.5;
        prev = Prev.HALF;
        i++;
      } else if (hyphenated > 0 && canTakeSmall(prev)) {
        current += hyphenated;
        prev = Prev.UNIT;
      } else if (UNITS.containsKey(w) && (canTakeSmall(prev) || prev == Prev.TENS)) {
        current += UNITS.get(w);
        prev = Prev.UNIT;
      } else if (TEENS.containsKey(w) && canTakeSmall(prev)) {
        current += TEENS.get(w);
        prev = Prev.TEEN;
      } else if (TENS.containsKey(w) && canTakeSmall(prev)) {
        current += TENS.get(w);
        prev = Prev.TENS;
      } else if (w.equals("hundred")
          && (prev == Prev.UNIT || prev == Prev.TEEN || prev == Prev.A
              || (prev == Prev.DIGITS && current < 100))) {
        current *= 100;
        prev = Prev.HUNDRED;
      } else if (SCALES.containsKey(w) && prev != Prev.NONE && prev != Prev.SCALE
          && prev != Prev.DOZEN) {
        total += current * SCALES.get(w);
        current = 0;
        prev = Prev.SCALE;
      } else if (w.equals("dozen")
          && (prev == Prev.A || prev == Prev.HALF || prev == Prev.UNIT || prev == Prev.TEEN
              || prev == Prev.TENS || prev == Prev.DIGITS)) {
        current *= 12;
        prev = Prev.DOZEN;
      } else if (w.equals("and") && "a".equals(at(words, i + 1)) && "half".equals(at(words, i + 2))
          && (prev == Prev.UNIT || prev == Prev.TEEN || prev == Prev.TENS
              || prev == Prev.DIGITS)) {
        current += 0.5;
        prev = Prev.FRACTION;
        i += 2;
      } else if (w.equals("and") && prev == Prev.HUNDRED && isSmallWord(at(words, i + 1))) {
        // "one hundred and twenty": the "and" belongs to the number.
      } else if (w.equals("-") && prev == Prev.TENS && UNITS.containsKey(at(words, i + 1))) {
        // "twenty - five", as the tokenizer splits "twenty-five".
      } else {
        break;
      }
      i++;
    }
    if (i == from || prev == Prev.A || prev == Prev.HALF) {
      return Optional.empty();
    }
    return Optional.of(new ParsedNumber(i - from, total + current, false));
  }

  /** Whether a small number word (one to ninety-nine) may follow what came before. */
  private static boolean canTakeSmall(Prev prev) {
    return prev == Prev.NONE || prev == Prev.HUNDRED || prev == Prev.SCALE;
  }

  private static boolean isMultiplier(String w) {
    return w.equals("hundred") || w.equals("dozen") || SCALES.containsKey(w);
  }

  private static boolean isSmallWord(String w) {
    return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w)
        || hyphenated(w) > 0;
  }

  /** The value of one token "twenty-five", or 0 when the token is not such a compound. */
  private static int hyphenated(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0 || dash != w.lastIndexOf('-')) {
      return 0;
    }
    Integer tens = TENS.get(w.substring(0, dash));
    Integer unit = UNITS.get(w.substring(dash + 1));
    return tens == null || unit == null ? 0 : tens + unit;
  }

  /** The word at {@code i} in lower case, or "" outside the list. */
  private static String at(List<String> words, int i) {
    return i >= 0 && i < words.size() ? lower(words.get(i)) : "";
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
