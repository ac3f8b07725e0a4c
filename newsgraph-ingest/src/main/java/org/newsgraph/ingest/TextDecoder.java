package org.newsgraph.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * Turns an input's bytes into text, or refuses with the reason.
 *
 * <p>Order: refuse empty input and known binary formats by their magic numbers; honour a
 * byte-order mark, then a declared charset; recognise BOM-less UTF-16 by its zero bytes; accept
 * valid UTF-8; then tell apart UTF-8 with a few damaged bytes (repaired with U+FFFD and a
 * warning) from single-byte text (decoded as windows-1252 when every byte is a character there,
 * with a warning). Finally refuse text full of control characters as binary.
 */
public final class TextDecoder {

  /** Magic numbers of formats users are likely to hand us by mistake. */
  private static final List<Magic> MAGICS =
      List.of(
          new Magic("gzip-compressed data; decompress it first", 0x1f, 0x8b),
          new Magic("a PDF document; extract its text first", '%', 'P', 'D', 'F', '-'),
          new Magic("a ZIP archive (or an office document)", 'P', 'K', 3, 4),
          new Magic("a PNG image", 0x89, 'P', 'N', 'G'),
          new Magic("a JPEG image", 0xff, 0xd8, 0xff),
          new Magic("a GIF image", 'G', 'I', 'F', '8'),
          new Magic("a WebP or RIFF media file", 'R', 'I', 'F', 'F'),
          new Magic("an executable (ELF)", 0x7f, 'E', 'L', 'F'),
          new Magic("a Java class file", 0xca, 0xfe, 0xba, 0xbe),
          new Magic("bzip2-compressed data; decompress it first", 'B', 'Z', 'h'),
          new Magic("xz-compressed data; decompress it first", 0xfd, '7', 'z', 'X', 'Z'),
          new Magic("a 7-Zip archive", '7', 'z', 0xbc, 0xaf),
          new Magic("zstd-compressed data; decompress it first", 0x28, 0xb5, 0x2f, 0xfd));

  /**
   * Share of zero bytes at one parity (and almost none at the other) from which BOM-less input
   * is read as UTF-16: Latin-script UTF-16 has a zero in nearly every other byte.
   */
  private static final double UTF16_ZERO_SHARE = 0.3;


  private final IngestConfig config;

  public TextDecoder(IngestConfig config) {
    this.config = config;
  }

  public DecodedText decode(RawInput input) {
    byte[] b = input.bytes();
    String name = input.name();
    if (b.length == 0) {
      throw new InputException(name, "is empty (0 bytes)");
    }
    for (Magic m : MAGICS) {
      if (m.matches(b)) {
        throw new InputException(name, "is binary, not text: " + m.what);
      }
    }
    boolean html = "text/html".equals(input.mediaTypeHint());
    DecodedText decoded = decodeText(name, b, input.declaredCharset(), html);
    checkNotBinary(name, b, decoded);
    if (decoded.text().isBlank()) {
      throw new InputException(name, "is empty (only white space)");
    }
    return decoded;
  }

