package org.newsgraph.extract.html;

/** Script-independent measures of a piece of text, for thresholds that hold in any language. */
final class TextMeasures {

  /**
   * Weight of a Han, Kana or Hangul character against a Latin letter. A Chinese or Japanese word
   * is one to two characters, an English or German one five to seven letters plus a space: one
   * such character carries about as much text as three letters, so that "80 characters of
   * prose" means the same amount of text in every script.
   */
  static final int DENSE_SCRIPT_WEIGHT = 3;

  private TextMeasures() {}

  /** Characters other than white space, dense scripts weighted by {@link #DENSE_SCRIPT_WEIGHT}. */
  static int weight(String s) {
    return (int) (weightAndPunctuation(s) >>> 32);
  }

  /** {@link #weight} in the high and {@link #punctuation} in the low 32 bits, in one pass. */
  static long weightAndPunctuation(String s) {
    int w = 0;
    int p = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == ' ' || c == '\n') {
          continue;
        }
        w++;
        if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?') {
          p++;
        }
        continue;
      }
      w += dense(c) ? DENSE_SCRIPT_WEIGHT : 1;
      if (isPunctuation(c)) {
        p++;
      }
    }
    return ((long) w << 32) | (p & 0xffffffffL);
  }

  private static boolean isPunctuation(char c) {
    switch (c) {
      case '.', ',', ';', '!', '?', '\u3002', '\uff0c', '\u3001', '\uff01', '\uff1f', '\uff1b',
          '\u060c', '\u061b', '\u061f', '\u06d4', '\u0964', '\u0965', '\u0589', '\u1362', '\u1361':
        return true;
      default:
        return false;
    }
  }

  /** Han, Hiragana, Katakana, Hangul (and their punctuation and full-width forms). */
  static boolean dense(char c) {
    return (c >= '\u2e80' && c <= '\u9fff') // CJK radicals, punctuation, kana, Han
        || (c >= '\uac00' && c <= '\ud7af') // Hangul syllables
        || (c >= '\uf900' && c <= '\ufaff') // compatibility ideographs
        || (c >= '\uff00' && c <= '\uffef'); // full-width forms
  }

  /** Commas, semicolons and sentence ends of Latin, CJK, Arabic, Devanagari, Armenian, Ethiopic. */
  static int punctuation(String s) {
    return (int) weightAndPunctuation(s);
  }

  /** Sentence ends only ({@code . ! ?} and their CJK, Arabic, Devanagari forms). */
  static boolean endsSentence(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u00bb'
          || c == '\u2019' || c == '\u300d') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f'
          || c == '\u06d4' || c == '\u061f' || c == '\u0964' || c == '\u2026' || c == ':';
    }
    return false;
  }

  /** Words: runs of characters between spaces (a dense-script run counts by its weight / 3). */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n') {
        in = false;
      } else if (dense(c)) {
        n++;
        in = false;
      } else if (!in) {
        n++;
        in = true;
      }
    }
    return n;
  }
}
