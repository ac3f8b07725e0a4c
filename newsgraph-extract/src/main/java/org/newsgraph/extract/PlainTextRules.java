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
   * Boilerplate that is recognisable anywhere by its whole wording: subscription buttons, app
   * promotions, copyright and cookie notices.
   */
  static final List<Pattern> BOILERPLATE_STRONG =
      List.of(
          Pattern.compile("(?i)^\\s*(?:i )?(?:subscribe|sign up|log ?in|register|share|tweet|print|email)\\s*[.!]?\\s*$"),
          Pattern.compile("(?i)\\bdownload (?:the|our) .{0,40}\\bapp\\b"),
          Pattern.compile("(?i)\\b(?:app store|google play|play store)\\b"),
          Pattern.compile("(?i)\\b(?:sign up|subscribe) (?:to|for) (?:our|the) .{0,40}newsletter"),
          Pattern.compile("(?i)^\\s*(?:©|\\(c\\)|copyright\\b).{0,120}$"),
          Pattern.compile("(?i)\\ball rights reserved\\b"),
          Pattern.compile("(?i)\\b(?:we use cookies|cookie (?:policy|settings))\\b"),
          Pattern.compile("(?i)^\\s*(?:advertisement|advert|sponsored)\\s*$"),
          Pattern.compile("(?i)\\bfollow us on\\b"));

  /**
   * Cues of site furniture that are only trusted in the tail of the text (after the credit line
   * or the last long paragraph), where a real sentence is unlikely to use them.
   */
  static final Pattern BOILERPLATE_TAIL_CUE =
      Pattern.compile(
          "(?i)\\b(?:newsletter|subscribe|subscription|invites you|sign up|download|app|"
              + "follow us|share|comments?|terms of use|privacy|contact us|read more|"
              + "most read|trending|the week)\\b");

  /** A line that is a file name or a code, not language ("google-play-badge_FR", "logo.png"). */
  static final Pattern FILE_NAME_LIKE =
      Pattern.compile("^\\s*[\\p{L}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*[._-][\\p{L}\\p{N}]+\\s*$");

  /** Characters that end a sentence; a heading ends with none of them. */
  static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.!,;:…\"”’»)]\\s*$");

  /**
   * The longest heading, in words. Sub-headings in news are short noun phrases; 12 words is
   * longer than any seen in the development pages and shorter than most sentences.
   */
  static final int HEADING_MAX_WORDS = 12;

  /** The longest title, in words. Headlines run to about 20 words; 30 leaves room. */
  static final int TITLE_MAX_WORDS = 30;

  /**
   * The longest line that tail rules may call boilerplate, in words. Promos are one or two short
   * sentences; a real closing paragraph is longer.
   */
  static final int TAIL_MAX_WORDS = 30;

  /** The longest credit or byline, in words. */
  static final int CREDIT_MAX_WORDS = 8;

  /**
   * A paragraph at least this long (in words) is article text for certain; the boilerplate tail
   * starts after the last one.
   */
  static final int LONG_PARAGRAPH_WORDS = 25;

  /**
   * Lines of a blank-line-separated group are joined into one paragraph (hard-wrapped text) when
   * at least this share of them, but the last, end without terminal punctuation.
   */
  static final double WRAPPED_SHARE = 0.6;

  /** Wrapped lines are at most this long; longer lines are paragraphs of their own. */
  static final int WRAPPED_MAX_LINE = 100;
}
