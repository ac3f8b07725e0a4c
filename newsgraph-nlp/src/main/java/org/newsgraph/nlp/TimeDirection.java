package org.newsgraph.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves partial dates ("Wednesday", "in December") forward or backward by the tense around
 * them, per occurrence: a past-tense verb, "have" or "since" within two tokens means the past, a modal
 * ("will", "would", "going to", "'ll") the future; otherwise SUTime's closest date stands. The
 * same heuristic as SUTime's own tense rules, without their shared state (see {@link
 * SutimeRules}).
 */
final class TimeDirection {

  enum Direction {
    PAST,
    FUTURE,
    CLOSEST
  }

  /** A token of the sentence: its word, lower-cased, and its POS tag. */
  record Word(String lower, String tag) {}

  /** How far a cue may stand from the expression: SUTime's rules allow two tokens between. */
  static final int WINDOW = 3;

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
              + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
  private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
  private static final Pattern RELATIVE_WORD =
      Pattern.compile("(?i)\\b(?:last|next|this|previous|coming|ago|yesterday|tomorrow|today)\\b");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

  private TimeDirection() {}

  /** The direction the words around tokens [begin, end) of a sentence point to. */
  static Direction of(List<Word> words, int begin, int end) {
    int best = Integer.MAX_VALUE;
    Direction dir = Direction.CLOSEST;
    for (int i = Math.max(0, begin - WINDOW); i < Math.min(words.size(), end + WINDOW); i++) {
      if (i >= begin && i < end) {
        continue;
      }
      int dist = i < begin ? begin - i : i - end + 1;
      Direction d = cue(words, i);
      if (d != Direction.CLOSEST && dist < best) {
        best = dist;
        dir = d;
      }
    }
    return dir;
  }

  private static Direction cue(List<Word> words, int i) {
    Word w = words.get(i);
    if (w.tag().equals("VBD") || w.lower().equals("have") || w.lower().equals("has")
        || w.lower().equals("had")) {
      return Direction.PAST;
    }
    switch (w.lower()) {
      case "since", "ago" -> {
        return Direction.PAST;
      }
      case "will", "would", "could", "should", "'ll", "’ll", "shall" -> {
        return Direction.FUTURE;
      }
      case "going" -> {
        if (i + 1 < words.size() && words.get(i + 1).lower().equals("to")) {
          return Direction.FUTURE;
        }
      }
      default -> {}
    }
    return Direction.CLOSEST;
  }

  /**
   * Moves a resolved value by a week (weekday expressions) or a year (month expressions without
   * a year) when the direction says the closest date is on the wrong side of the anchor.
   */
  static String adjust(String value, String surface, LocalDate anchor, Direction dir) {
    if (dir == Direction.CLOSEST || anchor == null || HAS_YEAR.matcher(surface).find()
        || RELATIVE_WORD.matcher(surface).find()) {
      return value;
    }
    try {
      if (WEEKDAY.matcher(surface).find() && DAY.matcher(value).matches()) {
        LocalDate d = LocalDate.parse(value);
        if (dir == Direction.PAST && d.isAfter(anchor)) {
          return d.minusWeeks(1).toString();
        }
        if (dir == Direction.FUTURE && d.isBefore(anchor)) {
          return d.plusWeeks(1).toString();
        }
      } else if (MONTH.matcher(surface).find()) {
        if (DAY.matcher(value).matches()) {
          LocalDate d = LocalDate.parse(value);
          if (dir == Direction.PAST && d.isAfter(anchor)) {
            return d.minusYears(1).toString();
          }
          if (dir == Direction.FUTURE && d.isBefore(anchor)) {
            return d.plusYears(1).toString();
          }
        } else if (MONTH_VALUE.matcher(value).matches()) {
          YearMonth m = YearMonth.parse(value);
          YearMonth a = YearMonth.from(anchor);
          if (dir == Direction.PAST && m.isAfter(a)) {
            return m.minusYears(1).toString();
          }
          if (dir == Direction.FUTURE && m.isBefore(a)) {
            return m.plusYears(1).toString();
          }
        }
      }
    } catch (DateTimeException e) {
      return value;
    }
    return value;
  }

  static Word word(String text, String tag) {
    return new Word(text.toLowerCase(Locale.ROOT), tag == null ? "" : tag);
  }
}
