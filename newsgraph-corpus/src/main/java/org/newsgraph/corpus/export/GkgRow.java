package org.newsgraph.corpus.export;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.store.StoreExport.StoredArticle;
import org.newsgraph.store.Tables;
import org.newsgraph.store.Tables.Table;

/**
 * One article as a row of the GDELT Global Knowledge Graph 2.1 format: 27 tab-separated fields, as
 * the GKG 2.1 codebook defines them, so that tools that read GDELT's GKG files read ours.
 * docs/export.md gives the mapping field by field, and why some fields stay empty (themes, geocoded
 * locations, tone, GCAM, images but the sharing image, translation).
 *
 * <p>Offsets are UTF-16 offsets into the article's canonical text ({@code articles.text}); GDELT
 * calls its offsets approximate character offsets into the document. No field holds a tab, a line
 * break or another control character, and the characters that delimit a field's items and their
 * parts are replaced by spaces in the names, objects and quotes put into it.
 */
public final class GkgRow {

  private GkgRow() {}

  /** The 27 fields, in order, named as in the codebook. */
  public static final List<String> FIELDS =
      List.of(
          "GKGRECORDID",
          "V2.1DATE",
          "V2SOURCECOLLECTIONIDENTIFIER",
          "V2SOURCECOMMONNAME",
          "V2DOCUMENTIDENTIFIER",
          "V1COUNTS",
          "V2.1COUNTS",
          "V1THEMES",
          "V2ENHANCEDTHEMES",
          "V1LOCATIONS",
          "V2ENHANCEDLOCATIONS",
          "V1PERSONS",
          "V2ENHANCEDPERSONS",
          "V1ORGANIZATIONS",
          "V2ENHANCEDORGANIZATIONS",
          "V1.5TONE",
          "V2.1ENHANCEDDATES",
          "V2GCAM",
          "V2.1SHARINGIMAGE",
          "V2.1RELATEDIMAGES",
          "V2.1SOCIALIMAGEEMBEDS",
          "V2.1SOCIALVIDEOEMBEDS",
          "V2.1QUOTATIONS",
          "V2.1ALLNAMES",
          "V2.1AMOUNTS",
          "V2.1TRANSLATIONINFO",
          "V2EXTRASXML");

  /** The tables a row is made from, besides {@code articles}. */
  public static final List<Table> TABLES =
      List.of(Tables.ENTITIES, Tables.MENTIONS, Tables.QUOTATIONS, Tables.TIMEXES, Tables.COUNTS);

  /** GKG collection 1: the document is on the web and its identifier is its URL. */
  static final String WEB = "1";

  /** GKG collection 2: only a textual citation identifies the document. */
  static final String CITATION_ONLY = "2";

  /**
   * Our event kinds as GKG count types: GDELT's own categories where one means the same
   * ("displaced" people are among those GDELT counts as AFFECT; CrisisLex's category for missing,
   * found or trapped people is the GKG's count type for the missing). Any other kind is written
   * upper-cased, as the codebook allows other categories.
   */
  static final Map<String, String> COUNT_TYPES =
      Map.of(
          "killed", "KILL",
          "wounded", "WOUND",
          "arrested", "ARREST",
          "kidnapped", "KIDNAP",
          "protesting", "PROTEST",
          "displaced", "AFFECT",
          "missing", "CRISISLEX_T08_MISSINGFOUNDTRAPPEDPEOPLE");

  /** Quotation marks a quoted passage may open with (its span starts after the mark). */
  private static final String QUOTE_MARKS =
      "\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a";

  /** Reference kinds that are names (not demonyms, descriptions or pronouns). */
  private static final Set<String> NAMES = Set.of("name", "alias");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

  /** The delimiters of list fields: items, parts of items. */
  private static final String ALL_DELIMITERS = ";,#|";

  private static final String QUOTE_DELIMITERS = "#|";

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

  /** The article's row, one line without its line break. */
  public static String line(StoredArticle a) {
    return String.join("\t", fields(a));
  }

