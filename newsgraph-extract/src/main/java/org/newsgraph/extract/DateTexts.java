package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises written English dates in short strings: datelines and weekday-date pairs. */
final class DateTexts {

  private DateTexts() {}

  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
          Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
          Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
          Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
          Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
          Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
          Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

  private static final String WEEKDAY =
      "(?<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))";
  private static final String MONTH =
      "(?<mon>(?i:january|february|march|april|may|june|july|august|september|october|november"
          + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))\\.?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";

  /** A line that is nothing but a full date, possibly with a weekday and a time. */
  private static final List<Pattern> FULL_DATE_LINES =
      List.of(
          Pattern.compile(
              "^\\s*(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY
                  + ",?\\s+(?<year>\\d{4})\\s*(?:[,;]?\\s*\\d{1,2}[:.]\\d{2}.*)?$"),
          Pattern.compile(
              "^\\s*(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+" + MONTH
                  + ",?\\s+(?<year>\\d{4})\\s*(?:[,;]?\\s*\\d{1,2}[:.]\\d{2}.*)?$"),
          Pattern.compile(
              "^\\s*(?<year>\\d{4})-(?<monnum>\\d{2})-(?<day>\\d{2})(?:[T ]\\d{2}:\\d{2}.*)?$"));

  /**
   * A weekday next to a day and month without a year: "Thursday (June 11th)", "Thursday, June
   * 11", "Thursday 11 June".
   */
  private static final List<Pattern> WEEKDAY_DATES =
      List.of(
          Pattern.compile(
              "\\b" + WEEKDAY + "\\s*[,(]?\\s*" + MONTH + "\\s+" + DAY + "\\b(?!\\s*,?\\s*\\d{4})"),
          Pattern.compile(
              "\\b" + WEEKDAY + "\\s*[,(]?\\s*(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
                  + "\\b(?!\\s*,?\\s*\\d{4})"));

  /** Parses a line that states only a date; empty when the line is anything else. */
  static Optional<LocalDate> parseDateLine(String line) {
    for (Pattern p : FULL_DATE_LINES) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        try {
          int year = Integer.parseInt(m.group("year"));
          int month =
              hasGroup(p, "monnum")
                  ? Integer.parseInt(m.group("monnum"))
                  : MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
          LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
          if (hasGroup(p, "wd") && m.group("wd") != null
              && d.getDayOfWeek() != WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT))) {
            return Optional.empty();
          }
          return Optional.of(d);
        } catch (DateTimeException | NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** A weekday stated together with a month and day, and where it was found. */
  record WeekdayDate(DayOfWeek weekday, int month, int day, int start, int end) {}

  static List<WeekdayDate> findWeekdayDates(String text) {
    List<WeekdayDate> out = new ArrayList<>();
    for (Pattern p : WEEKDAY_DATES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int day = Integer.parseInt(m.group("day"));
        int month = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
        if (day < 1 || day > 31) {
          continue;
        }
        out.add(
            new WeekdayDate(
                WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT)), month, day, m.start(),
                m.end()));
      }
    }
    return out;
  }

  private static boolean hasGroup(Pattern p, String name) {
    return p.pattern().contains("(?<" + name + ">");
  }
}
