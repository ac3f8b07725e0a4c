package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises written dates in short strings: English datelines and weekday-date pairs (plain
 * text), and, for web pages, machine dates (ISO 8601 and its common variants, Unix time) and
 * dates written in many languages ("11. Juni 2020", "11 juin 2020", "June 11, 2020",
 * "11/06/2020", "2020年6月11日").
 */
public final class DateTexts {

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

  // ---------------------------------------------------------------------------------------
  // Dates on web pages: machine dates (meta tags, JSON-LD, <time datetime>) and written dates
  // in many languages (datelines, bylines, date elements).

  /**
   * The earliest year taken for a publication or modification date. The first news sites went
   * online in 1994; an earlier year on a page is history, a birth date, or the epoch zero
   * (1970-01-01) of a broken CMS field.
   */
  public static final int MIN_YEAR = 1994;

  /**
   * The latest year taken at all. Dates in the future of the page itself are judged by the
   * caller against the page's other dates; this bound only refuses absurd values (9999-12-31).
   */
  public static final int MAX_YEAR = 2099;

  /** Unix time in seconds has 10 digits from 2001 to 2286; in milliseconds 13. */
  private static final Pattern UNIX_TIME = Pattern.compile("\\d{10}|\\d{13}");

  /**
   * A machine date at the start of a value: {@code 2024-05-03}, {@code 2024/05/03}, {@code
   * 2024.05.03}, {@code 20240503}, optionally followed by a time and an offset ({@code
   * T15:47:42.389+02:00}, {@code  15:47:42 +0200}, {@code Z}, {@code UTC}).
   */
  private static final Pattern MACHINE_DATE =
      Pattern.compile(
          "\\s*(?<y>\\d{4})(?:(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})|(?<m2>\\d{2})(?<d2>\\d{2}))"
              + "(?:(?:T|\\s+|,\\s*)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<sec>\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(?<off>Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d:])");

  /** A date read from a machine value; {@code time} when the value has a time and an offset. */
  public record MachineDate(LocalDate date, OffsetDateTime time) {}

