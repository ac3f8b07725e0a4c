package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.InputReader;

/** What a file holds, from its name and, where the name does not tell, its first bytes. */
enum Kind {
  /** One web page (.html, .htm, .html.gz). */
  HTML_FILE,
  /** One plain-text article (.txt). */
  TEXT_FILE,
  /** A WARC file of many pages (.warc, .warc.gz). */
  WARC,
  /** One JSON object a line (.jsonl, .jsonl.gz). */
  JSONL,
  /** An RSS or Atom feed whose items are fetched (.rss, .atom, a feed .xml). */
  FEED,
  /** An .xml file: a feed or not, only its root element tells. */
  XML;

  /** The first bytes read to tell what a file holds: a prolog, comments and a doctype fit. */
  static final int SNIFF_BYTES = 8192;

  /** The kind a file name says, or null when it says nothing this layer reads. */
  static Kind byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".html.gz")
        || n.endsWith(".htm.gz")) {
      return HTML_FILE;
    }
    if (n.endsWith(".txt")) {
      return TEXT_FILE;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
      return JSONL;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".xml")) {
      return XML;
    }
    return null;
  }

  /** The first bytes of a file, gzip undone (only as far as needed). */
  static byte[] head(Path path) throws IOException {
    byte[] raw;
    try (InputStream in = Files.newInputStream(path)) {
      raw = in.readNBytes(SNIFF_BYTES);
    }
    if (!Bounded.isGzip(raw)) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      return new byte[0]; // damaged gzip: nothing to tell from
    }
  }

  /** The kind the first bytes show, or null when they show none this layer reads. */
  static Kind sniff(byte[] head) {
    String s = ascii(head).stripLeading();
    if (s.startsWith("WARC/")) {
      return WARC;
    }
    if (s.startsWith("{")) {
      return JSONL;
    }
    if (isFeed(head)) {
      return FEED;
    }
    if ("text/html".equals(InputReader.sniffMediaType(head))) {
      return HTML_FILE;
    }
    return null;
  }

  /**
   * True when the root element is a feed's: {@code rss}, Atom's {@code feed}, or RSS 1.0's {@code
   * rdf:RDF} with the RSS namespace.
   */
  static boolean isFeed(byte[] head) {
    String root = rootElement(head);
    if (root == null) {
      return false;
    }
    String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return local.equals("rss")
        || local.equals("feed")
        || (local.equals("rdf") && ascii(head).contains("purl.org/rss/1.0"));
  }

  /**
   * The name of the first element, past the XML prolog, processing instructions, comments and a
   * doctype; null when there is none in the head.
   */
  static String rootElement(byte[] head) {
    String s = ascii(head);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (s.startsWith("<?", i)) {
        i = skipPast(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = skipPast(s, i, "-->");
      } else if (s.startsWith("<!", i)) {
        i = skipDoctype(s, i);
      } else if (c == '<') {
        int end = i + 1;
        while (end < n && isNameChar(s.charAt(end))) {
          end++;
        }
        return end > i + 1 ? s.substring(i + 1, end) : null;
      } else {
        return null;
      }
      if (i < 0) {
        return null;
      }
    }
    return null;
  }

  private static int skipPast(String s, int from, String end) {
    int j = s.indexOf(end, from);
    return j < 0 ? -1 : j + end.length();
  }

  /** Past a doctype, with its internal subset in brackets if it has one. */
  private static int skipDoctype(String s, int from) {
    int depth = 0;
    for (int j = from + 2; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return j + 1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }

  /**
   * The head as text for sniffing: UTF-16 when a BOM says so, otherwise byte for byte (markup and
   * the magic strings looked for are ASCII in every other encoding a feed or WARC uses).
   */
  private static String ascii(byte[] head) {
    if (head.length >= 2) {
      int b0 = head[0] & 0xff;
      int b1 = head[1] & 0xff;
      if (b0 == 0xfe && b1 == 0xff) {
        return new String(head, StandardCharsets.UTF_16BE);
      }
      if (b0 == 0xff && b1 == 0xfe) {
        return new String(head, StandardCharsets.UTF_16LE);
      }
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s;
  }
}
