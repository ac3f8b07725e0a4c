package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.SearchIndex.SearchRequest;

class StoreTest {

  @TempDir Path dir;

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private static Document article(String id, String text, LocalDate published) {
    Metadata m =
        Metadata.EMPTY
            .withPublished(new DateClaim(published, "test"))
            .withUrl("https://example.org/" + id);
    Document d =
        Document.of(id, text, m, new SourceInfo(id + ".txt", "text/plain", "UTF-8", "test",
            text.length(), List.of()));
    return d.with(Layers.BLOCKS, List.of(new Block(Span.of(0, text.length()), BlockKind.PARAGRAPH, "test")));
  }

  private static void commit(Store.Writer w, String id, String text, LocalDate day) {
    Batch b = new Batch();
    Document d = article(id, text, day);
    ArticleRows.add(b, d, id, "key:" + id, Map.of(), Instant.EPOCH);
    w.commit(b, List.of(new ArticleDoc(id, null, text, d.metadata().url(), "example.org", "en",
        List.of(), day, Set.of("per:" + id))));
  }

  @Test
  void committedBatchesAreReadAsTablesAndMergedTenAtATime() {
    try (Store.Writer w = Store.openWriter(dir)) {
      for (int i = 1; i <= 12; i++) {
        commit(w, "a" + i, "The troops left Iraq on day " + i + ".", LocalDate.of(2020, 6, i));
      }
      assertThat(w.segments().live()).extracting(s -> s.dir().getFileName().toString())
          .containsExactly("s00000001-00000010", "s00000011-00000011", "s00000012-00000012");
    }
    try (Store.Reader r = Store.openReader(dir)) {
      var rows = r.tables().query("SELECT count(*), count(DISTINCT id), min(published) FROM articles",
          List.of(), 10, TEN_SECONDS);
      assertThat(rows.rows().get(0)).containsExactly(12L, 12L, java.sql.Date.valueOf("2020-06-01").toLocalDate());
      var blocks = r.tables().query("SELECT kind, char_start, char_end FROM blocks WHERE article_id = ?",
          List.of("a3"), 10, TEN_SECONDS);
      assertThat(blocks.rows()).hasSize(1);
      assertThat(blocks.rows().get(0).get(0)).isEqualTo("paragraph");
    }
  }

  @Test
  void searchFindsPhrasesWithinDatesAndEntitiesAndHighlightsThem() {
    try (Store.Writer w = Store.openWriter(dir)) {
      commit(w, "a1", "The United States will reduce its troops in Iraq, officials said.",
          LocalDate.of(2020, 6, 11));
      commit(w, "a2", "Troops stayed in Syria. Iraq was not mentioned by officials.",
          LocalDate.of(2020, 7, 2));
    }
    try (Store.Reader r = Store.openReader(dir)) {
      SearchIndex ix = r.index();
      var phrase = ix.search(new SearchRequest("\"troops in Iraq\"", null, null, null, null, null,
          false, 10, 0));
      assertThat(phrase.total()).isEqualTo(1);
      assertThat(phrase.hits().get(0).id()).isEqualTo("a1");
      assertThat(phrase.hits().get(0).snippet()).contains("its <b>troops in Iraq</b>, officials");

      var both = ix.search(new SearchRequest("troops AND iraq", null, null, null, null, null, false, 10, 0));
      assertThat(both.total()).isEqualTo(2);
      var july = ix.search(new SearchRequest("troops", LocalDate.of(2020, 7, 1), null, null, null,
          null, false, 10, 0));
      assertThat(july.hits()).extracting(SearchIndex.Hit::id).containsExactly("a2");
      var ranged = ix.search(new SearchRequest("troops published:[2020-06-01 TO 2020-06-30]", null,
          null, null, null, null, false, 10, 0));
      assertThat(ranged.hits()).extracting(SearchIndex.Hit::id).containsExactly("a1");
      var entity = ix.search(new SearchRequest("officials", null, null, Set.of("per:a2"), null, null,
          false, 10, 0));
      assertThat(entity.hits()).extracting(SearchIndex.Hit::id).containsExactly("a2");
      var not = ix.search(new SearchRequest("troops NOT syria", null, null, null, null, null, false, 10, 0));
      assertThat(not.hits()).extracting(SearchIndex.Hit::id).containsExactly("a1");
      assertThatThrownBy(() -> ix.search(new SearchRequest("colour:red", null, null, null, null,
          null, false, 10, 0))).isInstanceOf(StoreException.class).hasMessageContaining("unknown field");
    }
  }

