package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.DateTexts;

/**
 * Turns a byline or an author field into clean person or agency names: "By Jane Doe and John
 * Roe, Staff Writers | May 3, 2024" gives "Jane Doe", "John Roe". Leading "By" words, dates,
 * times, e-mail addresses, URLs, handles, job titles and the site's own name are removed;
 * several names are split at commas, "and"/"und"/"et"/"y"/"e" and "&".
 */
final class AuthorNames {

  private AuthorNames() {}

  /**
   * Words in front of a byline, in the languages of the pages we read ("By", "Von:", "Par",
   * "Por", "Di", "Door", "Av", "Af", "Od", "Autor:", "Text:", "Written by", ...).
   */
  private static final Pattern LEADING_BY =
      Pattern.compile(
          "^\\s*(?:(?iu:(?:written|posted|reported|text|words|story|photos?|edited|compiled)\\s+by"
              + "|by|von|vom|par|por|door|autor(?:in)?(?:en)?|auteur|author|authors|text|texto"
              + "|testo|reporter|redaktion|redacción|quelle|source|fuente|fonte|bron)"
              // lower case only: "Di Maio", "De Niro", "Da Silva" are names
              + "|di|de|da|av|af|od|ved)\\s*[:：]?\\s+");

  /**
   * The parts a byline joins names with: commas, semicolons, bars, slashes, bullets, and "and"
   * in English, German, French, Spanish, Italian, Portuguese, Dutch and the Nordic languages.
   */
  private static final Pattern SEPARATORS =
      Pattern.compile(
          "(?iu)\\s*(?:[,;|/•·]|\\s(?:and|und|et|y|e|en|og|och|i|a)\\s|\\s&\\s|\\s[-–—]\\s"
              + "|\\s(?:edited|photos?|illustrations?|graphics|(?:additional\\s+)?reporting)\\s+by\\s"
              + "|\\s(?:with|avec|mit|con|com)\\s)\\s*");

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern HANDLE = Pattern.compile("(?<!\\S)@\\w+");
  private static final Pattern TIME =
      Pattern.compile("(?iu)(?<!\\d)\\d{1,2}[:.h]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|uhr|h))?(?!\\d)");
  /** Punctuation around a name, but a final "." (Jr.) or ")" stays. */
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$");

