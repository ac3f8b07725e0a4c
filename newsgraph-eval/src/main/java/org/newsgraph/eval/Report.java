package org.newsgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task's scores over a file.
 *
 * @param headline the task's headline P/R/F1 (FORMATS.md §0)
 * @param extra further figures for scripts, in print order; NaN = n/a
 * @param table the readable table, one line per element
 */
public record Report(Prf headline, Map<String, Double> extra, List<String> table) {

  public Report {
    Objects.requireNonNull(headline, "headline");
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    table = List.copyOf(table);
  }
}
