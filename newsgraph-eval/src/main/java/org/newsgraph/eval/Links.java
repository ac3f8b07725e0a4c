package org.newsgraph.eval;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Wikipedia titles compared as FORMATS.md §11 says: percent-decoded, spaces as {@code _}, first
 * letter upper case.
 */
public final class Links {

  /** Radix of the two digits after a {@code %}. */
  private static final int HEX = 16;

  private Links() {}

  /** The normalised title; {@code null} for {@code null}. */
  public static String normalise(String title) {
    if (title == null) {
      return null;
    }
    String t = percentDecode(title.strip()).replace(' ', '_');
    if (t.isEmpty()) {
      return t;
    }
    int first = t.codePointAt(0);
    return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + t.substring(Character.charCount(first));
  }

  /**
   * Decodes {@code %XX} sequences as UTF-8 bytes. Unlike {@code URLDecoder}, a {@code +} stays a
   * plus ("C++"); a {@code %} not followed by two hex digits is kept as it is.
   */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * HEX + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The value of an ASCII hex digit, or -1 (Character.digit would also take other scripts' digits). */
  private static int hex(char c) {
    return c < 128 ? Character.digit(c, HEX) : -1;
  }

  /** True when both titles are present and equal after normalisation. */
  public static boolean same(String a, String b) {
    return a != null && b != null && normalise(a).equals(normalise(b));
  }
}
