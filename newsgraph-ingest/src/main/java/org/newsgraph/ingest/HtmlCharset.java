package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its markup ({@code <meta charset>} or {@code http-equiv
 * Content-Type}), found by a pre-scan of its first bytes as browsers do.
 */
final class HtmlCharset {

  /**
   * How far the pre-scan reads. Browsers stop at 1024 bytes; many pages put scripts and
   * comments first, so we read further: a charset declared later than this is rare.
   */
  static final int PRESCAN_BYTES = 8192;

  private static final Pattern META =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The declared charset, mapped as the WHATWG encoding standard says (latin-1 is windows-1252). */
  static Optional<Charset> declared(byte[] b) {
    int n = Math.min(b.length, PRESCAN_BYTES);
    // ISO-8859-1 maps bytes to chars one to one, so offsets and ASCII markup survive.
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    while (m.find()) {
      Optional<Charset> cs = lookup(m.group(1));
      if (cs.isPresent()) {
        return cs;
      }
    }
    return Optional.empty();
  }

  static Optional<Charset> lookup(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "cp1252" ->
          l = "windows-1252";
      case "gb2312", "gb_2312-80", "x-gbk" -> l = "gbk";
      case "utf8" -> l = "utf-8";
      case "shift-jis", "sjis", "x-sjis" -> l = "shift_jis";
      case "ks_c_5601-1987", "euc_kr" -> l = "euc-kr";
      case "iso-8859-9", "latin5" -> l = "windows-1254";
      case "tis-620", "iso-8859-11" -> l = "windows-874";
      case "utf-16", "utf-16le", "utf-16be" -> l = "utf-8"; // a page read as bytes was not UTF-16
      default -> {}
    }
    try {
      return Optional.of(Charset.forName(l));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
