package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.Http.Answer;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * Who holds the store's writer lock: the server with ingest on, nobody with --no-ingest, and a
 * server that finds another writer serves read-only until that one is done. Also the server's
 * start-up refusals and the web interface's place.
 */
class IngestModesTest {

  private static final String TOKEN = "modes-test-token-0123456";

  @TempDir Path tmp;

  private static String body(Path input) throws Exception {
    return "{\"inputs\": [" + Http.jsonString(input.toString()) + "], \"nlp\": false}";
  }

  private static JsonNode await(Http http, String job) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonNode s;
    do {
      s = http.get("/api/ingest/" + job, TOKEN).json();
      if (!s.get("state").asText().matches("queued|running")) {
        return s;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the job did not finish: " + s);
  }

  @Test
  void withIngestOnTheServerHoldsTheWriterLock() throws Exception {
    Path store = TestCorpus.pagesOnly(tmp, 1);
    try (NewsgraphServer server = TestCorpus.serve(store, TOKEN)) {
      assertThat(server.ingestMode()).isEqualTo("writer");
      assertThatThrownBy(() -> Store.openWriter(store))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("another newsgraph process is writing");
    }
    Store.openWriter(store).close(); // released when the server stops
  }

  @Test
  void anotherWriterMakesTheServerReadOnlyUntilItIsDone() throws Exception {
    Path store = TestCorpus.pagesOnly(tmp, 1);
    Path page = tmp.resolve("late.html");
    Files.writeString(
        page, TestCorpus.otherPage("late", "A late ferry docked at dawn."), StandardCharsets.UTF_8);
    Store.Writer other = Store.openWriter(store);
    try (NewsgraphServer server = TestCorpus.serve(store, TOKEN)) {
      Http http = new Http(server);
      JsonNode health = http.get("/api/health").json();
      assertThat(health.get("ingest").asText()).isEqualTo("read-only");
      assertThat(health.get("ingest_problem").asText()).contains("another newsgraph process");
      assertThat(http.get("/api/search?q=delegation").json().get("total").asLong()).isEqualTo(1);

      Answer refused = http.post("/api/ingest", "application/json", body(page), TOKEN);
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().get("error").asText()).contains("another newsgraph process");
      // the token is checked first: a 409 tells nothing to who has none
      assertThat(http.post("/api/ingest", "application/json", body(page), null).status())
          .isEqualTo(401);

      other.close();
      other = null;
      Answer accepted = http.post("/api/ingest", "application/json", body(page), TOKEN);
      assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
      assertThat(server.ingestMode()).isEqualTo("writer");
      JsonNode done = await(http, accepted.json().get("id").asText());
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
      assertThat(http.get("/api/search?q=ferry").json().get("total").asLong()).isEqualTo(1);
    } finally {
      if (other != null) {
        other.close();
      }
    }
  }

  @Test
  void withoutIngestTheEndpointIsForbiddenAndTheLockIsFree() throws Exception {
    Path store = TestCorpus.pagesOnly(tmp, 1);
    ServerConfig cfg = ServerConfig.defaults(store, TOKEN).withPort(0).withoutIngest();
    assertThat(cfg.token()).isNull();
    try (NewsgraphServer server = NewsgraphServer.start(cfg)) {
      Http http = new Http(server);
      Answer post = http.post("/api/ingest", "application/json", body(store), TOKEN);
      assertThat(post.status()).isEqualTo(403);
      assertThat(post.json().get("error").asText()).contains("--no-ingest");
      assertThat(http.get("/api/ingest/0123456789abcdef", TOKEN).status()).isEqualTo(403);
      assertThat(http.get("/api/health").json().get("ingest").asText()).isEqualTo("disabled");
      try (Store.Writer w = Store.openWriter(store)) {
        assertThat(w.dir()).isEqualTo(store);
      }
      assertThat(http.get("/api/search?q=delegation").json().get("total").asLong()).isEqualTo(1);
    }
  }

  @Test
  void anEmptyFolderWithIngestOnIsAnEmptyStore() throws Exception {
    try (NewsgraphServer server = TestCorpus.serve(tmp.resolve("new-store"), TOKEN)) {
      Http http = new Http(server);
      JsonNode h = http.get("/api/health").json();
      assertThat(h.get("articles").asLong()).isZero();
      assertThat(h.get("index_size").asLong()).isZero();
      assertThat(http.get("/api/search?q=anything").json().get("total").asLong()).isZero();
      assertThat(http.get("/api/timeline").json().get("days")).isEmpty();
    }
  }