  /** The article's 27 fields. */
  public static String[] fields(StoredArticle a) {
    Map<String, Object> art = a.article();
    String[] f = new String[FIELDS.size()];
    java.util.Arrays.fill(f, "");
    f[0] = recordId(art, a.ingestRank());
    f[1] = date(art);
    String url =
        str(art.get("canonical_url")) != null ? str(art.get("canonical_url")) : str(art.get("url"));
    String host = host(url);
    if (host != null) {
      f[2] = WEB;
      f[3] = clean(host.startsWith("www.") ? host.substring(4) : host, "");
      f[4] = clean(url, "");
    } else {
      f[2] = CITATION_ONLY;
      f[3] = orEmpty(clean(str(art.get("site_name")), ""));
      f[4] = citation(art, a.id());
    }
    f[5] = counts(a, false);
    f[6] = counts(a, true);
    // 7, 8 themes: no theme taxonomy; 9, 10 locations: places are not geocoded
    Map<String, Map<String, Object>> entities = new HashMap<>();
    for (Map<String, Object> e : a.rows(Tables.ENTITIES)) {
      entities.put((String) e.get("entity_id"), e);
    }
    f[11] = names(a, entities, "PER", false);
    f[12] = names(a, entities, "PER", true);
    f[13] = names(a, entities, "ORG", false);
    f[14] = names(a, entities, "ORG", true);
    // 15 tone: none measured
    f[16] = dates(a);
    // 17 GCAM: none; 19-21 related images, social embeds: not kept
    f[18] = orEmpty(clean(str(art.get("image_url")), ""));
    f[22] = quotations(a);
    f[23] = allNames(a);
    f[24] = amounts(a);
    // 25 translation: the text is analyzed as written, never translated
    f[26] = extras(art);
    for (int i = 0; i < f.length; i++) {
      if (f[i].startsWith("\"")) {
        // CSV readers (pandas, Python's csv) take a leading double quote for quoting
        f[i] = "\u201c" + f[i].substring(1);
      }
    }
    return f;
  }

