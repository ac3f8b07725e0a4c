package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.store.Segments.Segment;
import org.newsgraph.store.Tables.Column;
import org.newsgraph.store.Tables.Table;

/**
 * For benchmarks: a large store made from a small one. Each copy holds every article of the
 * base store under a new id ({@code ID~k}), published k days later (the timeline spreads), with
 * all its rows (blocks, entities, mentions, quotations...) and the same corpus entities, so that
 * entity queries meet a corpus of that size. The copies are written as segments, as ingests
 * write them, and indexed; analyzing 100,000 articles would take a day on one machine, copying
 * them takes minutes, and the queries do the same work on either.
 */
public final class Replicas {

  private Replicas() {}

  /**
   * The segment sizes, in articles, that an ingest of this many articles leaves: batches of 200
   * merged ten at a time leave, for 500 batches, five segments of 100 batches each.
   */
  static List<Long> segmentSizes(long articles) {
    long batches = (articles + 199) / 200;
    List<Long> sizes = new java.util.ArrayList<>();
    long unit = 1;
    while (unit * 10 <= batches) {
      unit *= 10;
    }
    for (; unit >= 1; unit /= 10) {
      for (long d = (batches / unit) % 10; d > 0; d--) {
        sizes.add(unit * 200);
      }
    }
    return sizes;
  }

  /**
   * Writes a store of {@code copies} copies of {@code base} into the empty directory {@code
   * target}; returns the number of articles.
   */
  public static long build(Path base, Path target, int copies) throws IOException {
    List<Segment> from = new Segments(base).live();
    if (from.isEmpty()) {
      throw new StoreException("the base store " + base + " holds no articles");
    }
    long baseArticles;
    try (StoreReader r = new StoreReader(base)) {
      baseArticles = ((Number) r.query("SELECT count(*) FROM articles", List.of(), 1,
          java.time.Duration.ofMinutes(5)).rows().get(0).get(0)).longValue();
    }
    try (Store.Writer w = Store.openWriter(target)) {
      Segments segs = w.segments();
      int batch = 0;
      int first = 0;
      for (long articles : segmentSizes(baseArticles * copies)) {
        int n = (int) Math.max(1, Math.round((double) articles / baseArticles));
        int last = Math.min(copies, first + n) - 1;
        if (first > last) {
          break;
        }
        batch++;
        writeSegment(segs, from, batch, first, last);
        first = last + 1;
      }
      for (; first < copies; first++) {
        writeSegment(segs, from, ++batch, first, first);
      }
      w.reindex();
    }
    try (StoreReader r = new StoreReader(target)) {
      return ((Number) r.query("SELECT count(*) FROM articles", List.of(), 1,
          java.time.Duration.ofMinutes(5)).rows().get(0).get(0)).longValue();
    }
  }

  private static void writeSegment(Segments segs, List<Segment> from, int batch, int first,
      int last) throws IOException {
    String name = String.format(Locale.ROOT, "s%08d-%08d", batch, batch);
    Path tmp = segs.tmpDir().resolve(name);
    Segments.deleteTree(tmp);
    Files.createDirectories(tmp);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE copies AS SELECT range AS k FROM range(" + first + ", " + (last + 1)
          + ")");
      for (Table t : Tables.ALL) {
        boolean corpusLevel = t == Tables.CORPUS_ENTITIES || t == Tables.CORPUS_KEYS;
        String select =
            "SELECT " + t.columns().stream().map(col -> copied(t, col)).collect(Collectors.joining(", "))
                + " FROM read_parquet(" + Segments.fileList(from, t) + ", union_by_name = true) AS src,"
                + " copies"
                + (corpusLevel ? " WHERE k = 0" : "")
                + (Tables.sortKey(t) == null ? "" : " ORDER BY " + Tables.sortKey(t));
        st.execute("COPY (" + select + ") TO '" + Segments.sqlPath(tmp.resolve(t.file()))
            + "' " + Tables.copyOptions(t));
      }
    } catch (SQLException e) {
      throw new IOException("cannot write the copies " + first + "-" + last + ": " + e.getMessage(), e);
    }
    segs.install(tmp, batch, batch);
  }

  /** A column of copy k: ids made unique, dates moved k days; everything else as it is. */
  private static String copied(Table t, Column col) {
    String n = "\"" + col.name() + "\"";
    boolean articleId =
        (t == Tables.ARTICLES && col.name().equals("id")) || col.name().equals("article_id")
            || col.name().equals("first_article") || col.name().equals("input_key");
    if (articleId) {
      return "CASE WHEN k = 0 THEN src." + n + " ELSE src." + n + " || '~' || k END AS " + n;
    }
    if (col.type().equals("DATE")) {
      return "CAST(src." + n + " + CAST(k AS INTEGER) AS DATE) AS " + n;
    }
    if (col.type().equals("TIMESTAMPTZ")) {
      return "src." + n + " + to_days(CAST(k AS INTEGER)) AS " + n;
    }
    return "src." + n;
  }
}
