package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns and thresholds that decide what a line of a plain-text article is. Named data,
 * so that each decision in a document's blocks layer can cite its rule.
 */
final class PlainTextRules {

  private PlainTextRules() {}

  /**
   * A teaser for another article: an arrow-like marker, a short label and a colon
   * (">> Read: ...", "» See also: ...", "► Exclusive report: ...").
   */
  static final Pattern TEASER_MARKED =
      Pattern.compile(
          "^\\s*(?:>>|»|›|►|▶|→|⇒|\\+\\+)\\s*(?<label>[\\p{L} '’-]{1,40}?)\\s*:\\s*(?<title>.+?)\\s*$");

  /** A teaser introduced by a "read more" phrase without a marker. */
  static final Pattern TEASER_PHRASE =
      Pattern.compile(
          "^\\s*(?<label>(?i:read more|read also|also read|see also|related|more on this|"
              + "watch|listen|you may also like|recommended))\\s*[:|–—-]\\s*(?<title>.+?)\\s*$");

  /**
   * News agencies that appear in credit lines. Facts about the trade, not a closed list: an
   * unknown all-capitals acronym of 2 to 6 letters is accepted too.
   */
  static final List<String> AGENCIES =
      List.of(
          "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "dpa", "ANSA", "EFE",
          "Xinhua", "Kyodo", "Yonhap", "Bloomberg", "PA", "Press Association", "UPI", "TASS",
          "Anadolu", "IANS", "PTI", "ANI", "AAP", "CP", "Canadian Press", "KNA", "Belga", "APA",
          "Lusa", "Europa Press", "Interfax", "RIA Novosti", "NTB", "TT", "STT", "CTK", "PAP",
          "WAFA", "MENA", "SPA", "WAM", "QNA", "KUNA", "IRNA", "Fars", "Tasnim", "NHK", "AFP-JIJI",
          "Jiji", "Bernama", "Antara", "Agencia EFE");

  /** A credit line: a short cue followed by agency names ("With AFP", "Source: Reuters"). */
  static final Pattern CREDIT =
      Pattern.compile(
          "^\\s*\\(?\\s*(?i:with|source|sources|additional reporting by|reporting by|"
              + "additional reporting from|compiled by|written with|text by)\\s*:?\\s*"
              + "(?<who>[\\p{L}][\\p{L}. '’&-]{0,60}?)\\s*\\)?\\.?\\s*$");

  /** Separators between several agencies in one credit line. */
  static final Pattern AGENCY_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b|/)\\s*");

  static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** An author line: "By" and one to four capitalized names, possibly several authors. */
  static final Pattern BYLINE =
      Pattern.compile(
          "^\\s*(?i:by)\\s+(?<who>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
              + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*)\\s*$");

  /**
   * Boilerplate that is recognisable anywhere by its wording: subscription buttons, imperative
   * app and newsletter promotions, copyright and cookie notices. Descriptive sentences ("The App
   * Store has 225,000 apps") do not match: promotions are imperatives or whole-line labels.
   */
  static final List<Pattern> BOILERPLATE_STRONG =
      List.of(
          Pattern.compile("(?i)^\\s*(?:i )?(?:subscribe|sign up|log ?in|register|share|tweet|print|email)\\s*[.!]?\\s*$"),
          Pattern.compile("(?:^|[.!?]\\s+)(?:Download|Get|Install|Try) (?:the|our) .{0,40}\\bapps?\\b"),
          Pattern.compile("(?:^|[.!?]\\s+)(?:Sign up|Subscribe|Register) (?:to|for|now)\\b"),
          Pattern.compile("(?:^|[.!?]\\s+)Follow us\\b"),
          Pattern.compile("(?i)^\\s*(?:get it on |download on the )?(?:app store|google play)\\s*$"),
          Pattern.compile("(?i)^\\s*(?:©|\\(c\\)|copyright\\b).{0,120}$"),
          Pattern.compile("(?i)\\ball rights reserved\\b"),
          Pattern.compile("(?i)\\b(?:we use cookies|cookie (?:policy|settings))\\b"),
          Pattern.compile("(?i)^\\s*(?:advertisement|advert|sponsored)\\s*$"));

  /**
   * Lower-case words of which every pattern of {@link #BOILERPLATE_STRONG} needs one: a line
   * with none of them is not tried against the patterns.
   */
  static final List<String> BOILERPLATE_WORDS =
      List.of("subscri", "sign up", "log", "regist", "share", "tweet", "print", "email", "app",
          "follow us", "google play", "\u00a9", "(c)", "copyright", "rights reserved", "cookie",
          "advert", "sponsored");

  /** A line that is a file name or a code, not language ("google-play-badge_FR", "logo.png"). */
  static final Pattern FILE_NAME_LIKE =
      Pattern.compile("^\\s*[\\p{L}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*[._-][\\p{L}\\p{N}]+\\s*$");

  /** Characters that end a sentence; a heading ends with none of them. */
  static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.!?,;:…\"”’»)]\\s*$");

  /**
   * The longest heading, in words. Sub-headings in news are short noun phrases; 12 words is
   * longer than any seen in the development pages and shorter than most sentences.
   */
  static final int HEADING_MAX_WORDS = 12;

  /** The longest title, in words. Headlines run to about 20 words; 30 leaves room. */
  static final int TITLE_MAX_WORDS = 30;

  /**
   * The longest line after a credit line that is called boilerplate, in words. The credit line
   * closes the article; what follows is site furniture: promos of one or two short sentences.
   */
  static final int TAIL_MAX_WORDS = 30;

  /** The longest credit or byline, in words. */
  static final int CREDIT_MAX_WORDS = 8;

  /**
   * Lines of a blank-line-separated group are joined into one paragraph (hard-wrapped text) when
   * at least this share of them, but the last, end without terminal punctuation.
   */
  static final double WRAPPED_SHARE = 0.6;

  /** Wrapped lines are at most this long; longer lines are paragraphs of their own. */
  static final int WRAPPED_MAX_LINE = 100;
}
