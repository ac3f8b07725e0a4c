package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.ingest.UrlFetcher;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * Opens what an argument of {@code newsgraph ingest} names: a folder, a file (by its extension and,
 * where that does not tell, by its first bytes) or an http(s) address (a feed when its content is
 * RSS or Atom, else one page). See docs/ingest-sources.md.
 */
public final class Sources {

  private Sources() {}

  /** What asking for an address accepts: pages, then feeds, then anything (to say what it is). */
  static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";

  /** Media types that are feeds whatever their root element says (then Rome says what is wrong). */
  private static final List<String> FEED_TYPES =
      List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");

  /** Media types that may hold a feed: the root element decides. */
  private static final List<String> MAYBE_FEED_TYPES =
      List.of("application/xml", "text/xml", "text/plain", "");

  /**
   * Opens a source.
   *
   * @throws SourceException when the argument names nothing usable: no such path, a file of a kind
   *     this layer does not read, a feed that does not parse. An address that cannot be fetched is
   *     not thrown: it is a source of one failed item, like any input that fails.
   */
  public static Source open(String pathOrUrl, SourceConfig config) throws IOException {
    Objects.requireNonNull(pathOrUrl, "pathOrUrl");
    Objects.requireNonNull(config, "config");
    String arg = pathOrUrl.strip();
    if (arg.isEmpty()) {
      throw new SourceException("''", "is an empty argument; name a file, a folder or an address");
    }
    if (UrlFetcher.isUrl(arg)) {
      return openUrl(arg, config);
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      throw new SourceException(pathOrUrl, "is not a valid path (" + e.getReason() + ")");
    }
    if (!Files.exists(path)) {
      throw new SourceException(pathOrUrl, "no such file or folder");
    }
    if (Files.isDirectory(path)) {
      if (!Files.isReadable(path)) {
        throw new SourceException(pathOrUrl, "is a folder that cannot be read (permission denied)");
      }
      return FolderSource.open(path, arg, config);
    }
    if (!Files.isReadable(path)) {
      throw new SourceException(pathOrUrl, "cannot be read (permission denied)");
    }
    Kind kind = Kind.byName(path.getFileName().toString());
    if (kind == null || kind == Kind.XML || isBareGzip(path)) {
      Kind sniffed = Kind.sniff(Kind.head(path));
      if (sniffed == null) {
        throw new SourceException(
            pathOrUrl,
            kind == Kind.XML
                ? "is an XML file but not an RSS or Atom feed; newsgraph ingest reads feeds, not"
                    + " other XML"
                : "is not a kind of file newsgraph ingest reads: a page (.html, .htm, .html.gz),"
                    + " a text (.txt), a WARC (.warc, .warc.gz), JSONL (.jsonl) or a feed (.rss,"
                    + " .atom, .xml); rename it if it is one of these");
      }
      kind = sniffed;
    }
    return openFile(path, arg, kind, config);
  }

  /** A plain ".gz" names no content: its first bytes tell. */
  private static boolean isBareGzip(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") && Kind.byName(n) == null;
  }

  /** Opens a file of a known kind (also for the files of a folder). */
  static Source openFile(Path path, String name, Kind kind, SourceConfig config)
      throws IOException {
    switch (kind) {
      case HTML_FILE, TEXT_FILE -> {
        String type = kind == Kind.HTML_FILE ? "text/html" : "text/plain";
        long size = Files.size(path);
        return new OneItemSource(
            "file " + name, size, () -> Inputs.readFile(path, name, type, config.limits()));
      }
      case WARC -> {
        return new WarcSource(path, name, config.limits());
      }
      case JSONL -> {
        return new JsonlSource(path, name, config.limits());
      }
      case FEED -> {
        return openFeedFile(path, name, config);
      }
      default -> throw new SourceException(name, "is an XML file but not an RSS or Atom feed");
    }
  }

