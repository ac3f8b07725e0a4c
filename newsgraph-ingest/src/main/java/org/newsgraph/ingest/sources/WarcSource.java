package org.newsgraph.ingest.sources;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * The pages of a WARC file (plain or gzip, one member a record as crawlers write them): response
 * and resource records of HTML with status 200. Requests, metadata, warcinfo, revisits and records
 * of other schemes (dns:) are passed over in silence; other responses are failed items with the
 * reason. A record is given out only once the record after it has been found, so a record cut short
 * by damage never comes out as a page: the damage is a failed item with its byte offset, and the
 * source ends there.
 */
final class WarcSource implements Source {

  /** Media types read as pages. */
  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

  private final Path path;
  private final String name;
  private final String keyBase;
  private final IngestConfig limits;
  private final long totalBytes;
  private final Bounded.CountingChannel channel;
  private WarcReader reader;

  /** The record read ahead, and where it starts. */
  private WarcRecord current;

  private long currentOffset;
  private boolean eof;

  /** A failed item waiting behind the item given out before it. */
  private SourceItem queued;

  WarcSource(Path path, String name, IngestConfig limits) throws IOException {
    this.path = path;
    this.name = name;
    this.keyBase = Inputs.key(path);
    this.limits = limits;
    this.totalBytes = Files.size(path);
    this.channel = new Bounded.CountingChannel(FileChannel.open(path));
  }

