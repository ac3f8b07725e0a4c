package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.SearchIndex.DayCounts;
import org.newsgraph.store.SearchIndex.FacetCounts;
import org.newsgraph.store.SearchIndex.SearchRequest;

class SearchIndexTest {

  @TempDir Path dir;

  /**
   * 1,500 articles about troops, article i on day 2020-01-01 + (i mod 30), except that every tenth
   * is undated (so days 10, 20 and 30 have none); the even ones name Iraq, every third names
   * per:someone and is on other.org (the others on example.org), every fifth is in French.
   */
  private SearchIndex index() {
    SearchIndex ix = SearchIndex.openWriter(dir);
    List<ArticleDoc> docs = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      LocalDate day = i % 10 == 9 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 30);
      docs.add(
          new ArticleDoc(
              "a" + i,
              "Report " + i,
              "The troops moved on day " + i + ".",
              "https://example.org/" + i,
              i % 3 == 0 ? "other.org" : "example.org",
              i % 5 == 0 ? "fr" : "en",
              List.of(),
              day,
              entities(i)));
    }
    ix.add(docs);
    ix.commit(1);
    return ix;
  }

  private static Set<String> entities(int i) {
    Set<String> e = new java.util.TreeSet<>();
    if (i % 2 == 0) {
      e.add("loc:iraq");
    }
    if (i % 3 == 0) {
      e.add("per:someone");
    }
    return e;
  }

  private static SearchRequest all(String q) {
    return new SearchRequest(q, null, null, null, null, null, false, 10, 0);
  }

  @Test
  void theTotalIsExactBeyondAThousandMatches() {
    try (SearchIndex ix = index()) {
      assertThat(ix.search(all("troops")).total()).isEqualTo(1500);
      assertThat(
              ix.search(new SearchRequest("troops", null, null, null, null, null, true, 10, 0))
                  .total())
          .isEqualTo(1500);
    }
  }

  @Test
  void matchesPerDayAreCountedNewestFirstUpToTheBound() {
    try (SearchIndex ix = index()) {
      DayCounts all = ix.countByDay(all("troops"), 10_000);
      assertThat(all.total()).isEqualTo(1500);
      assertThat(all.read()).isEqualTo(1500);
      assertThat(all.capped()).isFalse();
      assertThat(all.undated()).isEqualTo(150);
      assertThat(all.days()).hasSize(27).doesNotContainKey(LocalDate.of(2020, 1, 30));
      assertThat(all.days().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1350);
      assertThat(all.days().get(LocalDate.of(2020, 1, 1))).isEqualTo(50);

      DayCounts capped = ix.countByDay(all("troops"), 100);
      assertThat(capped.total()).isEqualTo(1500);
      assertThat(capped.read()).isEqualTo(100);
      assertThat(capped.capped()).isTrue();
      assertThat(capped.undated()).isZero();
      // the newest matches first: the 50 of 2020-01-29 and the 50 of 2020-01-28
      assertThat(capped.days())
          .containsExactly(
              java.util.Map.entry(LocalDate.of(2020, 1, 28), 50),
              java.util.Map.entry(LocalDate.of(2020, 1, 29), 50));

      DayCounts filtered =
          ix.countByDay(
              new SearchRequest(
                  "troops",
                  LocalDate.of(2020, 1, 2),
                  LocalDate.of(2020, 1, 3),
                  Set.of("loc:iraq"),
                  null,
                  null,
                  false,
                  10,
                  0),
              10_000);
      assertThat(filtered.days()).containsOnlyKeys(LocalDate.of(2020, 1, 3));
      assertThat(filtered.undated()).isZero();
    }
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  @Test
  void facetsCountTheNewestMatchesByValueUpToTheBound() {
    try (SearchIndex ix = index()) {
      assertThat(ix.layout()).isEqualTo(SearchIndex.LAYOUT);
      FacetCounts all = ix.facetCounts(all("troops"), 10_000);
      assertThat(all.total()).isEqualTo(1500);
      assertThat(all.read()).isEqualTo(1500);
      assertThat(all.capped()).isFalse();
      assertThat(new java.util.HashSet<>(all.ids())).hasSize(1500);
      // newest first, the 150 undated ones last
      assertThat(all.ids().subList(0, 50)).allMatch(id -> number(id) % 30 == 28);
      assertThat(all.ids().subList(1350, 1500)).allMatch(id -> number(id) % 10 == 9);
      assertThat(all.sites()).isEqualTo(Map.of("example.org", 1000, "other.org", 500));
      assertThat(all.languages()).isEqualTo(Map.of("en", 1200, "fr", 300));
      assertThat(all.entities()).isEqualTo(Map.of("loc:iraq", 750, "per:someone", 500));
      DayCounts byDay = ix.countByDay(all("troops"), 10_000);
      assertThat(all.days()).isEqualTo(byDay.days());
      assertThat(all.undated()).isEqualTo(byDay.undated()).isEqualTo(150);

      FacetCounts capped = ix.facetCounts(all("troops"), 100);
      assertThat(capped.total()).isEqualTo(1500);
      assertThat(capped.read()).isEqualTo(100);
      assertThat(capped.capped()).isTrue();
      // the matches the timeline counts: the 50 of 2020-01-29 (even), the 50 of 2020-01-28 (odd)
      assertThat(capped.ids().subList(0, 50)).allMatch(id -> number(id) % 30 == 28);
      assertThat(capped.ids().subList(50, 100)).allMatch(id -> number(id) % 30 == 27);
      assertThat(capped.days()).isEqualTo(ix.countByDay(all("troops"), 100).days());
      assertThat(capped.entities()).isEqualTo(Map.of("loc:iraq", 50, "per:someone", 50));
      assertThat(capped.sites()).isEqualTo(Map.of("example.org", 50, "other.org", 50));

      FacetCounts iraq =
          ix.facetCounts(
              new SearchRequest(
                  "day", LocalDate.of(2020, 1, 3), null, Set.of("loc:iraq"), "en", "example.org",
                  false, 1, 5),
              10_000);
      assertThat(iraq.ids())
          .allMatch(id -> number(id) % 2 == 0 && number(id) % 3 != 0 && number(id) % 5 != 0)
          .allMatch(id -> number(id) % 30 >= 2);
      assertThat(iraq.total()).isEqualTo(iraq.read());
      assertThat(iraq.sites()).isEqualTo(Map.of("example.org", iraq.read()));
      assertThat(iraq.entities()).isEqualTo(Map.of("loc:iraq", iraq.read()));
      assertThat(ix.facetCounts(all("nothing-matches-this"), 10).ids()).isEmpty();
    }
  }

  @Test
  void anIndexOfAnOlderLayoutIsRefusedForFacetsWithTheRemedy() throws Exception {
    Path old = dir.resolve("old");
    try (org.apache.lucene.index.IndexWriter w =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(old),
            new org.apache.lucene.index.IndexWriterConfig(SearchIndex.analyzer()))) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new org.apache.lucene.document.StringField(
          "id", "a1", org.apache.lucene.document.Field.Store.YES));
      d.add(new org.apache.lucene.document.TextField(
          "text", "troops", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(Map.of("newsgraph.batch", "1").entrySet());
      w.commit();
    }
    try (SearchIndex ix = SearchIndex.openReader(old)) {
      assertThat(ix.layout()).isEqualTo(1);
      assertThat(ix.search(all("troops")).total()).isEqualTo(1);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ix.facetCounts(all("troops"), 10))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("newsgraph reindex")
          .hasCauseInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aQueryTooCostlyToRunIsRefusedAsTheQuerysFault() {
    try (SearchIndex ix = index()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ix.search(all("/[a-z]{1,1000}{1,1000}/")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("too complex")
          .hasNoCause();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ix.countByDay(all("text:/[a-z]{1,1000}{1,1000}/"), 10))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("too complex");
    }
  }

  @Test
  void anEmptyIndexCountsNothing() {
    try (SearchIndex ix = SearchIndex.openReader(dir.resolve("none"))) {
      DayCounts none = ix.countByDay(all("troops"), 10);
      assertThat(none.total()).isZero();
      assertThat(none.days()).isEmpty();
      FacetCounts facets = ix.facetCounts(all("troops"), 10);
      assertThat(facets.total()).isZero();
      assertThat(facets.ids()).isEmpty();
      assertThat(facets.entities()).isEmpty();
      assertThat(ix.layout()).isEqualTo(SearchIndex.LAYOUT);
    }
  }

  /**
   * Requests that search while commits land (a server reading a store that an ingest writes) each
   * see one whole commit, and never an index closed under them by another request's reopening.
   */
  @Test
  void searchesWhileCommitsLandNeverSeeAClosedIndex() throws Exception {
    try (SearchIndex writer = index(); SearchIndex reader = SearchIndex.openReader(dir)) {
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread th =
            new Thread(
                () -> {
                  try {
                    while (!done.get()) {
                      long total = reader.search(all("troops")).total();
                      assertThat(total % 10).isZero(); // whole batches of ten only
                      reader.countByDay(all("troops"), 10_000);
                      reader.facetCounts(all("troops"), 10_000);
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        th.start();
        readers.add(th);
      }
      for (int batch = 2; batch < 160; batch++) {
        List<ArticleDoc> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          docs.add(new ArticleDoc("b" + batch + "-" + i, "Later " + i, "More troops arrived.",
              null, "example.org", "en", List.of(), LocalDate.of(2020, 3, 1), Set.of()));
        }
        writer.add(docs);
        writer.commit(batch);
        Thread.sleep(1);
      }
      done.set(true);
      for (Thread th : readers) {
        th.join(30_000);
      }
      assertThat(failures).isEmpty();
      assertThat(reader.search(all("troops")).total()).isEqualTo(1500 + 158 * 10);
    }
  }
}
