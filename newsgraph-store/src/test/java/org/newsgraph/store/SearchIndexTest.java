package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.SearchIndex.DayCounts;
import org.newsgraph.store.SearchIndex.SearchRequest;

class SearchIndexTest {

  @TempDir Path dir;

  /**
   * 1,500 articles about troops, article i on day 2020-01-01 + (i mod 30), except that every tenth
   * is undated (so days 10, 20 and 30 have none); the even ones name Iraq.
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
              "example.org",
              "en",
              List.of(),
              day,
              i % 2 == 0 ? Set.of("loc:iraq") : Set.of()));
    }
    ix.add(docs);
    ix.commit(1);
    return ix;
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
    }
  }
}
