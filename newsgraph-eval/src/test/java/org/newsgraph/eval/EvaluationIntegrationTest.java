package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.testkit.Shared;

/** Runs the real pipeline on the first records of the shared gold files. */
class EvaluationIntegrationTest {

  /** Enough records to see every type and a few relative dates, few enough to stay fast. */
  private static final int RECORDS = 10;

  /**
   * Records for the quotes and entities runs: these only check that every record goes through
   * (their scores stay near zero until the quotation and entity stages exist).
   */
  private static final int SMOKE_RECORDS = 5;

  private static Newsgraph ng;

  @TempDir Path out;

  @BeforeAll
  static void open() {
    ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
  }

  @Test
  void nerOnMeantime() throws IOException {
    Path gold = Shared.require("datasets/meantime-en/gold/ner.jsonl");
    List<Failure> failures = new ArrayList<>();
    EvalResult r = Evaluation.prepare(new NerTask(), gold, RECORDS).run(EvalSystems.of(ng), 2, out, failures::add);

    assertThat(failures).isEmpty();
    assertThat(r.records()).isEqualTo(RECORDS);
    assertThat(r.report().headline().f1()).isBetween(0.5, 1.0);
    assertThat(r.report().extra().get("relaxed_f1")).isGreaterThanOrEqualTo(r.report().headline().f1());
    // --out writes one record per line, in the gold format and order, readable as gold again.
    Path written = out.resolve("ner.jsonl");
    List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(RECORDS);
    NerTask task = new NerTask();
    List<String> goldIds = GoldFile.read(gold, RECORDS).stream().map(GoldLine::id).toList();
    assertThat(GoldFile.read(written).stream().map(task::parse).map(NerTask.Gold::id)).containsExactlyElementsOf(goldIds);
  }

  @Test
  void timexOnMeantime() {
    Path gold = Shared.require("datasets/meantime-en/gold/timex.jsonl");
    List<Failure> failures = new ArrayList<>();
    EvalResult r = Evaluation.prepare(new TimexTask(), gold, RECORDS).run(EvalSystems.of(ng), 2, null, failures::add);

    assertThat(failures).isEmpty();
    assertThat(r.report().headline().f1()).isBetween(0.5, 1.0);
    assertThat(r.report().extra().get("value_f1")).isBetween(0.3, r.report().headline().f1());
  }

  @Test
  void quotesOnPolnear() {
    Path gold = Shared.require("datasets/polnear/gold/quotes.jsonl");
    List<Failure> failures = new ArrayList<>();
    EvalResult r = Evaluation.prepare(new QuotesTask(), gold, SMOKE_RECORDS).run(EvalSystems.of(ng), 2, out, failures::add);

    assertThat(failures).isEmpty();
    assertThat(r.records()).isEqualTo(SMOKE_RECORDS);
    assertThat(r.report().extra()).containsKeys("content_f1", "speaker_accuracy", "scare_quotes_left_out");
    assertThat(out.resolve("quotes.jsonl")).exists();
  }

  @Test
  void entitiesOnMeantime() {
    Path gold = Shared.require("datasets/meantime-en/gold/entities.jsonl");
    List<Failure> failures = new ArrayList<>();
    EvalResult r = Evaluation.prepare(new EntitiesTask(), gold, SMOKE_RECORDS).run(EvalSystems.of(ng), 2, out, failures::add);

    assertThat(failures).isEmpty();
    assertThat(r.records()).isEqualTo(SMOKE_RECORDS);
    assertThat(r.report().extra()).containsKeys("named_conll_f1", "muc_f1", "b3_f1", "ceafe_f1", "link_f1");
    assertThat(out.resolve("entities.jsonl")).exists();
  }
}
