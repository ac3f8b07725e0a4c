package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A readable table of named counts with their P/R/F1, for the text report. */
final class CountsTable {

  /** Wide enough for "PER+ORG+LOC strict (headline)". */
  private static final int NAME_WIDTH = 31;

  private final List<String> lines = new ArrayList<>();

  CountsTable() {
    lines.add(
        String.format(
            Locale.ROOT, "%-" + NAME_WIDTH + "s %6s %6s %6s %6s %6s %6s",
            "", "gold", "system", "tp", "P", "R", "F1"));
  }

  CountsTable row(String name, Counts c) {
    Prf p = c.prf();
    lines.add(
        String.format(
            Locale.ROOT, "%-" + NAME_WIDTH + "s %6d %6d %6d %6s %6s %6s",
            name, c.gold(), c.system(), c.tp(),
            Prf.format(p.precision()), Prf.format(p.recall()), Prf.format(p.f1())));
    return this;
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
