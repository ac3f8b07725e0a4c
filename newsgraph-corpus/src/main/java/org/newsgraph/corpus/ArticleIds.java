package org.newsgraph.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stable article ids: the same article gets the same id on every run and from every source.
 * The id hashes the article's canonical URL when the page states a usable one, else the
 * address it was read from, else its canonical text. A canonical URL that points at a site's
 * home page (some sites give every article the same one) is not usable.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** The id, and what it was made from. */
  public record ArticleId(String id, String basis) {}

  public static ArticleId of(String canonicalUrl, String url, String text) {
    String c = normalize(canonicalUrl);
    if (c != null && !isHomePage(c)) {
      return new ArticleId("u" + hash(c), "canonical url " + c);
    }
    String u = normalize(url);
    if (u != null) {
      return new ArticleId("u" + hash(u), "url " + u);
    }
    return new ArticleId("t" + hash(text), "text");
  }

  /**
   * Lower-case scheme and host, no fragment, no default port, no tracking parameters
   * (utm_*, fbclid, gclid); null when not an absolute http(s) URL.
   */
  static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    URI u;
    try {
      u = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
    if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return null;
    }
    String host = u.getHost().toLowerCase(Locale.ROOT);
    int port = u.getPort();
    boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http"))
        || (port == 443 && scheme.equals("https"));
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    List<String> kept = new ArrayList<>();
    if (u.getRawQuery() != null) {
      for (String p : u.getRawQuery().split("&")) {
        String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        String n = name.toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && !n.startsWith("utm_") && !n.equals("fbclid") && !n.equals("gclid")) {
          kept.add(p);
        }
      }
    }
    // the scheme is left out: http and https addresses of one page are one article
    return "//" + host + (defaultPort ? "" : ":" + port) + path
        + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  private static boolean isHomePage(String normalized) {
    String rest = normalized.substring(2);
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "/" : rest.substring(slash);
    return path.equals("/") || path.matches("/(index\\.[a-z]+|[a-z]{2}(-[a-z]{2})?/?)");
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
