package org.newsgraph.extract.html;

import java.util.List;

/**
 * Part of stage 1 (cleaning): what class and id values say, read in one pass without
 * allocating. Pages carry thousands of class and id values (most of them unique ids like
 * {@code post-7972}), so this is the hottest code of the main text.
 *
 * <p>A value is split into names at white space, a name into words at anything that is not a
 * letter or digit ({@code "post-share_buttons"} gives {@code post}, {@code share}, {@code
 * buttons}); upper case is folded (ASCII). Words are looked up in small open-addressing tables
 * by a hash computed while scanning; a match is confirmed character by character.
 */
final class ClassNames {

  /** The name says the element is hidden. */
  static final int HIDDEN = 1 << 4;

  /** The words say reader comments. */
  static final int COMMENTS = 1 << 5;

  /** The words say an article body ({@link Cleaning#BODY_NAME_BONUS}). */
  static final int BODY = 1 << 6;

  /** Bits 0-3 are {@link Cleaning}'s hint bits; bits 8 and up the furniture word's index + 1. */
  private static final int FURNITURE_SHIFT = 8;

  /**
   * Whole class names that hide an element (CSS frameworks and screen-reader-only text). Whole
   * names only: {@code hidden-xs} is visible on a desktop.
   */
  private static final List<String> HIDDEN_NAMES =
      List.of(
          "hidden", "hide", "d-none", "is-hidden", "u-hidden", "sr-only", "visually-hidden",
          "visuallyhidden", "screen-reader-text", "screenreader-only", "element-invisible",
          "invisible", "offscreen", "display-none");

  /**
   * Class/id words of site furniture. Not {@code paywall}: a paid article's own text sits in
   * the paywall's container.
   */
  private static final List<String> FURNITURE_WORDS =
      List.of(
          "nav", "navi", "navbar", "navigation", "menu", "menus", "mainmenu", "submenu", "menubar",
          "footer", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing", "shares", "social",
          "socials", "related", "newsletter", "cookie", "cookies", "consent", "gdpr", "promo",
          "promotion", "advert", "advertisement", "ad", "ads", "adv", "banner", "popup", "modal",
          "subscribe", "subscription", "login", "signup", "dialog", "overlay", "lightbox",
          "colophon", "textwidget", "recent", "trending", "popular", "blogroll", "linklist",
          "donation", "donate", "disclaimer", "disclosure", "affiliate", "cta", "bio", "prev",
          "previous", "sitemap", "searchform", "jetpack", "nocontent", "subnav", "subnavigation",
          "outbrain", "taboola", "recommended", "recommendations", "tags", "tagcloud", "pagination",
          "pager", "toolbar", "topbar", "masthead", "sponsored", "skiplink", "skiplinks", "rating",
          "disqus", "shariff", "addthis", "sharedaddy", "yarpp");

  /**
   * An author's box (biography, photo, links): one word or two ({@code author-box}, {@code
   * about-author}). The byline itself is {@code author} alone.
   */
  private static final List<String> AUTHOR_BOXES =
      List.of(
          "authorbox", "authorbio", "authorinfo", "authorcard", "authordescription", "authorprofile",
          "authordetails", "aboutauthor", "abouttheauthor", "authorabout");

  /** Beginnings of compound class/id words of site furniture ({@code sharebuttons}). */
  private static final List<String> FURNITURE_PREFIXES =
      List.of(
          "share", "social", "related", "footer", "sidebar", "navbar", "navigation", "breadcrumb",
          "newsletter", "cookie", "advert", "sponsor", "subscri", "outbrain", "taboola", "disqus",
          "recommend", "menu");

  /** Words that start like furniture and are not. */
  private static final List<String> NOT_FURNITURE_WORDS =
      List.of("shared", "shareholder", "shareholders", "relatedness", "socialism", "socialist");

  /**
   * "widget" is furniture when a name starts with it ({@code widget_text}, {@code widget-area},
   * the WordPress sidebar), not inside a page builder's names ({@code elementor-widget-container}
   * wraps every block of a page).
   */
  private static final String WIDGET = "widget";

