package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import picocli.CommandLine;

/** {@code newsgraph serve} as users start it: what it prints, that it serves, that it stops. */
class ServeCommandTest {

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  /** A serve command running on its own thread. */
  private static final class Running {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger status = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> status.set(cl.execute(args)), "serve-command-test");
      thread.start();
    }

    /** The base URL it printed, once it has. */
    URI url() throws InterruptedException {
      Pattern p = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/)api/ ");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && thread.isAlive()) {
        Matcher m = p.matcher(out.toString());
        if (m.find()) {
          return URI.create(m.group(1));
        }
        Thread.sleep(20);
      }
      throw new AssertionError("serve printed no address: " + out + err);
    }

    /** What it printed, once it has printed this. */
    String awaitOut(String expected) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline && !out.toString().contains(expected)) {
        Thread.sleep(20);
      }
      assertThat(out.toString()).contains(expected);
      return out.toString();
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(thread.isAlive()).isFalse();
      return status.get();
    }
  }

  private int status(URI url, String method, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url);
    if (method.equals("POST")) {
      b.POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void servesUntilStoppedPrintingWhereAndReleasesTheStore() throws Exception {
    Path store = dir.resolve("store");
    String token = "cli-test-token-0123456789";
    Running r = new Running("serve", "--store", store.toString(), "--port", "0", "--token", token);
    URI base = r.url();
    assertThat(status(base.resolve("api/health"), "GET", null)).isEqualTo(200);
    assertThat(status(base.resolve("api/ingest"), "POST", token)).isEqualTo(400); // past the token
    assertThat(r.out.toString())
        .contains("ingest: on, with the token from --token")
        .doesNotContain(token);
    assertThat(r.stop()).isZero();
    Store.openWriter(store).close(); // the lock was let go
  }

  @Test
  void aGeneratedTokenIsPrintedOnceAndWorks() throws Exception {
    Assumptions.assumeTrue(System.getenv("NEWSGRAPH_TOKEN") == null, "NEWSGRAPH_TOKEN is set");
    Running r = new Running("serve", "--store", dir.resolve("store").toString(), "--port", "0");
    URI base = r.url();
    Matcher m =
        Pattern.compile("token \\(send it as 'Authorization: Bearer TOKEN'\\): (\\S+)")
            .matcher(r.out.toString());
    assertThat(m.find()).as(r.out.toString()).isTrue();
    String token = m.group(1);
    assertThat(r.out.toString().split(Pattern.quote(token), -1)).hasSize(2);
    assertThat(status(base.resolve("api/ingest"), "POST", token)).isEqualTo(400);
    assertThat(status(base.resolve("api/ingest"), "POST", token + "x")).isEqualTo(401);
    assertThat(status(base.resolve("api/ingest"), "POST", null)).isEqualTo(401);
    assertThat(r.stop()).isZero();
  }

  /** The README's main job: ingest the example, then serve it with the web interface. */
  @Test
  void ingestsThenServesTheWebInterface() throws Exception {
    Path store = dir.resolve("store");
    Path examples = Path.of(System.getProperty("newsgraph.root", "..")).resolve("examples");
    String token = "cli-test-token-0123456789";
    Running r =
        new Running(
            "serve", "--ingest", examples.toString(), "--store", store.toString(), "--port", "0",
            "--token", token);
    URI base = r.url();
    // the interface's address is the last thing it prints
    String printed = r.awaitOut("web interface: " + base + "\n");
    assertThat(printed).contains("ingested 1 article(s)").endsWith("web interface: " + base + "\n");
    HttpResponse<String> index =
        http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<script type=\"module\" src=\"js/app.js\">");
    HttpResponse<String> search =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/search?q=Kazimi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(search.body()).contains("\"total\":1");
    assertThat(r.stop()).isZero();

    // a second run finds the article stored and serves it as it is
    Running again =
        new Running(
            "serve", "--ingest", examples.toString(), "--store", store.toString(), "--port", "0",
            "--token", token);
    again.url();
    assertThat(again.out.toString()).contains("ingested 0 article(s), skipped 1 already present");
    assertThat(again.stop()).isZero();
  }

  @Test
  void printConfigPrintsTheSettingsAndServesNothing() throws Exception {
    Path store = dir.resolve("store");
    Running r =
        new Running(
            "serve", "--store", store.toString(), "--print-config", "--set", "nlp.timeScope=all");
    r.thread.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(r.status.get()).isZero();
    assertThat(r.out.toString()).contains("nlp.timeScope").contains("all").doesNotContain("serving");
    assertThat(store).doesNotExist();
  }

  @Test
  void readOnlyWithoutAStoreIsRefused() throws Exception {
    Running r =
        new Running(
            "serve", "--store", dir.resolve("none").toString(), "--port", "0", "--no-ingest");
    r.thread.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(r.status.get()).isEqualTo(1);
    assertThat(r.err.toString()).contains("there is no store");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    for (String[] args :
        new String[][] {
          {"serve", "--store", dir.toString(), "--token", "short"},
          {"serve", "--store", dir.toString(), "--port", "70000"}
        }) {
      Running r = new Running(args);
      r.thread.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(r.status.get()).as(String.join(" ", args)).isEqualTo(2);
    }
  }
}
