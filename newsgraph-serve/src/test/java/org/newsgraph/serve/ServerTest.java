package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.serve.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.serve.Http.Answer;
import org.newsgraph.store.SearchIndex.FacetCounts;

/**
 * The API over a store holding the seed article and a second dispatch (full analysis: entities,
 * quotations, times, counts) and three web pages, on a random loopback port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTest {

  private static final String TOKEN = "test-token-0123456789";

  private Path tmp;
  private NewsgraphServer server;
  private Http http;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path store = TestCorpus.analyzed(tmp);
    server = TestCorpus.serve(store, TOKEN);
    http = new Http(server);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private JsonNode ok(String pathAndQuery) throws Exception {
    Answer a = http.get(pathAndQuery);
    assertThat(a.status()).as(pathAndQuery + " -> " + a).isEqualTo(200);
    return a.json();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText(null)));
    return out;
  }

  // --- search ---

  @Test
  void searchFindsPhrasesAndMarksTheMatchedWords() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("\"reduce its forces\""));
    assertThat(r.get("total").asLong()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("snippet").asText()).contains("<b>reduce its forces</b>");
    assertThat(hit.get("id").asText()).isNotBlank();
    assertThat(hit.has("score")).isTrue();
    assertThat(r.get("took_ms").isIntegralNumber()).isTrue();
    assertThat(r.get("limit").asInt()).isEqualTo(20);
  }

  @Test
  void snippetsAreEscapedHtml() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("turning point"));
    assertThat(r.get("total").asLong()).isEqualTo(1);
    String snippet = r.get("hits").get(0).get("snippet").asText();
    assertThat(snippet)
        .contains("<b>turning</b> <b>point</b> &amp; a &lt;test&gt;")
        .doesNotContain("<test>");
  }

  @Test
  void searchFiltersByDateSiteLanguageAndEntity() throws Exception {
    JsonNode all = ok("/api/search?q=delegation");
    assertThat(all.get("total").asLong()).isEqualTo(3);
    JsonNode june2 = ok("/api/search?q=delegation&from=2020-06-02&to=2020-06-02");
    assertThat(texts(june2.get("hits"), "published")).containsExactly("2020-06-02");
    JsonNode site = ok("/api/search?q=delegation&site=" + enc("Other Wire"));
    assertThat(texts(site.get("hits"), "site")).containsExactly("Other Wire");
    assertThat(ok("/api/search?q=delegation&language=fr").get("total").asLong()).isZero();
    assertThat(ok("/api/search?q=delegation&language=en").get("total").asLong()).isEqualTo(3);

    // the prime minister, by a name and by his corpus id: the seed and the second dispatch
    JsonNode byName = ok("/api/search?entity=" + enc("Mustafa al-Kazimi"));
    assertThat(byName.get("total").asLong()).isEqualTo(2);
    JsonNode resolved = byName.get("entities").get(0);
    assertThat(resolved.get("given").asText()).isEqualTo("Mustafa al-Kazimi");
    assertThat(resolved.get("type").asText()).isEqualTo("PER");
    String id = resolved.get("id").asText();
    JsonNode byId = ok("/api/search?entity=" + enc(id) + "&q=balanced");
    assertThat(byId.get("total").asLong()).isEqualTo(1);
    assertThat(byId.get("entities").get(0).get("id").asText()).isEqualTo(id);
    // two entities: both must match
    JsonNode both = ok("/api/search?entity=" + enc(id) + "&entity=" + enc("Donald Trump"));
    assertThat(both.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void searchSortsByDateAndPages() throws Exception {
    JsonNode newest = ok("/api/search?q=delegation&sort=newest");
    assertThat(texts(newest.get("hits"), "published"))
        .containsExactly("2020-06-03", "2020-06-02", "2020-06-01");
    JsonNode page2 = ok("/api/search?q=delegation&sort=newest&limit=1&offset=1");
    assertThat(page2.get("total").asLong()).isEqualTo(3);
    assertThat(texts(page2.get("hits"), "published")).containsExactly("2020-06-02");
    JsonNode past = ok("/api/search?q=delegation&offset=10000");
    assertThat(past.get("hits")).isEmpty();
    assertThat(past.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void aLimitOverTheBoundIsRefusedNotCapped() throws Exception {
    Answer a = http.get("/api/search?q=iraq&limit=1000");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.parameter()).isEqualTo("limit");
    assertThat(a.json().get("error").asText()).contains("1 to 100");
    assertThat(ok("/api/search?q=iraq&limit=100").get("limit").asInt()).isEqualTo(100);
  }

  @ParameterizedTest(name = "{0} -> 400 {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?limit=0|limit",
        "/api/search?limit=ten|limit",
        "/api/search?limit=99999999999|limit",
        "/api/search?offset=-1|offset",
        "/api/search?offset=10001|offset",
        "/api/search?from=2020-13-01|from",
        "/api/search?from=2020-02-30|from",
        "/api/search?to=11/06/2020|to",
        "/api/search?from=2020-06-30&to=2020-06-01|to",
        "/api/search?sort=oldest|sort",
        "/api/search?language=EN|language",
        "/api/search?language=english|language",
        "/api/search?entity=Nobody+Anywhere+Xyzzy|entity",
        "/api/search?q=title%3A%28|q",
        "/api/search?q=colour%3Ared|q",
        "/api/search?q=%2F%5Ba-z%5D%7B1%2C1000%7D%7B1%2C1000%7D%2F|q",
        "/api/timeline?q=%2F%5Ba-z%5D%7B1%2C1000%7D%7B1%2C1000%7D%2F|q",
        "/api/search?q=a&q=b|q",
        "/api/search?qq=iraq|qq",
        "/api/search?q=%01|q",
        "/api/timeline?from=yesterday|from",
        "/api/timeline?limit=5|limit",
        "/api/entities|name",
        "/api/entities?name=Iraq&limit=101|limit",
        "/api/entities/per:x?limit=0|limit",
        "/api/quotes|speaker",
        "/api/quotes?speaker=Kazimi&limit=abc|limit",
        "/api/articles/a%20b|id",
        "/api/articles/a%20b/record|id",
        "/api/articles/u0000000000000000/record?full=1|full",
        "/api/facets?limit=5|limit",
        "/api/facets?from=2020-13-01|from",
        "/api/facets?from=2020-06-30&to=2020-06-01|to",
        "/api/facets?entity=Nobody+Anywhere+Xyzzy|entity",
        "/api/facets?language=EN|language",
        "/api/facets?q=title%3A%28|q",
        "/api/facets?site=a&site=b|site",
        "/api/places?sort=newest|sort",
        "/api/places?to=11/06/2020|to",
        "/api/places?entity=Nobody+Anywhere+Xyzzy|entity",
        "/api/places?q=%2F%5Ba-z%5D%7B1%2C1000%7D%7B1%2C1000%7D%2F|q",
        "/api/places?q=%01|q",
        "/api/health?verbose=1|verbose",
      })
  void badParametersAreRefusedNamingTheParameter(String path, String parameter) throws Exception {
    Answer a = http.get(path);
    assertThat(a.status()).as(a.toString()).isEqualTo(400);
    assertThat(a.parameter()).isEqualTo(parameter);
    assertThat(a.json().get("error").asText()).isNotBlank();
    assertThat(a.text())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain(".java:");
  }

  @Test
  void tooLongTextIsRefused() throws Exception {
    Answer q = http.get("/api/search?q=" + "a".repeat(1001));
    assertThat(q.status()).isEqualTo(400);
    assertThat(q.parameter()).isEqualTo("q");
    assertThat(q.json().get("error").asText()).contains("1001").contains("1000");
    assertThat(http.get("/api/search?q=" + "a".repeat(1000)).status()).isEqualTo(200);
    StringBuilder many = new StringBuilder("/api/search?q=x");
    for (int i = 0; i < 11; i++) {
      many.append("&entity=Iraq");
    }
    Answer e = http.get(many.toString());
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.parameter()).isEqualTo("entity");
  }

  // --- timeline ---

  @Test
  void theTimelineCountsMatchesPerDay() throws Exception {
    JsonNode t = ok("/api/timeline?q=delegation");
    assertThat(t.get("total").asLong()).isEqualTo(3);
    assertThat(t.get("capped").asBoolean()).isFalse();
    assertThat(t.get("note").isNull()).isTrue();
    assertThat(texts(t.get("days"), "day"))
        .containsExactly("2020-06-01", "2020-06-02", "2020-06-03");
    assertThat(texts(t.get("days"), "matches")).containsOnly("1");
    JsonNode iraq = ok("/api/timeline?q=baghdad&from=2020-06-02");
    assertThat(texts(iraq.get("days"), "day")).containsExactly("2020-06-02", "2020-06-03");
    // the seed and the second dispatch have no date
    JsonNode kazimi = ok("/api/timeline?entity=" + enc("Kazimi"));
    assertThat(kazimi.get("undated").asInt()).isEqualTo(2);
    assertThat(kazimi.get("days")).isEmpty();
  }

  // --- facets and places ---

  /** The total /api/search gives for a query string. */
  private long total(String query) throws Exception {
    return ok("/api/search?" + query).get("total").asLong();
  }

  @Test
  void facetsCountTheMatchesAsSearchesWithThatFilterDo() throws Exception {
    JsonNode f = ok("/api/facets?q=delegation");
    assertThat(f.get("total").asLong()).isEqualTo(3);
    assertThat(f.get("read").asInt()).isEqualTo(3);
    assertThat(f.get("capped").asBoolean()).isFalse();
    assertThat(f.get("note").isNull()).isTrue();
    assertThat(f.get("entities")).isEmpty();
    assertThat(f.get("took_ms").isIntegralNumber()).isTrue();
    // pages 0 and 2 on the first site, page 1 on the other; all in English, in June 2020
    assertThat(texts(f.get("sites"), "value")).containsExactly("Example News", "Other Wire");
    assertThat(texts(f.get("sites"), "matches")).containsExactly("2", "1");
    assertThat(texts(f.get("languages"), "value")).containsExactly("en");
    assertThat(texts(f.get("months"), "value")).containsExactly("2020-06");
    assertThat(texts(f.get("months"), "matches")).containsExactly("3");
    List<String> types = new ArrayList<>();
    f.get("types").fieldNames().forEachRemaining(types::add);
    assertThat(types).containsExactly("PER", "ORG", "LOC", "MISC");
    JsonNode baghdad = f.get("types").get("LOC").get(0);
    assertThat(baghdad.get("name").asText()).isEqualTo("Baghdad");
    assertThat(baghdad.get("matches").asInt()).isEqualTo(3);

    // every count is what a search with that value as its filter totals
    for (JsonNode v : f.get("sites")) {
      assertThat(v.get("matches").asLong())
          .as(v.toString())
          .isEqualTo(total("q=delegation&site=" + enc(v.get("value").asText())));
    }
    for (JsonNode v : f.get("languages")) {
      assertThat(v.get("matches").asLong())
          .as(v.toString())
          .isEqualTo(total("q=delegation&language=" + v.get("value").asText()));
    }
    for (JsonNode v : f.get("months")) {
      java.time.YearMonth m = java.time.YearMonth.parse(v.get("value").asText());
      assertThat(v.get("matches").asLong())
          .as(v.toString())
          .isEqualTo(total("q=delegation&from=" + m.atDay(1) + "&to=" + m.atEndOfMonth()));
    }
    for (String type : types) {
      for (JsonNode e : f.get("types").get(type)) {
        assertThat(e.get("id").asText()).startsWith(type.toLowerCase(java.util.Locale.ROOT) + ":");
        assertThat(e.get("matches").asLong())
            .as(e.toString())
            .isEqualTo(total("q=delegation&entity=" + enc(e.get("id").asText())));
      }
    }
  }

  @Test
  void facetsOfTheArticlesNamingAnEntity() throws Exception {
    JsonNode f = ok("/api/facets?entity=" + enc("Kazimi"));
    assertThat(f.get("total").asLong()).isEqualTo(2);
    assertThat(f.get("entities").get(0).get("type").asText()).isEqualTo("PER");
    String kazimi = f.get("entities").get(0).get("id").asText();
    JsonNode per = f.get("types").get("PER");
    assertThat(texts(per, "id")).contains(kazimi);
    assertThat(per.get(0).get("id").asText()).isEqualTo(kazimi);
    assertThat(per.get(0).get("matches").asInt()).isEqualTo(2);
    assertThat(texts(f.get("types").get("LOC"), "name")).contains("Iraq");
    // the seed and the second dispatch are undated and have no site
    assertThat(f.get("months")).isEmpty();
    assertThat(f.get("sites")).isEmpty();
    for (JsonNode e : f.get("types").get("LOC")) {
      assertThat(e.get("matches").asLong())
          .as(e.toString())
          .isEqualTo(total("entity=" + enc(kazimi) + "&entity=" + enc(e.get("id").asText())));
    }

    JsonNode none = ok("/api/facets?q=xyzzyplugh");
    assertThat(none.get("total").asLong()).isZero();
    assertThat(none.get("sites")).isEmpty();
    List<String> types = new ArrayList<>();
    none.get("types").fieldNames().forEachRemaining(types::add);
    assertThat(types).containsExactly("PER", "ORG", "LOC", "MISC");
  }

  @Test
  void placesOfTheArticlesNamingAnEntityHaveTheGazetteersCoordinates() throws Exception {
    String kazimi = ok("/api/entities?name=Kazimi").get("entities").get(0).get("id").asText();
    JsonNode p = ok("/api/places?entity=" + enc(kazimi));
    assertThat(p.get("total").asLong()).isEqualTo(2);
    assertThat(p.get("capped").asBoolean()).isFalse();
    assertThat(p.get("entities").get(0).get("id").asText()).isEqualTo(kazimi);
    JsonNode iraq = null;
    for (JsonNode place : p.get("places")) {
      if (place.get("id").asText().equals("loc:iraq")) {
        iraq = place;
      }
      assertThat(place.get("kind").asText()).isIn("country", "capital");
      assertThat(place.get("iso3").asText()).matches("[A-Z]{3}");
      assertThat(place.get("mentions").asLong()).isGreaterThanOrEqualTo(place.get("articles").asLong());
      assertThat(place.get("articles").asLong())
          .as(place.toString())
          .isEqualTo(total("entity=" + enc(kazimi) + "&entity=" + enc(place.get("id").asText())));
    }
    assertThat(iraq).as(p.toString()).isNotNull();
    assertThat(iraq.get("name").asText()).isEqualTo("Iraq");
    assertThat(iraq.get("kind").asText()).isEqualTo("country");
    assertThat(iraq.get("iso3").asText()).isEqualTo("IRQ");
    assertThat(iraq.get("lat").asDouble()).isBetween(32.0, 34.0);
    assertThat(iraq.get("lon").asDouble()).isBetween(43.0, 45.0);
    assertThat(iraq.get("articles").asInt()).isEqualTo(2);
    for (JsonNode u : p.get("unplaced")) {
      assertThat(u.get("id").asText()).startsWith("loc:");
      assertThat(u.get("articles").asInt()).isPositive();
    }
  }

  @Test
  void placesOfASearchsMatches() throws Exception {
    JsonNode p = ok("/api/places?q=delegation");
    assertThat(p.get("total").asLong()).isEqualTo(3);
    JsonNode baghdad = p.get("places").get(0);
    assertThat(baghdad.get("name").asText()).isEqualTo("Baghdad");
    assertThat(baghdad.get("kind").asText()).isEqualTo("capital");
    assertThat(baghdad.get("iso3").asText()).isEqualTo("IRQ");
    // the capital's coordinates, not the country's
    assertThat(baghdad.get("lat").asDouble()).isCloseTo(33.3, org.assertj.core.data.Offset.offset(0.1));
    assertThat(baghdad.get("lon").asDouble()).isCloseTo(44.4, org.assertj.core.data.Offset.offset(0.1));
    assertThat(baghdad.get("articles").asInt()).isEqualTo(3);
    assertThat(ok("/api/places?q=xyzzyplugh").get("places")).isEmpty();
  }

  private static FacetCounts counts(long total, String... ids) {
    return new FacetCounts(
        total, List.of(ids), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
        new java.util.TreeMap<>(), 0);
  }

  @Test
  void aCappedCountSaysWhatItCounted() {
    assertThat(FacetRoutes.note("the facets count", counts(3, "a", "b", "c"))).isNull();
    assertThat(FacetRoutes.note("the facets count", counts(12_345, "a", "b")))
        .isEqualTo(
            "capped: the facets count the 2 newest of 12345 matches; narrow the query or the"
                + " dates to count them all");
  }

  // --- articles ---

  @Test
  void anArticleComesWithItsLayersAndSpansIntoItsText() throws Exception {
    String id =
        ok("/api/search?q=" + enc("\"reduce its forces\"")).get("hits").get(0).get("id").asText();
    JsonNode a = ok("/api/articles/" + id);
    JsonNode article = a.get("article");
    assertThat(article.get("id").asText()).isEqualTo(id);
    assertThat(article.has("record")).isFalse();
    String text = article.get("text").asText();
    assertThat(text).startsWith("The United States announced");
    assertThat(article.get("words").asInt()).isGreaterThan(500);
    assertThat(a.get("blocks").size()).isGreaterThan(5);
    assertThat(a.get("blocks").get(0).get("kind").asText()).isNotBlank();
    assertThat(a.get("truncated")).isEmpty();

    JsonNode entities = a.get("entities");
    assertThat(texts(entities, "name")).contains("Iraq", "Donald Trump");
    // named entities have corpus entities; those only described or pronouns have none
    for (JsonNode e : entities) {
      if (e.get("name").asText().equals("Iraq") || e.get("name").asText().equals("Donald Trump")) {
        assertThat(e.get("corpus_id").asText())
            .startsWith(e.get("type").asText().toLowerCase(java.util.Locale.ROOT) + ":");
      }
    }
    assertThat(entities.get(0).has("link_reason")).isTrue();

    assertThat(a.get("mentions").size()).isGreaterThan(10);
    for (JsonNode m : a.get("mentions")) {
      assertThat(text.substring(m.get("char_start").asInt(), m.get("char_end").asInt()))
          .isEqualTo(m.get("surface").asText());
    }
    assertThat(texts(a.get("quotations"), "text")).anyMatch(q -> q.contains("reduce its forces"));
    // the seed is stored without a date, so "June 11th" keeps an unknown year
    assertThat(texts(a.get("timexes"), "value")).contains("XXXX-06-11");
    assertThat(a.get("counts").isArray()).isTrue();
  }

  @Test
  void anArticlesRecordIsSentAsStored() throws Exception {
    String id =
        ok("/api/search?q=" + enc("\"reduce its forces\"")).get("hits").get(0).get("id").asText();
    Answer a = http.get("/api/articles/" + id + "/record");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    assertThat(a.header("Content-Security-Policy")).contains("default-src 'none'");
    JsonNode record = a.json();
    assertThat(record.isObject()).isTrue();
    assertThat(record.get("schema").asText()).isEqualTo("newsgraph.record/1");
    assertThat(texts(record.get("entities"), "name")).contains("Iraq", "Donald Trump");
    assertThat(texts(record.get("quotes"), "text")).anyMatch(q -> q.contains("reduce its forces"));
    // the stored JSON itself, not a string holding it nor a re-encoding of it
    try (org.newsgraph.store.Store.Reader r =
        org.newsgraph.store.Store.openReader(tmp.resolve("store"))) {
      Object stored =
          r.tables()
              .query(
                  "SELECT record FROM articles WHERE id = ?",
                  List.of(id),
                  1,
                  java.time.Duration.ofSeconds(10))
              .rows()
              .get(0)
              .get(0);
      assertThat(a.text()).isEqualTo(stored);
    }
    // spans index the article's text
    String text = ok("/api/articles/" + id).get("article").get("text").asText();
    JsonNode m = record.get("mentions").get(0);
    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
        .isEqualTo(m.get("text").asText());

    Answer unknown = http.get("/api/articles/u0000000000000000/record");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).contains("u0000000000000000");
  }

  @Test
  void anUnknownArticleIs404() throws Exception {
    Answer a = http.get("/api/articles/u0000000000000000");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).contains("u0000000000000000");
    assertThat(a.parameter()).isNull();
  }

  // --- entities and quotations ---

  @Test
  void theEntityPageHasNamesTimelineCoEntitiesQuotesAndLinks() throws Exception {
    JsonNode found = ok("/api/entities?name=Kazimi");
    JsonNode first = found.get("entities").get(0);
    assertThat(first.get("type").asText()).isEqualTo("PER");
    assertThat(first.get("articles").asInt()).isEqualTo(2);
    String id = first.get("id").asText();

    JsonNode page = ok("/api/entities/" + enc(id));
    assertThat(page.get("entity").get("id").asText()).isEqualTo(id);
    List<String> variants = new ArrayList<>();
    page.get("variants").forEach(v -> variants.add(v.asText()));
    assertThat(variants)
        .anyMatch(v -> v.startsWith("Moustafa"))
        .anyMatch(v -> v.startsWith("Mustafa"));
    assertThat(texts(page.get("co_entities"), "name")).contains("Iraq");
    assertThat(texts(page.get("quotes"), "text"))
        .anyMatch(q -> q.contains("balanced relationship"));
    assertThat(texts(page.get("links"), "rule")).containsOnlyOnce("new").hasSize(2);
    assertThat(texts(page.get("links"), "reason")).allMatch(r -> r != null && !r.isBlank());

    JsonNode small = ok("/api/entities/" + enc(id) + "?limit=1");
    assertThat(small.get("links").size()).isEqualTo(1);

    JsonNode timeline = ok("/api/entities/" + enc(id) + "/timeline");
    assertThat(timeline.get("id").asText()).isEqualTo(id);
    assertThat(timeline.get("days").isArray()).isTrue();
  }

  @Test
  void anEntityTimelineHasItsDays() throws Exception {
    String iraq = ok("/api/entities?name=Iraq&limit=1").get("entities").get(0).get("id").asText();
    JsonNode pageWithDays = ok("/api/search?entity=" + enc(iraq) + "&sort=newest");
    assertThat(pageWithDays.get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode t = ok("/api/entities/" + enc(iraq) + "/timeline");
    assertThat(t.get("type").asText()).isEqualTo("LOC");
    for (JsonNode d : t.get("days")) {
      assertThat(d.get("articles").asInt()).isPositive();
      assertThat(d.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void unknownEntitiesAre404() throws Exception {
    assertThat(http.get("/api/entities/per:nobody-at-all").status()).isEqualTo(404);
    assertThat(http.get("/api/entities/per:nobody-at-all/timeline").status()).isEqualTo(404);
    assertThat(ok("/api/entities?name=Xyzzyplugh").get("entities")).isEmpty();
  }

  @Test
  void quotationsBySpeaker() throws Exception {
    JsonNode q = ok("/api/quotes?speaker=" + enc("Kazimi"));
    assertThat(q.get("speaker_entity").asText()).startsWith("per:");
    assertThat(texts(q.get("quotes"), "text")).anyMatch(t -> t.contains("balanced relationship"));
    JsonNode one = q.get("quotes").get(0);
    assertThat(one.get("article_id").asText()).isNotBlank();
    assertThat(one.get("end").asInt()).isGreaterThan(one.get("start").asInt());
    assertThat(ok("/api/quotes?speaker=Kazimi&limit=1").get("quotes").size()).isEqualTo(1);
  }

  // --- ingest ---

  @Test
  void ingestNeedsTheTokenAndThenMakesTheArticleSearchable() throws Exception {
    Path page = tmp.resolve("new/page-0100.html");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        TestCorpus.otherPage("zeppelin", "A zeppelin landed in Basra."),
        StandardCharsets.UTF_8);
    String body = "{\"inputs\": [" + Http.jsonString(page.toString()) + "], \"nlp\": false}";

    Answer none = http.post("/api/ingest", "application/json", body, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    Answer wrong = http.post("/api/ingest", "application/json", body, TOKEN + "x");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(ok("/api/search?q=zeppelin").get("total").asLong()).isZero();

    Answer accepted = http.post("/api/ingest", "application/json", body, TOKEN);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String job = accepted.json().get("id").asText();
    assertThat(accepted.header("Location")).isEqualTo("/api/ingest/" + job);

    assertThat(http.get("/api/ingest/" + job).status()).isEqualTo(401);
    JsonNode status = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Answer s = http.get("/api/ingest/" + job, TOKEN);
      assertThat(s.status()).isEqualTo(200);
      status = s.json();
      String state = status.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
    assertThat(status.get("summary").get("ingested").asInt()).isEqualTo(1);
    assertThat(status.get("finished_at").asText()).isNotBlank();

    JsonNode found = ok("/api/search?q=zeppelin");
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("snippet").asText()).contains("<b>zeppelin</b>");
    assertThat(ok("/api/health").get("articles").asLong()).isEqualTo(6);
  }

  @Test
  void badIngestRequestsAreRefused() throws Exception {
    Answer text = http.post("/api/ingest", "text/plain", "{\"inputs\": [\"x\"]}", TOKEN);
    assertThat(text.status()).isEqualTo(415);
    Answer notJson = http.post("/api/ingest", "application/json", "{inputs:", TOKEN);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.parameter()).isEqualTo("body");
    Answer empty = http.post("/api/ingest", "application/json", "{\"inputs\": []}", TOKEN);
    assertThat(empty.parameter()).isEqualTo("inputs");
    Answer number = http.post("/api/ingest", "application/json", "{\"inputs\": [3]}", TOKEN);
    assertThat(number.parameter()).isEqualTo("inputs");
    Answer nlp =
        http.post(
            "/api/ingest", "application/json", "{\"inputs\": [\"a\"], \"nlp\": \"yes\"}", TOKEN);
    assertThat(nlp.parameter()).isEqualTo("nlp");
    Answer twice =
        http.post(
            "/api/ingest", "application/json", "{\"inputs\": [\"a\"], \"inputs\": [\"b\"]}", TOKEN);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.parameter()).isEqualTo("body");
    Answer extra =
        http.post(
            "/api/ingest", "application/json", "{\"inputs\": [\"a\"], \"workers\": 64}", TOKEN);
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.parameter()).isEqualTo("workers");
    StringBuilder many = new StringBuilder("{\"inputs\": [");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("\"f").append(i).append('"');
    }
    Answer tooMany = http.post("/api/ingest", "application/json", many + "]}", TOKEN);
    assertThat(tooMany.parameter()).isEqualTo("inputs");
    Answer huge =
        http.post(
            "/api/ingest",
            "application/json",
            "{\"inputs\": [\"" + "x".repeat(600_000) + "\"]}",
            TOKEN);
    assertThat(huge.status()).isEqualTo(413);
    assertThat(http.get("/api/ingest/nothex", TOKEN).parameter()).isEqualTo("job");
    assertThat(http.get("/api/ingest/0123456789abcdef", TOKEN).status()).isEqualTo(404);
  }

  @Test
  void anIngestOfAMissingPathFailsWithItsReason() throws Exception {
    Answer a =
        http.post(
            "/api/ingest",
            "application/json",
            "{\"inputs\": [" + Http.jsonString(tmp.resolve("no-such-folder").toString()) + "]}",
            TOKEN);
    assertThat(a.status()).isEqualTo(202);
    String job = a.json().get("id").asText();
    JsonNode s = null;
    for (int i = 0; i < 300; i++) {
      s = http.get("/api/ingest/" + job, TOKEN).json();
      if (!s.get("state").asText().matches("queued|running")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(s.get("state").asText()).isEqualTo("failed");
    assertThat(s.get("error").asText())
        .contains("no-such-folder")
        .contains("no such file or folder");
    assertThat(s.get("summary").isNull()).isTrue();
  }

  // --- the answers' shapes, as the OpenAPI document states them ---

  @Test
  void answersHaveTheFieldsTheOpenApiDocumentNames() throws Exception {
    JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(MetaRoutes.openapi());
    String kazimi = ok("/api/entities?name=Kazimi").get("entities").get(0).get("id").asText();
    String seed =
        ok("/api/search?q=" + enc("\"reduce its forces\"")).get("hits").get(0).get("id").asText();
    String[][] calls = {
      {"/api/search", "/api/search?q=iraq&entity=Iraq"},
      {"/api/timeline", "/api/timeline?q=delegation"},
      {"/api/facets", "/api/facets?q=delegation"},
      {"/api/facets", "/api/facets?entity=" + enc(kazimi)},
      {"/api/places", "/api/places?entity=" + enc(kazimi)},
      {"/api/articles/{id}", "/api/articles/" + seed},
      {"/api/articles/{id}/record", "/api/articles/" + seed + "/record"},
      {"/api/entities", "/api/entities?name=Kazimi"},
      {"/api/entities/{id}", "/api/entities/" + enc(kazimi)},
      {"/api/entities/{id}/timeline", "/api/entities/" + enc(kazimi) + "/timeline"},
      {"/api/quotes", "/api/quotes?speaker=Kazimi"},
      {"/api/health", "/api/health"},
    };
    for (String[] c : calls) {
      JsonNode schema =
          doc.get("paths")
              .get(c[0])
              .get("get")
              .get("responses")
              .get("200")
              .get("content")
              .get("application/json")
              .get("schema");
      Answer a = http.get(c[1]);
      assertThat(a.status()).as(c[1]).isEqualTo(200);
      conforms(doc, schema, a.json(), c[1]);
      Answer bad = http.get(c[1] + (c[1].contains("?") ? "&" : "?") + "unknown=1");
      conforms(doc, doc.at("/components/schemas/Error"), bad.json(), c[1] + " error");
    }
  }

  /** The JSON has exactly the properties its schema names, down through arrays and objects. */
  private static void conforms(JsonNode doc, JsonNode schema, JsonNode json, String where) {
    if (schema.has("$ref")) {
      schema = doc.at(schema.get("$ref").asText().substring(1));
    }
    if (json.isNull()) {
      assertThat(schema.path("nullable").asBoolean()).as(where + " is null").isTrue();
      return;
    }
    switch (schema.path("type").asText()) {
      case "object" -> {
        assertThat(json.isObject()).as(where).isTrue();
        if (schema.has("properties")) {
          List<String> fields = new ArrayList<>();
          json.fieldNames().forEachRemaining(fields::add);
          List<String> declared = new ArrayList<>();
          schema.get("properties").fieldNames().forEachRemaining(declared::add);
          assertThat(fields).as(where).containsExactlyInAnyOrderElementsOf(declared);
          for (String f : fields) {
            conforms(doc, schema.get("properties").get(f), json.get(f), where + "." + f);
          }
        }
      }
      case "array" -> {
        assertThat(json.isArray()).as(where).isTrue();
        for (int i = 0; i < Math.min(3, json.size()); i++) {
          conforms(doc, schema.get("items"), json.get(i), where + "[" + i + "]");
        }
      }
      case "string" -> assertThat(json.isTextual()).as(where).isTrue();
      case "integer" -> assertThat(json.isIntegralNumber()).as(where).isTrue();
      case "number" -> assertThat(json.isNumber()).as(where).isTrue();
      case "boolean" -> assertThat(json.isBoolean()).as(where).isTrue();
      default -> throw new AssertionError(where + ": the schema has no type: " + schema);
    }
  }

  // --- the rest ---

  @Test
  void unknownPathsAndMethodsAnswerJson() throws Exception {
    Answer nothing = http.get("/api/nothing");
    assertThat(nothing.status()).isEqualTo(404);
    assertThat(nothing.json().get("error").asText()).contains("/api");
    Answer method = http.post("/api/search", "application/json", "{}", null);
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().has("error")).isTrue();
    // no web interface on this class path: nothing at /
    assertThat(http.get("/").status()).isEqualTo(404);
  }

  @Test
  void everyAnswerHasTheSecurityHeaders() throws Exception {
    for (String path :
        List.of("/api/health", "/api/search?q=iraq", "/api/nothing", "/api/search?limit=0")) {
      Answer a = http.get(path);
      assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(a.header("Content-Security-Policy")).as(path).contains("default-src 'none'");
      assertThat(a.header("Content-Type")).as(path).startsWith("application/json");
      assertThat(a.header("Access-Control-Allow-Origin")).as(path).isNull();
      assertThat(a.header("Server")).as(path).isNull();
    }
  }

  @Test
  void healthSaysWhatIsServed() throws Exception {
    JsonNode h = ok("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(Path.of(h.get("store").asText())).isEqualTo(tmp.resolve("store").toAbsolutePath());
    assertThat(h.get("articles").asLong()).isBetween(5L, 6L);
    assertThat(h.get("index_size").asLong()).isEqualTo(h.get("articles").asLong());
    assertThat(h.get("ingest").asText()).isEqualTo("writer");
  }

  @Test
  void theOpenApiDocumentIsServed() throws Exception {
    Answer a = http.get("/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("openapi").asText()).startsWith("3.0");
    try (InputStream in = NewsgraphServer.class.getResourceAsStream(MetaRoutes.OPENAPI)) {
      assertThat(a.text()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theServerListensOnTheLoopbackAddressOnly() throws Exception {
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      assertThat(s.isConnected()).isTrue();
    }
    // another loopback address of this machine: bound to 127.0.0.1 only, nobody listens there
    try (Socket s = new Socket()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> s.connect(new InetSocketAddress("127.0.0.2", server.port()), 2000))
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void aRequestForAnotherHostNameIsRefused() throws Exception {
    assertThat(
            raw("GET /api/health HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 403")
        .contains("localhost or 127.0.0.1");
    assertThat(
            raw(
                "GET /api/health HTTP/1.1\r\nHost: localhost:"
                    + server.port()
                    + "\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void malformedRequestsLeakNoStackTrace() throws Exception {
    for (String line :
        List.of(
            "GET /api/search?q=%zz HTTP/1.1",
            "GET /api/articles/%zz HTTP/1.1", "GET /api/%00 HTTP/1.1", "GARBAGE")) {
      String answer = raw(line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(answer)
          .as(line)
          .matches("(?s)HTTP/1.1 [234]\\d\\d.*")
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain(".java:");
    }
  }

  private String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      s.getInputStream().transferTo(buf);
      return buf.toString(StandardCharsets.UTF_8);
    }
  }
}