  /**
   * First words of names a CMS derives from an article's categories and tags ({@code
   * category-social}, {@code tag-newsletter}): they name the topic, not the element's role.
   */
  private static final List<String> TAXONOMY_WORDS = List.of("tag", "tags", "category", "categories", "topic");

  /** Beginnings of class/id words of reader comments: never article text, however long. */
  private static final List<String> COMMENT_PREFIXES = List.of("comment", "respond", "discussion", "reply");

  /**
   * Endings of words that start like a comment section but are not one: {@code commentary} (an
   * article genre), {@code commented} and {@code commentable} (a post's state).
   */
  private static final List<String> NOT_COMMENT_ENDINGS = List.of("ary", "aries", "ed", "able", "ator", "ators");

  /**
   * Names of the article body in common templates and CMSs, as one word ({@code articleBody})
   * or two ({@code post-content}, {@code td-post-content}, {@code article__body}).
   */
  private static final List<String> BODY_NAMES =
      List.of(
          "articlebody", "articlecontent", "articletext", "articlecopy", "entrycontent", "entrybody",
          "postcontent", "postbody", "posttext", "postentry", "storybody", "storycontent",
          "storytext", "bodytext", "contentbody", "richtext", "textcontent", "blogpost",
          "singlecontent", "newstext", "artikeltext", "articleinner", "mainarticle");

  /** Class/id words that mark an author line. */
  private static final List<String> BYLINE_WORDS =
      List.of("author", "authors", "byline", "autor", "autoren", "writer", "creator", "contributor");

  /** Class/id words that mark a date line. */
  private static final List<String> DATE_WORDS =
      List.of(
          "date", "datum", "time", "timestamp", "published", "dateline", "pubdate", "datetime",
          "posted", "updated", "postdate", "entrydate");

  /** Class/id words that mark a caption or a picture credit. */
  private static final List<String> CAPTION_WORDS =
      List.of(
          "caption", "figcaption", "credit", "credits", "copyright", "legend", "bildunterschrift",
          "photocredit", "imagecredit", "bildnachweis", "bildquelle");

  /** Class/id words of the block of small print around an article (date, author, category). */
  private static final List<String> META_WORDS =
      List.of("meta", "postmeta", "entrymeta", "articlemeta", "metadata", "postinfo");

  // what a word table entry means
  private static final int W_FURNITURE = 1 << 16;
  private static final int W_NOT_FURNITURE = 1 << 17;
  private static final int W_TAXONOMY = 1 << 18;
  private static final int W_BODY = 1 << 19;
  /** The word may also be written as two ({@code post-content}, {@code author-box}). */
  private static final int W_PAIR = 1 << 15;

  /** Where a furniture word's index (+ 1) sits in a word table value (bits 20 and up). */
  private static final int WORD_INDEX_SHIFT = 20;

  /** Exact words: hint bits (0-3), the W_ bits (16-19), the furniture index (20 and up). */
  private static final Table WORDS = new Table();

  /** Beginnings of words: furniture or comment prefixes. */
  private static final Table PREFIXES = new Table();

  /** Whole names that hide. */
  private static final Table NAMES = new Table();

  /** The furniture word or prefix of each index, for the rule text. */
  private static final String[] FURNITURE_RULE_WORDS;

  private static final String[] CLASS_RULES;
  private static final String[] ID_RULES;

  /** The shortest prefix ({@code menu}). */
  private static final int MIN_PREFIX = 4;

  private static final int P_FURNITURE = 1;
  private static final int P_COMMENT = 2;

