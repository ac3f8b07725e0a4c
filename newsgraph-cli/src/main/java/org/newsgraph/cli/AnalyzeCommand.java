package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.json.RecordJson;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.pipeline.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph analyze FILE|-}: one article in, its knowledge record out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze one article (a web page, .html or .html.gz, or plain text with one paragraph per",
      "line; or a live page with --url) and print its knowledge record.",
      "Exit status: 0 on success, 1 when the input cannot be analyzed, 2 on a usage error."
    })
final class AnalyzeCommand implements Callable<Integer> {

  enum Format {
    json,
    text
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "The article; - for standard input.")
  String input;

  @Option(names = "--url", paramLabel = "URL", description = "Fetch and analyze a live page (http or https) instead of a file.")
  String url;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date: anchors 'Thursday', 'this year', ...")
  String published;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
  Format format;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "The input's encoding, when detection gets it wrong.")
  String encoding;

  @Option(names = "--no-nlp", description = "Stop after extraction: text, blocks, metadata (any language; no models load).")
  boolean noNlp;

  @Option(names = "--tokens", description = "Include the tokens layer in the JSON record.")
  boolean tokens;

  @Option(names = "--canonical", description = "Canonical JSON: sorted keys, one annotation per line.")
  boolean canonical;

  @Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewsgraphConfig cfg;
    try {
      cfg = config.load();
    } catch (IllegalArgumentException e) {
      err.println("newsgraph: " + e.getMessage());
      return 2;
    }
    if (config.printConfig) {
      out.print(cfg.print());
      out.flush();
      return 0;
    }
    if (input == null && url == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE|-' (or --url URL)");
    }
    if (input != null && url != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give either FILE|- or --url URL, not both");
    }
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--published needs a date as YYYY-MM-DD, got '" + published + "'");
      }
    }
    Newsgraph ng = Newsgraph.open(cfg);
    Outcome outcome;
    try {
      RawInput raw =
          url != null
              ? ng.fetch(url)
              : input.equals("-") ? ng.read("<stdin>", System.in) : ng.read(Path.of(input));
      AnalyzeOptions options = new AnalyzeOptions(date, encoding, url);
      outcome = noNlp ? ng.extract(raw, options) : ng.analyze(raw, options);
    } catch (InputException e) {
      err.println("newsgraph: " + e.getMessage());
      err.flush();
      return 1;
    }
    if (!outcome.ok()) {
      err.println("newsgraph: " + outcome.message());
      err.flush();
      return 1;
    }
    for (String w : outcome.document().source().warnings()) {
      err.println("newsgraph: warning: " + (url != null ? url : input) + ": " + w);
    }
    if (format == Format.text) {
      out.print(TextReport.render(outcome.document()));
    } else {
      RecordJson.Options opts = new RecordJson.Options(true, tokens);
      out.println(
          canonical
              ? RecordJson.canonical(RecordJson.toTree(outcome.document(), opts)).stripTrailing()
              : RecordJson.toJson(outcome.document(), opts));
    }
    out.flush();
    return 0;
  }
}
