package org.newsgraph.ingest.sources;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * The items of an RSS or Atom feed (from a file or a URL): each entry's link fetched politely, its
 * date as the entry's {@code published}. An entry without a usable link, a link robots.txt forbids
 * and a page that cannot be fetched are failed items; a link given twice is fetched once.
 */
final class FeedSource implements Source {

  /** The evidence of an entry's date (its published date, else its updated date). */
  static final String DATE_EVIDENCE = "feed entry date";

  private final String name;
  private final String keyBase;
  private final List<SyndEntry> entries;
  private final List<String> rawDates;
  private final URI base;
  private final PoliteFetcher fetcher;
  private final Set<String> seen = new HashSet<>();
  private int index;

  private FeedSource(
      String name,
      String keyBase,
      SyndFeed feed,
      List<String> rawDates,
      URI base,
      PoliteFetcher fetcher) {
    this.name = name;
    this.keyBase = keyBase;
    this.entries = List.copyOf(feed.getEntries());
    this.rawDates = rawDates != null && rawDates.size() == entries.size() ? rawDates : null;
    this.base = base;
    this.fetcher = fetcher;
  }

  /**
   * Parses a feed.
   *
   * @param name the feed as the user named it (a path or a URL)
   * @param keyBase the feed's stable identity (absolute path or URL), for entries without a link
   * @param location where the feed was fetched from, to resolve relative links; null for a file
   * @param contentType the HTTP Content-Type, for the charset; null for a file
   * @throws SourceException when the bytes are not a feed Rome can read
   */
  static FeedSource parse(
      String name,
      String keyBase,
      byte[] bytes,
      URI location,
      String contentType,
      PoliteFetcher fetcher)
      throws SourceException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.US);
      XmlReader reader =
          contentType == null
              ? new XmlReader(new ByteArrayInputStream(bytes), true)
              : new XmlReader(new ByteArrayInputStream(bytes), contentType, true);
      feed = input.build(reader);
    } catch (FeedException | IllegalArgumentException | IOException e) {
      String why = Inputs.message(e);
      if (why.contains("DOCTYPE is disallowed")) {
        throw new SourceException(
            name,
            "declares a DOCTYPE, which newsgraph refuses in feeds (a DOCTYPE can bring in"
                + " external entities); remove the <!DOCTYPE> line if you trust the feed");
      }
      throw new SourceException(
          name,
          "does not parse as an RSS or Atom feed ("
              + shorten(why)
              + "); check that it is a feed, not a page or an error message");
    }
    URI base = location;
    if (base == null && feed.getLink() != null) {
      base = absolute(feed.getLink(), null);
    }
    return new FeedSource(name, keyBase, feed, FeedDates.rawDates(bytes), base, fetcher);
  }

  @Override
  public String describe() {
    return "feed " + name + " (" + entries.size() + (entries.size() == 1 ? " entry)" : " entries)");
  }

  @Override
  public long totalBytes() {
    return -1;
  }

  @Override
  public long bytesRead() {
    return 0;
  }

  @Override
  public SourceItem next() {
    while (index < entries.size()) {
      int n = index++;
      SyndEntry entry = entries.get(n);
      String entryName = name + " entry " + (n + 1) + title(entry);
      String link = link(entry);
      if (link == null) {
        return SourceItem.failed(
            keyBase + "#entry " + (n + 1),
            entryName,
            "has no link to its page, so there is nothing to fetch");
      }
      URI uri = absolute(link, base);
      if (uri == null || !isHttp(uri)) {
        return SourceItem.failed(
            keyBase + "#entry " + (n + 1),
            entryName,
            "links to '"
                + shorten(link)
                + "', which is not an http or https address"
                + (uri != null && !uri.isAbsolute() ? " (a relative link in a feed file)" : ""));
      }
      String url = uri.toString();
      if (!seen.add(url)) {
        continue; // the same page twice in one feed: fetched once
      }
      LocalDate published =
          FeedDates.of(
              rawDates == null ? null : rawDates.get(n),
              entry.getPublishedDate(),
              entry.getUpdatedDate());
      try {
        RawInput page = fetcher.fetchPage(url);
        RawInput raw =
            page.mediaTypeHint() != null
                ? page
                : new RawInput(page.name(), page.bytes(), "text/plain", page.declaredCharset());
        return SourceItem.ok(url, url, raw, url, published, published == null ? null : DATE_EVIDENCE);
      } catch (InputException e) {
        return SourceItem.failed(url, url, url, e.reason());
      } catch (RuntimeException e) {
        return SourceItem.failed(url, url, url, "could not be fetched: " + Inputs.message(e));
      }
    }
    return null;
  }

  /** The entry's page: its link, else an alternate link, else a guid that is an address. */
  private static String link(SyndEntry entry) {
    String link = entry.getLink();
    if (link != null && !link.isBlank()) {
      return link.strip();
    }
    if (entry.getLinks() != null) {
      for (SyndLink l : entry.getLinks()) {
        if (l.getHref() != null
            && !l.getHref().isBlank()
            && (l.getRel() == null || l.getRel().equals("alternate"))) {
          return l.getHref().strip();
        }
      }
    }
    String uri = entry.getUri();
    if (uri != null) {
      String u = uri.strip().toLowerCase(Locale.ROOT);
      if (u.startsWith("http://") || u.startsWith("https://")) {
        return uri.strip();
      }
    }
    return null;
  }

  private static URI absolute(String link, URI base) {
    try {
      URI uri = new URI(link.strip());
      return base != null && !uri.isAbsolute() ? base.resolve(uri) : uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHttp(URI uri) {
    String s = uri.getScheme();
    return s != null
        && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"))
        && uri.getHost() != null;
  }

  private static String title(SyndEntry entry) {
    String t = entry.getTitle();
    return t == null || t.isBlank() ? "" : " (\"" + shorten(t.strip()) + "\")";
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 120 ? one : one.substring(0, 117) + "...";
  }

  @Override
  public void close() {
    index = entries.size();
  }
}
