package org.newsgraph.enrich.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalisation for matching: spelling variants of the same name map to the same key.
 *
 * <p>Two levels. {@link #key} folds case, accents, punctuation and Arabic article prefixes
 * ("al-", "el-"): "Moustafa al-Kazimi" and "moustafa Kazimi" share a key. {@link #skeleton}
 * additionally reduces a token to its consonant outline after merging common transliteration
 * variants, so that "Moustafa"/"Mustafa", "Qassem"/"Qasem", "Mohammed"/"Muhammad" coincide.
 */
final class Names {

  private Names() {}

  /** Arabic and other article prefixes dropped before matching ("al-Kazimi" = "Kazimi"). */
  private static final Pattern ARTICLE_PREFIX =
      Pattern.compile("^(?:al|el| al|as|ash|ad|ar|an|at|az|ul|bin|ibn|abu)[-‐‑‘’']", Pattern.CASE_INSENSITIVE);

  /** Article words between name parts that do not distinguish names. */
  private static final Set<String> ARTICLE_WORDS = Set.of("al", "el", "the", "de", "von", "van", "der");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");

  /**
   * Transliteration merges, applied in order on a lower-case, accent-free token. Each maps
   * spellings that English and French news use for the same Arabic or Persian sound.
   */
  private static final String[][] MERGES = {
    {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ie", "i"}, {"ei", "i"}, {"ey", "i"}, {"y", "i"},
    {"ph", "f"}, {"kh", "k"}, {"gh", "g"}, {"dh", "z"}, {"th", "t"}, {"sh", "s"}, {"ch", "k"},
    {"q", "k"}, {"c", "k"}, {"j", "g"},
  };

  /** Core tokens of a name: lower case, without accents, punctuation or article words. */
  static List<String> tokens(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String raw : s.split("[\\s]+")) {
      String t = ARTICLE_PREFIX.matcher(raw).replaceFirst("");
      t = NON_WORD.matcher(t).replaceAll("");
      if (!t.isEmpty() && !ARTICLE_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The exact-match key: core tokens joined by a space. */
  static String key(String name) {
    return String.join(" ", tokens(name));
  }

  /** The consonant outline of one core token, after transliteration merges. */
  static String skeleton(String token) {
    String t = token;
    for (String[] m : MERGES) {
      t = t.replace(m[0], m[1]);
    }
    StringBuilder sb = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean vowel = "aeiou".indexOf(c) >= 0;
      if (vowel && i > 0) {
        prev = c;
        continue;
      }
      if (c != prev) {
        sb.append(c);
      }
      prev = c;
    }
    return sb.toString();
  }

  static List<String> skeletons(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(skeleton(t));
    }
    return out;
  }

  /**
   * Whether two single tokens are spelling variants: same skeleton and close enough as strings
   * (so that short different names with the same consonants, "Ali"/"Ala", stay apart).
   */
  static boolean variantTokens(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) < MIN_VARIANT_LENGTH) {
      return false;
    }
    return skeleton(a).equals(skeleton(b)) && similarity(a, b) >= MIN_VARIANT_SIMILARITY;
  }

  /**
   * Tokens shorter than this must match exactly: short names have too few consonants for the
   * outline to tell them apart.
   */
  static final int MIN_VARIANT_LENGTH = 4;

  /**
   * Least similarity (1 - edit distance / longer length) of spelling variants. 0.6 accepts
   * "Moustafa"/"Mustafa" (0.875), "Qassem"/"Qasem" (0.83) and "Karim"/"Kareem" (0.67), and
   * refuses names that share an outline but little else ("Mark"/"Marek" pass the outline test
   * only by accident of vowels; "Kazimi"/"Kazemi" stay variants at 0.83).
   */
  static final double MIN_VARIANT_SIMILARITY = 0.6;

  /** Whether two names (as core tokens) are the same name spelled differently. */
  static boolean variants(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!variantTokens(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static double similarity(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
  }

  /** Initials of the capitalised words of a name ("Islamic State" gives "IS"). */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.toString();
  }
}
