package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.pipeline.Outcome;

/**
 * One evaluation run: a task, its gold records read and checked up front (so that a bad gold
 * file fails before models load), then a system (newsgraph or a baseline) run on every record
 * and the scores summed.
 *
 * <pre>{@code
 * Evaluation<?, ?> ev = Evaluation.prepare(EvalTasks.require("ner"), goldFile, Integer.MAX_VALUE);
 * EvalResult r = ev.run(EvalSystems.open("newsgraph", cfg), 2, null, failure -> log(failure));
 * }</pre>
 */
public final class Evaluation<G extends GoldRecord, S> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EvalTask<G, S> task;
  private final Path goldFile;
  private final List<G> gold;

  private Evaluation(EvalTask<G, S> task, Path goldFile, List<G> gold) {
    this.task = task;
    this.goldFile = goldFile;
    this.gold = List.copyOf(gold);
  }

  /**
   * Reads and checks the first {@code limit} records of the gold file.
   *
   * @throws GoldFormatException naming the file, line and problem
   */
  public static <G extends GoldRecord, S> Evaluation<G, S> prepare(
      EvalTask<G, S> task, Path goldFile, int limit) {
    List<G> gold = new ArrayList<>();
    for (GoldLine line : GoldFile.read(goldFile, limit)) {
      gold.add(task.parse(line));
    }
    return new Evaluation<>(task, goldFile, gold);
  }

  public EvalTask<G, S> task() {
    return task;
  }

  /** The number of gold records to score. */
  public int size() {
    return gold.size();
  }

  /**
   * Where {@code --out DIR} writes: {@code DIR/<gold file name>}. Creates the directory.
   *
   * @throws IllegalArgumentException when that file is the gold file itself
   * @throws UncheckedIOException when the directory cannot be created
   */
  public Path outputFile(Path outDir) {
    Path file = outDir.resolve(goldFile.getFileName());
    try {
      Files.createDirectories(outDir);
      if (Files.exists(file) && Files.isSameFile(file, goldFile)) {
        throw new IllegalArgumentException(
            "--out " + outDir + " would overwrite the gold file " + goldFile + "; choose another directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the --out directory " + outDir + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * Runs the system on every record on {@code threads} threads and scores them in file order.
   *
   * @param outDir where to write the system's output as {@code <gold file name>}, in the gold
   *     format, one line per record (failed records carry a {@code failed} reason); {@code null}
   *     for none
   * @param onFailure told about each failed record, in file order, as the run goes
   */
  public EvalResult run(EvalSystem system, int threads, Path outDir, Consumer<Failure> onFailure) {
    Objects.requireNonNull(system, "system");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    Path outFile = outDir == null ? null : outputFile(outDir);
    long t0 = System.nanoTime();
    EvalTask.Tally<G, S> tally = task.newTally();
    List<Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try (BufferedWriter out = outFile == null ? null : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      List<Future<Attempt<S>>> pending = new ArrayList<>(gold.size());
      for (G g : gold) {
        pending.add(pool.submit(() -> attempt(system, g)));
      }
      for (int i = 0; i < gold.size(); i++) {
        G g = gold.get(i);
        Attempt<S> a = join(pending.get(i));
        S answer = a.failure() == null ? a.output() : task.empty();
        if (a.failure() != null) {
          Failure f = new Failure(g.id(), g.line(), a.failure());
          failures.add(f);
          onFailure.accept(f);
        }
        tally.add(g, answer);
        if (out != null) {
          ObjectNode json = task.toJson(g, answer);
          if (a.failure() != null) {
            json.put("failed", a.failure());
          }
          out.write(MAPPER.writeValueAsString(json));
          out.write('\n');
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a record as JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the --out file " + outFile + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new EvalResult(task.name(), system.name(), goldFile, gold.size(), failures, seconds, tally.report());
  }

  /** The system's answer for one record, or why there is none. */
  private record Attempt<S>(S output, String failure) {}

  private Attempt<S> attempt(EvalSystem system, G g) {
    try {
      Outcome o = task.analyze(system, g);
      if (!o.ok()) {
        return new Attempt<>(null, o.error() + (o.failedStage() == null ? "" : " [stage " + o.failedStage() + "]"));
      }
      return new Attempt<>(task.extract(g, o.document()), null);
    } catch (RecordFailure e) {
      return new Attempt<>(null, e.getMessage());
    } catch (RuntimeException e) {
      // A bug on our side still fails only this record; the class name tells it from a reason.
      return new Attempt<>(null, e.toString());
    }
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a record", e);
    } catch (ExecutionException e) {
      // attempt() catches RuntimeException: only an Error (out of memory) lands here.
      throw new IllegalStateException("analysis aborted: " + e.getCause(), e.getCause());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsgraph-eval-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
