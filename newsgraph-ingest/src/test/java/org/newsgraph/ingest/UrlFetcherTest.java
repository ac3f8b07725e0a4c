package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/** Fetching from a server on a random loopback port: pages, redirects and every refusal. */
@SuppressForbidden("the JDK's own HTTP server (module jdk.httpserver) as the peer")
class UrlFetcherTest {

  private HttpServer server;
  private String base;

  private final UrlFetcher fetcher =
      new UrlFetcher(
          new IngestConfig(4000, 0.01, 5000, 3000, 2, "newsgraph-test"));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", ex -> reply(ex, 200, "text/html; charset=windows-1252",
        "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(Charset.forName("windows-1252"))));
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/page");
      reply(ex, 301, "text/html", new byte[0]);
    });
    server.createContext("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      reply(ex, 302, "text/html", new byte[0]);
    });
    server.createContext("/missing", ex -> reply(ex, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/pdf", ex -> reply(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/huge", ex -> reply(ex, 200, "text/html", new byte[10_000]));
    server.createContext("/slow", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<p>first bytes".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(10_000);
        out.write("</p>".getBytes(StandardCharsets.UTF_8));
      } catch (InterruptedException | IOException e) {
        // the client gave up, as it should
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  @Test
  void aPageComesWithItsMediaTypeAndTheServersCharset() {
    RawInput in = fetcher.fetch(base + "/page");
    assertThat(in.name()).isEqualTo(base + "/page");
    assertThat(in.mediaTypeHint()).isEqualTo("text/html");
    assertThat(in.declaredCharset()).isEqualTo("windows-1252");
    String text = new TextDecoder(IngestConfig.DEFAULTS).decode(in).text();
    assertThat(text).contains("Caf\u00e9 cr\u00e8me");
  }

  @Test
  void redirectsAreFollowedWithinTheBound() {
    assertThat(fetcher.fetch(base + "/moved").bytes()).isNotEmpty();
    assertThatThrownBy(() -> fetcher.fetch(base + "/loop"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/loop: redirected more than 2 times")
        .hasMessageContaining("ingest.fetchMaxRedirects");
  }

  @Test
  void errorsNameTheAddressAndTheReason() {
    assertThatThrownBy(() -> fetcher.fetch(base + "/missing"))
        .hasMessageContaining(base + "/missing: the server answered HTTP 404");
    assertThatThrownBy(() -> fetcher.fetch(base + "/pdf"))
        .hasMessageContaining("is not a web page but application/pdf");
    assertThatThrownBy(() -> fetcher.fetch(base + "/huge"))
        .hasMessageContaining("is larger than the limit of 4000 bytes");
    assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/x"))
        .hasMessageContaining("is not an http or https address");
    assertThatThrownBy(() -> fetcher.fetch("http://"))
        .isInstanceOf(InputException.class);
  }

  @Test
  void fetchAnyReturnsOtherMediaTypesAndStatusesWithoutThrowing() {
    UrlFetcher.Response pdf = fetcher.fetchAny(base + "/pdf", "*/*");
    assertThat(pdf.ok()).isTrue();
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4");
    UrlFetcher.Response missing = fetcher.fetchAny(base + "/missing", "*/*");
    assertThat(missing.ok()).isFalse();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
    UrlFetcher.Response moved = fetcher.fetchAny(base + "/moved", "*/*");
    assertThat(moved.finalUri().getPath()).isEqualTo("/page");
    assertThatThrownBy(() -> fetcher.fetchAny(base + "/huge", "*/*"))
        .hasMessageContaining("is larger than the limit of 4000 bytes");
    assertThatThrownBy(() -> fetcher.fetchAny(base + "/loop", "*/*"))
        .hasMessageContaining("redirected more than 2 times");
  }

  @Test
  void aServerThatStallsIsCutOffAtTheDeadline() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(base + "/slow"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("within 3000 ms");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(9000);
  }

  @Test
  void aClosedPortIsRefused() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + port + "/x"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("127.0.0.1:" + port + "/x:");
  }
}
