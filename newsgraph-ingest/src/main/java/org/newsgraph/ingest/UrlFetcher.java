package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/**
 * Fetches one web page within the configured bounds: connection and total time, size,
 * redirects. Only http and https; only pages (HTML, XHTML, plain text). Every failure is an
 * {@link InputException} naming the address and the reason. Thread-safe.
 */
public final class UrlFetcher {

  private static final Pattern CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

  /** One daemon timer aborts the reads of every fetch that passes its deadline. */
  private static final Timer DEADLINES = new Timer("newsgraph-fetch-deadlines", true);

  private final IngestConfig config;
  private final InputReader reader;
  private final HttpClient client;

  public UrlFetcher(IngestConfig config) {
    this.config = config;
    this.reader = new InputReader(config);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(config.fetchConnectMillis()))
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1: the h2c upgrade HTTP/2 tries on plain http stalls on some servers.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** True when the argument looks like a web address rather than a file name. */
  public static boolean isUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** What the page fetch asks for: pages first, anything else last. */
  private static final String PAGE_ACCEPT =
      "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";

  /**
   * A resource fetched for a reader other than the page reader (feeds, robots.txt).
   *
   * @param url the address as asked for
   * @param finalUri where the last redirect led
   * @param status the final HTTP status
   * @param contentType the Content-Type header, "" when there is none
   * @param body the body, within the size bound; empty unless the status is 2xx
   */
  public record Response(String url, URI finalUri, int status, String contentType, byte[] body) {

    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  public RawInput fetch(String url) {
    Response r = exchange(url, PAGE_ACCEPT, type -> mediaType(url, type));
    if (!r.ok()) {
      throw new InputException(url, "the server answered HTTP " + r.status() + " for " + r.finalUri());
    }
    String type = r.contentType();
    return reader.fromBytes(url, r.body(), mediaType(url, type), charsetOf(type).orElse(null));
  }

  /**
   * Fetches a resource of any media type (a feed, robots.txt) within the same bounds as a page.
   * A final status other than 2xx is returned, not thrown; a failure to connect, a time or size
   * bound passed and a redirect loop throw {@link InputException} as for pages.
   *
   * @param accept the Accept header to send
   */
  public Response fetchAny(String url, String accept) {
    return exchange(url, accept, type -> {});
  }

  /**
   * One request and its redirects. The body of a 2xx answer is read (after {@code checkType}
   * accepted its Content-Type); other answers are closed unread.
   */
  private Response exchange(String url, String accept, Consumer<String> checkType) {
    URI uri = parse(url, url);
    long deadline = System.nanoTime() + config.fetchTimeoutMillis() * 1_000_000L;
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> response = send(url, uri, accept, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        closeQuietly(response.body());
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null) {
          throw new InputException(url, "the server answered " + status + " without a Location");
        }
        if (hop >= config.fetchMaxRedirects()) {
          throw new InputException(
              url,
              "redirected more than " + config.fetchMaxRedirects()
                  + " times; raise ingest.fetchMaxRedirects if that is expected");
        }
        uri = parse(url, uri.resolve(location.strip()).toString());
        continue;
      }
      String type = response.headers().firstValue("content-type").orElse("");
      if (status < 200 || status >= 300) {
        closeQuietly(response.body());
        return new Response(url, uri, status, type, new byte[0]);
      }
      try {
        checkType.accept(type);
      } catch (RuntimeException e) {
        closeQuietly(response.body());
        throw e;
      }
      byte[] body = readBounded(url, response.body(), deadline);
      return new Response(url, uri, status, type, body);
    }
  }

  private URI parse(String name, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InputException(name, "is not a valid address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(name, "is not an http or https address (" + url + ")");
    }
    if (uri.getHost() == null) {
      throw new InputException(name, "has no host name");
    }
    return uri;
  }

  private HttpResponse<InputStream> send(String name, URI uri, String accept, long deadline) {
    long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMillis(left))
            .header("User-Agent", config.fetchUserAgent())
            .header("Accept", accept)
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new InputException(
          name, "could not connect within " + config.fetchConnectMillis() + " ms");
    } catch (HttpTimeoutException e) {
      throw new InputException(
          name, "did not answer within " + config.fetchTimeoutMillis() + " ms");
    } catch (ConnectException e) {
      throw new InputException(name, "refused the connection (" + uri.getHost() + ")");
    } catch (UnknownHostException e) {
      throw new InputException(name, "names an unknown host (" + uri.getHost() + ")");
    } catch (IOException e) {
      throw new InputException(name, "could not be fetched: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(name, "fetch interrupted");
    }
  }

  private static String describe(IOException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    if (t instanceof UnknownHostException) {
      return "unknown host " + t.getMessage();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The body within the size bound and the deadline; a stalled server is cut off. */
  private byte[] readBounded(String name, InputStream in, long deadline) {
    long left = (deadline - System.nanoTime()) / 1_000_000L;
    boolean[] expired = {false};
    TimerTask abort =
        new TimerTask() {
          @Override
          public void run() {
            expired[0] = true;
            closeQuietly(in);
          }
        };
    DEADLINES.schedule(abort, Math.max(1, left));
    try (in) {
      byte[] body = InputReader.readBounded(name, in, config.maxBytes());
      if (expired[0]) {
        throw timedOut(name);
      }
      return body;
    } catch (IOException e) {
      if (expired[0]) {
        throw timedOut(name);
      }
      throw new InputException(name, "broke off while reading: " + describe(e));
    } finally {
      abort.cancel();
    }
  }

  private InputException timedOut(String name) {
    return new InputException(
        name,
        "did not finish within " + config.fetchTimeoutMillis()
            + " ms; raise ingest.fetchTimeoutMillis for slow sites");
  }

  /** The media type of a page, or a refusal for anything that is not one. */
  static String mediaType(String name, String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    t = (semi >= 0 ? t.substring(0, semi) : t).strip();
    if (t.isEmpty()) {
      return null; // unknown: sniffed from the bytes
    }
    if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
      return "text/html";
    }
    if (t.equals("text/plain")) {
      return "text/plain";
    }
    throw new InputException(
        name, "is not a web page but " + t + "; newsgraph reads HTML and plain text");
  }

  /** The charset a Content-Type header names, if it names one. */
  public static Optional<String> charsetOf(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to do: the stream is abandoned either way
    }
  }
}
