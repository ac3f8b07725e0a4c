package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.Tables.Table;

/**
 * Rows waiting to be committed together as one segment. Values are in the table's column order;
 * their Java types are those the DuckDB appender takes (String, Integer, Long, Double,
 * LocalDate, OffsetDateTime, List of String), or null.
 */
public final class Batch {

  private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
  private int articles;

  public Batch() {
    for (Table t : Tables.ALL) {
      rows.put(t, new ArrayList<>());
    }
  }

  /** Adds a row; throws when its width is not the table's. */
  public void add(Table table, Object... values) {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          "a row of " + table.name() + " has " + table.columns().size() + " values, not "
              + values.length);
    }
    rows.get(table).add(values);
    if (table == Tables.ARTICLES) {
      articles++;
    }
  }

  public List<Object[]> rows(Table table) {
    return rows.get(table);
  }

  public int articles() {
    return articles;
  }

  public boolean isEmpty() {
    for (List<Object[]> r : rows.values()) {
      if (!r.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
