package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words without which SUTime finds nothing: calendar names, units of time, deictic time words,
 * holidays, and numbers shaped like years, dates or clock times. Numerals ("two", "first"),
 * plain numbers ("2,000") and quantifiers ("last", "few") only form time expressions next to
 * one of these, so they are not triggers themselves; a window around the trigger takes them in. The sets are checked against full SUTime output on the gold sets
 * ({@code newsgraph eval timex --set nlp.timeScope=all}).
 */
final class TimeTriggers {

  private TimeTriggers() {}

  /** Trigger words, lower case. */
  static final Set<String> WORDS =
      Set.of(
          // calendar names (ambiguous ones are in CAPITALISED)
          "feb", "apr", "jun", "jul", "sep", "oct", "nov", "january", "february", "april",
          "june", "july", "august", "september", "october", "november", "december", "mon",
          "tue", "tues", "thu", "thur", "thurs", "fri", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
          "thursdays", "fridays", "saturdays", "sundays", "weekday", "weekdays", "weekend",
          "weekends",
          // units and periods (short and ambiguous ones are in AFTER_NUMBER)
          "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "wk", "wks", "day",
          "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "decade", "decades",
          "century", "centuries", "millennium", "millennia", "millenium", "millenia",
          "fortnight", "fortnights", "quarter", "quarters", "semester", "semesters", "season",
          "seasons", "spring", "summer", "autumn", "fall", "winter", "winters", "summers",
          "springs", "centennial", "era", "eras", "period", "periods", "time", "times",
          "moment", "moments", "morning", "mornings", "afternoon", "afternoons", "evening",
          "evenings", "night", "nights", "tonight", "noon", "midnight", "dawn", "dusk",
          "daybreak", "sunrise", "sunset", "midday", "overnight", "lunchtime", "a.m.", "p.m.",
          "gmt", "utc",
          // deictic and frequency words
          "today", "tomorrow", "yesterday", "now", "currently", "current", "recent", "recently",
          "past", "present", "future", "ago", "soon", "later", "lately", "earlier", "once",
          "twice", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly",
          "nightly", "biweekly", "quarterly", "fiscal", "fy", "eve", "nowadays", "previously",
          "formerly", "medieval", "ancient", "modern", "contemporary",
          "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties", "noughties", "teens",
          // holidays whose name stands alone (the others end in "Day": a unit above)
          "christmas", "xmas", "easter", "thanksgiving", "halloween", "ramadan", "eid",
          "hanukkah", "chanukah", "passover", "diwali", "kippur", "hashanah", "mardi", "lent",
          "advent", "solstice", "equinox", "hogmanay", "purim", "kwanzaa", "pentecost",
          "epiphany");

  /** Sentence-level test, for the {@code sentence} scope: any trigger word or digit. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?|[ap]\\.m\\.|\\d");

  /**
   * Words that are triggers only when capitalised: in lower case they are mostly verbs, modals
   * or nouns ("may", "march", "sat", "sun").
   */
  static final Set<String> CAPITALISED =
      Set.of("may", "march", "mar", "sat", "sun", "wed", "jan", "dec", "aug", "sept");

  /** Units that are triggers only after a number ("10 am", "30 seconds", "5 mins"). */
  static final Set<String> AFTER_NUMBER =
      Set.of("am", "pm", "second", "seconds", "sec", "secs", "min", "mins", "mo", "mos");

  /**
   * Numbers that can be or start a time by themselves: years and decades ("2008", "1990s",
   * "'90s"), ordinals ("21st"), dates and clock times ("11/06", "2020-06-11", "10:30"). Other
   * numbers ("2,000", "40") only form a time next to a trigger word, which the window takes in.
   */
  private static final Pattern TIME_NUMBER =
      Pattern.compile("(?:1[0-9]|20|21)\\d{2}s?|['’]\\d{2}s?|\\d{1,2}(?:st|nd|rd|th)"
          + "|\\d+[:/.-]\\d+(?:[:/.-]\\d+)?(?:[ap]m)?|\\d{1,2}(?:[ap]m|h)");

  /** Whether a token (after the token {@code previous}, or null) can start a time expression. */
  static boolean isTrigger(String token, String previous) {
    if (token.isEmpty()) {
      return false;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower)) {
      return true;
    }
    if (CAPITALISED.contains(lower)) {
      return Character.isUpperCase(token.charAt(0));
    }
    if (AFTER_NUMBER.contains(lower)) {
      return previous != null && !previous.isEmpty() && Character.isDigit(previous.charAt(0));
    }
    char first = token.charAt(0);
    if (!Character.isDigit(first) && first != '\'' && first != '’') {
      return false;
    }
    if (TIME_NUMBER.matcher(lower).matches()) {
      return true;
    }
    // "60-day", "10-year-old": a number joined to a unit
    int dash = lower.indexOf('-');
    if (dash > 0) {
      String unit = lower.substring(dash + 1).split("-", 2)[0];
      return WORDS.contains(unit) || AFTER_NUMBER.contains(unit);
    }
    return false;
  }

  static boolean isTrigger(String token) {
    return isTrigger(token, null);
  }

  static boolean mayContainTime(CharSequence sentence) {
    var m = WORD.matcher(sentence);
    while (m.find()) {
      if (isTrigger(m.group())) {
        return true;
      }
    }
    return false;
  }
}
