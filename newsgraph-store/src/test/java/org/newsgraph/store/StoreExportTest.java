package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreExport.Selection;
import org.newsgraph.store.StoreExport.StoredArticle;
import org.newsgraph.store.StoreExport.WrittenFile;

/** Exports read the live segments: articles in order with their own rows, or Parquet files. */
class StoreExportTest {

  @TempDir Path dir;

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2020, 6, 12, 8, 30, 0, 0, ZoneOffset.UTC);

  /** An article row and two mentions, a count and an entity, written by hand. */
  private static void add(Batch b, String id, LocalDate published, OffsetDateTime ingested) {
    String text = "Text of " + id + ": Kazimi met Ford in Baghdad.";
    b.add(
        Tables.ARTICLES,
        id,
        "key:" + id,
        id + ".txt",
        "https://example.org/" + id,
        null,
        "Title " + id,
        "Example",
        null,
        "en",
        List.of("A. Writer"),
        published,
        null,
        null,
        null,
        null,
        null,
        "text/plain",
        "UTF-8",
        (long) text.length(),
        8,
        text,
        "{\"schema\":\"x\"}",
        ingested);
    b.add(Tables.INPUTS, "key:" + id, id, "ingested");
    b.add(
        Tables.ENTITIES,
        id,
        published,
        "e1",
        "PER",
        null,
        "Kazimi",
        List.of("Kazimi"),
        1,
        "per:kazimi",
        "new",
        "first seen");
    b.add(
        Tables.MENTIONS,
        id,
        published,
        "e1",
        "per:kazimi",
        "name",
        text.indexOf("Kazimi"),
        text.indexOf("Kazimi") + 6,
        "Kazimi",
        null,
        null,
        0);
    // its corpus id sorts first: segments keep mentions by corpus id, the export by position
    b.add(
        Tables.MENTIONS,
        id,
        published,
        "e2",
        "loc:ford",
        "name",
        text.indexOf("Ford"),
        text.indexOf("Ford") + 4,
        "Ford",
        null,
        null,
        0);
    b.add(Tables.COUNTS, id, 0, 4, "Text", 1.0, "exact", null, null);
  }

  private void commit(Store.Writer w, Batch b) {
    w.commit(b, List.of());
  }

  /**
   * Twelve batches (ten merged into one segment), published out of ingest order, one article
   * undated, two ingested in the same second.
   */
  private void twelveBatches() {
    try (Store.Writer w = Store.openWriter(dir)) {
      for (int i = 1; i <= 12; i++) {
        Batch b = new Batch();
        LocalDate day = i == 5 ? null : LocalDate.of(2020, 6, 1 + (i * 7) % 12);
        add(b, String.format(java.util.Locale.ROOT, "a%02d", i), day, T0.plusSeconds(i));
        if (i == 1) {
          b.add(Tables.CORPUS_ENTITIES, "per:kazimi", "PER", "Kazimi", "a01");
          b.add(Tables.CORPUS_KEYS, "per:kazimi", "PER", "kazimi");
          b.add(Tables.CORPUS_ENTITIES, "org:unlinked", "ORG", "Unlinked", "a01");
          b.add(Tables.CORPUS_KEYS, "org:unlinked", "ORG", "unlinked");
        }
        if (i == 3) {
          add(b, "a03b", LocalDate.of(2020, 6, 30), T0.plusSeconds(3));
        }
        commit(w, b);
      }
      assertThat(w.segments().live()).hasSize(3);
    }
  }

  private static List<StoredArticle> all(StoreExport x) {
    List<StoredArticle> out = new ArrayList<>();
    try (StoreExport.Cursor c =
        x.articles(List.of(Tables.ENTITIES, Tables.MENTIONS, Tables.COUNTS))) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void articlesStreamInPublicationOrderEachWithItsOwnRows() {
    twelveBatches();
    try (StoreExport x = StoreExport.open(dir, Selection.ALL)) {
      assertThat(x.selected()).isEqualTo(13);
      List<StoredArticle> got = all(x);
      assertThat(got).hasSize(13);
      List<LocalDate> days =
          got.stream()
              .map(a -> (LocalDate) a.article().get("published"))
              .filter(d -> d != null)
              .toList();
      assertThat(days).isSorted();
      assertThat(got.get(12).id()).as("undated last").isEqualTo("a05");
      for (StoredArticle a : got) {
        assertThat(a.rows(Tables.MENTIONS))
            .extracting(m -> m.get("article_id"))
            .containsOnly(a.id())
            .hasSize(2);
        assertThat(a.rows(Tables.MENTIONS))
            .extracting(m -> m.get("surface"))
            .as("in the record's order")
            .containsExactly("Kazimi", "Ford");
        assertThat(a.rows(Tables.ENTITIES)).hasSize(1);
        assertThat(a.rows(Tables.COUNTS)).hasSize(1);
        assertThat(a.article())
            .containsKeys("text", "record", "ingested_at")
            .doesNotContainKey("ingest_rank");
        String text = (String) a.article().get("text");
        for (Map<String, Object> m : a.rows(Tables.MENTIONS)) {
          assertThat(text.substring((int) m.get("char_start"), (int) m.get("char_end")))
              .isEqualTo(m.get("surface"));
        }
      }
      StoredArticle a03 = got.stream().filter(a -> a.id().equals("a03")).findFirst().orElseThrow();
      StoredArticle a03b =
          got.stream().filter(a -> a.id().equals("a03b")).findFirst().orElseThrow();
      assertThat(a03.ingestRank()).isEqualTo(1);
      assertThat(a03b.ingestRank()).as("second article of that second").isEqualTo(2);
    }
  }

  @Test
  void selectionsByDateAndById() {
    twelveBatches();
    try (StoreExport x =
        StoreExport.open(
            dir, new Selection(LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 8), null))) {
      List<StoredArticle> got = all(x);
      assertThat(got)
          .isNotEmpty()
          .allSatisfy(
              a ->
                  assertThat((LocalDate) a.article().get("published"))
                      .isBetween(LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 8)));
      assertThat(x.selected()).isEqualTo(got.size());
    }
    try (StoreExport x =
        StoreExport.open(dir, new Selection(null, null, List.of("a05", "a11", "nope")))) {
      List<StoredArticle> got = all(x);
      assertThat(got).extracting(StoredArticle::id).containsExactly("a11", "a05");
      // a03b's rank is the same whatever is selected
    }
    try (StoreExport x = StoreExport.open(dir, new Selection(null, null, List.of("a03b")))) {
      assertThat(all(x).get(0).ingestRank()).isEqualTo(2);
    }
  }

  @Test
  void onceStartedTheCursorNoLongerNeedsTheFiles() throws Exception {
    twelveBatches();
    try (StoreExport x = StoreExport.open(dir, Selection.ALL);
        StoreExport.Cursor c = x.articles(List.of(Tables.MENTIONS))) {
      // what a merge does to the segments it covers
      Segments.deleteTree(dir.resolve("segments"));
      int n = 0;
      while (c.hasNext()) {
        assertThat(c.next().rows(Tables.MENTIONS)).hasSize(2);
        n++;
      }
      assertThat(n).isEqualTo(13);
    }
  }

  @Test
  void parquetHoldsEveryTableRestrictedToTheSelection() throws Exception {
    twelveBatches();
    Path all = dir.resolve("out-all");
    List<WrittenFile> files = StoreExport.writeParquet(dir, Selection.ALL, all);
    assertThat(files)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactlyElementsOf(Tables.ALL.stream().map(t -> t.name() + ".parquet").toList());
    assertThat(files.get(0).rows()).isEqualTo(13);
    assertThat(count(all.resolve("mentions.parquet"))).isEqualTo(26);
    assertThat(count(all.resolve("corpus_entities.parquet"))).isEqualTo(2);
    try (Stream<Path> s = Files.list(all)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no temporary files left")
          .allMatch(n -> !n.startsWith("."));
    }

    Path june = dir.resolve("out-some");
    List<WrittenFile> some =
        StoreExport.writeParquet(dir, new Selection(null, LocalDate.of(2020, 6, 3), null), june);
    long articles = some.get(0).rows();
    assertThat(articles).isBetween(1L, 12L);
    assertThat(count(june.resolve("articles.parquet"))).isEqualTo(articles);
    assertThat(count(june.resolve("mentions.parquet"))).isEqualTo(2 * articles);
    assertThat(count(june.resolve("inputs.parquet"))).isEqualTo(articles);
    // the corpus entities the selected articles' entities link to, not the others
    assertThat(count(june.resolve("corpus_entities.parquet"))).isEqualTo(1);
    assertThat(count(june.resolve("corpus_keys.parquet"))).isEqualTo(1);
    try (Stream<Path> s = Files.list(dir.resolve("segments"))) {
      assertThat(s.count()).as("the store is untouched").isEqualTo(3);
    }
  }

  @Test
  void aSegmentWrittenBeforeAColumnWasAddedReadsItAsNull() throws Exception {
    try (Store.Writer w = Store.openWriter(dir)) {
      Batch b = new Batch();
      add(b, "old", LocalDate.of(2020, 6, 1), T0);
      commit(w, b);
      // the first segment as written before mentions had their publication day
      Path f = w.segments().live().get(0).dir().resolve("mentions.parquet");
      Path without = f.resolveSibling("without.parquet");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = c.createStatement()) {
        st.execute(
            "COPY (SELECT * EXCLUDE (published) FROM read_parquet('"
                + f
                + "')) TO '"
                + without
                + "' (FORMAT parquet)");
      }
      Files.move(without, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Batch b2 = new Batch();
      add(b2, "new", LocalDate.of(2020, 6, 2), T0.plusSeconds(1));
      commit(w, b2);
    }
    try (StoreExport x = StoreExport.open(dir, Selection.ALL)) {
      List<StoredArticle> got = all(x);
      assertThat(got).extracting(StoredArticle::id).containsExactly("old", "new");
      assertThat(got.get(0).rows(Tables.MENTIONS))
          .hasSize(2)
          .allSatisfy(m -> assertThat(m.get("published")).isNull());
      assertThat(got.get(1).rows(Tables.MENTIONS))
          .hasSize(2)
          .allSatisfy(m -> assertThat(m.get("published")).isEqualTo(LocalDate.of(2020, 6, 2)));
    }
    Path out = dir.resolve("out");
    StoreExport.writeParquet(dir, Selection.ALL, out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), count(published) FROM read_parquet('"
                    + out.resolve("mentions.parquet")
                    + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(4);
      assertThat(rs.getLong(2)).isEqualTo(2);
    }
  }

  @Test
  void anEmptyStoreExportsNothingButWellFormedFiles() throws Exception {
    try (StoreExport x = StoreExport.open(dir, Selection.ALL)) {
      assertThat(x.selected()).isZero();
      assertThat(all(x)).isEmpty();
    }
    List<WrittenFile> files = StoreExport.writeParquet(dir, Selection.ALL, dir.resolve("out"));
    assertThat(files).hasSize(Tables.ALL.size()).allSatisfy(f -> assertThat(f.rows()).isZero());
    assertThat(count(dir.resolve("out/articles.parquet"))).isZero();
  }

  private static long count(Path parquet) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
