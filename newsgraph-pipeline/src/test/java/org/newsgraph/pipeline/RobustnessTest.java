package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layer;
import org.newsgraph.model.RawInput;
import org.newsgraph.testkit.Invariants;
import org.newsgraph.testkit.Shared;

/**
 * Invariants for free: on real texts and on random and hostile ones, every outcome is either a
 * sound document or a clean failure (never an internal error), and the output is the same twice
 * and under concurrency. Random inputs come from a logged seed: rerun one with
 * {@code -Dnewsgraph.seed=N}.
 */
class RobustnessTest {

  private final Newsgraph ng = TestNewsgraph.get();

  private static List<RawInput> demoCorpus(int limit) throws IOException {
    Path dir = Shared.require("datasets/demo-corpus-wikinews/txt");
    try (Stream<Path> s = Files.list(dir)) {
      List<RawInput> out = new ArrayList<>();
      for (Path p : s.sorted().limit(limit).toList()) {
        out.add(new RawInput(p.getFileName().toString(), Files.readAllBytes(p), "text/plain", null));
      }
      return out;
    }
  }

  @Test
  void realArticlesAreSoundAndTheSameUnderConcurrency() throws IOException {
    List<RawInput> inputs = demoCorpus(40);
    List<Outcome> sequential = ng.analyzeAll(inputs, AnalyzeOptions.NONE, 1);
    List<Outcome> parallel = ng.analyzeAll(inputs, AnalyzeOptions.NONE, 2);
    for (int i = 0; i < inputs.size(); i++) {
      Outcome a = sequential.get(i);
      assertThat(a.ok()).as(a.message()).isTrue();
      assertThat(Invariants.violations(a.document())).as(a.input()).isEmpty();
      Document p = parallel.get(i).document();
      for (Key k : a.document().keys()) {
        if (k instanceof Layer<?> layer) {
          assertThat(p.findLayer(layer))
              .as("same %s under concurrency: %s", layer, a.input())
              .isEqualTo(a.document().findLayer(layer));
        }
      }
    }
  }

  @Test
  void randomAndHostileInputsFailCleanlyOrSucceedSoundly() {
    long seed = Long.getLong("newsgraph.seed", System.nanoTime());
    System.out.println("RobustnessTest seed: " + seed + " (rerun with -Dnewsgraph.seed=" + seed + ")");
    Random r = new Random(seed);
    List<String> texts = new ArrayList<>();
    texts.add("\"".repeat(500));
    texts.add("(".repeat(2000) + "Obama" + ")".repeat(2000));
    texts.add("Paris ".repeat(3000));
    texts.add("On Monday, Tuesday, Wednesday, Thursday, Friday, June 11th 2020, 12/12/12 at 10:00. ".repeat(20));
    texts.add("a".repeat(20_000));
    texts.add(">> Read: \n>> See: \nWith AFP\n");
    texts.add("\u202e\u200b\ufeff Donald\u00adTrump \ud83d\ude00 visited Kyiv. \u0000");
    texts.add("<script>alert(1)</script> The minister resigned on Friday.");
    for (int i = 0; i < 12; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(400);
      for (int k = 0; k < n; k++) {
        int kind = r.nextInt(10);
        if (kind < 6) {
          sb.append((char) ('a' + r.nextInt(26)));
        } else if (kind < 8) {
          String punct = " .,\"'\n()-:;!?";
          sb.append(punct.charAt(r.nextInt(punct.length())));
        } else {
          sb.appendCodePoint(r.nextInt(0x2FFFF));
        }
      }
      texts.add(sb.toString());
    }
    for (int i = 0; i < texts.size(); i++) {
      byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
      Outcome o = ng.analyze(new RawInput("random-" + i, bytes, null, null), AnalyzeOptions.NONE);
      if (o.ok()) {
        assertThat(Invariants.violations(o.document())).as("input %d", i).isEmpty();
      } else {
        assertThat(o.error()).as("input %d", i).doesNotContain("internal error");
      }
    }
  }
}
