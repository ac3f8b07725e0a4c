package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.ingest.sources.SourceConfig;
import org.newsgraph.model.RawInput;
import org.newsgraph.nlp.PlainCoreNlp;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.store.Store;

/**
 * One measurement in a fresh JVM, started by {@link BenchCommand}: load the system, warm it up
 * on the corpus, then time passes with N threads and read the memory it needed. Prints one
 * JSON line on standard output.
 *
 * <p>Arguments: {@code newsgraph|corenlp|pages THREADS LISTFILE MIN_WARMUP [MAX_WARMUP
 * [TIMED_PASSES]]} where LISTFILE names one input file per line. Warm-up runs MIN_WARMUP
 * passes, then more, up to MAX_WARMUP, while passes still get 5% faster; the median of
 * TIMED_PASSES (default 1) timed passes is reported.
 */
public final class BenchWorker {

  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    String system = args[0];
    int threads = Integer.parseInt(args[1]);
    int minWarmup = Integer.parseInt(args[3]);
    int maxWarmup = args.length > 4 ? Math.max(minWarmup, Integer.parseInt(args[4])) : minWarmup;
    int timedPasses = args.length > 5 ? Math.max(1, Integer.parseInt(args[5])) : 1;
    List<Path> files = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
        .filter(s -> !s.isBlank()).map(Path::of).toList();
    List<byte[]> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readAllBytes(f));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ObjectNode result = new ObjectMapper().createObjectNode();
    result.put("system", system);
    result.put("threads", threads);
    result.put("articles", texts.size());
    result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);

    long t0 = System.nanoTime();
    Task task;
    Newsgraph ng = null;
    if (system.equals("pages")) {
      // Extraction only: decode, parse, main text and metadata; no models load. The pages are
      // decompressed once before timing (a store or a WARC reader hands over plain bytes).
      ng = null;
      Newsgraph g = Newsgraph.open(NewsgraphConfig.DEFAULTS);
      for (int i = 0; i < texts.size(); i++) {
        texts.set(i, g.read(files.get(i)).bytes());
      }
      task = (name, bytes) -> {
        Outcome o = g.extract(new RawInput(name, bytes, "text/html", null), AnalyzeOptions.NONE);
        return o.ok() ? o.document().blocks().size() : 0;
      };
    } else if (system.startsWith("ingest")) {
      // The corpus path: sources, analysis on THREADS workers, commits, entity linking and
      // indexing, into a fresh store; a first ingest into a throwaway store warms up.
      boolean nlp = system.equals("ingest-nlp");
      Newsgraph g = Newsgraph.open(NewsgraphConfig.DEFAULTS);
      if (nlp) {
        g.modelLoadNanos(); // loads the models before timing
      }
      result.put("loadSeconds", (System.nanoTime() - t0) / 1e9);
      List<String> inputs = files.stream().map(Path::toString).toList();
      IngestJob.Options o = new IngestJob.Options(threads, 200, java.time.Duration.ofSeconds(10),
          nlp, false, 15, SourceConfig.DEFAULTS);
      PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true,
          StandardCharsets.UTF_8);
      for (int i = 0; i < minWarmup; i++) {
        Path warm = Files.createTempDirectory("newsgraph-bench-warm");
        try (Store.Writer w = Store.openWriter(warm)) {
          new IngestJob(g, w, o, quiet).run(inputs);
        }
        deleteTree(warm);
      }
      Path storeDir = System.getProperty("newsgraph.bench.store") != null
          ? Path.of(System.getProperty("newsgraph.bench.store"))
          : Files.createTempDirectory("newsgraph-bench-store");
      long cpu0 = processCpuNanos();
      IngestJob.Summary sum;
      try (Store.Writer w = Store.openWriter(storeDir)) {
        sum = new IngestJob(g, w, o, quiet).run(inputs);
      }
      double seconds = sum.nanos() / 1e9;
      result.put("seconds", seconds);
      result.put("ingested", sum.ingested());
      result.put("failed", sum.failed());
      result.put("articlesPerSecond", sum.ingested() / seconds);
      result.put("cpuSeconds", (processCpuNanos() - cpu0) / 1e9);
      long bytes = treeBytes(storeDir);
      result.put("storeBytes", bytes);
      result.put("bytesPerArticle", sum.ingested() == 0 ? 0 : bytes / sum.ingested());
      result.put("peakRssMiB", peakRssKiB() >> 10);
      if (System.getProperty("newsgraph.bench.store") == null) {
        deleteTree(storeDir);
      }
      out.println(result);
      return;
    } else if (system.equals("newsgraph")) {
      ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
      Newsgraph g = ng;
      task = (name, bytes) -> {
        Outcome o = g.analyze(new RawInput(name, bytes, "text/plain", null), AnalyzeOptions.NONE);
        if (!o.ok()) {
          throw new IllegalStateException(o.message());
        }
        return o.document().tokens().size();
      };
    } else {
      PlainCoreNlp plain = new PlainCoreNlp(PlainCoreNlp.DEFAULT_ANNOTATORS);
      task = (name, bytes) -> plain.annotate(new String(bytes, StandardCharsets.UTF_8), null);
    }
    result.put("loadSeconds", (System.nanoTime() - t0) / 1e9);

    // Warm-up: the JIT compiles the hot paths during whole passes over the corpus. On one core
    // the compiler competes with the work, and a pass over the pages keeps getting faster for
    // five to seven passes; so warm-up goes on, after the minimum, until a pass is no longer
    // 5% faster than the best before it (or the maximum is reached). The timed passes then
    // measure the steady state, as in a long ingest; the median pass is reported.
    ArrayNode warmups = result.putArray("warmupSeconds");
    double best = Double.MAX_VALUE;
    for (int i = 0; i < maxWarmup; i++) {
      long w = System.nanoTime();
      run(task, files, texts, threads);
      double pass = (System.nanoTime() - w) / 1e9;
      warmups.add(pass);
      boolean steady = pass >= 0.95 * best;
      best = Math.min(best, pass);
      if (i + 1 >= minWarmup && (steady || minWarmup == maxWarmup)) {
        break;
      }
    }
    Map<String, Long> before = ng == null ? Map.of() : ng.pipeline().totalNanos();

    long cpu0 = processCpuNanos();
    long tokens = 0;
    double[] passes = new double[timedPasses];
    for (int i = 0; i < timedPasses; i++) {
      long t1 = System.nanoTime();
      tokens = run(task, files, texts, threads);
      passes[i] = (System.nanoTime() - t1) / 1e9;
    }
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9 / timedPasses;
    ArrayNode timed = result.putArray("timedSeconds");
    for (double d : passes) {
      timed.add(d);
    }
    double[] sorted = passes.clone();
    Arrays.sort(sorted);
    double seconds = sorted[timedPasses / 2];
    result.put("seconds", seconds);
    result.put("tokens", tokens);
    result.put("articlesPerSecond", texts.size() / seconds);
    // CPU time of the whole process (workers, garbage collector, compiler) per pass: the
    // per-core figure that other programs on a shared machine distort less.
    if (cpuSeconds > 0) {
      result.put("cpuSeconds", cpuSeconds);
      result.put("articlesPerCpuSecond", texts.size() / cpuSeconds);
    }
    result.put("tokensPerSecond", tokens / seconds);
    if (ng != null) {
      ObjectNode stages = result.putObject("stageSeconds");
      for (Map.Entry<String, Long> e : ng.pipeline().totalNanos().entrySet()) {
        stages.put(e.getKey(),
            (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e9 / timedPasses);
      }
    }
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    result.put("peakHeapMiB", peakHeap >> 20);
    System.gc();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    result.put("liveHeapMiB", (rt.totalMemory() - rt.freeMemory()) >> 20);
    result.put("peakRssMiB", peakRssKiB() >> 10);
    out.println(result);
  }

  static long treeBytes(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FunctionalInterface
  private interface Task {
    int apply(String name, byte[] text) throws Exception;
  }

  private static long run(Task task, List<Path> files, List<byte[]> texts, int threads)
      throws Exception {
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String name = files.get(i).getFileName().toString();
        byte[] t = texts.get(i);
        fs.add(pool.submit(() -> {
          tokens.addAndGet(task.apply(name, t));
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return tokens.get();
  }

  /**
   * CPU time used by this process so far (Linux: user and system time of every thread, the
   * garbage collector's and compiler's included), in nanoseconds; 0 where unknown.
   */
  static long processCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // fields after the command name, which is in parentheses and may hold spaces
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
      return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Peak resident set size of this process (Linux), 0 where unknown. */
  static long peakRssKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
