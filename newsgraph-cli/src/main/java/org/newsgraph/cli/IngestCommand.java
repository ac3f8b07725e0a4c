package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.ingest.sources.SourceConfig;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest PATH|URL...}: adds articles to the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds articles to the store: folders of .html/.html.gz/.txt, WARC and WARC.gz files, JSONL"
          + " files, RSS/Atom feeds (files or URLs), pages by URL.",
      "Inputs already in the store are skipped; an interrupted ingest, run again, completes the job."
    })
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "What to ingest.")
  List<String> inputs;

  @Mixin StoreOption store;

  @Option(names = "--workers", defaultValue = "2", description = "Analysis threads (default 2).")
  int workers;

  @Option(names = "--batch", defaultValue = "200",
      description = "Articles per commit at most (default 200).")
  int batch;

  @Option(names = "--batch-seconds", defaultValue = "10",
      description = "Seconds between commits at most (default 10): what an interruption can cost.")
  int batchSeconds;

  @Option(names = "--no-nlp",
      description = "Text and metadata only: no entities, quotations, times or counts (fast).")
  boolean noNlp;

  @Option(names = "--min-words", defaultValue = "15",
      description = "Fewest words of article text an input needs to be stored (default 15).")
  int minWords;

  @Option(names = "--no-progress", description = "No progress bar (a status line every 10 s).")
  boolean noProgress;

  @Option(names = "--no-robots", description = "Do not read robots.txt before fetching (only where the site allows it).")
  boolean noRobots;

  @Option(names = "--host-delay", defaultValue = "1000",
      description = "Milliseconds between two requests to one host (default 1000).")
  long hostDelay;

  @Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (workers < 1 || batch < 1 || batchSeconds < 1 || hostDelay < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--workers, --batch and --batch-seconds must be at least 1, --host-delay at least 0");
    }
    NewsgraphConfig cfg = config.load();
    if (config.printConfig) {
      out.print(cfg.print());
      out.flush();
      return 0;
    }
    SourceConfig sources = new SourceConfig(SourceConfig.DEFAULTS.limits(),
        Duration.ofMillis(hostDelay), SourceConfig.DEFAULTS.userAgent(), !noRobots);
    IngestJob.Options options = new IngestJob.Options(workers, batch,
        Duration.ofSeconds(batchSeconds), !noNlp, !noProgress && System.console() != null, minWords,
        sources);
    return ingest(store.dir(), inputs, cfg, options, out, err);
  }

  /**
   * Runs an ingest into the store at {@code dir} and prints its summary (and its first failures)
   * to {@code out}: 0 when it ran, 1 when the store could not be opened or read. Also used by
   * {@code serve --ingest}.
   */
  static int ingest(Path dir, List<String> inputs, NewsgraphConfig cfg, IngestJob.Options options,
      PrintWriter out, PrintWriter err) {
    IngestJob.Summary s;
    try (Store.Writer w = Store.openWriter(dir)) {
      Newsgraph ng = Newsgraph.open(cfg);
      PrintStream errStream = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      s = new IngestJob(ng, w, options, errStream).run(inputs);
    } catch (StoreException | java.io.IOException e) {
      err.println("newsgraph: " + e.getMessage());
      return 1;
    }
    out.printf(Locale.ROOT,
        "ingested %d article(s)%s, skipped %d already present (%d of them duplicates of stored"
            + " articles), failed %d; %d commit(s) in %.1f s (%.1f articles/s)%n",
        s.ingested(),
        s.notAnalyzed() == 0 ? "" : " (" + s.notAnalyzed() + " in languages not analyzed yet:"
            + " text and metadata only)",
        s.alreadyPresent() + s.duplicates(), s.duplicates(), s.failed(), s.batches(),
        s.nanos() / 1e9, s.articlesPerSecond());
    if (s.failed() > 0) {
      for (String f : s.firstFailures()) {
        out.println("  failed: " + f);
      }
      if (s.failed() > s.firstFailures().size()) {
        out.println("  ... and " + (s.failed() - s.firstFailures().size()) + " more");
      }
      out.println("every failure, with its reason: " + dir.resolve("errors.log"));
    }
    out.println("store: " + dir.toAbsolutePath().normalize());
    out.flush();
    return 0;
  }
}
