package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.corpus.CorpusQueries.EntityCount;
import org.newsgraph.corpus.CorpusQueries.EntityPage;
import org.newsgraph.corpus.CorpusQueries.Facets;
import org.newsgraph.corpus.CorpusQueries.Place;
import org.newsgraph.corpus.CorpusQueries.PlaceCounts;
import org.newsgraph.corpus.CorpusQueries.Role;
import org.newsgraph.corpus.CorpusQueries.Unplaced;
import org.newsgraph.corpus.CorpusQueries.ValueCount;
import org.newsgraph.store.Batch;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.SearchIndex.FacetCounts;
import org.newsgraph.store.SearchIndex.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.Tables;

/**
 * Facets and places of a search's matches, on a store whose rows and index documents are written
 * by hand (no models): four articles on two sites, in two languages and two months (one undated,
 * without site or language), naming people, an organization, countries, capitals and a village.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusQueriesTest {

  private Store.Reader store;
  private CorpusQueries queries;

  /** Every article, newest first. */
  private FacetCounts all;

  /** The articles the index holds, as the index is given them. */
  private final List<ArticleDoc> docs = new ArrayList<>();

  private FacetCounts search(String query) {
    return store.index().facetCounts(
        new SearchRequest(query, null, null, null, null, null, true, 1, 0), 10_000);
  }

  @BeforeAll
  void write(@TempDir Path dir) {
    Batch b = new Batch();
    article(b, "a1", "France 24", "en", LocalDate.of(2020, 6, 11));
    article(b, "a2", "France 24", "en", LocalDate.of(2020, 6, 20));
    article(b, "a3", "Other Wire", "fr", LocalDate.of(2020, 7, 1));
    article(b, "a4", null, null, null);
    entity(b, "a1", "e1", "LOC", "country", "Iraq", 5, "loc:iraq");
    entity(b, "a1", "e2", "LOC", "country", "Iraq", 1, "loc:iraq"); // twice in one article
    entity(b, "a1", "e3", "LOC", "capital", "Baghdad", 2, "loc:baghdad");
    entity(b, "a1", "e4", "PER", null, "Mustafa al-Kazimi", 3, "per:mustafa-al-kazimi");
    entity(b, "a1", "e5", "ORG", null, "NATO", 1, "org:nato");
    entity(b, "a1", "e6", "LOC", null, "Some Village", 1, "loc:some-village");
    entity(b, "a1", "e7", "ORG", null, "the allies", 2, null); // no name: no corpus entity
    entity(b, "a2", "e1", "LOC", "country", "Iraq", 3, "loc:iraq");
    entity(b, "a2", "e2", "PER", null, "Moustafa al-Kazimi", 2, "per:mustafa-al-kazimi");
    entity(b, "a2", "e3", "LOC", "country", "Djibouti", 1, "loc:djibouti");
    entity(b, "a3", "e1", "LOC", "country", "Iraq", 1, "loc:iraq");
    entity(b, "a3", "e2", "MISC", null, "Ramadan", 1, "misc:ramadan");
    entity(b, "a4", "e1", "LOC", "capital", "Paris", 1, "loc:paris");
    // what the articles call the prime minister besides his names, and what a name stands for
    mention(b, "a1", "e4", "per:mustafa-al-kazimi", "description",
        "Former intelligence chief Moustafa al-Kazimi", null);
    mention(b, "a2", "e2", "per:mustafa-al-kazimi", "description", "the former intelligence chief", null);
    mention(b, "a2", "e2", "per:mustafa-al-kazimi", "description", "Prime Minister Mustafa al-Kazimi's", null);
    mention(b, "a2", "e2", "per:mustafa-al-kazimi", "description", "Moustafa al-Kazimi", null);
    mention(b, "a2", "e2", "per:mustafa-al-kazimi", "pronoun", "he", null);
    mention(b, "a1", "e1", "loc:iraq", "demonym", "Iraqi", "government");
    mention(b, "a2", "e1", "loc:iraq", "name", "Iraq", "government");
    for (String[] ce : new String[][] {
      {"loc:iraq", "LOC", "Iraq"}, {"loc:baghdad", "LOC", "Baghdad"},
      {"per:mustafa-al-kazimi", "PER", "Mustafa al-Kazimi"}, {"org:nato", "ORG", "NATO"},
      {"loc:some-village", "LOC", "Some Village"}, {"loc:djibouti", "LOC", "Djibouti"},
      {"misc:ramadan", "MISC", "Ramadan"}, {"loc:paris", "LOC", "Paris"}}) {
      b.add(Tables.CORPUS_ENTITIES, ce[0], ce[1], ce[2], "a1");
    }
    try (Store.Writer w = Store.openWriter(dir)) {
      w.commit(b, docs);
    }
    store = Store.openReader(dir);
    queries = new CorpusQueries(store.tables());
    all = search(null);
  }

  @AfterAll
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** An article's row, and its document in the index (its entities added as they are). */
  private void article(Batch b, String id, String site, String language, LocalDate day) {
    Object[] row = new Object[Tables.ARTICLES.columns().size()];
    row[0] = id;
    row[column("site_name")] = site;
    row[column("language")] = language;
    row[column("published")] = day;
    row[column("text")] = "Text of " + id + ".";
    row[column("authors")] = List.of();
    row[column("ingested_at")] = OffsetDateTime.of(2020, 7, 2, 0, 0, 0, 0, ZoneOffset.UTC);
    b.add(Tables.ARTICLES, row);
    docs.add(new ArticleDoc(id, null, "Text of " + id + ".", null, site, language, List.of(), day,
        new java.util.TreeSet<>()));
  }

  private static int column(String name) {
    List<String> names = new ArrayList<>();
    Tables.ARTICLES.columns().forEach(c -> names.add(c.name()));
    return names.indexOf(name);
  }

  private static void mention(Batch b, String article, String entity, String corpusId,
      String kind, String surface, String role) {
    b.add(Tables.MENTIONS, article, null, entity, corpusId, kind, 0, surface.length(), surface,
        null, role, 0);
  }

  @Test
  void rolesAreDescriptionsWithoutTheNamesAndWhatNamesStandFor() {
    EntityPage kazimi = queries.entity("per:mustafa-al-kazimi", 20).orElseThrow();
    assertThat(kazimi.roles())
        .extracting(Role::role, Role::how, Role::mentions)
        .containsExactly(
            tuple("former intelligence chief", "description", 2L),
            tuple("prime minister", "description", 1L)); // a bare name is no role
    assertThat(queries.entity("loc:iraq", 20).orElseThrow().roles())
        .containsExactly(new Role("government", "stands for", 2));
    assertThat(queries.entity("org:nato", 20).orElseThrow().roles()).isEmpty();
  }

  @Test
  void aDescriptionLosesDeterminersPossessivesAndDanglingWords() {
    List<java.util.regex.Pattern> names =
        List.of(java.util.regex.Pattern.compile("(?<![\\p{L}])Trump(?:'s)?(?![\\p{L}])"));
    assertThat(CorpusQueries.description("President Trump", names)).isEqualTo("president");
    assertThat(CorpusQueries.description("his predecessor", names)).isEqualTo("predecessor");
    assertThat(CorpusQueries.description("the country", names)).isEqualTo("country");
    assertThat(CorpusQueries.description("Trump's", names)).isNull();
    assertThat(CorpusQueries.description("the head of", names)).isEqualTo("head");
    assertThat(CorpusQueries.description("chief executive of Apple Inc.", names))
        .isEqualTo("chief executive of apple inc");
    assertThat(CorpusQueries.description("a \"strong\" leader, Trump", names)).isEqualTo("strong leader");
  }

  private void entity(Batch b, String article, String entity, String type, String subtype,
      String name, int mentions, String corpusId) {
    b.add(Tables.ENTITIES, article, null, entity, type, subtype, name, List.of(), mentions,
        corpusId, corpusId == null ? null : "same-name", null);
    if (corpusId != null) {
      docs.stream().filter(d -> d.id().equals(article)).findFirst().orElseThrow().entities()
          .add(corpusId);
    }
  }

  @Test
  void facetsCountArticlesBySiteLanguageMonthAndEntity() {
    Facets f = queries.facets(all, 20);
    assertThat(f.sites())
        .containsExactly(new ValueCount("France 24", 2), new ValueCount("Other Wire", 1));
    assertThat(f.languages()).containsExactly(new ValueCount("en", 2), new ValueCount("fr", 1));
    assertThat(f.months())
        .containsExactly(new ValueCount("2020-06", 2), new ValueCount("2020-07", 1));
    assertThat(f.types()).containsOnlyKeys("PER", "ORG", "LOC", "MISC");
    assertThat(f.types().keySet()).containsExactly("PER", "ORG", "LOC", "MISC");
    assertThat(f.types().get("PER"))
        .containsExactly(new EntityCount("per:mustafa-al-kazimi", "Mustafa al-Kazimi", 2));
    assertThat(f.types().get("ORG")).containsExactly(new EntityCount("org:nato", "NATO", 1));
    // Iraq twice in a1 is one article; ties by id
    assertThat(f.types().get("LOC"))
        .extracting(EntityCount::id)
        .containsExactly("loc:iraq", "loc:baghdad", "loc:djibouti", "loc:paris",
            "loc:some-village");
    assertThat(f.types().get("LOC").get(0).matches()).isEqualTo(3);
    assertThat(f.types().get("MISC")).extracting(EntityCount::name).containsExactly("Ramadan");
  }

  @Test
  void facetsKeepTheTopOfEachListAndEveryMonth() {
    Facets top = queries.facets(all, 1);
    assertThat(top.sites()).containsExactly(new ValueCount("France 24", 2));
    assertThat(top.languages()).containsExactly(new ValueCount("en", 2));
    assertThat(top.months()).hasSize(2);
    assertThat(top.types().get("LOC")).extracting(EntityCount::id).containsExactly("loc:iraq");

    Facets a3 = queries.facets(search("\"text of a3\""), 20);
    assertThat(a3.sites()).containsExactly(new ValueCount("Other Wire", 1));
    assertThat(a3.types().get("PER")).isEmpty();

    Facets none = queries.facets(search("nothing"), 20);
    assertThat(none.sites()).isEmpty();
    assertThat(none.months()).isEmpty();
    assertThat(none.types()).containsOnlyKeys("PER", "ORG", "LOC", "MISC");
    assertThat(none.types().values()).allMatch(List::isEmpty);
  }

  @Test
  void placesHaveTheGazetteersCoordinatesAndTheOthersAreListedApart() {
    PlaceCounts p = queries.places(all, 200, 50);
    assertThat(p.places())
        .extracting(Place::id)
        .containsExactly("loc:iraq", "loc:baghdad", "loc:djibouti", "loc:paris");
    Place iraq = p.places().get(0);
    assertThat(iraq)
        .isEqualTo(new Place("loc:iraq", "Iraq", "country", "IRQ", 33.2232, 43.6793, 3, 10));
    Place baghdad = p.places().get(1);
    assertThat(baghdad.kind()).isEqualTo("capital");
    assertThat(baghdad.iso3()).isEqualTo("IRQ");
    assertThat(baghdad.lat()).isEqualTo(33.3152);
    assertThat(baghdad.lon()).isEqualTo(44.3661);
    assertThat(baghdad.mentions()).isEqualTo(2);
    assertThat(p.places().get(3).iso3()).isEqualTo("FRA");
    assertThat(p.unplaced())
        .containsExactly(new Unplaced("loc:some-village", "Some Village", 1));

    PlaceCounts one = queries.places(all, 1, 0);
    assertThat(one.places()).extracting(Place::id).containsExactly("loc:iraq");
    assertThat(one.unplaced()).isEmpty();
    assertThat(queries.places(search("\"text of a3\""), 200, 50).places())
        .extracting(Place::id, Place::articles, Place::mentions)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("loc:iraq", 1L, 1L));
    assertThat(queries.places(search("nothing"), 200, 50).places()).isEmpty();
  }
}
