package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.Alignment.Mode;
import org.newsgraph.eval.Alignment.Pair;

/**
 * The {@code timex} metrics of FORMATS.md §6 (TempEval-3 scorer definitions), as pure functions
 * over time-expression lists: strict and relaxed span P/R/F1, value F1 and type F1 on the
 * relaxed alignment, and value accuracy by type. The headline is relaxed P/R/F1; systems are
 * ranked by value F1.
 */
public final class TimexEval {

  /** TIMEX3 types, in report order. */
  public static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

  private TimexEval() {}

  /** All counts for one record. */
  public static TimexCounts score(List<Timex> gold, List<Timex> system) {
    List<Pair> relaxed = Alignment.align(gold, system, Mode.RELAXED);
    int sameValue = 0;
    int sameType = 0;
    Map<String, Accuracy> byType = TimexCounts.zeroByType();
    for (Pair p : relaxed) {
      Timex g = gold.get(p.gold());
      Timex s = system.get(p.system());
      boolean valueOk = g.value().equals(s.value());
      sameValue += valueOk ? 1 : 0;
      sameType += g.type().equals(s.type()) ? 1 : 0;
      byType.merge(g.type(), new Accuracy(valueOk ? 1 : 0, 1), Accuracy::plus);
    }
    return new TimexCounts(
        Alignment.count(gold, system, Mode.STRICT),
        Counts.ofAlignment(gold.size(), system.size(), relaxed.size()),
        Counts.ofAlignment(gold.size(), system.size(), sameValue),
        Counts.ofAlignment(gold.size(), system.size(), sameType),
        byType);
  }

  /** The headline (relaxed), the extra figures for scripts and the table for people. */
  public static Report report(TimexCounts c) {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("strict_f1", c.strict().prf().f1());
    extra.put("value_f1", c.value().prf().f1());
    extra.put("type_f1", c.type().prf().f1());
    extra.put("strict_precision", c.strict().prf().precision());
    extra.put("strict_recall", c.strict().prf().recall());
    extra.put("value_precision", c.value().prf().precision());
    extra.put("value_recall", c.value().prf().recall());
    extra.put("value_accuracy", c.valueAccuracy().value());
    c.valueByType()
        .forEach((type, a) -> extra.put("value_accuracy_" + type.toLowerCase(Locale.ROOT), a.value()));

    CountsTable t = new CountsTable();
    t.row("strict", c.strict());
    t.row("relaxed (headline)", c.relaxed());
    t.row("value (rank by this)", c.value());
    t.row("type", c.type());
    List<String> lines = new ArrayList<>(t.lines());
    lines.add("");
    lines.add("value accuracy on relaxed-aligned pairs, by gold type:");
    c.valueByType()
        .forEach(
            (type, a) ->
                lines.add(
                    String.format(
                        Locale.ROOT, "  %-9s %5d / %-5d %s",
                        type, a.correct(), a.total(), Prf.format(a.value()))));
    Accuracy all = c.valueAccuracy();
    lines.add(
        String.format(
            Locale.ROOT, "  %-9s %5d / %-5d %s", "all", all.correct(), all.total(), Prf.format(all.value())));
    return new Report(c.relaxed().prf(), extra, lines);
  }
}
