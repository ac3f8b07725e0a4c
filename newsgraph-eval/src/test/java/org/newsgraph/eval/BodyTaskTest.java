package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;

/** {@code eval body} end to end on a hand-made page: paths, gzip, headline choice, no models. */
class BodyTaskTest {

  private static final String PAGE =
      "<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a href='/x'>Impressum</a></nav>"
          + "<article><h1>The headline</h1>"
          + "<p>The council voted on Tuesday to close the old bridge for repairs this summer.</p>"
          + "<p>Work will start in June and should last about three months, officials said.</p>"
          + "</article><footer>Impressum | Kontakt</footer></body></html>";

  @TempDir Path dir;

  private Path write(String goldLines) throws IOException {
    Path pages = Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages.resolve("p.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path gold = Files.createDirectories(dir.resolve("gold")).resolve("body.jsonl");
    Files.writeString(gold, goldLines, StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void snippetsMakeTheHeadlineAndShinglesGoToExtra() throws IOException {
    Path gold =
        write(
            "{\"id\": \"p\", \"url\": \"https://example.org/a\", \"html\": \"../html/p.html.gz\","
                + " \"with\": [\"voted on Tuesday\", \"about three months\"], \"without\": [\"Impressum\"],"
                + " \"body\": \"The council voted on Tuesday to close the old bridge for repairs this summer.\\n\\n"
                + "Work will start in June and should last about three months, officials said.\"}\n");
    Newsgraph ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
    List<Failure> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    EvalResult r = Evaluation.prepare(new BodyTask(), gold, 10).run(EvalSystems.of(ng), 1, dir.resolve("out"), failures::add);
    assertThat(failures).isEmpty();
    // no NLP model loads for body eval: a page takes milliseconds, not the seconds of CoreNLP
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
    assertThat(r.report().headline().f1()).isEqualTo(1.0);
    assertThat(r.report().extra()).containsEntry("snippet_f1", 1.0).containsEntry("shingle_f1", 1.0)
        .containsEntry("accuracy", 1.0).containsKey("shingle_f1_sd");
    String out = Files.readString(dir.resolve("out/body.jsonl"), StandardCharsets.UTF_8);
    assertThat(out).contains("\"with_missing\":[]").contains("\"without_found\":[]").doesNotContain("The headline");
  }

  @Test
  void withoutSnippetsTheShinglesAreTheHeadlineAndAMissingPageFails() throws IOException {
    Path gold =
        write(
            "{\"id\": \"p\", \"html\": \"../html/p.html.gz\", \"body\": \"The council voted on Tuesday\"}\n"
                + "{\"id\": \"gone\", \"html\": \"../html/none.html\", \"body\": \"Some text here\"}\n");
    List<Failure> failures = new ArrayList<>();
    EvalResult r =
        Evaluation.prepare(new BodyTask(), gold, 10).run(EvalSystems.of(Newsgraph.open(NewsgraphConfig.DEFAULTS)), 1, null, failures::add);
    assertThat(failures).extracting(Failure::id).containsExactly("gone");
    assertThat(r.report().extra()).doesNotContainKey("snippet_f1").containsKey("shingle_f1");
    assertThat(r.report().headline()).isEqualTo(new Prf(
        r.report().extra().get("shingle_precision"), r.report().extra().get("shingle_recall"),
        r.report().extra().get("shingle_f1")));
    assertThat(r.report().headline().recall()).isEqualTo(0.5); // (1 + 0) / 2: the missing page scores 0
  }

  @Test
  void aRecordNeedsABodyOrSnippets() throws IOException {
    Path gold = write("{\"id\": \"p\", \"html\": \"../html/p.html.gz\"}\n");
    assertThatThrownBy(() -> Evaluation.prepare(new BodyTask(), gold, 10))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("needs 'body', or 'with'/'without'");
  }
}
