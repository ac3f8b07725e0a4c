package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one evaluation run, printed as a table or as the one-line JSON object of
 * FORMATS.md §0.
 *
 * @param task the task name
 * @param system the system scored ({@link EvalSystems})
 * @param gold the gold file, as the user named it
 * @param records records scored
 * @param failures records the system could not process (scored as empty output)
 * @param seconds wall time of analysis and scoring, without loading the models
 * @param report the task's scores
 */
public record EvalResult(
    String task, String system, Path gold, int records, List<Failure> failures, double seconds, Report report) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Decimals of the scores in JSON: enough to see a change of one mention in a thousand. */
  private static final int SCORE_DECIMALS = 4;

  private static final int SECONDS_DECIMALS = 2;

  public EvalResult {
    failures = List.copyOf(failures);
  }

  public int failed() {
    return failures.size();
  }

  /**
   * One line: {@code task, system, gold, records, failed, precision, recall, f1, seconds,
   * extra}; a score that is n/a is {@code null}.
   */
  public String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("task", task);
    o.put("system", system);
    o.put("gold", gold.toString());
    o.put("records", records);
    o.put("failed", failed());
    putScore(o, "precision", report.headline().precision());
    putScore(o, "recall", report.headline().recall());
    putScore(o, "f1", report.headline().f1());
    o.put("seconds", round(seconds, SECONDS_DECIMALS));
    ObjectNode extra = o.putObject("extra");
    for (Map.Entry<String, Double> e : report.extra().entrySet()) {
      putScore(extra, e.getKey(), e.getValue());
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The readable report: a header, the task's table, and the failure count. */
  public List<String> toText() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT, "%s  %s  system %s, records %d, failed %d, %.1f s",
            task, gold, system, records, failed(), seconds));
    Prf h = report.headline();
    lines.add(
        String.format(
            Locale.ROOT, "headline  P %s  R %s  F1 %s",
            Prf.format(h.precision()), Prf.format(h.recall()), Prf.format(h.f1())));
    lines.add("");
    lines.addAll(report.table());
    return lines;
  }

  private static void putScore(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, round(v, SCORE_DECIMALS));
    }
  }

  private static double round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }
}
