package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation N(s) of FORMATS.md §1, for metrics that compare strings. */
public final class TextNorm {

  /** Any run of Unicode white space (with Unicode classes, {@code \s} includes U+00A0). */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextNorm() {}

  /** NFKC, lower case (Locale.ROOT), every whitespace run as one space, trimmed. */
  public static String n(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(folded).replaceAll(" ").strip();
  }
}
