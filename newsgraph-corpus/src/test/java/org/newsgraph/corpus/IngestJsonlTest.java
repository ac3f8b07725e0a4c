package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.testkit.Shared;

/**
 * JSONL lines that give their title and date under the names exports use: a text and a page,
 * analyzed in full, are stored with that title and date, and "on Thursday" in the text resolves
 * against the date; a title of the wrong type fails its line. Then the 142 lines of the shared
 * demo corpus, text only, come out with their titles and dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJsonlTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final String TEXT =
      "Iraqi and American officials met in Baghdad on Thursday to resume talks on the future of"
          + " the American troops stationed in the country.\n"
          + "The talks will go on next month, the Iraqi foreign ministry said in a statement.";

  private static final String PAGE =
      "<html><head><title>Page title | Example News</title></head><body><article>"
          + "<h1>Page headline</h1><p>The city council voted to close the old harbour bridge for"
          + " repairs, after engineers found cracks in two of its supports during an inspection.</p>"
          + "</article></body></html>";

  private Path store;
  private IngestJob.Summary summary;

  @BeforeAll
  void ingest(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("articles.jsonl");
    Files.write(
        file,
        List.of(
            line(Map.of("id", "a1", "url", "https://news.example.org/talks", "title",
                "Iraq and US resume strategic talks", "date", "2020-06-12", "dateline",
                "Baghdad, June 12", "text", TEXT, "license", "CC BY 2.5")),
            // "date" as a date-time that agrees; "datePublished" is no alias, so it is read past
            line(Map.of("url", "https://news.example.org/bridge", "title",
                "Harbour bridge to shut for repairs", "published", "2020-06-11",
                "date", "2020-06-11T08:00:00+02:00", "datePublished", "1999-01-01",
                "html", PAGE)),
            line(Map.of("text", TEXT, "title", 7))),
        StandardCharsets.UTF_8);
    store = tmp.resolve("store");
    summary = ingest(Newsgraph.open(NewsgraphConfig.DEFAULTS), store, file, true);
  }

  private static String line(Map<String, ?> fields) throws Exception {
    return JSON.writeValueAsString(fields);
  }

  private static IngestJob.Summary ingest(Newsgraph ng, Path store, Path file, boolean nlp)
      throws Exception {
    IngestJob.Options o = new IngestJob.Options(2, 200, Duration.ofSeconds(10), nlp, false, 15,
        IngestJob.Options.DEFAULTS.sources());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Store.Writer w = Store.openWriter(store)) {
      return new IngestJob(ng, w, o, quiet).run(List.of(file.toString()));
    }
  }

  private static List<List<Object>> rows(Store.Reader r, String sql) {
    return r.tables().query(sql, List.of(), 1000, Duration.ofSeconds(30)).rows();
  }

  @Test
  void theLinesTitleAndDateAreTheStoredArticlesAndAWrongTitleFailsItsLine() throws Exception {
    assertThat(summary.ingested()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.firstFailures())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith("articles.jsonl:3: has a \"title\" that is a number, not a string");
    try (Store.Reader r = Store.openReader(store)) {
      List<List<Object>> articles =
          rows(r, "SELECT url, title, CAST(published AS VARCHAR), record FROM articles"
              + " ORDER BY url");
      assertThat(articles).hasSize(2);
      List<Object> bridge = articles.get(0);
      assertThat(bridge.subList(0, 3)).as("the given title wins over the page's, as the date does")
          .containsExactly("https://news.example.org/bridge", "Harbour bridge to shut for repairs",
              "2020-06-11");
      List<Object> talks = articles.get(1);
      assertThat(talks.subList(0, 3)).containsExactly("https://news.example.org/talks",
          "Iraq and US resume strategic talks", "2020-06-12");
      JsonNode record = JSON.readTree((String) talks.get(3));
      assertThat(record.at("/metadata/title").asText()).isEqualTo("Iraq and US resume strategic talks");
      assertThat(record.at("/metadata/titleEvidence").asText()).isEqualTo("jsonl title");
      assertThat(record.at("/anchor/date").asText()).isEqualTo("2020-06-12");
      // the date's provenance is the line's field, and it anchors as a given date
      assertThat(record.at("/metadata/published/evidence").asText()).isEqualTo("jsonl date");
      assertThat(record.at("/anchor/status").asText()).isEqualTo("provided");
      assertThat(record.at("/anchor/evidence").asText()).isEqualTo("jsonl date");

      SearchIndex.Results hits = r.index().search(new SearchIndex.SearchRequest(
          "title:strategic", null, null, Set.of(), null, null, false, 10, 0));
      assertThat(hits.hits()).singleElement().extracting(SearchIndex.Hit::title, SearchIndex.Hit::published)
          .containsExactly("Iraq and US resume strategic talks", LocalDate.of(2020, 6, 12));
    }
  }

  @Test
  void aWeekdayInTheTextResolvesAgainstTheLinesDate() {
    try (Store.Reader r = Store.openReader(store)) {
      List<List<Object>> thursday = rows(r, "SELECT t.value, t.resolution FROM timexes t"
          + " JOIN articles a ON a.id = t.article_id"
          + " WHERE a.url = 'https://news.example.org/talks' AND t.surface LIKE '%Thursday%'");
      assertThat(thursday).containsExactly(List.of("2020-06-11", "anchored"));
    }
  }

  /**
   * Every line of the demo corpus gives its title, and its "date" when that is ISO (most are; at
   * this writing two lines give null, which leaves the article undated, and one "03-02-2009",
   * which fails that line with its reason, as a "published" in that form would).
   */
  @Test
  void everyLineOfTheDemoCorpusGivesItsTitleAndDate(@TempDir Path tmp) throws Exception {
    Path file = Shared.require("datasets/demo-corpus-wikinews/articles.jsonl");
    Map<String, List<String>> expected = new HashMap<>();
    List<String> refused = new ArrayList<>();
    int lines = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        lines++;
        JsonNode n = JSON.readTree(l);
        String date = n.get("date").isNull() ? null : n.get("date").asText();
        if (date != null && !ISO_DAY.matcher(date).matches()) {
          refused.add(file + ":" + lines + ": has a \"date\" that is not an ISO date or date-time"
              + " (\"" + date + "\"); write it as 2020-06-11 or 2020-06-11T10:00:00Z");
        } else {
          expected.put(n.get("url").asText(), Arrays.asList(n.get("title").asText(), date));
        }
      }
    }
    assertThat(lines).isEqualTo(142);
    assertThat(expected.values()).as("most lines are dated")
        .filteredOn(v -> v.get(1) != null).hasSizeGreaterThan(130);
    IngestJob.Summary s = ingest(Newsgraph.open(NewsgraphConfig.DEFAULTS), tmp, file, false);
    assertThat(s.firstFailures()).containsExactlyElementsOf(refused);
    assertThat(s.ingested()).isEqualTo(expected.size());
    try (Store.Reader r = Store.openReader(tmp)) {
      Map<String, List<String>> stored = new HashMap<>();
      for (List<Object> row :
          rows(r, "SELECT url, title, CAST(published AS VARCHAR) FROM articles")) {
        stored.put((String) row.get(0), Arrays.asList((String) row.get(1), (String) row.get(2)));
      }
      assertThat(stored).isEqualTo(expected);
    }
  }
}