  static {
    List<String> furniture = new java.util.ArrayList<>();
    for (String w : FURNITURE_WORDS) {
      furniture.add(w);
      WORDS.put(w, W_FURNITURE | (furniture.size() << WORD_INDEX_SHIFT));
    }
    for (String w : AUTHOR_BOXES) {
      furniture.add(w);
      WORDS.put(w, W_FURNITURE | W_PAIR | (furniture.size() << WORD_INDEX_SHIFT));
    }
    for (String w : FURNITURE_PREFIXES) {
      furniture.add(w);
      PREFIXES.put(w, P_FURNITURE | (furniture.size() << FURNITURE_SHIFT));
    }
    furniture.add(WIDGET);
    FURNITURE_RULE_WORDS = furniture.toArray(new String[0]);
    CLASS_RULES = new String[FURNITURE_RULE_WORDS.length];
    ID_RULES = new String[FURNITURE_RULE_WORDS.length];
    for (int k = 0; k < FURNITURE_RULE_WORDS.length; k++) {
      CLASS_RULES[k] = "class " + FURNITURE_RULE_WORDS[k];
      ID_RULES[k] = "id " + FURNITURE_RULE_WORDS[k];
    }
    for (String w : COMMENT_PREFIXES) {
      PREFIXES.put(w, P_COMMENT);
    }
    for (String w : NOT_FURNITURE_WORDS) {
      WORDS.put(w, W_NOT_FURNITURE);
    }
    for (String w : TAXONOMY_WORDS) {
      WORDS.put(w, WORDS.get(w) | W_TAXONOMY);
    }
    for (String w : BODY_NAMES) {
      WORDS.put(w, WORDS.get(w) | W_BODY | W_PAIR);
    }
    for (String w : BYLINE_WORDS) {
      WORDS.put(w, WORDS.get(w) | Cleaning.HINT_BYLINE);
    }
    for (String w : DATE_WORDS) {
      WORDS.put(w, WORDS.get(w) | Cleaning.HINT_DATE);
    }
    for (String w : CAPTION_WORDS) {
      WORDS.put(w, WORDS.get(w) | Cleaning.HINT_CAPTION);
    }
    for (String w : META_WORDS) {
      WORDS.put(w, WORDS.get(w) | Cleaning.HINT_META);
    }
    for (String w : HIDDEN_NAMES) {
      NAMES.put(w, HIDDEN);
    }
  }

  private ClassNames() {}

