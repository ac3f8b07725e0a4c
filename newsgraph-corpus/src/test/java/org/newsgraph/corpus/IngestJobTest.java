package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.corpus.CorpusQueries.EntityMatch;
import org.newsgraph.corpus.CorpusQueries.EntityPage;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.testkit.Shared;

/**
 * The whole corpus path with the full analysis: the seed article and a second dispatch that
 * spells the Iraqi prime minister's name another way, ingested twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobTest {

  private Path store;
  private IngestJob.Summary first;
  private IngestJob.Summary second;

  private static final String SECOND =
      "Iraqi Prime Minister Moustafa al-Kazimi said on Saturday that the talks with Washington"
          + " would continue.\n\n"
          + "\"We want a balanced relationship,\" Moustafa al-Kazimi told reporters in Baghdad."
          + " Iraq hosts about 5,200 American soldiers.\n";

  @BeforeAll
  void ingestTwice(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(Shared.seedExample(), in.resolve("seed.txt"));
    Files.writeString(in.resolve("second.txt"), SECOND, StandardCharsets.UTF_8);
    store = tmp.resolve("store");
    Newsgraph ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
    IngestJob.Options o = new IngestJob.Options(2, 200, Duration.ofSeconds(10), true, false, 15,
        IngestJob.Options.DEFAULTS.sources());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Store.Writer w = Store.openWriter(store)) {
      first = new IngestJob(ng, w, o, quiet).run(List.of(in.toString()));
    }
    try (Store.Writer w = Store.openWriter(store)) {
      second = new IngestJob(ng, w, o, quiet).run(List.of(in.toString()));
    }
  }

  @Test
  void theSecondRunAddsNothing() {
    assertThat(first.ingested()).isEqualTo(2);
    assertThat(first.failed()).isZero();
    assertThat(second.ingested()).isZero();
    assertThat(second.alreadyPresent()).isEqualTo(2);
  }

  @Test
  void thePrimeMinisterIsOneEntityAcrossBothArticlesWithBothSpellings() {
    try (Store.Reader r = Store.openReader(store)) {
      CorpusQueries q = new CorpusQueries(r.tables());
      List<EntityMatch> m = q.findEntities("Mustafa al-Kazimi", 5);
      assertThat(m).isNotEmpty();
      EntityPage p = q.entity(m.get(0).id(), 20).orElseThrow();
      assertThat(p.entity().type()).isEqualTo("PER");
      assertThat(p.entity().articles()).isEqualTo(2);
      assertThat(p.variants()).anyMatch(v -> v.startsWith("Moustafa"))
          .anyMatch(v -> v.startsWith("Mustafa"));
      // the seed spells the name both ways, so the second article links by a name the seed gave
      assertThat(p.links()).extracting(CorpusQueries.Link::rule)
          .containsOnlyOnce("new").hasSize(2);
      assertThat(p.links()).anyMatch(l -> l.reason().contains("Moustafa al-Kazimi"));
      assertThat(p.quotes()).anyMatch(x -> x.text().contains("balanced relationship"));
      assertThat(p.coEntities()).extracting(CorpusQueries.CoEntity::name).contains("Iraq");
    }
  }

  @Test
  void searchFindsTheSeedByPhraseAndByEntity() {
    try (Store.Reader r = Store.openReader(store)) {
      CorpusQueries q = new CorpusQueries(r.tables());
      String iraq = q.findEntities("Iraq", 1).get(0).id();
      SearchIndex.Results res = r.index().search(new SearchIndex.SearchRequest(
          "\"reduce\" AND troops", null, null, java.util.Set.of(iraq), null, null, false, 10, 0));
      assertThat(res.total()).isEqualTo(1);
      assertThat(res.hits().get(0).snippet()).contains("<b>");
      long mentions = (Long) r.tables().query(
          "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
              + " WHERE substr(a.text, m.char_start + 1, m.char_end - m.char_start) = m.surface",
          List.of(), 1, Duration.ofSeconds(10)).rows().get(0).get(0);
      long all = (Long) r.tables().query("SELECT count(*) FROM mentions", List.of(), 1,
          Duration.ofSeconds(10)).rows().get(0).get(0);
      assertThat(mentions).as("every mention's span gives its surface").isEqualTo(all).isPositive();
    }
  }
}