  /**
   * Our record id: the second the article was ingested (UTC) and its rank among the articles
   * ingested in that second, as GDELT's ids are the time of the update that made the record and a
   * serial number: {@code 20200611093012-1}. Stable across exports of one store.
   */
  static String recordId(Map<String, Object> art, long rank) {
    Object t = art.get("ingested_at");
    String stamp =
        t instanceof OffsetDateTime o
            ? o.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP)
            : "00000000000000";
    return stamp + "-" + rank;
  }

  /**
   * Publication time: the stated time in UTC, else the publication day at 00:00:00, else 0 (the
   * codebook's value for "not known").
   */
  static String date(Map<String, Object> art) {
    if (art.get("published_at") instanceof OffsetDateTime o) {
      return o.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
    }
    if (art.get("published") instanceof LocalDate d) {
      return d.atStartOfDay().format(STAMP);
    }
    return "0";
  }

  /** The host of an absolute http(s) URL, lower-cased; null for anything else. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return null;
      }
      return u.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A citation for an article without an address: site, title, day, as far as known. */
  private static String citation(Map<String, Object> art, String id) {
    List<String> parts = new ArrayList<>();
    for (String k : List.of("site_name", "title")) {
      String v = clean(str(art.get(k)), "");
      if (v != null && !v.isEmpty()) {
        parts.add(v);
      }
    }
    if (art.get("published") instanceof LocalDate d) {
      parts.add(d.toString());
    }
    return parts.isEmpty() ? "newsgraph article " + id : String.join(", ", parts);
  }

  /**
   * Event counts: {@code TYPE#number#object#0######;} (V1) with the offset as an eleventh part
   * (V2.1). Location type 0 and empty location parts: counts are not geocoded.
   */
  private static String counts(StoredArticle a, boolean withOffset) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> c : a.rows(Tables.COUNTS)) {
      String kind = str(c.get("kind"));
      if (kind == null || kind.isBlank()) {
        continue;
      }
      String type =
          COUNT_TYPES.getOrDefault(
              kind, clean(kind, ALL_DELIMITERS).toUpperCase(Locale.ROOT).replace(' ', '_'));
      List<String> parts =
          new ArrayList<>(
              List.of(
                  type,
                  number(c.get("value")),
                  orEmpty(clean(str(c.get("object")), ALL_DELIMITERS)),
                  "0",
                  "",
                  "",
                  "",
                  "",
                  "",
                  ""));
      if (withOffset) {
        parts.add(String.valueOf(c.get("char_start")));
      }
      sb.append(String.join("#", parts)).append(';');
    }
    return sb.toString();
  }

  /**
   * Persons or organizations: V1 the distinct canonical names ({@code name;name}), V2 each mention
   * by name or alias with its offset ({@code name,offset;...}), under the entity's canonical name.
   */
  private static String names(
      StoredArticle a, Map<String, Map<String, Object>> entities, String type, boolean enhanced) {
    Set<String> distinct = new LinkedHashSet<>();
    List<String> items = new ArrayList<>();
    for (Map<String, Object> m : a.rows(Tables.MENTIONS)) {
      Map<String, Object> e = entities.get(str(m.get("entity_id")));
      if (e == null || !type.equals(e.get("type")) || !NAMES.contains(str(m.get("kind")))) {
        continue;
      }
      String name = clean(str(e.get("name")), ALL_DELIMITERS);
      if (name == null || name.isEmpty()) {
        continue;
      }
      distinct.add(name);
      items.add(name + "," + m.get("char_start"));
    }
    return String.join(";", enhanced ? items : new ArrayList<>(distinct));
  }

  /**
   * Dates as the GKG writes them: {@code resolution#month#day#year#offset}, items separated by
   * {@code ;}. Resolution 1 is a year, 2 a month of a year, 3 a day with its year, 4 a day without
   * a year (TIMEX3 {@code XXXX-06-11}); other time expressions have no GKG form.
   */
  private static String dates(StoredArticle a) {
    List<String> items = new ArrayList<>();
    for (Map<String, Object> t : a.rows(Tables.TIMEXES)) {
      if (!"DATE".equals(t.get("type"))) {
        continue;
      }
      String v = str(t.get("value"));
      String d = v == null ? null : gkgDate(v);
      if (d != null) {
        items.add(d + "#" + t.get("char_start"));
      }
    }
    return String.join(";", items);
  }

  /** A TIMEX3 date value as {@code resolution#month#day#year}, or null (also for no date). */
  static String gkgDate(String value) {
    Matcher m;
    try {
      if ((m = DAY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
        return "3#" + d.getMonthValue() + "#" + d.getDayOfMonth() + "#" + d.getYear();
      }
      if ((m = MONTH_DAY.matcher(value)).matches()) {
        MonthDay d = MonthDay.of(num(m.group(1)), num(m.group(2)));
        return "4#" + d.getMonthValue() + "#" + d.getDayOfMonth() + "#0";
      }
      if ((m = MONTH.matcher(value)).matches()) {
        YearMonth d = YearMonth.of(num(m.group(1)), num(m.group(2)));
        return "2#" + d.getMonthValue() + "#0#" + d.getYear();
      }
    } catch (DateTimeException e) {
      return null;
    }
    if (YEAR.matcher(value).matches()) {
      return "1#0#0#" + num(value);
    }
    return null;
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  /**
   * Quotations, as GDELT's field holds them: words in quotation marks, with the verb that
   * introduces them: {@code offset|length|verb|quote}, items separated by {@code #}. That is every
   * direct quotation, and a mixed one when its words are the quoted ones (not a clause of reported
   * speech holding a quoted word); indirect quotations and scare quotes are left out. The span runs
   * from the first quoted word to the last (an interrupted quotation's pieces are joined by " … "
   * in the quote).
   */
  private static String quotations(StoredArticle a) {
    String body = str(a.article().get("text"));
    List<String> items = new ArrayList<>();
    for (Map<String, Object> q : a.rows(Tables.QUOTATIONS)) {
      String kind = str(q.get("kind"));
      int start = ((Number) q.get("char_start")).intValue();
      int end = ((Number) q.get("char_end")).intValue();
      if (!("direct".equals(kind) || ("mixed".equals(kind) && opensQuoted(body, start)))) {
        continue;
      }
      String text = clean(str(q.get("text")), QUOTE_DELIMITERS);
      if (text == null || text.isEmpty()) {
        continue;
      }
      items.add(
          start
              + "|"
              + (end - start)
              + "|"
              + orEmpty(clean(str(q.get("cue")), QUOTE_DELIMITERS))
              + "|"
              + text);
    }
    return String.join("#", items);
  }

  /** Whether the text opens a quotation mark right before {@code start} (spaces between). */
  static boolean opensQuoted(String text, int start) {
    if (text == null) {
      return false;
    }
    int i = Math.min(start, text.length()) - 1;
    while (i >= 0 && i > start - 3 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0;
  }

  /** Every mention by name or alias, as written, with its offset: {@code name,offset;...}. */
  private static String allNames(StoredArticle a) {
    List<String> items = new ArrayList<>();
    for (Map<String, Object> m : a.rows(Tables.MENTIONS)) {
      if (!NAMES.contains(str(m.get("kind")))) {
        continue;
      }
      String name = clean(str(m.get("surface")), ALL_DELIMITERS);
      if (name != null && !name.isEmpty()) {
        items.add(name + "," + m.get("char_start"));
      }
    }
    return String.join(";", items);
  }

  /** Every count as an amount: {@code amount,object,offset;...}. */
  private static String amounts(StoredArticle a) {
    List<String> items = new ArrayList<>();
    for (Map<String, Object> c : a.rows(Tables.COUNTS)) {
      items.add(
          number(c.get("value"))
              + ","
              + orEmpty(clean(str(c.get("object")), ALL_DELIMITERS))
              + ","
              + c.get("char_start"));
    }
    return String.join(";", items);
  }

  /**
   * GDELT's page metadata tags where we know the value (title, authors separated by {@code ;}, the
   * stated publication time in UTC), and ours: the article's id in the store and its detected
   * language.
   */
  private static String extras(Map<String, Object> art) {
    StringBuilder sb = new StringBuilder();
    tag(sb, "PAGE_TITLE", str(art.get("title")));
    if (art.get("authors") instanceof List<?> authors && !authors.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Object o : authors) {
        String n = clean(o == null ? null : o.toString(), ";");
        if (n != null && !n.isEmpty()) {
          names.add(n);
        }
      }
      tag(sb, "PAGE_AUTHORS", String.join(";", names));
    }
    if (art.get("published_at") instanceof OffsetDateTime o) {
      tag(sb, "PAGE_PRECISEPUBTIMESTAMP", o.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP));
    }
    tag(sb, "NEWSGRAPH_ARTICLE_ID", str(art.get("id")));
    tag(sb, "NEWSGRAPH_LANGUAGE", str(art.get("language")));
    return sb.toString();
  }

  private static void tag(StringBuilder sb, String name, String value) {
    String v = clean(value, "");
    if (v == null || v.isEmpty()) {
      return;
    }
    sb.append('<')
        .append(name)
        .append('>')
        .append(v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        .append("</")
        .append(name)
        .append('>');
  }

  /** A count's value: an integer when it is one, else a plain decimal. */
  static String number(Object v) {
    if (!(v instanceof Number n)) {
      return "0";
    }
    double d = n.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * The text with control characters (tabs, line breaks...), line and paragraph separators and the
   * given delimiters replaced by spaces, runs of spaces made one, trimmed; null stays null.
   */
  static String clean(String s, String delimiters) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isISOControl(c)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\u00a0'
              || delimiters.indexOf(c) >= 0;
      if (blank) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