  /**
   * Reads a class or id value: hint bits (bits 0-3), {@link #HIDDEN}, {@link #COMMENTS}, {@link
   * #BODY}, and the first furniture word ({@link #furnitureWord}).
   */
  static int read(String v) {
    int result = 0;
    int n = v.length();
    int i = 0;
    while (i < n) {
      while (i < n && v.charAt(i) <= ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int nameStart = i;
      int nameHash = 0;
      boolean firstWord = true;
      boolean skipName = false;
      int prevStart = -1;
      int prevEnd = -1;
      int prevHash = 0;
      int wordStart = -1;
      int wordHash = 0;
      boolean digits = true;
      int prefix = 0;
      while (true) {
        char c = i < n ? lower(v.charAt(i)) : ' ';
        boolean end = c <= ' ';
        if (!end) {
          nameHash = 31 * nameHash + c;
        }
        if (c == '-' && i > nameStart && v.charAt(i - 1) == '-') {
          skipName = true; // a BEM modifier (block--with-ads) says how a block looks, not what it is
        }
        if (!end && isWordChar(c)) {
          if (wordStart < 0) {
            wordStart = i;
            wordHash = 0;
            digits = true;
            prefix = 0;
          }
          wordHash = 31 * wordHash + c;
          digits &= c >= '0' && c <= '9';
          int len = i - wordStart + 1;
          if (prefix == 0 && len >= MIN_PREFIX && !skipName) {
            prefix = PREFIXES.find(v, wordStart, len, wordHash);
          }
        } else if (wordStart >= 0) {
          // a word ends at i
          int len = i - wordStart;
          if (!digits && !skipName) {
            int w = WORDS.find(v, wordStart, len, wordHash);
            if (firstWord && (w & W_TAXONOMY) != 0 && i < n && v.charAt(i) == '-') {
              skipName = true; // category-social, tag-newsletter
            } else {
              result = word(result, v, wordStart, len, w, prefix, firstWord);
              if (prevStart >= 0 && len < POW31.length) {
                int pairLen = prevEnd - prevStart + len;
                int pairHash = prevHash * POW31[len] + wordHash;
                int pair = WORDS.findPair(v, prevStart, prevEnd, wordStart, i, pairLen, pairHash);
                if ((pair & W_PAIR) != 0) {
                  result = word(result, v, prevStart, pairLen, pair, 0, false);
                }
              }
            }
          }
          prevStart = wordStart;
          prevEnd = i;
          prevHash = wordHash;
          firstWord = false;
          wordStart = -1;
        }
        if (end) {
          break;
        }
        i++;
      }
      if ((NAMES.find(v, nameStart, i - nameStart, nameHash) & HIDDEN) != 0) {
        result |= HIDDEN;
      }
    }
    return result;
  }

  private static int word(int result, String v, int start, int len, int w, int prefix, boolean firstWord) {
    result |= w & (Cleaning.HINT_BYLINE | Cleaning.HINT_DATE | Cleaning.HINT_CAPTION | Cleaning.HINT_META);
    if ((w & W_BODY) != 0) {
      result |= BODY;
    }
    if ((prefix & P_COMMENT) != 0 && !endsWithAny(v, start, len, NOT_COMMENT_ENDINGS)) {
      return result | COMMENTS;
    }
    if ((result >>> FURNITURE_SHIFT) != 0) {
      return result; // the first furniture word names the rule
    }
    int index = 0;
    if ((w & W_FURNITURE) != 0) {
      index = w >>> WORD_INDEX_SHIFT;
    } else if ((prefix & P_FURNITURE) != 0 && (w & W_NOT_FURNITURE) == 0) {
      index = prefix >>> FURNITURE_SHIFT;
    } else if (firstWord && len >= WIDGET.length() && v.regionMatches(true, start, WIDGET, 0, WIDGET.length())) {
      index = FURNITURE_RULE_WORDS.length;
    }
    return index == 0 ? result : result | (index << FURNITURE_SHIFT);
  }

  /** The furniture word of a {@link #read} result, or {@code null}. */
  static String furnitureWord(int result) {
    int index = result >>> FURNITURE_SHIFT;
    return index == 0 ? null : FURNITURE_RULE_WORDS[index - 1];
  }

  /** "class share" / "id share" for a {@link #read} result, or {@code null} (no allocation). */
  static String furnitureRule(int result, String attribute) {
    int index = result >>> FURNITURE_SHIFT;
    if (index == 0) {
      return null;
    }
    return attribute.equals("id") ? ID_RULES[index - 1] : CLASS_RULES[index - 1];
  }

  private static boolean endsWithAny(String v, int start, int len, List<String> endings) {
    for (String e : endings) {
      if (len > e.length() && v.regionMatches(true, start + len - e.length(), e, 0, e.length())) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > 127;
  }

  /** 31 to the power of i, for the hash of two words joined. */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
  }

  /** Open addressing: lower-case ASCII keys, looked up by the hash {@code String.hashCode} gives. */
  private static final class Table {
    private String[] keys = new String[512];
    private int[] values = new int[512];

    void put(String key, int value) {
      int slot = slot(key.hashCode());
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = key;
      values[slot] = value;
    }

    int get(String key) {
      int slot = slot(key.hashCode());
      while (keys[slot] != null) {
        if (keys[slot].equals(key)) {
          return values[slot];
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      return 0;
    }

    /** The value of {@code v[start, start+len)} (ASCII case folded) with that hash, or 0. */
    int find(String v, int start, int len, int hash) {
      int slot = slot(hash);
      while (keys[slot] != null) {
        String k = keys[slot];
        if (k.length() == len && k.hashCode() == hash && v.regionMatches(true, start, k, 0, len)) {
          return values[slot];
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      return 0;
    }

    /** The value of two words joined, {@code v[a0,a1) + v[b0,b1)}, or 0. */
    int findPair(String v, int a0, int a1, int b0, int b1, int len, int hash) {
      int slot = slot(hash);
      while (keys[slot] != null) {
        String k = keys[slot];
        if (k.length() == len && k.hashCode() == hash
            && v.regionMatches(true, a0, k, 0, a1 - a0)
            && v.regionMatches(true, b0, k, a1 - a0, b1 - b0)) {
          return values[slot];
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      return 0;
    }

    private int slot(int hash) {
      int h = hash ^ (hash >>> 16);
      return h & (keys.length - 1);
    }
  }
}
