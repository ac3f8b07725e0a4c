package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench}: articles/s and tokens/s with 1 and 2 threads, model-load time and
 * memory, for newsgraph's end-to-end analyze path and, side by side, plain CoreNLP ({@code
 * tokenize,ssplit,pos,lemma,ner} with its defaults) on the same texts. Each measurement runs in
 * a fresh JVM with the same heap limit, so that load times and memory are not shared.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure speed and memory of the analyze path against plain CoreNLP on the same texts:",
      "the seed article in examples/ and the texts of ../shared/datasets/demo-corpus-wikinews;",
      "and HTML extraction (pages/s, no models) on every page under ../shared/datasets."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default 1,2).")
  List<Integer> threads;

  @Option(names = "--limit", description = "Use only the first N texts (a quick run).")
  Integer limit;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also measure plain CoreNLP (default: yes; --no-baseline to skip).")
  boolean baseline;

  @Option(names = "--heap", defaultValue = "3g", description = "Heap limit (-Xmx) of the measured JVMs (default 3g, what plain CoreNLP needs).")
  String heap;

  @Option(names = "--newsgraph-heap", paramLabel = "SIZE", description = "Heap limit of the newsgraph runs, when it should differ from --heap.")
  String newsgraphHeap;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ../shared beside the repository).")
  Path shared;

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed passes over the corpus before the timed one (default 1).")
  int warmup;

  @Option(names = "--page-warmup", defaultValue = "3",
      description = "Least untimed passes over the pages before the timed ones (default 3). More"
          + " follow, up to 15, while a pass is still 5% faster than the best before it: on one"
          + " core the compiler needs five to seven passes to reach its steady state.")
  int pageWarmup;

  @Option(names = "--page-passes", defaultValue = "3",
      description = "Timed passes over the pages; the median is reported (default 3).")
  int pagePasses;

  @Option(names = "--pages", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also measure HTML extraction on the pages under ../shared/datasets (default: yes).")
  boolean pages;

  @Option(names = "--only-pages", description = "Measure HTML extraction only.")
  boolean onlyPages;

  @Option(names = "--corpus", description = "Also measure the corpus: ingest articles/s (full"
      + " analysis on the texts, text and metadata on the pages) and query latency on stores of"
      + " --store-sizes articles.")
  boolean withCorpus;

  @Option(names = "--only-corpus", description = "Measure the corpus only.")
  boolean onlyCorpus;

  @Option(names = "--only-queries", description = "Measure query latency only (copies of"
      + " --base-store).")
  boolean onlyQueries;

  @Option(names = "--store-sizes", split = ",", defaultValue = "10000,100000",
      description = "Store sizes for query latency (default 10000,100000).")
  List<Integer> storeSizes;

  @Option(names = "--base-store", paramLabel = "DIR", description = "The store whose articles"
      + " are copied to make the large stores (default: the one the full-analysis ingest run makes).")
  Path baseStore;

  @Option(names = "--json", description = "Print the results as one JSON line at the end.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = Path.of(System.getProperty("newsgraph.root", ".")).toAbsolutePath().normalize();
    Path sharedDir = shared != null ? shared : root.resolve("../shared").normalize();
    List<Path> corpus = corpus(root, sharedDir);
    if (corpus.size() < 2) {
      err.println("newsgraph: bench needs the seed in " + root.resolve("examples")
          + " and the demo corpus in " + sharedDir.resolve("datasets/demo-corpus-wikinews/txt")
          + "; pass --shared DIR");
      return 1;
    }
    if (limit != null) {
      corpus = corpus.subList(0, Math.min(limit, corpus.size()));
    }
    Path list = Files.createTempFile("newsgraph-bench", ".txt");
    Files.write(list, corpus.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    err.printf(Locale.ROOT,
        "bench: %d texts, threads %s, heap %s (newsgraph %s), %d warm-up pass(es); each run is a"
            + " fresh JVM%n",
        corpus.size(), threads, heap, newsgraphHeap == null ? heap : newsgraphHeap, warmup);

    ArrayNode runs = new ObjectMapper().createArrayNode();
    List<String> systems =
        onlyPages || onlyCorpus || onlyQueries ? List.of()
            : baseline ? List.of("newsgraph", "corenlp") : List.of("newsgraph");
    for (int t : threads) {
      for (String system : systems) {
        err.printf(Locale.ROOT, "bench: %s, %d thread(s)...%n", system, t);
        err.flush();
        runs.add(measure(system, t, list));
      }
    }
    Files.deleteIfExists(list);
    if (!systems.isEmpty()) {
      out.print(table(runs, systems));
    }
    ArrayNode pageRuns = new ObjectMapper().createArrayNode();
    List<Path> pageFiles =
        (pages || onlyPages) && !onlyCorpus && !onlyQueries ? pages(sharedDir) : List.of();
    if (!pageFiles.isEmpty()) {
      if (limit != null) {
        pageFiles = pageFiles.subList(0, Math.min(limit, pageFiles.size()));
      }
      Path pageList = Files.createTempFile("newsgraph-bench-pages", ".txt");
      Files.write(pageList, pageFiles.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      for (int t : threads) {
        err.printf(Locale.ROOT, "bench: HTML extraction, %d pages, %d thread(s)...%n", pageFiles.size(), t);
        err.flush();
        pageRuns.add(measure("pages", t, pageList, pageWarmup, Math.max(pageWarmup, 15), pagePasses));
      }
      Files.deleteIfExists(pageList);
      out.printf(Locale.ROOT, "%nHTML extraction (decode, parse, main text, metadata), %d pages:%n",
          pageFiles.size());
      for (JsonNode r : pageRuns) {
        out.printf(Locale.ROOT,
            "  %d thread(s): %.0f pages/s, %.2f ms/page, %.0f pages per CPU second, peak RSS %d MiB%n",
            r.get("threads").asInt(), r.get("articlesPerSecond").asDouble(),
            1000 / r.get("articlesPerSecond").asDouble() * r.get("threads").asInt(),
            r.path("articlesPerCpuSecond").asDouble(Double.NaN),
            r.get("peakRssMiB").asInt());
        JsonNode warm = r.path("warmupSeconds");
        if (warm.size() > 0) {
          // what a short run sees: the first pass runs before the compiler has done its work
          out.printf(Locale.ROOT,
              "      cold first pass %.0f pages/s; %d warm-up pass(es); timed passes %s s%n",
              pageFiles.size() / warm.get(0).asDouble(), warm.size(), seconds(r.path("timedSeconds")));
        }
      }
    }
    ArrayNode ingestRuns = new ObjectMapper().createArrayNode();
    if (onlyQueries) {
      if (baseStore == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--only-queries needs --base-store DIR (a store made by 'newsgraph ingest')");
      }
      Path work = Files.createTempDirectory("newsgraph-bench-queries");
      out.printf(Locale.ROOT, "%nQueries (one warm-up round, three timed), on copies of %s:%n", baseStore);
      out.flush();
      for (String line : CorpusBench.run(baseStore, storeSizes, work, err)) {
        out.println(line);
      }
      BenchWorker.deleteTree(work);
    } else if (withCorpus || onlyCorpus) {
      corpusBench(corpus(root, sharedDir), pages(sharedDir), ingestRuns, out, err);
    }
    if (json) {
      ObjectNode all = new ObjectMapper().createObjectNode();
      all.set("ingestRuns", ingestRuns);
      all.put("texts", corpus.size());
      all.set("runs", runs);
      all.put("pages", pageFiles.size());
      all.set("pageRuns", pageRuns);
      out.println(all);
    }
    out.flush();
    return 0;
  }

  /** Ingest articles/s with 1 and 2 workers, then query latency on large stores. */
  private void corpusBench(List<Path> texts, List<Path> pageFiles, ArrayNode runs, PrintWriter out,
      PrintWriter err) throws Exception {
    Path work = Files.createTempDirectory("newsgraph-bench-corpus");
    Path base = baseStore;
    Path textList = Files.createTempFile("newsgraph-bench-texts", ".txt");
    Path pageList = Files.createTempFile("newsgraph-bench-pages", ".txt");
    Files.write(textList, texts.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Files.write(pageList, pageFiles.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "%nIngest into a new store (sources, analysis, commits, entity linking,"
        + " index; one warm-up ingest first):%n");
    for (String system : List.of("ingest-nlp", "ingest-text")) {
      Path list = system.equals("ingest-nlp") ? textList : pageList;
      for (int t : threads) {
        err.printf(Locale.ROOT, "bench: %s, %d worker(s)...%n", system, t);
        err.flush();
        List<String> props = new ArrayList<>();
        if (system.equals("ingest-nlp") && base == null && t == threads.get(threads.size() - 1)) {
          props.add("-Dnewsgraph.bench.store=" + work.resolve("base"));
        }
        JsonNode r = measure(system, t, list, 1, 1, 1, props);
        runs.add(r);
        out.printf(Locale.ROOT,
            "  %s, %d worker(s): %.1f articles/s (%d articles, %d failed), %,d bytes per article,"
                + " peak RSS %d MiB%n",
            system.equals("ingest-nlp") ? "full analysis, " + texts.size() + " texts"
                : "text and metadata, " + pageFiles.size() + " pages",
            t, r.get("articlesPerSecond").asDouble(), r.get("ingested").asInt(),
            r.get("failed").asInt(), r.get("bytesPerArticle").asLong(), r.get("peakRssMiB").asInt());
      }
    }
    Files.deleteIfExists(textList);
    Files.deleteIfExists(pageList);
    if (base == null) {
      base = work.resolve("base");
    }
    out.printf(Locale.ROOT, "%nQueries (one warm-up round, three timed), on copies of %s:%n", base);
    out.flush();
    for (String line : CorpusBench.run(base, storeSizes, work, err)) {
      out.println(line);
    }
    if (baseStore == null) {
      BenchWorker.deleteTree(work);
    }
  }

  static List<Path> corpus(Path root, Path shared) throws IOException {
    List<Path> out = new ArrayList<>();
    Path seed = root.resolve("examples/000_d02f5967fb67c3d6.txt");
    if (Files.exists(seed)) {
      out.add(seed);
    }
    Path demo = shared.resolve("datasets/demo-corpus-wikinews/txt");
    if (Files.isDirectory(demo)) {
      try (Stream<Path> s = Files.list(demo)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** Every saved page under the shared datasets (.html, .htm, .html.gz), sorted. */
  static List<Path> pages(Path shared) throws IOException {
    Path datasets = shared.resolve("datasets");
    if (!Files.isDirectory(datasets)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(datasets)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz"))
                && !n.startsWith("expected"); // Readability's expected output, not a page
          })
          .sorted()
          .toList();
    }
  }

  private JsonNode measure(String system, int threads, Path list) throws Exception {
    return measure(system, threads, list, warmup, warmup, 1);
  }

  private JsonNode measure(String system, int threads, Path list, int minWarmup, int maxWarmup,
      int timedPasses) throws Exception {
    return measure(system, threads, list, minWarmup, maxWarmup, timedPasses, List.of());
  }

  private JsonNode measure(String system, int threads, Path list, int minWarmup, int maxWarmup,
      int timedPasses, List<String> props) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (threads == 1 && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
      // One thread is measured on one core, garbage collector included: a per-core figure.
      cmd.addAll(List.of("/usr/bin/taskset", "-c", "0"));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String xmx = system.equals("newsgraph") && newsgraphHeap != null ? newsgraphHeap : heap;
    cmd.add("-Xmx" + xmx);
    cmd.add("-XX:+UseG1GC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.addAll(props);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchWorker.class.getName());
    cmd.add(system);
    cmd.add(Integer.toString(threads));
    cmd.add(list.toString());
    cmd.add(Integer.toString(minWarmup));
    cmd.add(Integer.toString(maxWarmup));
    cmd.add(Integer.toString(timedPasses));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String last = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("{")) {
          last = line;
        }
      }
    }
    int code = p.waitFor();
    if (code != 0 || last == null) {
      throw new IllegalStateException(
          "bench run " + system + " with " + threads + " thread(s) failed (exit " + code
              + "); rerun with a larger --heap or see 'java -cp ... " + BenchWorker.class.getName() + "'");
    }
    return new ObjectMapper().readTree(last);
  }

  private static String seconds(JsonNode passes) {
    List<String> out = new ArrayList<>();
    passes.forEach(p -> out.add(String.format(Locale.ROOT, "%.2f", p.asDouble())));
    return String.join(" / ", out);
  }

  private static String table(ArrayNode runs, List<String> systems) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n%-30s", ""));
    for (String s : systems) {
      sb.append(String.format(Locale.ROOT, "%16s", s.equals("corenlp") ? "plain CoreNLP" : s));
    }
    if (systems.size() == 2) {
      sb.append(String.format(Locale.ROOT, "%10s", "ratio"));
    }
    sb.append('\n');
    List<Integer> threadCounts = new ArrayList<>();
    runs.forEach(r -> {
      if (!threadCounts.contains(r.get("threads").asInt())) {
        threadCounts.add(r.get("threads").asInt());
      }
    });
    for (int t : threadCounts) {
      row(sb, runs, systems, t, "articles/s", "articlesPerSecond", "%.2f");
      row(sb, runs, systems, t, "tokens/s", "tokensPerSecond", "%.0f");
      row(sb, runs, systems, t, "model load, s", "loadSeconds", "%.1f");
      row(sb, runs, systems, t, "heap limit, MiB", "maxHeapMiB", "%.0f");
      row(sb, runs, systems, t, "peak RSS, MiB", "peakRssMiB", "%.0f");
      row(sb, runs, systems, t, "live heap after GC, MiB", "liveHeapMiB", "%.0f");
      row(sb, runs, systems, t, "peak heap, MiB", "peakHeapMiB", "%.0f");
    }
    for (JsonNode r : runs) {
      if (r.has("stageSeconds")) {
        sb.append(String.format(Locale.ROOT, "%nnewsgraph, %d thread(s), time per stage:", r.get("threads").asInt()));
        r.get("stageSeconds").fields().forEachRemaining(e -> sb.append(
            String.format(Locale.ROOT, " %s %.1fs", e.getKey(), e.getValue().asDouble())));
      }
    }
    sb.append('\n');
    return sb.toString();
  }

  private static void row(StringBuilder sb, ArrayNode runs, List<String> systems, int threads,
      String label, String field, String fmt) {
    sb.append(String.format(Locale.ROOT, "%-30s", label + ", " + threads + "t"));
    double[] v = new double[systems.size()];
    for (int i = 0; i < systems.size(); i++) {
      v[i] = Double.NaN;
      for (JsonNode r : runs) {
        if (r.get("system").asText().equals(systems.get(i)) && r.get("threads").asInt() == threads) {
          v[i] = r.get(field).asDouble();
        }
      }
      sb.append(String.format(Locale.ROOT, "%16s", String.format(Locale.ROOT, fmt, v[i])));
    }
    if (systems.size() == 2 && v[1] > 0) {
      double ratio = v[0] / v[1];
      sb.append(String.format(Locale.ROOT, "%9.2fx", ratio));
    }
    sb.append('\n');
  }
}