  private static Source openFeedFile(Path path, String name, SourceConfig config)
      throws IOException {
    long size = Files.size(path);
    if (size > config.limits().maxBytes()) {
      throw new SourceException(
          name, "is a feed " + Inputs.tooLarge(config.limits().maxBytes(), size, true));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = Bounded.read(in, config.limits().maxBytes());
    } catch (Bounded.TooLarge e) {
      throw new SourceException(name, Inputs.tooLarge(config.limits().maxBytes(), e.seen, false));
    }
    if (Bounded.isGzip(bytes)) {
      try {
        bytes = Bounded.gunzip(bytes, config.limits().maxBytes());
      } catch (Bounded.TooLarge e) {
        throw new SourceException(name, Inputs.decompressesBeyond(config.limits().maxBytes()));
      } catch (IOException e) {
        throw new SourceException(name, "is " + e.getMessage() + "; re-download it");
      }
    }
    return FeedSource.parse(
        name, Inputs.key(path), bytes, null, null, PoliteFetcher.forConfig(config));
  }

  /**
   * An address: fetched (politely, like every request of this layer), then a feed when its content
   * is one, else one page. A failure to fetch is the page's failed item.
   */
  private static Source openUrl(String url, SourceConfig config) throws IOException {
    PoliteFetcher fetcher = PoliteFetcher.forConfig(config);
    UrlFetcher.Response r;
    try {
      r = fetcher.fetchAny(url, ACCEPT);
    } catch (InputException e) {
      return page(url, SourceItem.failed(url, url, url, e.reason()));
    }
    if (!r.ok()) {
      return page(
          url,
          SourceItem.failed(
              url, url, url, "the server answered HTTP " + r.status() + " for " + r.finalUri()));
    }
    String type = baseType(r.contentType());
    boolean feed =
        FEED_TYPES.contains(type)
            || (MAYBE_FEED_TYPES.contains(type) && Kind.isFeed(head(r.body())));
    if (feed) {
      return FeedSource.parse(url, url, r.body(), r.finalUri(), r.contentType(), fetcher);
    }
    String mediaType;
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      mediaType = "text/html";
    } else if (type.equals("text/plain")) {
      mediaType = "text/plain";
    } else if (type.isEmpty()) {
      mediaType = null; // sniffed
    } else if (type.equals("application/xml") || type.equals("text/xml")) {
      String root = Kind.rootElement(head(r.body()));
      if (root == null || !root.toLowerCase(Locale.ROOT).endsWith("html")) {
        return page(
            url,
            SourceItem.failed(
                url,
                url,
                url,
                "is "
                    + type
                    + " but neither an RSS or Atom feed nor a web page"
                    + (root == null ? "" : " (its root element is <" + root + ">)")));
      }
      mediaType = "text/html";
    } else {
      return page(
          url,
          SourceItem.failed(
              url,
              url,
              url,
              "is not a web page but "
                  + type
                  + "; newsgraph reads HTML and plain-text pages and"
                  + " RSS or Atom feeds"));
    }
    String finalUrl = r.finalUri().toString();
    try {
      RawInput raw =
          Inputs.raw(
              url,
              r.body(),
              mediaType,
              UrlFetcher.charsetOf(r.contentType()).orElse(null),
              config.limits());
      return page(url, SourceItem.ok(url, url, raw, finalUrl));
    } catch (InputException e) {
      return page(url, SourceItem.failed(url, url, finalUrl, e.reason()));
    }
  }

  private static Source page(String url, SourceItem item) {
    return new OneItemSource("page " + url, -1, () -> item);
  }

  private static byte[] head(byte[] body) {
    return body.length <= Kind.SNIFF_BYTES ? body : java.util.Arrays.copyOf(body, Kind.SNIFF_BYTES);
  }

  /** "Text/HTML; charset=UTF-8" to "text/html". */
  static String baseType(String contentType) {
    String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    return (semi >= 0 ? t.substring(0, semi) : t).strip();
  }
}