  @Override
  public String describe() {
    return "WARC " + name;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public long bytesRead() {
    return Math.min(totalBytes, channel.count());
  }

  @Override
  public SourceItem next() {
    if (queued != null) {
      SourceItem q = queued;
      queued = null;
      return q;
    }
    while (!eof) {
      if (current == null) {
        try {
          if (reader == null) {
            reader = new WarcReader(channel);
          }
          advance();
        } catch (IOException | RuntimeException e) {
          eof = true;
          return damaged(reader == null ? 0 : reader.position(), null, e);
        }
        if (current == null) {
          return null;
        }
      }
      WarcRecord record = current;
      long offset = currentOffset;
      SourceItem item = examine(record, offset);
      try {
        advance(); // reads the rest of this record and its trailer: is it whole?
      } catch (IOException | RuntimeException e) {
        eof = true;
        current = null;
        if (reader.position() == offset) {
          return damaged(offset, record, e); // the damage lies inside this record
        }
        SourceItem damage = damaged(reader.position(), null, e);
        if (item == null) {
          return damage;
        }
        queued = damage;
        return item;
      }
      if (item != null) {
        return item;
      }
    }
    return null;
  }

  private void advance() throws IOException {
    Optional<WarcRecord> next = reader.next();
    if (next.isEmpty()) {
      eof = true;
      current = null;
    } else {
      current = next.get();
      currentOffset = reader.position();
    }
  }

  /** The item for one record, or null for a record passed over in silence. Never throws. */
  private SourceItem examine(WarcRecord record, long offset) {
    try {
      return read(record, offset);
    } catch (RuntimeException e) {
      // a record jwarc cannot make sense of; the read-ahead that follows tells if the file is
      // damaged
      return SourceItem.failed(
          key(record, offset),
          itemName(offset, null),
          "cannot be read (" + Inputs.message(e) + ")");
    }
  }

  private SourceItem read(WarcRecord record, long offset) {
    boolean response = record instanceof WarcResponse;
    if (!response && !(record instanceof WarcResource)) {
      return null; // request, metadata, warcinfo, revisit, conversion, continuation
    }
    String url = target((WarcTargetRecord) record);
    if (url != null && !isHttp(url)) {
      return null; // dns:, whois: and other records crawlers keep beside the pages
    }
    String key = key(record, offset);
    String itemName = itemName(offset, url);
    try {
      String contentType;
      MessageBody body;
      String encoding = null;
      if (response) {
        HttpResponse http;
        try {
          http = ((WarcResponse) record).http();
        } catch (ParsingException e) {
          return SourceItem.failed(
              key, itemName, url, "has an HTTP header that does not parse; the record is skipped");
        }
        if (http.status() != 200) {
          return SourceItem.failed(
              key,
              itemName,
              url,
              "is a response with HTTP status "
                  + http.status()
                  + ", not a page (only status 200 is read)");
        }
        contentType = http.headers().first("Content-Type").orElse(null);
        encoding = http.headers().first("Content-Encoding").orElse(null);
        body = http.body();
      } else {
        contentType = record.headers().first("Content-Type").orElse(null);
        body = record.body();
      }
      MediaType type = contentType == null ? null : MediaType.parseLeniently(contentType);
      String base = type == null ? null : type.base().toString().toLowerCase(Locale.ROOT);
      if (base != null && !HTML_TYPES.contains(base)) {
        return SourceItem.failed(
            key, itemName, url, "is " + base + ", not an HTML page; only HTML records are read");
      }
      byte[] bytes;
      try (InputStream in = body.stream()) {
        bytes = Bounded.read(in, limits.maxBytes());
      } catch (Bounded.TooLarge e) {
        return SourceItem.failed(
            key, itemName, url, Inputs.tooLarge(limits.maxBytes(), e.seen, false));
      }
      bytes = decode(itemName, bytes, encoding);
      String charset = type == null ? null : parameter(type.parameters(), "charset");
      RawInput raw =
          Inputs.raw(itemName, bytes, base == null ? null : "text/html", charset, limits);
      if (base == null && !"text/html".equals(raw.mediaTypeHint())) {
        return SourceItem.failed(
            key, itemName, url, "has no Content-Type and does not look like an HTML page");
      }
      return SourceItem.ok(key, itemName, raw, url);
    } catch (InputException e) {
      return SourceItem.failed(key, itemName, url, e.reason());
    } catch (IOException e) {
      // A damaged record: the read-ahead that follows reports the damage with its offset.
      return SourceItem.failed(key, itemName, url, "cannot be read (" + Inputs.message(e) + ")");
    }
  }

  /**
   * The payload with its HTTP Content-Encoding undone, within the bound. Crawlers that store the
   * decoded payload but keep the header (the bytes are then no gzip) are taken at their word only
   * when the bytes agree.
   */
  private byte[] decode(String itemName, byte[] bytes, String encoding) {
    if (encoding == null) {
      return bytes;
    }
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    try {
      switch (e) {
        case "", "identity", "none":
          return bytes;
        case "gzip", "x-gzip":
          return Bounded.isGzip(bytes) ? Bounded.gunzip(bytes, limits.maxBytes()) : bytes;
        case "deflate":
          return Bounded.inflate(bytes, limits.maxBytes());
        default:
          throw new InputException(
              itemName,
              "is compressed as '"
                  + e
                  + "' (HTTP Content-Encoding), which newsgraph does not"
                  + " undo; only gzip and deflate are read");
      }
    } catch (Bounded.TooLarge x) {
      throw new InputException(itemName, Inputs.decompressesBeyond(limits.maxBytes()));
    } catch (IOException x) {
      throw new InputException(
          itemName, "has a payload of " + x.getMessage() + " (Content-Encoding: " + e + ")");
    }
  }

  /** The failed item for damage at an offset: the source ends after it. */
  private SourceItem damaged(long offset, WarcRecord record, Exception e) {
    String url = record instanceof WarcTargetRecord ? target((WarcTargetRecord) record) : null;
    String key = record != null ? key(record, offset) : keyBase + "#offset=" + offset;
    return SourceItem.failed(
        key,
        itemName(offset, url),
        url,
        String.format(
            Locale.ROOT,
            "the WARC file is %s at byte offset %d; the records before it were read, the rest"
                + " of the file is skipped (re-download it, or repair it with a WARC tool)",
            damage(e),
            offset));
  }

  private static String damage(Exception e) {
    if (e instanceof EOFException) {
      return "cut short (it ends inside a record)";
    }
    if (e instanceof ZipException) {
      return "damaged (its gzip data is corrupt: " + Inputs.message(e) + ")";
    }
    if (e instanceof ParsingException) {
      return "damaged (no valid WARC record starts there)";
    }
    if (e instanceof RuntimeException) {
      return "damaged (a record header that makes no sense: " + Inputs.message(e) + ")";
    }
    return "unreadable (" + Inputs.message(e) + ")";
  }

  private String key(WarcRecord record, long offset) {
    Optional<String> id = record.headers().first("WARC-Record-ID");
    if (id.isEmpty() || id.get().isBlank()) {
      return keyBase + "#offset=" + offset;
    }
    String s = id.get().strip();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    return keyBase + "#" + s;
  }

  private String itemName(long offset, String url) {
    return name + "@offset " + offset + (url == null ? "" : " (" + url + ")");
  }

  private static String target(WarcTargetRecord record) {
    String t = record.headers().first("WARC-Target-URI").orElse(null);
    if (t == null) {
      return null;
    }
    t = t.strip();
    if (t.startsWith("<") && t.endsWith(">")) {
      t = t.substring(1, t.length() - 1); // WARC/1.0 as written by some tools
    }
    return t.isEmpty() ? null : t;
  }

  private static boolean isHttp(String url) {
    try {
      String scheme = new URI(url).getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    } catch (java.net.URISyntaxException e) {
      String l = url.toLowerCase(Locale.ROOT);
      return l.startsWith("http://") || l.startsWith("https://");
    }
  }

  private static String parameter(Map<String, String> params, String name) {
    for (Map.Entry<String, String> p : params.entrySet()) {
      if (p.getKey().equalsIgnoreCase(name)) {
        String v = p.getValue().strip();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    eof = true;
    if (reader != null) {
      reader.close();
    }
    channel.close();
  }

  @Override
  public String toString() {
    return describe() + " (" + path + ")";
  }
}