  private static final Pattern WORD_PUNCTUATION = Pattern.compile("^\\p{Punct}+|\\p{Punct}+$");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[][^)\\]]{0,40}[)\\]]");

  /**
   * Words that make a part a label, a role or a date word rather than a name ("Staff Writer",
   * "Updated", "Korrespondent"). A part made only of such words (and "the", "of", "senior") is
   * dropped; a name followed by its role ("Jane Doe Korrespondent") keeps the name.
   */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "staff", "writer", "writers", "reporter", "reporters", "correspondent",
          "correspondents", "editor", "editors", "editorial", "contributor", "contributors",
          "columnist", "journalist", "journalists", "photographer", "photographers", "senior",
          "chief", "deputy", "managing", "associate", "assistant", "special", "desk", "team",
          "news", "online", "digital", "producer", "producers", "analyst", "host", "updated",
          "update", "published", "posted", "modified", "more", "read", "follow", "share",
          "email", "min", "minutes", "comments", "comment", "by", "redakteur", "redakteurin",
          "korrespondent", "stand", "red", "agenturen", "agencies", "agences", "agencias", "last",
          "ma", "md", "phd", "mph", "mba", "msc", "bsc", "rn",
          "korrespondentin", "autor", "autorin", "leitender", "leitende", "freier", "freie",
          "mitarbeiter", "mitarbeiterin", "aktualisiert", "veröffentlicht", "am", "um", "uhr",
          "journaliste", "rédacteur", "rédactrice", "envoyé", "envoyée", "spécial", "spéciale",
          "mis", "jour", "periodista", "redactor", "redactora", "corresponsal", "giornalista",
          "redattore", "inviato", "jornalista", "repórter", "verslaggever", "redacteur",
          "anhören", "listen", "audio", "video", "foto", "photo", "bild", "image", "images",
          "getty", "imago", "sign", "up", "newsletter", "subscribe", "about", "bio", "profile",
          "view", "all", "posts", "articles", "stories", "contact", "twitter", "facebook",
          "instagram", "linkedin", "기자", "記者", "记者", "特派員", "編集部");

  /**
   * Words that end a name only at its end: "Joseph Cox on" (before a cut date), "Euronews with
   * Agencies". At the start they belong to the name ("The Associated Press").
   */
  private static final Set<String> TRAILING_WORDS =
      Set.of("and", "the", "of", "for", "at", "in", "on", "with", "from", "via", "to", "und", "et");

  /** Words of a desk credit: "MND Staff", "Gear Team", "Sport Desk". */
  private static final Set<String> COLLECTIVES = Set.of("staff", "team", "desk", "newsroom");

  /**
   * A lower-case label before "von"/"by" inside a part: "capital von Jemima Kelly" (a section
   * name, then the byline). A name with a particle ("Ursula von der Leyen") starts upper case.
   */
  private static final Pattern LABEL_THEN_BY =
      Pattern.compile("^\\p{Ll}[\\p{L}\\s]{0,30}?\\s(?:von|by|par|por)\\s+(?=\\p{Lu})");

  /** Names of more words than this are sentences ("Sie haben einen Fehler gefunden? ..."). */
  static final int MAX_NAME_WORDS = 6;

  /** Names longer than this (characters) are not names. */
  static final int MAX_NAME_CHARS = 60;

  /** Bylines longer than this are not bylines but a block of text (an author box). */
  static final int MAX_BYLINE_CHARS = 200;

  /**
   * The names in one byline or field value, cleaned, in order, without duplicates.
   *
   * @param siteNames the site's names (lower case): a part equal to one is not an author
   */
  static List<String> parse(String raw, Set<String> siteNames) {
    List<String> out = new ArrayList<>();
    String s = PageIndex.clean(raw);
    if (s == null || s.length() > MAX_BYLINE_CHARS) {
      return out;
    }
    s = EMAIL.matcher(s).replaceAll(" ");
    s = URL.matcher(s).replaceAll(" ");
    s = HANDLE.matcher(s).replaceAll(" ");
    s = cutDates(s);
    s = TIME.matcher(s).replaceAll(" | ");
    s = PARENTHESES.matcher(s).replaceAll(" ");
    s = stripBy(s);
    for (String part : SEPARATORS.split(s)) {
      String name = name(stripBy(part), siteNames);
      if (name != null && out.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
        out.add(name);
      }
    }
    return out;
  }

  /** Dates become separators: "Matthew Loh 20:00, 29 Jan 2024" keeps "Matthew Loh". */
  private static String cutDates(String s) {
    List<DateTexts.WrittenDate> dates = DateTexts.findDates(s, DateTexts.DayOrder.DAY_FIRST, 4);
    if (dates.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s);
    for (int i = dates.size() - 1; i >= 0; i--) {
      sb.replace(dates.get(i).start(), dates.get(i).end(), " | ");
    }
    return sb.toString();
  }

  private static String stripBy(String s) {
    String t = LABEL_THEN_BY.matcher(s.strip()).replaceFirst("");
    for (int i = 0; i < 2; i++) { // "Written by: Von ..." is rare; two rounds are enough
      Matcher m = LEADING_BY.matcher(t);
      if (!m.find()) {
        break;
      }
      t = t.substring(m.end()).strip();
    }
    return t;
  }

  /** One part as a name, or {@code null}. */
  private static String name(String part, Set<String> siteNames) {
    String p = part.strip();
    if (p.indexOf('?') >= 0 || p.indexOf('!') >= 0) {
      return null; // a sentence ("Sie haben einen Fehler gefunden?"), not a name
    }
    // Role words around the name go: "Ulrich Exner Korrespondent", "Staff Writer Jane Doe".
    String[] words = p.split("\\s+");
    int from = 0;
    int to = words.length;
    while (from < to && isRole(words[from])) {
      from++;
    }
    while (to > from && (isRole(words[to - 1]) || isTrailing(words[to - 1]))) {
      to--;
    }
    if (from >= to || isTrailing(words[from]) && from > 0) {
      return null; // "Contributors to Wikimedia projects" is no name
    }
    if (to - from == 1 && from == 0 && to < words.length
        && COLLECTIVES.contains(words[to].toLowerCase(Locale.ROOT))) {
      // One word before "Staff" or "Team" ("MND Staff", "Gear Team"): the credit is the name.
      from = 0;
      to = words.length;
    }
    String n = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    n = EDGE_PUNCTUATION.matcher(n).replaceAll("").strip();
    if (n.isEmpty() || n.length() > MAX_NAME_CHARS || to - from > MAX_NAME_WORDS) {
      return null;
    }
    if (!n.codePoints().anyMatch(Character::isLetter)) {
      return null; // "105092", "--"
    }
    if (isSite(n, siteNames)) {
      return null;
    }
    return n;
  }

  /** Equal to a site name, ignoring case and a leading "the". */
  static boolean isSite(String name, Set<String> siteNames) {
    String n = name.toLowerCase(Locale.ROOT);
    return siteNames.contains(n) || (n.startsWith("the ") && siteNames.contains(n.substring(4)));
  }

  private static boolean isTrailing(String word) {
    return TRAILING_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isRole(String word) {
    String w = WORD_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    return w.isEmpty() || ROLE_WORDS.contains(w);
  }

  /**
   * The site's names as compared with author parts (lower case): the declared site names, and
   * the host of the page's address without "www." and with and without its top-level domain
   * ("orf.at", "orf").
   */
  static Set<String> siteNames(List<String> declared, String url) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String d : declared) {
      if (d != null && !d.isBlank()) {
        String n = d.strip().toLowerCase(Locale.ROOT);
        out.put(n, true);
        if (n.startsWith("the ")) {
          out.put(n.substring(4), true);
        }
      }
    }
    String host = host(url);
    if (host != null) {
      out.put(host, true);
      int dot = host.lastIndexOf('.');
      if (dot > 0) {
        out.put(host.substring(0, dot), true);
      }
    }
    return out.keySet();
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
