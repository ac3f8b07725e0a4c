package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.newsgraph.store.Segments.Segment;
import org.newsgraph.store.Tables.Table;

/**
 * Reads the store's tables with DuckDB: an in-memory database whose tables are views over the
 * live segments' Parquet files, re-made whenever the segments change (an ingest may be
 * committing in another process meanwhile). The connection can read nothing outside the
 * store's segments and write nothing; every query is bounded in time and rows.
 *
 * <p>Thread-safe: queries run one at a time.
 */
public final class StoreReader implements AutoCloseable {

  /** The rows of a query: column names, then values (as JDBC returns them). */
  public record Rows(List<String> columns, List<List<Object>> rows, boolean truncated) {}

  private final Segments segments;
  private final Connection conn;
  private final ScheduledExecutorService timer;
  private List<Segment> viewed = null;

  public StoreReader(Path storeDir) {
    this.segments = new Segments(storeDir);
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = conn.createStatement()) {
        st.execute("SET allowed_directories = ['" + Segments.sqlPath(segments.segmentsDir()) + "/']");
        st.execute("SET enable_external_access = false");
        st.execute("SET memory_limit = '2GB'");
        // the segments never change once written: their footers can be kept between queries
        st.execute("SET parquet_metadata_cache = true");
        st.execute("SET lock_configuration = true");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot start DuckDB: " + e.getMessage(), e);
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsgraph-query-timeout");
              t.setDaemon(true);
              return t;
            });
  }

  /** The live segments the views cover now. */
  public synchronized List<Segment> segments() {
    refresh();
    return viewed;
  }

  /**
   * Runs a read-only query (one SELECT, VALUES or WITH statement) with parameters; at most
   * {@code maxRows} rows come back, and a query running longer than {@code timeout} is
   * cancelled with a StoreException saying so. A parameter that is a list of strings binds as
   * a {@code VARCHAR[]} ({@code WHERE article_id IN (SELECT unnest(?))}): thousands of ids in
   * one parameter, not one placeholder each.
   */
  public synchronized Rows query(String sql, List<?> params, int maxRows, Duration timeout) {
    for (int attempt = 0; ; attempt++) {
      refresh();
      try {
        return run(sql, params, maxRows, timeout);
      } catch (SQLException e) {
        // a merge may have deleted a segment after the views were made: list again, once
        if (attempt == 0 && isMissingFile(e)) {
          viewed = null;
          continue;
        }
        throw new StoreException(describe(e, timeout), e);
      }
    }
  }

  /** Like {@link #query}, for a statement written by a user: wrapped so only a query can run. */
  public Rows userQuery(String sql, int maxRows, Duration timeout) {
    String body = sql.strip();
    while (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    if (body.isEmpty()) {
      throw new StoreException("the query is empty; try: SELECT count(*) FROM articles");
    }
    checkOneSelect(body);
    return query("SELECT * FROM (" + body + "\n) AS q", List.of(), maxRows, timeout);
  }

  /**
   * Refuses anything but one query: DuckDB's own parser says what the text is (a prepared
   * statement would run every statement but the last of a text holding several).
   */
  private synchronized void checkOneSelect(String sql) {
    JsonNode parsed;
    try (PreparedStatement ps = conn.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
      ps.setString(1, sql);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        parsed = JSON.readTree(rs.getString(1));
      }
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot check the query: " + e.getMessage(), e);
    }
    if (parsed.path("error").asBoolean(false)) {
      String why = parsed.path("error_message").asText();
      throw new StoreException(
          why.startsWith("Only SELECT")
              ? "only one read-only query (SELECT, WITH, VALUES) can run; the store is not"
                  + " changed through SQL"
              : "the query does not parse: " + why);
    }
    if (parsed.path("statements").size() != 1) {
      throw new StoreException("give one query at a time, not " + parsed.path("statements").size());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows run(String sql, List<?> params, int maxRows, Duration timeout) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, bindable(params.get(i)));
      }
      ps.setMaxRows(maxRows + 1);
      ScheduledFuture<?> cancel =
          timer.schedule(
              () -> {
                try {
                  ps.cancel();
                } catch (SQLException ignored) {
                  // the statement finished meanwhile
                }
              },
              timeout.toMillis(),
              TimeUnit.MILLISECONDS);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          cols.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
          if (rows.size() == maxRows) {
            truncated = true;
            break;
          }
          List<Object> row = new ArrayList<>(cols.size());
          for (int i = 1; i <= cols.size(); i++) {
            row.add(value(rs.getObject(i)));
          }
          rows.add(row);
        }
        return new Rows(cols, rows, truncated);
      } finally {
        cancel.cancel(false);
      }
    }
  }

  /** A parameter as JDBC binds it: a list of strings as a VARCHAR array, the rest as is. */
  private Object bindable(Object p) throws SQLException {
    if (!(p instanceof List<?> list)) {
      return p;
    }
    Object[] items = list.toArray();
    for (Object o : items) {
      if (!(o instanceof String)) {
        throw new IllegalArgumentException("a list parameter holds strings only, not "
            + (o == null ? "null" : o.getClass().getSimpleName()));
      }
    }
    return conn.createArrayOf("VARCHAR", items);
  }

  /** JDBC arrays become lists; everything else stays as JDBC gives it. */
  private static Object value(Object v) throws SQLException {
    if (v instanceof java.sql.Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object o : items) {
        out.add(value(o));
      }
      return out;
    }
    return v;
  }

  private void refresh() {
    List<Segment> live = segments.live();
    if (live.equals(viewed)) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      for (Table t : Tables.ALL) {
        String source =
            live.isEmpty()
                ? "SELECT " + t.columns().stream()
                    .map(c -> "CAST(NULL AS " + c.type() + ") AS \"" + c.name() + "\"")
                    .collect(Collectors.joining(", ")) + " WHERE false"
                : selectColumns(st, t, "read_parquet(" + Segments.fileList(live, t)
                    + ", union_by_name = true)");
        st.execute("CREATE OR REPLACE VIEW \"" + t.name() + "\" AS " + source);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's segments: " + e.getMessage(), e);
    }
    viewed = live;
  }

  /**
   * The table's columns from its files, by name: a column the files do not have (they were
   * written before it was added) reads as NULL.
   */
  static String selectColumns(Statement st, Table t, String files) throws SQLException {
    java.util.Set<String> present = new java.util.HashSet<>();
    try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + files)) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    return "SELECT " + t.columns().stream()
        .map(c -> present.contains(c.name())
            ? "\"" + c.name() + "\""
            : "CAST(NULL AS " + c.type() + ") AS \"" + c.name() + "\"")
        .collect(Collectors.joining(", ")) + " FROM " + files;
  }

  private static boolean isMissingFile(SQLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("no files found") || m.contains("no such file") || m.contains("cannot open file");
  }

  private static String describe(SQLException e, Duration timeout) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("INTERRUPT")) {
      return "the query ran longer than " + timeout.toSeconds() + " s and was stopped; narrow it"
          + " (a WHERE clause, fewer joins) or raise the time limit";
    }
    if (m.contains("Permission Error")) {
      return "queries read the store's tables only (" + tableNames() + "): " + firstLine(m);
    }
    return firstLine(m) + " (tables: " + tableNames() + ")";
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  static String tableNames() {
    return Tables.ALL.stream().map(Table::name).collect(Collectors.joining(", "));
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close DuckDB: " + e.getMessage(), e);
    }
  }
}
