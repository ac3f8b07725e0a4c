package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.Store;
import org.newsgraph.testkit.Shared;

/** Stores built in-process for the server tests. */
final class TestCorpus {

  private TestCorpus() {}

  /** A second dispatch that spells the Iraqi prime minister's name another way. */
  static final String SECOND =
      "Iraqi Prime Minister Moustafa al-Kazimi said on Saturday that the talks with Washington"
          + " would continue.\n\n"
          + "\"We want a balanced relationship,\" Moustafa al-Kazimi told reporters in Baghdad."
          + " Iraq hosts about 5,200 American soldiers.\n";

  /** The sites of the pages: page i is on SITES[i % 2]. */
  static final List<String> SITES = List.of("Example News", "Other Wire");

  /**
   * A web page: report {@code i}, published 2020-06-(i+1) on site {@code SITES[i % 2]}, six
   * paragraphs about a delegation in Baghdad, plus {@code extra} as a last paragraph.
   */
  static String page(int i, String extra) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      body.append("<p>Paragraph ")
          .append(p)
          .append(" of report ")
          .append(i)
          .append(": the delegation met officials in Baghdad and discussed troop numbers,")
          .append(" reconstruction contracts and the schedule for the next round of talks.</p>\n");
    }
    if (extra != null) {
      body.append("<p>").append(extra).append("</p>\n");
    }
    return String.format(
        Locale.ROOT,
        "<!doctype html><html><head><title>Report %d</title>"
            + "<link rel=canonical href='https://example.org/news/report-%d'>"
            + "<meta property='og:site_name' content='%s'>"
            + "<meta property='article:published_time' content='2020-06-%02dT10:00:00Z'></head>"
            + "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            + "<article><h1>Report %d</h1>%s</article><footer>Copyright example.org</footer>"
            + "</body></html>",
        i,
        i,
        SITES.get(i % 2),
        i + 1,
        i,
        body);
  }

  /** A web page on another subject (no delegation, no Baghdad), undated. */
  static String otherPage(String slug, String sentence) {
    return "<!doctype html><html><head><title>Notes "
        + slug
        + "</title>"
        + "<link rel=canonical href='https://example.org/notes/"
        + slug
        + "'></head><body><article>"
        + "<h1>Notes "
        + slug
        + "</h1><p>"
        + sentence
        + " The crowd on the quay watched in"
        + " silence while the crew secured the ropes, and the harbour master wrote it all down"
        + " in the port's ledger.</p></article></body></html>";
  }

  static void writePages(Path dir, int from, int count) throws Exception {
    Files.createDirectories(dir);
    for (int i = from; i < from + count; i++) {
      Files.writeString(
          dir.resolve(String.format(Locale.ROOT, "page-%04d.html", i)),
          page(
              i,
              i == 1
                  ? "Observers described the talks as a turning point &amp; a &lt;test&gt;."
                  : null),
          StandardCharsets.UTF_8);
    }
  }

  /** Text and metadata only (no models): {@code pages} web pages. */
  static Path pagesOnly(Path tmp, int pages) throws Exception {
    Path in = tmp.resolve("in");
    writePages(in, 0, pages);
    Path store = tmp.resolve("store");
    ingest(store, List.of(in.toString()), false);
    return store;
  }

  /**
   * The full analysis (the models load: seconds): the seed article, the second dispatch, and three
   * web pages.
   */
  static Path analyzed(Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    writePages(in, 0, 3);
    Files.copy(Shared.seedExample(), in.resolve("seed.txt"));
    Files.writeString(in.resolve("second.txt"), SECOND, StandardCharsets.UTF_8);
    Path store = tmp.resolve("store");
    ingest(store, List.of(in.toString()), true);
    return store;
  }

  static IngestJob.Summary ingest(Path store, List<String> inputs, boolean nlp) throws Exception {
    IngestJob.Options o =
        new IngestJob.Options(
            2, 200, Duration.ofSeconds(10), nlp, false, 15, IngestJob.Options.DEFAULTS.sources());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Store.Writer w = Store.openWriter(store)) {
      IngestJob.Summary s =
          new IngestJob(Newsgraph.open(NewsgraphConfig.DEFAULTS), w, o, quiet).run(inputs);
      if (s.failed() > 0) {
        throw new AssertionError("the test corpus did not ingest whole: " + s.firstFailures());
      }
      return s;
    }
  }

  /** A server on a free loopback port with ingest on and this token. */
  static NewsgraphServer serve(Path store, String token) {
    return NewsgraphServer.start(ServerConfig.defaults(store, token).withPort(0));
  }
}
