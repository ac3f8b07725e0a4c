package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/** Bytes to {@link RawInput}, and the reasons every source gives in the same words. */
final class Inputs {

  private Inputs() {}

  static String tooLarge(long limit, long size, boolean exact) {
    return String.format(
        Locale.ROOT,
        "is larger than the limit of %d bytes (%s%d bytes); raise ingest.maxBytes if this is"
            + " really one article",
        limit,
        exact ? "" : "at least ",
        size);
  }

  static String decompressesBeyond(long limit) {
    return String.format(
        Locale.ROOT,
        "decompresses beyond %d bytes (a gzip bomb, or a dump rather than one article); raise"
            + " ingest.maxBytes if this is really one article",
        limit);
  }

  /**
   * The input for bytes a source read: gzip undone within the bound, the media type given (else
   * sniffed: "text/html", or "text/plain" for anything else).
   *
   * @throws InputException naming the input when gzip is damaged or expands past the bound
   */
  static RawInput raw(
      String name, byte[] bytes, String mediaType, String charset, IngestConfig limits) {
    byte[] b = bytes;
    if (Bounded.isGzip(b)) {
      try {
        b = Bounded.gunzip(b, limits.maxBytes());
      } catch (Bounded.TooLarge e) {
        throw new InputException(name, decompressesBeyond(limits.maxBytes()));
      } catch (IOException e) {
        throw new InputException(
            name, "is " + e.getMessage() + "; re-download it or decompress it yourself");
      }
    }
    if (b.length > limits.maxBytes()) {
      throw new InputException(name, tooLarge(limits.maxBytes(), b.length, true));
    }
    RawInput in = new InputReader(limits).fromBytes(name, b, mediaType, charset);
    return in.mediaTypeHint() != null
        ? in
        : new RawInput(in.name(), in.bytes(), "text/plain", in.declaredCharset());
  }

  /** One file read as one input (a page or a text), within the bound. */
  static SourceItem readFile(Path path, String name, String mediaType, IngestConfig limits) {
    String key = key(path);
    try {
      long size = Files.size(path);
      if (size > limits.maxBytes()) {
        return SourceItem.failed(key, name, tooLarge(limits.maxBytes(), size, true));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = Bounded.read(in, limits.maxBytes());
      }
      return SourceItem.ok(key, name, raw(name, bytes, mediaType, null, limits), null);
    } catch (InputException e) {
      return SourceItem.failed(key, name, e.reason());
    } catch (Bounded.TooLarge e) {
      return SourceItem.failed(key, name, tooLarge(limits.maxBytes(), e.seen, false));
    } catch (NoSuchFileException e) {
      return SourceItem.failed(key, name, "no longer exists (or is a broken symbolic link)");
    } catch (IOException e) {
      return SourceItem.failed(key, name, "cannot be read: " + message(e));
    }
  }

  /** A file's stable key: its absolute, normalized path. */
  static String key(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
