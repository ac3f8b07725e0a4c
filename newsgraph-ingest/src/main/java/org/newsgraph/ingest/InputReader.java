package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
        return new RawInput(name, readBounded(name, in), mediaTypeOf(name), null);
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
      return new RawInput(name, readBounded(name, in), null, null);
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
  }

  private byte[] readBounded(String name, InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > config.maxBytes()) {
        throw tooLarge(name, total, false);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private InputException tooLarge(String name, long size, boolean exact) {
    return new InputException(
        name,
        String.format(
            Locale.ROOT,
            "is larger than the limit of %d bytes (%s%d bytes); raise ingest.maxBytes if this is"
                + " really one article",
            config.maxBytes(),
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
