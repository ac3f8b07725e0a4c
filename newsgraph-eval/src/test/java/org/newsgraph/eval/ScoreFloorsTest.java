package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.testkit.Shared;

/**
 * The committed score floors ({@code floors.properties}): every task on every gold file named
 * there, in full, must score at least its floor.
 */
class ScoreFloorsTest {

  /** Scores are compared at the 4 decimals the evaluator prints. */
  private static final double TOLERANCE = 0.00005;

  /** Above the floor by this much, the test suggests raising it. */
  private static final double RAISE_HINT = 0.005;

  private static Newsgraph ng;

  @BeforeAll
  static void open() {
    ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
  }

  static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in = ScoreFloorsTest.class.getResourceAsStream("/floors.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** One evaluation per (task, dataset); its metrics are checked together. */
  static Stream<String> runs() throws IOException {
    TreeSet<String> runs = new TreeSet<>();
    for (String key : floors().stringPropertyNames()) {
      runs.add(key.substring(0, key.lastIndexOf('.')));
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void scoresStayAtOrAboveTheirFloors(String run) throws IOException {
    String task = run.substring(0, run.indexOf('.'));
    String dataset = run.substring(run.indexOf('.') + 1);
    Path gold = Shared.require("datasets/" + dataset + "/gold/" + task + ".jsonl");
    EvalTask<?, ?> evalTask = EvalTasks.require(task);
    List<Failure> failures = new ArrayList<>();
    EvalResult r = Evaluation.prepare(evalTask, gold, Integer.MAX_VALUE).run(EvalSystems.of(ng), 2, null, failures::add);
    assertThat(failures).as("records the pipeline failed on").isEmpty();
    Properties floors = floors();
    for (String key : floors.stringPropertyNames()) {
      if (!key.startsWith(run + ".")) {
        continue;
      }
      String metric = key.substring(run.length() + 1);
      double floor = Double.parseDouble(floors.getProperty(key));
      Double score = metric.equals("f1") ? r.report().headline().f1() : r.report().extra().get(metric);
      assertThat(score).as("%s has no metric '%s'", run, metric).isNotNull();
      assertThat(score)
          .as("%s = %.4f fell below its floor %.4f", key, score, floor)
          .isGreaterThanOrEqualTo(floor - TOLERANCE);
      if (score > floor + RAISE_HINT) {
        System.out.printf(Locale.ROOT, "%s = %.4f: raise its floor (%.4f) in floors.properties%n", key, score, floor);
      }
    }
  }
}