  @Test
  void anInterruptedWriterLeavesNothingHalfDoneAndTheIndexCatchesUp() throws Exception {
    try (Store.Writer w = Store.openWriter(dir)) {
      commit(w, "a1", "First article about Iraq.", LocalDate.of(2020, 6, 11));
    }
    // What a kill -9 can leave: a half-written segment in tmp/, and a committed segment the
    // index was not told about.
    Path tmp = dir.resolve("tmp/s00000002-00000002");
    Files.createDirectories(tmp);
    Files.writeString(tmp.resolve("articles.parquet"), "PAR1 half");
    Batch b = new Batch();
    ArticleRows.add(b, article("a2", "Second article about Iraq.", LocalDate.of(2020, 6, 12)),
        "a2", "key:a2", Map.of(), Instant.EPOCH);
    new Segments(dir).commit(b); // committed, never indexed
    try (Store.Reader r = Store.openReader(dir)) {
      assertThat(r.index().size()).isEqualTo(1);
      assertThat(r.tables().query("SELECT count(*) FROM articles", List.of(), 1, TEN_SECONDS)
          .rows().get(0).get(0)).isEqualTo(2L);
    }
    try (Store.Writer w = Store.openWriter(dir)) {
      assertThat(Files.exists(tmp)).isFalse();
      assertThat(w.index().size()).isEqualTo(2);
      assertThat(w.index().indexedBatch()).isEqualTo(2);
    }
  }

