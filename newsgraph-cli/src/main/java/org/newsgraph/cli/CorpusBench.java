package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.corpus.CorpusQueries;
import org.newsgraph.store.Replicas;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;

/**
 * The query half of {@code newsgraph bench}: search and entity-query latency on stores of
 * given sizes, made by copying a base store (see {@link Replicas}) of analyzed articles.
 */
final class CorpusBench {

  private CorpusBench() {}

  /** Latencies of one kind of query, in milliseconds. */
  record Latency(String what, int n, double p50, double p99, double max) {
    static Latency of(String what, List<Double> ms) {
      double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Latency(what, a.length, at(a, 0.50), at(a, 0.99), a[a.length - 1]);
    }

    private static double at(double[] sorted, double q) {
      int i = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
  }

  /** Measures each store size; returns the lines to print. */
  static List<String> run(Path base, List<Integer> sizes, Path work, PrintWriter err)
      throws IOException {
    List<String> lines = new ArrayList<>();
    long baseArticles;
    try (Store.Reader r = Store.openReader(base)) {
      baseArticles = count(r, "SELECT count(*) FROM articles");
    }
    for (int size : sizes) {
      int copies = (int) Math.max(1, (size + baseArticles - 1) / baseArticles);
      Path dir = work.resolve("store-" + size);
      err.printf(Locale.ROOT, "bench: building a store of %d copies of %d articles...%n", copies,
          baseArticles);
      err.flush();
      long t0 = System.nanoTime();
      long articles = Replicas.build(base, dir, copies);
      double buildSeconds = (System.nanoTime() - t0) / 1e9;
      long bytes = BenchWorker.treeBytes(dir);
      try (Store.Reader r = Store.openReader(dir)) {
        List<Latency> l = measure(r);
        lines.add(String.format(Locale.ROOT,
            "  %,d articles (built in %.0f s; %,d bytes per article, tables and index):",
            articles, buildSeconds, bytes / articles));
        for (Latency x : l) {
          lines.add(String.format(Locale.ROOT, "    %-40s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d)",
              x.what(), x.p50(), x.p99(), x.max(), x.n()));
        }
      }
      BenchWorker.deleteTree(dir);
    }
    return lines;
  }

  private static long count(Store.Reader r, String sql) {
    return ((Number) r.tables().query(sql, List.of(), 1, Duration.ofMinutes(1)).rows().get(0)
        .get(0)).longValue();
  }

  /**
   * The queries: the 20 most mentioned named entities give phrase searches (alone, and within a
   * month), entity-filtered searches, their timelines and their whole entity pages. One round
   * warms up, three are timed.
   */
  private static List<Latency> measure(Store.Reader r) {
    List<List<Object>> top =
        r.tables().query(
                "SELECT corpus_id, mode(name), sum(mentions) AS n FROM entities"
                    + " WHERE corpus_id IS NOT NULL AND type IN ('PER', 'ORG', 'LOC')"
                    + " GROUP BY corpus_id ORDER BY n DESC LIMIT 20",
                List.of(), 20, Duration.ofMinutes(1))
            .rows();
    LocalDate first = (LocalDate) r.tables().query(
        "SELECT min(published) FROM articles", List.of(), 1, Duration.ofMinutes(1)).rows().get(0)
        .get(0);
    CorpusQueries q = new CorpusQueries(r.tables());
    SearchIndex ix = r.index();
    List<Double> phrase = new ArrayList<>();
    List<Double> dated = new ArrayList<>();
    List<Double> filtered = new ArrayList<>();
    List<Double> timeline = new ArrayList<>();
    List<Double> page = new ArrayList<>();
    List<Double> facets = new ArrayList<>();
    List<Double> places = new ArrayList<>();
    List<Double> allFacets = new ArrayList<>();
    List<Double> allPlaces = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      boolean timed = round > 0;
      for (List<Object> e : top) {
        String id = (String) e.get(0);
        String name = ((String) e.get(1)).replace("\"", "");
        time(timed, phrase, () -> ix.search(request("\"" + name + "\"", null, null, null)));
        LocalDate from = first == null ? LocalDate.of(2000, 1, 1) : first.plusDays(30);
        time(timed, dated, () -> ix.search(request("\"" + name + "\"", from, from.plusDays(30), null)));
        time(timed, filtered, () -> ix.search(request("said", null, null, Set.of(id))));
        time(timed, timeline, () -> q.timeline(id));
        time(timed, page, () -> q.entity(id, 10));
        // what the web interface's search and map views ask besides the search itself
        time(timed, facets, () -> q.facets(ix.facetCounts(newest(Set.of(id)), MAX_READ), 20));
        time(timed, places, () -> q.places(ix.facetCounts(newest(Set.of(id)), MAX_READ), 200, 50));
      }
      time(timed, allFacets, () -> q.facets(ix.facetCounts(newest(null), MAX_READ), 20));
      time(timed, allPlaces, () -> q.places(ix.facetCounts(newest(null), MAX_READ), 200, 50));
    }
    return List.of(
        Latency.of("search: entity name as a phrase", phrase),
        Latency.of("search: phrase within 30 days", dated),
        Latency.of("search: a word, filtered by an entity", filtered),
        Latency.of("entity timeline", timeline),
        Latency.of("entity page (names, timeline, co-entities, quotes)", page),
        Latency.of("facets of an entity's articles", facets),
        Latency.of("places of an entity's articles", places),
        Latency.of("facets of the 10,000 newest articles", allFacets),
        Latency.of("places of the 10,000 newest articles", allPlaces));
  }

  /** Matches the web interface's facets and places read at most (newest first), as the API. */
  private static final int MAX_READ = 10_000;

  private static SearchIndex.SearchRequest newest(Set<String> entities) {
    return new SearchIndex.SearchRequest(null, null, null, entities, null, null, true, 1, 0);
  }

  private static SearchIndex.SearchRequest request(String query, LocalDate from, LocalDate to,
      Set<String> entities) {
    return new SearchIndex.SearchRequest(query, from, to, entities, null, null, false, 10, 0);
  }

  private static void time(boolean timed, List<Double> into, Runnable r) {
    long t = System.nanoTime();
    r.run();
    if (timed) {
      into.add((System.nanoTime() - t) / 1e6);
    }
  }
}
