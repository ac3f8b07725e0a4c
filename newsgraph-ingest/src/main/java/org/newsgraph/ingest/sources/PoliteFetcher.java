package org.newsgraph.ingest.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.newsgraph.ingest.UrlFetcher;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * Fetches like a guest: one request at a time to a host, at least {@code perHostDelay} between the
 * end of one and the start of the next, robots.txt read once per host (and again after a day) and
 * obeyed, a User-Agent that names newsgraph. Sources opened with equal settings share one fetcher,
 * so the pace holds across all the arguments of one run. Thread-safe.
 */
final class PoliteFetcher {

  /** How long a robots.txt is trusted: RFC 9309 asks crawlers not to cache it beyond a day. */
  static final long ROBOTS_TTL_NANOS = TimeUnit.HOURS.toNanos(24);

  private static final String ROBOTS_ACCEPT = "text/plain,*/*;q=0.1";

  private static final Map<SourceConfig, PoliteFetcher> SHARED = new ConcurrentHashMap<>();

  /** The fetcher for these settings, shared by every source opened with them. */
  static PoliteFetcher forConfig(SourceConfig config) {
    return SHARED.computeIfAbsent(config, PoliteFetcher::new);
  }

  private final SourceConfig config;
  private final UrlFetcher fetcher;
  private final List<String> names;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /**
   * One host's turn: who fetches now, when its last request ended, and the robots.txt of each of
   * its origins (robots.txt is per scheme, host and port; the pace is per host).
   */
  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    long lastEnd;
    boolean contacted;
    final Map<String, Robots> robots = new HashMap<>();
    final Map<String, Long> robotsAt = new HashMap<>();
  }

  PoliteFetcher(SourceConfig config) {
    this.config = config;
    this.fetcher = new UrlFetcher(config.fetchLimits());
    String own = Robots.productToken(config.userAgent());
    this.names =
        own.isEmpty() || own.equals("newsgraph") ? List.of("newsgraph") : List.of("newsgraph", own);
  }

  SourceConfig config() {
    return config;
  }

  /** A page (HTML or plain text), or an {@link InputException} naming it and the reason. */
  RawInput fetchPage(String url) {
    return politely(url, () -> fetcher.fetch(url));
  }

  /** Any resource (a feed, or a page not yet known to be one); a non-2xx status is returned. */
  UrlFetcher.Response fetchAny(String url, String accept) {
    return politely(url, () -> fetcher.fetchAny(url, accept));
  }

  private <T> T politely(String url, Supplier<T> request) {
    URI uri = parse(url);
    String origin = origin(uri);
    Host host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new Host());
    host.lock.lock();
    try {
      if (config.respectRobots()) {
        check(url, uri, origin, host);
      }
      waitTurn(url, host);
      try {
        return request.get();
      } finally {
        host.lastEnd = System.nanoTime();
        host.contacted = true;
      }
    } finally {
      host.lock.unlock();
    }
  }

  /** Refuses what the host's robots.txt forbids us, reading it first when we have not. */
  private void check(String url, URI uri, String origin, Host host) {
    String robotsUrl = origin + "/robots.txt";
    Robots robots = host.robots.get(origin);
    Long at = host.robotsAt.get(origin);
    if (robots == null || System.nanoTime() - at > ROBOTS_TTL_NANOS) {
      waitTurn(url, host);
      try {
        robots = readRobots(robotsUrl);
      } finally {
        host.lastEnd = System.nanoTime();
        host.contacted = true;
      }
      host.robots.put(origin, robots);
      host.robotsAt.put(origin, host.lastEnd);
    }
    String why = robots.unreachableReason();
    if (why != null) {
      throw new InputException(
          url,
          "was not fetched: "
              + robotsUrl
              + " "
              + why
              + ", and without it newsgraph fetches"
              + " nothing from "
              + uri.getHost()
              + "; try again later");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    Robots.Rule rule = robots.disallowing(path);
    if (rule != null) {
      throw new InputException(
          url,
          "is disallowed for newsgraph by "
              + robotsUrl
              + " (Disallow: "
              + rule.pattern()
              + "), so it is not fetched; turn sources.respectRobots off only with the site's"
              + " permission");
    }
  }

  /** robots.txt as RFC 9309 reads it: 2xx rules, 4xx no rules, anything else no access. */
  private Robots readRobots(String robotsUrl) {
    UrlFetcher.Response r;
    try {
      r = fetcher.fetchAny(robotsUrl, ROBOTS_ACCEPT);
    } catch (InputException e) {
      return Robots.unreachable("could not be read (" + e.reason() + ")");
    }
    if (r.ok()) {
      return Robots.parse(new String(r.body(), StandardCharsets.UTF_8), names);
    }
    if (r.status() >= 400 && r.status() < 500) {
      return Robots.ALLOW_ALL;
    }
    return Robots.unreachable("could not be read (HTTP " + r.status() + ")");
  }

  /** Sleeps until the host's pause since its last request has passed. */
  private void waitTurn(String url, Host host) {
    if (!host.contacted) {
      return;
    }
    long due = host.lastEnd + config.perHostDelay().toNanos();
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException(url, "fetch interrupted");
      }
    }
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InputException(url, "is not a valid address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(url, "is not an http or https address");
    }
    if (uri.getHost() == null) {
      throw new InputException(url, "has no host name");
    }
    return uri;
  }

  /** scheme://host[:port], the scope of one robots.txt. */
  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
