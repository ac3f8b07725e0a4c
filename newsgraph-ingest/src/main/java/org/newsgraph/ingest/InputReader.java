package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/** Reads inputs into memory, never more than the configured bound. */
public final class InputReader {

  private final IngestConfig config;

  public InputReader(IngestConfig config) {
    this.config = config;
  }

  public RawInput readFile(Path path) {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new InputException(name, "no such file");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(name, "is a directory; name a file (or use 'newsgraph ingest' for folders)");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(name, "cannot be read (permission denied)");
    }
    try {
      long size = Files.size(path);
      if (size > config.maxBytes()) {
        throw tooLarge(name, size, true);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return prepare(name, readBounded(name, in));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a stream (standard input) fully, failing as soon as it passes the bound. */
  public RawInput readStream(String name, InputStream in) {
    try {
      return prepare(name, readBounded(name, in));
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads bytes already in memory (an HTTP body, a WARC record): gzip is undone within the bound
   * and the media type is taken from the name, else sniffed.
   */
  public RawInput fromBytes(String name, byte[] bytes, String mediaType, String declaredCharset) {
    if (bytes.length > config.maxBytes()) {
      throw tooLarge(name, bytes.length, true);
    }
    RawInput in = prepare(name, bytes);
    return new RawInput(
        name, in.bytes(), mediaType != null ? mediaType : in.mediaTypeHint(), declaredCharset);
  }

  /** Undoes gzip (within the bound) and finds the media type. */
  private RawInput prepare(String name, byte[] bytes) throws InputException {
    byte[] b = bytes;
    String baseName = name;
    if (isGzip(b)) {
      b = gunzip(name, b);
      if (baseName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        baseName = baseName.substring(0, baseName.length() - 3);
      }
    }
    String type = mediaTypeOf(baseName);
    if (type == null) {
      type = sniffMediaType(b);
    }
    return new RawInput(name, b, type, null);
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  /** Decompresses, failing as soon as the output passes the bound (a gzip bomb stops there). */
  private byte[] gunzip(String name, byte[] b) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
      return readBounded(name + " (decompressed)", in);
    } catch (ZipException | EOFException e) {
      throw new InputException(
          name, "is damaged gzip data (" + e.getMessage() + "); re-download or decompress it");
    } catch (IOException e) {
      throw new InputException(name, "cannot be decompressed: " + e.getMessage());
    }
  }

  /**
   * Markup at the start (after white space and a BOM): a doctype, or one of the tags a page
   * begins with. Anything else is read as plain text.
   */
  public static String sniffMediaType(byte[] b) {
    int n = Math.min(b.length, 1024);
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    head = head.replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
    for (String p : HTML_STARTS) {
      if (head.startsWith(p)) {
        return "text/html";
      }
    }
    // An XML prolog starts XHTML pages, but also feeds: only the html element tells.
    return head.startsWith("<?xml") && head.contains("<html") ? "text/html" : null;
  }

  private static final List<String> HTML_STARTS =
      List.of("<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title");

  private byte[] readBounded(String name, InputStream in) throws IOException {
    return readBounded(name, in, config.maxBytes());
  }

  /**
   * Reads a stream to its end, refusing it as soon as it passes {@code maxBytes}: the one bounded
   * read of files, standard input, decompressed data and fetched pages.
   */
  static byte[] readBounded(String name, InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw tooLarge(name, total, false, maxBytes);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private InputException tooLarge(String name, long size, boolean exact) {
    return tooLarge(name, size, exact, config.maxBytes());
  }

  private static InputException tooLarge(String name, long size, boolean exact, long maxBytes) {
    return new InputException(
        name,
        String.format(
            Locale.ROOT,
            "is larger than the limit of %d bytes (%s%d bytes); raise ingest.maxBytes if this is"
                + " really one article",
            maxBytes,
            exact ? "" : "at least ",
            size));
  }

  static String mediaTypeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return "text/html";
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return "text/plain";
    }
    return null;
  }
}
