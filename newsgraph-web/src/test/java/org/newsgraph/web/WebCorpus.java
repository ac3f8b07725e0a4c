package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;
import org.newsgraph.store.Store;

/**
 * The store the browser tests look at, built once per JVM with the full analysis: the README's
 * example article, three pages on the same events (test resources, written for these tests), and
 * a hostile page whose every field tries to run script. Served by the real server, with the
 * interface's files from this module's class path.
 */
final class WebCorpus {

  static final List<String> PAGES =
      List.of("talks.html", "protests.html", "coalition.html", "hostile.html");

  private static NewsgraphServer server;

  private WebCorpus() {}

  /** The server's base URL, e.g. http://127.0.0.1:41234/ (started on first use). */
  static synchronized String url() {
    if (server == null) {
      Path store = build();
      server = NewsgraphServer.start(ServerConfig.defaults(store, "web-test-token-0123456789").withPort(0));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server.url().toString();
  }

  private static Path build() {
    try {
      Path dir = Browser.TARGET.resolve("web-corpus").toAbsolutePath();
      deleteTree(dir);
      Path in = dir.resolve("in");
      Files.createDirectories(in);
      Path root = Path.of(System.getProperty("newsgraph.root", ".."));
      Files.copy(
          root.resolve("examples/000_d02f5967fb67c3d6.txt"), in.resolve("000_d02f5967fb67c3d6.txt"));
      for (String p : PAGES) {
        try (InputStream s = WebCorpus.class.getResourceAsStream("/pages/" + p)) {
          Files.copy(s, in.resolve(p));
        }
      }
      Path store = dir.resolve("store");
      IngestJob.Options o =
          new IngestJob.Options(
              2, 200, Duration.ofSeconds(10), true, false, 15, IngestJob.Options.DEFAULTS.sources());
      PrintStream quiet =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      try (Store.Writer w = Store.openWriter(store)) {
        IngestJob.Summary s =
            new IngestJob(Newsgraph.open(NewsgraphConfig.DEFAULTS), w, o, quiet)
                .run(List.of(in.toString()));
        if (s.failed() > 0 || s.ingested() != PAGES.size() + 1) {
          throw new IllegalStateException(
              "the browser tests' corpus did not ingest whole: " + s + " " + s.firstFailures());
        }
      }
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
