package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalResultTest {

  @Test
  void jsonHasTheShapeOfFormatsSection0() {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("strict_f1", 0.5);
    extra.put("value_f1", Double.NaN);
    Report report = new Report(new Prf(Double.NaN, 0.0, 0.0), extra, List.of());
    EvalResult r =
        new EvalResult(
            "timex", "newsgraph", Path.of("gold/timex.jsonl"), 3, List.of(new Failure("a", 1, "boom")), 1.23456,
            report);
    assertThat(r.toJson())
        .isEqualTo(
            "{\"task\":\"timex\",\"system\":\"newsgraph\",\"gold\":\"gold/timex.jsonl\",\"records\":3,\"failed\":1,"
                + "\"precision\":null,\"recall\":0.0,\"f1\":0.0,\"seconds\":1.23,"
                + "\"extra\":{\"strict_f1\":0.5,\"value_f1\":null}}");
  }

  @Test
  void scoresAreRoundedToFourDecimals() {
    Report report = new Report(new Prf(2.0 / 3, 1.0 / 3, 4.0 / 9), Map.of(), List.of());
    String json = new EvalResult("ner", "corenlp", Path.of("ner.jsonl"), 1, List.of(), 0, report).toJson();
    assertThat(json).contains("\"precision\":0.6667,\"recall\":0.3333,\"f1\":0.4444");
  }
}