  /**
   * Reads a machine date: ISO 8601 and its common variants at the start of the value, or Unix
   * time (seconds or milliseconds, read as UTC). Empty for anything else and for years outside
   * [{@link #MIN_YEAR}, {@link #MAX_YEAR}]; written dates are {@link #findDates}'s job.
   */
  public static Optional<MachineDate> parseMachineDate(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (UNIX_TIME.matcher(v).matches()) {
      long n = Long.parseLong(v);
      Instant t = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      OffsetDateTime odt = t.atOffset(ZoneOffset.UTC);
      return inRange(odt.getYear()) ? Optional.of(new MachineDate(odt.toLocalDate(), odt)) : Optional.empty();
    }
    Matcher m = MACHINE_DATE.matcher(v);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group("y"));
      int month = Integer.parseInt(m.group("m") != null ? m.group("m") : m.group("m2"));
      int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("d2"));
      if (!inRange(year)) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(year, month, day);
      OffsetDateTime time = null;
      String off = m.group("off");
      if (m.group("h") != null && off != null) {
        LocalDateTime local =
            date.atTime(
                Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi")),
                m.group("sec") == null ? 0 : Integer.parseInt(m.group("sec")));
        time = OffsetDateTime.of(local, offset(off));
      }
      return Optional.of(new MachineDate(date, time));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String off) {
    if (off.equals("Z") || off.equals("UTC") || off.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    if (off.length() == 3) {
      return ZoneOffset.of(off);
    }
    return ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(off.length() - 2));
  }

  private static boolean inRange(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /** How a numeric date with two small numbers (06/11/2020) is read. */
  public enum DayOrder {
    /** 11/06/2020 is 11 June: most of the world. */
    DAY_FIRST,
    /** 06/11/2020 is June 11: the United States (and English pages without a region). */
    MONTH_FIRST;

    /**
     * The order for a page language (BCP 47, {@code en-US}, {@code de}); {@code null} = not
     * known: day first. English without a region is read month first, because pages that
     * declare only "en" are mostly American; "en-GB", "en-AU", "en-IN" are day first.
     */
    public static DayOrder of(String language) {
      if (language == null) {
        return DAY_FIRST;
      }
      String l = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      if (l.equals("en") || l.startsWith("en-us") || l.equals("en-ph")) {
        return MONTH_FIRST;
      }
      return DAY_FIRST;
    }
  }

  /** A date written in text, where it was found ([start, end) in the searched string). */
  public record WrittenDate(LocalDate date, int start, int end) {}

  /**
   * Month names and abbreviations by language (lower case), as written in datelines: the
   * nominative, and the genitive where a language writes "11 июня" or "11 czerwca". Croatian is
   * left out: its "listopad" is October, Czech and Polish "listopad" is November.
   */
  private static final String[][] MONTH_NAMES = {
    // English
    {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
    {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
    {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
    // German (Austrian Jänner, Feber)
    {"januar", "jänner", "jän", "jaenner"}, {"februar", "feber"}, {"märz", "maerz", "mär", "mrz"},
    {"april"}, {"mai"}, {"juni"}, {"juli"}, {"august"}, {"september"}, {"oktober", "okt"},
    {"november"}, {"dezember", "dez"},
    // French
    {"janvier", "janv"}, {"février", "fevrier", "févr", "fevr", "fév"}, {"mars"}, {"avril", "avr"},
    {"mai"}, {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"},
    {"novembre"}, {"décembre", "decembre", "déc"},
    // Spanish
    {"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"},
    {"agosto", "ago"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"},
    {"diciembre", "dic"},
    // Italian
    {"gennaio", "gen"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"},
    {"luglio", "lug"}, {"agosto"}, {"settembre", "set"}, {"ottobre", "ott"}, {"novembre"},
    {"dicembre"},
    // Portuguese
    {"janeiro"}, {"fevereiro", "fev"}, {"março", "marco"}, {"abril"}, {"maio"}, {"junho"},
    {"julho"}, {"agosto"}, {"setembro"}, {"outubro", "out"}, {"novembro"}, {"dezembro", "dez"},
    // Dutch
    {"januari"}, {"februari"}, {"maart", "mrt"}, {"april"}, {"mei"}, {"juni"}, {"juli"},
    {"augustus"}, {"september"}, {"oktober"}, {"november"}, {"december"},
    // Swedish, Danish, Norwegian
    {"januari", "januar"}, {"februari", "februar"}, {"mars", "marts"}, {"april"}, {"maj", "mai"},
    {"juni"}, {"juli"}, {"augusti", "august"}, {"september"}, {"oktober"}, {"november"},
    {"december", "desember"},
    // Indonesian, Malay
    {"januari"}, {"februari"}, {"maret", "mac"}, {"april"}, {"mei"}, {"juni", "jun"},
    {"juli", "julai"}, {"agustus", "ogos"}, {"september"}, {"oktober"}, {"november"},
    {"desember", "disember"},
    // Polish (genitive, nominative)
    {"stycznia", "styczeń"}, {"lutego", "luty"}, {"marca", "marzec"}, {"kwietnia", "kwiecień"},
    {"maja", "maj"}, {"czerwca", "czerwiec"}, {"lipca", "lipiec"}, {"sierpnia", "sierpień"},
    {"września", "wrzesień"}, {"października", "październik"}, {"listopada", "listopad"},
    {"grudnia", "grudzień"},
    // Czech (genitive, nominative)
    {"ledna", "leden"}, {"února", "únor"}, {"března", "březen"}, {"dubna", "duben"},
    {"května", "květen"}, {"června", "červen"}, {"července", "červenec"}, {"srpna", "srpen"},
    {"září"}, {"října", "říjen"}, {"listopadu", "listopad"}, {"prosince", "prosinec"},
    // Russian (genitive)
    {"января"}, {"февраля"}, {"марта"}, {"апреля"}, {"мая"}, {"июня"}, {"июля"}, {"августа"},
    {"сентября"}, {"октября"}, {"ноября"}, {"декабря"},
    // Ukrainian (genitive)
    {"січня"}, {"лютого"}, {"березня"}, {"квітня"}, {"травня"}, {"червня"}, {"липня"},
    {"серпня"}, {"вересня"}, {"жовтня"}, {"листопада"}, {"грудня"},
    // Turkish
    {"ocak"}, {"şubat", "subat"}, {"mart"}, {"nisan"}, {"mayıs", "mayis"}, {"haziran"},
    {"temmuz"}, {"ağustos", "agustos"}, {"eylül", "eylul"}, {"ekim"}, {"kasım", "kasim"},
    {"aralık", "aralik"},
    // Finnish (partitive)
    {"tammikuuta"}, {"helmikuuta"}, {"maaliskuuta"}, {"huhtikuuta"}, {"toukokuuta"},
    {"kesäkuuta"}, {"heinäkuuta"}, {"elokuuta"}, {"syyskuuta"}, {"lokakuuta"},
    {"marraskuuta"}, {"joulukuuta"},
  };

  /** Month by lower-case name, every language of {@link #MONTH_NAMES}. */
  private static final Map<String, Integer> ANY_MONTH = anyMonth();

  private static Map<String, Integer> anyMonth() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < MONTH_NAMES.length; i++) {
      for (String name : MONTH_NAMES[i]) {
        Integer old = out.put(name, i % 12 + 1);
        if (old != null && old != i % 12 + 1) {
          throw new IllegalStateException("month name '" + name + "' means two months");
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * A word that may be a month name (checked against {@link #ANY_MONTH} once matched): one
   * letter run instead of an alternation of 250 names keeps the patterns fast. The longest name
   * ("października") has 12 letters, the shortest ("mai", "мая") 3.
   */
  private static final String ANY_MONTH_NAME = "(?<mon>\\p{L}{3,12})(?!\\p{L})\\.?";

  private static final String YEAR = "(?<y>(?:19|20)\\d{2})(?!\\d)";

  /** Written dates, most specific first; a later pattern does not take text an earlier took. */
  private static final List<Pattern> WRITTEN_DATES =
      List.of(
          // 2020年6月11日, 2020년 6월 11일
          Pattern.compile(
              "(?<!\\d)" + YEAR + "\\s*[年년]\\s*(?<m>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]?"),
          // 2020-06-11, 2020/06/11, 2020.06.11, 2020. 6. 11.
          Pattern.compile(
              "(?<!\\d)(?<y>(?:19|20)\\d{2})(?<s>[-/.]|\\.\\s)(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d)"),
          // 11.06.2020, 11/06/2020, 06/11/2020, 11-06-2020, 11. 6. 2020
          Pattern.compile(
              "(?<!\\d)(?<a>\\d{1,2})(?<s>[-/.]|\\.\\s)(?<b>\\d{1,2})\\k<s>" + YEAR),
          // 11. Juni 2020, 11 juin 2020, 1er juin 2020, 11 de junio de 2020, 11th of June, 2020
          Pattern.compile(
              "(?iu)(?<!\\d)(?<d>\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?\\s*(?:de\\s+|of\\s+)?"
                  + ANY_MONTH_NAME + ",?\\s*(?:de\\s+|del\\s+)?" + YEAR),
          // June 11, 2020; Jun. 11th 2020
          Pattern.compile(
              "(?iu)(?<!\\p{L})" + ANY_MONTH_NAME + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+"
                  + YEAR));

  /**
   * The dates written in {@code text}, in text order, at most {@code max}. Numeric dates with
   * two numbers up to 12 are read in the given order, except that dots always mean day first
   * (11.06.2020). Years outside [{@link #MIN_YEAR}, {@link #MAX_YEAR}] and impossible days are
   * skipped.
   */
  public static List<WrittenDate> findDates(String text, DayOrder order, int max) {
    List<WrittenDate> found = new ArrayList<>();
    if (text == null || text.isEmpty() || max <= 0) {
      return found;
    }
    // Every written date has a four-digit year: the patterns only run around one, so that a
    // long text without dates costs one scan for digits.
    List<Matcher> matchers = new ArrayList<>(WRITTEN_DATES.size());
    for (Pattern p : WRITTEN_DATES) {
      matchers.add(p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
    }
    int takenUpTo = 0;
    for (int ys = nextYear(text, 0); found.size() < max && ys >= 0; ys = nextYear(text, ys + 4)) {
      int ye = ys + 4;
      if (ys < takenUpTo) {
        continue;
      }
      int from = Math.max(takenUpTo, ys - BEFORE_YEAR);
      int to = Math.min(text.length(), ye + AFTER_YEAR);
      WrittenDate best = null;
      for (int i = 0; i < matchers.size() && best == null; i++) {
        Matcher m = matchers.get(i);
        m.region(from, to);
        while (m.find()) {
          if (m.start() > ys || m.end() < ye) {
            continue; // a date around another year: found from that year
          }
          if (hasGroup(WRITTEN_DATES.get(i), "mon")
              && !ANY_MONTH.containsKey(m.group("mon").toLowerCase(Locale.ROOT))) {
            continue; // "11 Leute 2020"
          }
          LocalDate d = written(m, WRITTEN_DATES.get(i), order);
          if (d != null) {
            best = new WrittenDate(d, m.start(), m.end());
            break;
          }
        }
      }
      if (best != null) {
        found.add(best);
        takenUpTo = best.end();
      }
    }
    return found;
  }

  /** A year a written date may have; the patterns are tried around each. */
  /**
   * Where the next year (19xx or 20xx, four ASCII digits not within a longer number) starts at
   * or after {@code from}, or -1. A plain scan: the text of a page is long and mostly no digit.
   */
  static int nextYear(String text, int from) {
    int n = text.length();
    for (int i = Math.max(0, from); i + 4 <= n; i++) {
      char c = text.charAt(i);
      if (c != '1' && c != '2') {
        continue;
      }
      char d = text.charAt(i + 1);
      if (!((c == '1' && d == '9') || (c == '2' && d == '0'))) {
        continue;
      }
      if (isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
          && (i == 0 || !isDigit(text.charAt(i - 1)))
          && (i + 4 == n || !isDigit(text.charAt(i + 4)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * How far before its year a written date starts: "11 de septiembre de 2020", "Mittwoch, 11.
   * Dezember 2024" put at most 25 characters before the year; the margin allows long month
   * names with dots and spaces.
   */
  private static final int BEFORE_YEAR = 40;

  /** How far after its year a date may end: "2020年12月11日", "2020-12-11", "2020. 12. 11.". */
  private static final int AFTER_YEAR = 12;

  private static LocalDate written(Matcher m, Pattern p, DayOrder order) {
    try {
      int year = Integer.parseInt(m.group("y"));
      if (!inRange(year)) {
        return null;
      }
      String pattern = p.pattern();
      int month;
      int day;
      if (pattern.contains("(?<a>")) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean dayFirst = order == DayOrder.DAY_FIRST || m.group("s").startsWith(".");
        if (a > 12) {
          dayFirst = true;
        } else if (b > 12) {
          dayFirst = false;
        }
        day = dayFirst ? a : b;
        month = dayFirst ? b : a;
      } else if (pattern.contains("(?<mon>")) {
        month = ANY_MONTH.get(m.group("mon").toLowerCase(Locale.ROOT));
        day = Integer.parseInt(m.group("d"));
      } else {
        month = Integer.parseInt(m.group("m"));
        day = Integer.parseInt(m.group("d"));
      }
      return LocalDate.of(year, month, day);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