  @Test
  void anIndexMadeBeforeFacetsIsRebuiltFromTheTablesWhenTheWriterOpens() throws Exception {
    try (Store.Writer w = Store.openWriter(dir)) {
      commit(w, "a1", "First article about Iraq.", LocalDate.of(2020, 6, 11));
      commit(w, "a2", "Second article about Iraq.", LocalDate.of(2020, 6, 12));
    }
    // an index as an older newsgraph left it: no layout recorded, no doc values, one article
    Segments.deleteTree(dir.resolve("index"));
    try (org.apache.lucene.index.IndexWriter old =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(dir.resolve("index")),
            new org.apache.lucene.index.IndexWriterConfig(SearchIndex.analyzer()))) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new org.apache.lucene.document.StringField(
          "id", "a1", org.apache.lucene.document.Field.Store.YES));
      old.addDocument(d);
      old.setLiveCommitData(Map.of("newsgraph.batch", "2").entrySet());
      old.commit();
    }
    SearchRequest all = new SearchRequest(null, null, null, null, null, null, true, 10, 0);
    try (Store.Reader r = Store.openReader(dir)) {
      assertThat(r.index().layout()).isEqualTo(1);
      assertThatThrownBy(() -> r.index().facetCounts(all, 10))
          .isInstanceOf(StoreException.class).hasMessageContaining("reindex");
    }
    try (Store.Writer w = Store.openWriter(dir)) {
      assertThat(w.index().layout()).isEqualTo(SearchIndex.LAYOUT);
      assertThat(w.index().size()).isEqualTo(2);
    }
    try (Store.Reader r = Store.openReader(dir)) {
      // rebuilt from the tables, which hold no site and no entities for these two
      SearchIndex.FacetCounts f = r.index().facetCounts(all, 10);
      assertThat(f.total()).isEqualTo(2);
      assertThat(f.ids()).containsExactly("a2", "a1");
      assertThat(f.entities()).isEmpty();
      assertThat(f.sites()).isEmpty();
      assertThat(f.days()).containsOnlyKeys(LocalDate.of(2020, 6, 11), LocalDate.of(2020, 6, 12));
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAReason() {
    try (Store.Writer w = Store.openWriter(dir)) {
      assertThatThrownBy(() -> Store.openWriter(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("another newsgraph process is writing");
    }
  }

  @Test
  void userQueriesReadTheTablesOnlyAndAreBounded() {
    try (Store.Writer w = Store.openWriter(dir)) {
      commit(w, "a1", "Text.", LocalDate.of(2020, 6, 11));
    }
    try (Store.Reader r = Store.openReader(dir)) {
      StoreReader t = r.tables();
      assertThat(t.userQuery("SELECT id FROM articles;", 10, TEN_SECONDS).rows())
          .containsExactly(List.of("a1"));
      var many = t.userQuery("SELECT * FROM range(1000)", 5, TEN_SECONDS);
      assertThat(many.rows()).hasSize(5);
      assertThat(many.truncated()).isTrue();
      List<String> refused = new ArrayList<>();
      for (String sql : List.of(
          "COPY (SELECT 1) TO '" + dir.resolve("segments/x.csv") + "'",
          "SELECT * FROM read_csv('/etc/passwd')",
          "CREATE TABLE x AS SELECT 1",
          "SELECT 1); DROP VIEW articles; SELECT (1",
          "SET enable_external_access = true",
          "SELECT 1; SELECT 2")) {
        assertThatThrownBy(() -> t.userQuery(sql, 10, TEN_SECONDS))
            .as(sql).isInstanceOf(StoreException.class);
        refused.add(sql);
      }
      assertThat(refused).hasSize(6);
      assertThat(t.userQuery("SELECT count(*) FROM articles", 1, TEN_SECONDS).rows()).hasSize(1);
      assertThat(Files.exists(dir.resolve("segments/x.csv"))).isFalse();
      assertThatThrownBy(() -> t.userQuery(
          "SELECT count(*) FROM range(100000000000) a", 10, Duration.ofMillis(300)))
          .isInstanceOf(StoreException.class).hasMessageContaining("ran longer than");
      // the store still answers after a refused and a cancelled query
      assertThat(t.userQuery("SELECT count(*) FROM articles", 1, TEN_SECONDS).rows().get(0).get(0))
          .isEqualTo(1L);
    }
  }

  @Test
  void aListOfStringsBindsAsOneVarcharListParameter() {
    try (Store.Writer w = Store.openWriter(dir)) {
      for (int i = 1; i <= 3; i++) {
        commit(w, "a" + i, "Text " + i + ".", LocalDate.of(2020, 6, i));
      }
    }
    try (Store.Reader r = Store.openReader(dir)) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        ids.add("x" + i);
      }
      ids.add("a3");
      ids.add("a1");
      var rows = r.tables().query(
          "SELECT id FROM articles WHERE id IN (SELECT unnest(?)) AND published >= ? ORDER BY id",
          List.of(ids, LocalDate.of(2020, 6, 1)), 10, TEN_SECONDS);
      assertThat(rows.rows()).containsExactly(List.of("a1"), List.of("a3"));
      assertThat(r.tables().query("SELECT len(?)", List.of(List.of()), 1, TEN_SECONDS).rows())
          .containsExactly(List.of(0L));
      assertThatThrownBy(() -> r.tables().query("SELECT len(?)", List.of(List.of(1, 2)), 1,
          TEN_SECONDS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strings");
    }
  }

  @Test
  void replicasCopyEveryRowUnderNewIdsInTheSegmentsAnIngestWouldLeave() throws Exception {
    try (Store.Writer w = Store.openWriter(dir)) {
      commit(w, "a1", "The troops left Iraq.", LocalDate.of(2020, 6, 11));
      commit(w, "a2", "The troops stayed in Syria.", LocalDate.of(2020, 6, 12));
    }
    assertThat(Replicas.segmentSizes(100_000)).containsExactly(20_000L, 20_000L, 20_000L, 20_000L, 20_000L);
    assertThat(Replicas.segmentSizes(10_000)).hasSize(5).containsOnly(2_000L);
    assertThat(Replicas.segmentSizes(2_600)).containsExactly(2_000L, 200L, 200L, 200L);
    Path big = dir.resolveSibling(dir.getFileName() + "-copies");
    assertThat(Replicas.build(dir, big, 3)).isEqualTo(6);
    try (Store.Reader r = Store.openReader(big)) {
      var rows = r.tables().query("SELECT count(DISTINCT id), max(published), count(*) FILTER (WHERE id = 'a1~2')"
          + " FROM articles", List.of(), 1, TEN_SECONDS).rows().get(0);
      assertThat(rows).containsExactly(6L, LocalDate.of(2020, 6, 14), 1L);
      assertThat(r.tables().query("SELECT count(DISTINCT article_id) FROM blocks", List.of(), 1,
          TEN_SECONDS).rows().get(0).get(0)).isEqualTo(6L);
      assertThat(r.index().size()).isEqualTo(6);
    }
  }
}