  private DecodedText decodeText(String name, byte[] b, String declared, boolean html) {
    if (startsWith(b, 0xef, 0xbb, 0xbf)) {
      return strict(name, b, 3, StandardCharsets.UTF_8, "bom");
    }
    if (startsWith(b, 0x00, 0x00, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe, 0x00, 0x00)) {
      throw new InputException(name, "is UTF-32 text, which is not supported; convert it to UTF-8");
    }
    if (startsWith(b, 0xfe, 0xff)) {
      return strict(name, b, 2, StandardCharsets.UTF_16BE, "bom");
    }
    if (startsWith(b, 0xff, 0xfe)) {
      return strict(name, b, 2, StandardCharsets.UTF_16LE, "bom");
    }
    if (declared != null) {
      Charset cs = charsetNamed(name, declared);
      // A page's declared charset (HTTP header) is often wrong on the web: read it leniently.
      return html
          ? declaredInPage(b, HtmlCharset.lookup(cs.name()).orElse(cs), "declared")
          : strict(name, b, 0, cs, "declared");
    }
    if (html) {
      Optional<Charset> meta = HtmlCharset.declared(b);
      if (meta.isPresent()) {
        return declaredInPage(b, meta.get(), "declared in the page (meta charset)");
      }
    }
    Charset utf16 = sniffUtf16(b);
    if (utf16 != null) {
      return strict(name, b, 0, utf16, "zero bytes at alternate positions");
    }
    int zero = indexOf(b, (byte) 0);
    if (zero >= 0) {
      throw new InputException(
          name, "is binary, not text: it contains a zero byte at offset " + zero);
    }
    String utf8 = new String(b, StandardCharsets.UTF_8);
    if (countReplacements(utf8) == 0) {
      return new DecodedText(utf8, "UTF-8", "valid utf-8", List.of()); // the common case, one pass
    }
    Utf8Scan scan = Utf8Scan.of(b);
    if (scan.invalid == 0) {
      return new DecodedText(utf8, "UTF-8", "valid utf-8", List.of());
    }
    if (scan.multiByte > scan.invalid) {
      String text = utf8; // malformed input replaced
      return new DecodedText(
          text,
          "UTF-8",
          "mostly valid utf-8",
          List.of(
              String.format(
                  Locale.ROOT,
                  "%d invalid UTF-8 sequence(s), the first at byte %d, replaced by U+FFFD",
                  scan.invalid,
                  scan.firstInvalid)));
    }
    Optional<CharsetGuess.Reading> guess = CharsetGuess.guess(b);
    if (guess.isPresent()) {
      CharsetGuess.Reading r = guess.get();
      return new DecodedText(
          r.text(),
          r.charset().name(),
          String.format(
              Locale.ROOT,
              "not utf-8; detected %s (%.0f%% of its non-ASCII characters read as words)",
              r.charset().name(),
              100 * r.score()),
          List.of(
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8 (first bad byte 0x%02x at offset %d) and no encoding declared:"
                      + " decoded as %s, the encoding its text reads best in; pass --encoding if"
                      + " that is wrong",
                  b[scan.firstInvalid] & 0xff,
                  scan.firstInvalid,
                  r.charset().name())));
    }
    throw new InputException(
        name,
        String.format(
            Locale.ROOT,
            "is not valid UTF-8 (byte 0x%02x at offset %d) and no other encoding fits; convert it"
                + " to UTF-8 or name its encoding with --encoding",
            b[scan.firstInvalid] & 0xff,
            scan.firstInvalid));
  }

  /**
   * Decodes a page with the charset its markup declares. A page that declares a single-byte
   * charset but is valid UTF-8 with multi-byte sequences is UTF-8 (a common publishing slip:
   * a wrong declaration could not produce valid multi-byte UTF-8 by chance). Bytes the declared
   * charset cannot map are replaced, with a warning: a page is still worth reading.
   */
  private static DecodedText declaredInPage(byte[] b, Charset cs, String evidence) {
    // The JDK's UTF-8 String constructor is the fastest decoder there is (it replaces bad
    // sequences by U+FFFD exactly as a replacing decoder does): most pages are UTF-8, and for
    // them this is the only pass. Valid UTF-8 with multi-byte sequences decodes shorter than
    // its bytes.
    String utf8 = new String(b, StandardCharsets.UTF_8);
    if (cs.equals(StandardCharsets.UTF_8)) {
      return declaredResult(utf8, cs, countReplacements(utf8), evidence);
    }
    // a U+FFFD may be a bad sequence or a real U+FFFD in valid UTF-8: only a scan tells
    if (utf8.length() < b.length && (countReplacements(utf8) == 0 || isValidUtf8(b))) {
      return new DecodedText(
          utf8,
          "UTF-8",
          "valid utf-8 (the page declares " + cs.name() + ")",
          List.of("the page declares " + cs.name() + " but is valid UTF-8: decoded as UTF-8"));
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = dec.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
    return declaredResult(text, cs, countReplacements(text), evidence);
  }

  private static boolean isValidUtf8(byte[] b) {
    Utf8Scan scan = Utf8Scan.of(b);
    return scan.invalid == 0 && scan.multiByte > 0;
  }

  private static int countReplacements(String text) {
    int n = 0;
    for (int i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
      n++;
    }
    return n;
  }

  private static DecodedText declaredResult(
      String text, Charset cs, long replaced, String evidence) {
    List<String> warnings =
        replaced == 0
            ? List.of()
            : List.of(
                String.format(
                    Locale.ROOT,
                    "%d byte sequence(s) are not %s although the page declares it; replaced by"
                        + " U+FFFD",
                    replaced,
                    cs.name()));
    return new DecodedText(text, cs.name(), evidence, warnings);
  }

  private void checkNotBinary(String name, byte[] b, DecodedText decoded) {
    String text = decoded.text();
    String cs = decoded.charset();
    int controls;
    if (cs.equals("UTF-8") || cs.startsWith("windows-")) {
      controls = controlBytes(b, cs.equals("UTF-8"));
    } else {
      controls = controlChars(text);
    }
    if (controls > 0 && controls > config.binaryControlRatio() * text.length()) {
      throw new InputException(
          name,
          String.format(
              Locale.ROOT,
              "is binary, not text: %d of its %d characters are control characters",
              controls,
              text.length()));
    }
  }

  /**
   * The control characters of text decoded from UTF-8 or a windows-125x charset, counted in its
   * bytes (a byte loop, much cheaper than reading the text): each C0 control but tab, line
   * feed, form feed and carriage return, and DEL, is that one byte in these charsets; the C1
   * controls are C2 80 to C2 9F in UTF-8 and no character of windows-125x.
   */
  static int controlBytes(byte[] b, boolean utf8) {
    // Eight bytes at a time: a word with no byte below 0x20, no DEL and (in UTF-8) no C2 lead
    // byte holds no control character, and most words of a page are such words. Only the
    // others are looked at byte by byte (tab and line feed send a word there too).
    int controls = 0;
    int n = b.length;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long x = (long) LONGS.get(b, i);
      long below = (x - 0x2020202020202020L) & ~x; // high bit set where a byte may be < 0x20
      long del = x ^ 0x7f7f7f7f7f7f7f7fL;
      long lead = x ^ 0xc2c2c2c2c2c2c2c2L;
      long suspects = below | ((del - ONES) & ~del) | (utf8 ? (lead - ONES) & ~lead : 0);
      if ((suspects & HIGH_BITS) != 0) {
        controls += controlBytes(b, i, i + 8, utf8);
      }
    }
    return controls + controlBytes(b, i, n, utf8);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static int controlBytes(byte[] b, int from, int to, boolean utf8) {
    int controls = 0;
    int n = b.length;
    for (int i = from; i < to; i++) {
      int v = b[i];
      if (v >= 0 && (v < 0x20 || v == 0x7f)) {
        if (v != '\t' && v != '\n' && v != '\f' && v != '\r') {
          controls++;
        }
      } else if (utf8 && v == (byte) 0xc2 && i + 1 < n && (b[i + 1] & 0xe0) == 0x80) {
        controls++;
      }
    }
    return controls;
  }

  /** The control characters of a text, counted in its characters. */
  static int controlChars(String text) {
    int controls = 0;
    int n = text.length();
    char[] chunk = new char[Math.min(n, 8192)]; // array reads: no per-character String checks
    for (int from = 0; from < n; from += chunk.length) {
      int to = Math.min(n, from + chunk.length);
      text.getChars(from, to, chunk, 0);
      for (int i = 0, m = to - from; i < m; i++) {
        char c = chunk[i];
        // C0 controls but tab, line feed, form feed, carriage return; DEL and the C1 controls
        if (c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7f && c <= 0x9f) {
          controls++;
        }
      }
    }
    return controls;
  }

  private static DecodedText strict(
      String name, byte[] b, int offset, Charset cs, String evidence) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return new DecodedText(chars.toString(), cs.name(), evidence, List.of());
    } catch (CharacterCodingException e) {
      throw new InputException(
          name,
          "is not valid "
              + cs.name()
              + " although "
              + (evidence.equals("declared") ? "that encoding was declared" : "its " + evidence
                  + " says so")
              + "; convert it or name the right encoding with --encoding");
    }
  }

  private static Charset charsetNamed(String name, String declared) {
    try {
      return Charset.forName(declared.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException(name, "declares an unknown encoding '" + declared + "'");
    }
  }

  private static Charset sniffUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (evenZeros > UTF16_ZERO_SHARE * pairs && oddZeros < 0.02 * pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZeros > UTF16_ZERO_SHARE * pairs && evenZeros < 0.02 * pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are not characters in windows-1252. */
  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private record Magic(String what, int... prefix) {
    boolean matches(byte[] b) {
      return startsWith(b, prefix);
    }
  }

  /** Counts well-formed multi-byte sequences and malformed ones in a byte array. */
  private static final class Utf8Scan {
    int multiByte;
    int invalid;
    int firstInvalid = -1;

    static Utf8Scan of(byte[] b) {
      Utf8Scan s = new Utf8Scan();
      int i = 0;
      while (i < b.length) {
        int v = b[i] & 0xff;
        int len;
        int min;
        if (v < 0x80) {
          i++;
          continue;
        } else if (v >= 0xc2 && v <= 0xdf) {
          len = 2;
          min = 0x80;
        } else if (v >= 0xe0 && v <= 0xef) {
          len = 3;
          min = 0x800;
        } else if (v >= 0xf0 && v <= 0xf4) {
          len = 4;
          min = 0x10000;
        } else {
          s.bad(i);
          i++;
          continue;
        }
        if (i + len > b.length) {
          s.bad(i);
          i++;
          continue;
        }
        int cp = v & (0xff >> (len + 1));
        boolean ok = true;
        for (int k = 1; k < len; k++) {
          int c = b[i + k] & 0xff;
          if ((c & 0xc0) != 0x80) {
            ok = false;
            break;
          }
          cp = (cp << 6) | (c & 0x3f);
        }
        if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
          s.bad(i);
          i++;
          continue;
        }
        s.multiByte++;
        i += len;
      }
      return s;
    }

    private void bad(int at) {
      if (invalid++ == 0) {
        firstInvalid = at;
      }
    }
  }
}
