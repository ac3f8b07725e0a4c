package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.EvalResult;
import org.newsgraph.eval.EvalSystem;
import org.newsgraph.eval.EvalSystems;
import org.newsgraph.eval.EvalTask;
import org.newsgraph.eval.EvalTasks;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.GoldFormatException;
import org.newsgraph.pipeline.NewsgraphConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph eval [TASK] --gold FILE [--system NAME]}: scores newsgraph, or a plain
 * CoreNLP baseline, against a gold file in the formats of {@code ../shared/datasets/FORMATS.md}.
 * The tasks and systems live in newsgraph-eval ({@link EvalTasks}, {@link EvalSystems}); this
 * class only parses options and prints.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score newsgraph, or plain CoreNLP as a baseline (--system), against a gold file.",
      "Formats and metrics: ../shared/datasets/FORMATS.md",
      "How the evaluator works: newsgraph-eval/README.md",
      "Prints a table; with --json the last line is one JSON object for scripts.",
      "Records the system cannot process are reported on standard error and score as empty output.",
      "Exit status: 0 when scored, 1 when the gold file is unreadable or invalid, 2 on a usage error."
    })
final class EvalCommand implements Callable<Integer> {

  /** The implemented task names, for the help text. */
  static final class TaskNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EvalTasks.names().iterator();
    }
  }

  /** The system names, for the help text. */
  static final class SystemNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EvalSystems.names().iterator();
    }
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TASK",
      completionCandidates = TaskNames.class,
      description = "One of: ${COMPLETION-CANDIDATES}. Default: from the gold file name (<task>[-<subset>].jsonl).")
  String task;

  @Option(names = "--gold", paramLabel = "FILE", description = "The gold JSONL file (required).")
  Path gold;

  @Option(
      names = "--system",
      paramLabel = "NAME",
      defaultValue = EvalSystems.NEWSGRAPH,
      completionCandidates = SystemNames.class,
      description = {
        "Who answers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        "corenlp: plain CoreNLP 4.5.10, tokenize,ssplit,pos,lemma,ner,depparse,coref with its defaults"
            + " (statistical coreference); corenlp-neural: ...,ner,parse,coref with neural coreference."
            + " Both answer ner and entities only; their output is scored by the same code as ours."
      })
  String system;

  @Option(names = "--json", description = "End the output with one JSON line: task, system, gold, records, failed, precision, recall, f1, seconds, extra.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
  Integer limit;

  @Option(names = "--out", paramLabel = "DIR", description = "Write our output per record to DIR/<gold file name>, in the gold format, for diffing.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Records analyzed in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewsgraphConfig cfg;
    try {
      cfg = config.load();
    } catch (IllegalArgumentException e) {
      err.println("newsgraph eval: " + e.getMessage());
      return 2;
    }
    if (config.printConfig) {
      stdout.print(cfg.print());
      stdout.flush();
      return 0;
    }
    if (gold == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--gold=FILE'");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads needs at least 1, got " + threads);
    }
    if (limit != null && limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit needs 0 or more, got " + limit);
    }
    EvalTask<?, ?> evalTask;
    try {
      evalTask = EvalTasks.resolve(task, gold);
      EvalSystems.check(system, evalTask.name());
    } catch (IllegalArgumentException e) {
      err.println("newsgraph eval: " + e.getMessage());
      return 2;
    }
    if (!EvalSystems.usesConfig(system) && (config.file != null || !config.settings.isEmpty())) {
      err.println(
          "newsgraph eval: --set and --config configure newsgraph; --system " + system
              + " runs plain CoreNLP with its defaults: drop them, or use --system " + EvalSystems.NEWSGRAPH);
      return 2;
    }
    Evaluation<?, ?> evaluation;
    try {
      evaluation = Evaluation.prepare(evalTask, gold, limit == null ? Integer.MAX_VALUE : limit);
    } catch (GoldFormatException e) {
      err.println("newsgraph eval: invalid gold file: " + e.getMessage());
      return 1;
    }
    if (out != null) {
      try {
        evaluation.outputFile(out); // fails before the models load
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("newsgraph eval: " + e.getMessage());
        return e instanceof IllegalArgumentException ? 2 : 1;
      }
    }

    long t0 = System.nanoTime();
    EvalSystem evalSystem = EvalSystems.open(system, cfg);
    err.println(
        String.format(
            Locale.ROOT, "newsgraph eval: %s, system %s, %d records, %d threads; models loaded in %.1f s",
            evalTask.name(), system, evaluation.size(), threads, (System.nanoTime() - t0) / 1e9));
    err.flush();
    EvalResult result;
    try {
      result = evaluation.run(evalSystem, threads, out, f -> {
        err.println("newsgraph eval: failed: " + f);
        err.flush();
      });
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("newsgraph eval: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    result.toText().forEach(stdout::println);
    if (json) {
      stdout.println(result.toJson());
    }
    stdout.flush();
    return 0;
  }
}
