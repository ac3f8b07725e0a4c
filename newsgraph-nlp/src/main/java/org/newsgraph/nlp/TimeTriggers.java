package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words without which SUTime finds nothing: digits, calendar names, units of time, deictic time
 * words and holidays. Numerals ("two", "first") and quantifiers ("last", "few") only form time
 * expressions next to one of these, so they are not triggers themselves; a window around the
 * trigger takes them in. The sets are checked against full SUTime output on the gold sets
 * ({@code newsgraph eval timex --set nlp.timeScope=all}).
 */
final class TimeTriggers {

  private TimeTriggers() {}

  /** Trigger words, lower case. */
  static final Set<String> WORDS =
      Set.of(
          // calendar names
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
          "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
          "saturdays", "sundays", "weekday", "weekdays", "weekend", "weekends",
          // units and periods
          "year", "years", "yr", "yrs", "month", "months", "mo", "mos", "week", "weeks", "wk",
          "wks", "day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
          "second", "seconds", "sec", "secs", "decade", "decades", "century", "centuries",
          "millennium", "millennia", "millenium", "millenia", "fortnight", "fortnights",
          "quarter", "quarters", "semester", "semesters", "season", "seasons", "spring",
          "summer", "autumn", "fall", "winter", "winters", "summers", "springs", "centennial",
          "era", "eras", "period", "periods", "time", "times", "moment", "moments",
          "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
          "nights", "tonight", "noon", "midnight", "dawn", "dusk", "daybreak", "sunrise",
          "sunset", "midday", "overnight", "lunchtime", "a.m.", "p.m.", "am", "pm", "gmt", "utc",
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

  static boolean isTrigger(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return WORDS.contains(token.toLowerCase(Locale.ROOT));
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