  @Test
  void noStoreAndNoIngestIsRefusedAtStart() {
    ServerConfig cfg =
        ServerConfig.defaults(tmp.resolve("nothing"), TOKEN).withPort(0).withoutIngest();
    assertThatThrownBy(() -> NewsgraphServer.start(cfg))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("there is no store");
  }

  @Test
  void aPortInUseIsRefusedAndTheStoreIsLetGo() throws Exception {
    Path store = TestCorpus.pagesOnly(tmp, 1);
    try (NewsgraphServer first =
        NewsgraphServer.start(ServerConfig.defaults(store, TOKEN).withPort(0).withoutIngest())) {
      Path other = tmp.resolve("other");
      ServerConfig same = ServerConfig.defaults(other, TOKEN).withPort(first.port());
      assertThatThrownBy(() -> NewsgraphServer.start(same))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot serve on 127.0.0.1:" + first.port());
      Store.openWriter(other).close(); // the failed server released its lock
    }
  }

  @Test
  void theWebInterfaceIsServedFromItsClassPathFolder() throws Exception {
    Path store = TestCorpus.pagesOnly(tmp, 1);
    ServerConfig cfg =
        ServerConfig.defaults(store, TOKEN)
            .withPort(0)
            .withoutIngest()
            .withWebResources("test-web");
    try (NewsgraphServer server = NewsgraphServer.start(cfg)) {
      Http http = new Http(server);
      Answer page = http.get("/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.text()).contains("A stand-in for the web interface");
      assertThat(page.header("Content-Type")).startsWith("text/html");
      assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(page.header("Content-Security-Policy")).isEqualTo(NewsgraphServer.WEB_CSP);
      assertThat(http.get("/index.html").status()).isEqualTo(200);
      assertThat(http.get("/other.html").status()).isEqualTo(404);
      // text files say their charset, so a script's "café" is not read as windows-1252
      for (String[] f :
          new String[][] {
            {"/", "text/html"},
            {"/app.js", "text/javascript"},
            {"/app.css", "text/css"},
            {"/data.json", "application/json"}
          }) {
        Answer a = http.get(f[0]);
        assertThat(a.status()).as(f[0]).isEqualTo(200);
        assertThat(a.header("Content-Type")).as(f[0]).isEqualTo(f[1] + ";charset=utf-8");
        assertThat(a.header("Content-Security-Policy")).as(f[0]).isEqualTo(NewsgraphServer.WEB_CSP);
      }
      assertThat(http.get("/app.js").text()).contains("caf\u00e9");
      assertThat(http.get("/data.json").json().get("name").asText()).isEqualTo("caf\u00e9");
      assertThat(http.get("/api/health").header("Content-Security-Policy"))
          .isEqualTo(NewsgraphServer.API_CSP);
    }
  }

  @Test
  void tokensAreLongEnoughAndGeneratedOnesDiffer() {
    assertThatThrownBy(() -> ServerConfig.defaults(tmp, "short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16");
    assertThatThrownBy(() -> ServerConfig.defaults(tmp, "with a space in it, long"))
        .isInstanceOf(IllegalArgumentException.class);
    String a = ServerConfig.newToken();
    assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(ServerConfig.newToken()).isNotEqualTo(a);
    assertThat(ServerConfig.defaults(tmp, a).token()).isEqualTo(a);
  }

  @Test
  void loopbackAddressesAndHostHeaders() {
    assertThat(ServerConfig.isLoopback("127.0.0.1")).isTrue();
    assertThat(ServerConfig.isLoopback("127.0.0.2")).isTrue();
    assertThat(ServerConfig.isLoopback("::1")).isTrue();
    assertThat(ServerConfig.isLoopback("localhost")).isTrue();
    assertThat(ServerConfig.isLoopback("0.0.0.0")).isFalse();
    assertThat(ServerConfig.isLoopback("")).isFalse();
    assertThat(ServerConfig.isLoopback("192.0.2.10")).isFalse();

    assertThat(NewsgraphServer.localHost("127.0.0.1:8020")).isTrue();
    assertThat(NewsgraphServer.localHost("LOCALHOST")).isTrue();
    assertThat(NewsgraphServer.localHost("[::1]:8020")).isTrue();
    assertThat(NewsgraphServer.localHost(null)).isFalse();
    assertThat(NewsgraphServer.localHost("evil.example")).isFalse();
    assertThat(NewsgraphServer.localHost("localhost.evil.example")).isFalse();
    assertThat(NewsgraphServer.localHost("127.0.0.1.evil.example")).isFalse();
    assertThat(NewsgraphServer.localHost("127.0.0.1:x")).isFalse();
  }
}
