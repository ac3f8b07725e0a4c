package org.newsgraph.ingest.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on a random loopback port for feeds, pages and robots.txt: every request is logged
 * with its arrival time and User-Agent, and the most requests in flight at once counted.
 */
@SuppressForbidden("the JDK's own HTTP server (module jdk.httpserver) as the peer")
final class TestServer implements AutoCloseable {

  record Request(String path, long nanos, String userAgent) {}

  record Reply(int status, String contentType, byte[] body, long delayMillis, String location) {}

  private final HttpServer server;
  private final ConcurrentHashMap<String, Reply> replies = new ConcurrentHashMap<>();
  private final List<Request> log = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  TestServer page(String path, String contentType, String body) {
    return reply(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8), 0);
  }

  TestServer reply(String path, int status, String contentType, byte[] body, long delayMillis) {
    replies.put(path, new Reply(status, contentType, body, delayMillis, null));
    return this;
  }

  TestServer redirect(String path, String location) {
    replies.put(path, new Reply(301, "text/html", new byte[0], 0, location));
    return this;
  }

  synchronized List<Request> requests() {
    return List.copyOf(log);
  }

  List<Request> requests(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      String path =
          ex.getRequestURI().getRawPath()
              + (ex.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + ex.getRequestURI().getRawQuery());
      synchronized (this) {
        log.add(
            new Request(path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
      }
      Reply r = replies.get(path);
      if (r == null) {
        r = new Reply(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8), 0, null);
      }
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (r.location() != null) {
        ex.getResponseHeaders().add("Location", r.location());
      }
      if (r.contentType() != null) {
        ex.getResponseHeaders().add("Content-Type", r.contentType());
      }
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
    } finally {
      inFlight.decrementAndGet();
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
