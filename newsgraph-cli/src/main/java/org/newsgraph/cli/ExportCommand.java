package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.corpus.export.Exporter;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreExport.WrittenFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: the store as JSON lines, GKG 2.1 rows or Parquet tables. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the store's articles: jsonl (one knowledge record per line, with its text, its",
      "store id and its entities' corpus ids), gkg (GDELT GKG 2.1 tab-separated rows), or",
      "parquet (every table as a Parquet file in a directory). See docs/export.md.",
      "Example: newsgraph export --format gkg --from 2020-06-01 --out june.gkg.csv"
    })
final class ExportCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "jsonl|gkg|parquet",
      description = "jsonl, gkg or parquet.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description =
          "A file for jsonl and gkg (.gz is gzipped; - for standard output), a"
              + " directory for parquet.")
  String out;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "Only the articles a search finds (the syntax of 'newsgraph search').")
  String query;

  @Option(names = "--no-progress", description = "No progress lines.")
  boolean noProgress;

  @Mixin StoreOption store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Exporter.Format f = null;
    for (Exporter.Format x : Exporter.Format.values()) {
      if (x.id().equalsIgnoreCase(format)) {
        f = x;
      }
    }
    if (f == null) {
      throw new CommandLine.ParameterException(
          cl, "--format must be jsonl, gkg or parquet, not '" + format + "'");
    }
    if (f == Exporter.Format.PARQUET && out.equals("-")) {
      throw new CommandLine.ParameterException(
          cl, "parquet is written as files, one per table: give --out DIR");
    }
    Exporter.Options o =
        new Exporter.Options(
            f,
            store.dir(),
            out,
            StoreCommands.date(cl, "--from", from),
            StoreCommands.date(cl, "--to", to),
            query,
            !noProgress);
    PrintWriter err = cl.getErr();
    // the summary goes where the data does not
    PrintWriter report = out.equals("-") ? err : cl.getOut();
    try {
      StoreCommands.requireStore(store.dir());
      Exporter.Summary s =
          Exporter.run(o, cl.getOut(), new PrintStream(System.err, true, StandardCharsets.UTF_8));
      report.printf(
          Locale.ROOT,
          "exported %d article(s) as %s, %s, to %s (%.1f s)%n",
          s.articles(),
          f.id(),
          Exporter.size(s.bytes()),
          s.path(),
          s.nanos() / 1e9);
      for (WrittenFile w : s.files()) {
        report.printf(
            Locale.ROOT,
            "  %s: %d row(s), %s%n",
            w.path().getFileName(),
            w.rows(),
            Exporter.size(w.bytes()));
      }
      report.flush();
      cl.getOut().flush();
      return 0;
    } catch (StoreException | UncheckedIOException | IllegalArgumentException e) {
      err.println("newsgraph: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
