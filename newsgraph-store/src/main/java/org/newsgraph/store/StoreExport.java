package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.store.Segments.Segment;
import org.newsgraph.store.Tables.Table;

/**
 * Reads the store for an export: the tables as Parquet files ({@link #writeParquet}), or one
 * article at a time with its rows in other tables ({@link #open}, {@link #articles}).
 *
 * <p>An export has its own DuckDB connection, apart from {@link StoreReader}'s (which can write
 * nothing): it reads the live segments' files and writes only into the output directory asked for
 * (and spills large sorts to a private temporary directory). Everything else on the file system is
 * closed to it, as is any other setting once it has started.
 *
 * <p>Memory stays bounded whatever the size of the store: articles stream in publication order
 * (undated last, then by id), and each table's rows stream in the same order, so one article's rows
 * are in memory at a time; DuckDB sorts on disk what does not fit its memory limit.
 *
 * <p>The segments an export reads are listed once. A merge that deletes some of them while the
 * export starts makes it list them again; once the rows are sorted, the files are no longer read,
 * so an ingest may go on meanwhile.
 */
public final class StoreExport implements AutoCloseable {

  /**
   * Which articles to export: published from {@code from} to {@code to} (inclusive; either may be
   * null; with a date, undated articles are left out) and, when {@code ids} is not null, only those
   * ids.
   */
  public record Selection(LocalDate from, LocalDate to, Collection<String> ids) {
    public static final Selection ALL = new Selection(null, null, null);

    boolean isAll() {
      return from == null && to == null && ids == null;
    }
  }

  /**
   * One article: its {@code articles} row and its rows in the other tables asked for, each in the
   * record's order (by position in the text; blocks and quotations by {@code ord}), columns by
   * name, values as JDBC gives them (String, Integer, Long, Double, LocalDate, OffsetDateTime,
   * List). {@code ingestRank} is 1 + the number of the store's articles ingested in the same second
   * (UTC) whose id sorts before this one: with that second, it names the article in the store.
   */
  public record StoredArticle(
      Map<String, Object> article, Map<Table, List<Map<String, Object>>> rows, long ingestRank) {

    public String id() {
      return (String) article.get("id");
    }

    public List<Map<String, Object>> rows(Table t) {
      return rows.getOrDefault(t, List.of());
    }
  }

  /** A Parquet file written: its table, path, rows and bytes. */
  public record WrittenFile(Table table, Path path, long rows, long bytes) {}

  /** DuckDB's memory for an export; the rest of a large sort goes to disk. */
  private static final String MEMORY_LIMIT = "1GB";

  /** Listing the segments again after a merge removed some: at most this many times. */
  private static final int ATTEMPTS = 3;

  private static final String SELECTION = "export_selection";
  private static final String IDS = "export_ids";

  private final Segments segments;
  private final Selection selection;
  private final Path spill;
  private final DuckDBConnection conn;
  private List<Segment> live = List.of();
  private final Map<Table, String> sources = new LinkedHashMap<>();
  private long selected;

  private StoreExport(Path storeDir, Selection selection, Path outputDir) {
    this.segments = new Segments(storeDir);
    this.selection = selection;
    try {
      spill = Files.createTempDirectory("newsgraph-export-");
    } catch (IOException e) {
      throw new StoreException("cannot make a temporary directory for the export: " + e, e);
    }
    Properties p = new Properties();
    p.setProperty("jdbc_stream_results", "true");
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:", p).unwrap(DuckDBConnection.class);
      try (Statement st = conn.createStatement()) {
        st.execute("SET temp_directory = '" + Segments.sqlPath(spill) + "'");
        st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
        st.execute("SET TimeZone = 'UTC'");
        StringBuilder allowed =
            new StringBuilder("['").append(Segments.sqlPath(segments.segmentsDir())).append("/'");
        if (outputDir != null) {
          allowed.append(", '").append(Segments.sqlPath(outputDir)).append("/'");
        }
        st.execute("SET allowed_directories = " + allowed.append(']'));
        st.execute("SET enable_external_access = false");
        st.execute("SET lock_configuration = true");
      }
    } catch (SQLException e) {
      deleteSpill();
      throw new StoreException("cannot start DuckDB for the export: " + e.getMessage(), e);
    }
  }

  /** Opens the store for a streamed export of the selected articles. */
  public static StoreExport open(Path storeDir, Selection selection) {
    StoreExport x = new StoreExport(storeDir, selection, null);
    try {
      x.select();
      return x;
    } catch (RuntimeException e) {
      x.close();
      throw e;
    }
  }

  /** The number of articles selected. */
  public long selected() {
    return selected;
  }

  /**
   * Writes every table as {@code <table>.parquet} in {@code outDir} (created if needed), restricted
   * to the selected articles: their rows in every table, and the corpus entities and keys their
   * entities link to. Each file is written beside its final name and moved into place when whole,
   * so an interrupted export leaves no truncated file under a table's name.
   */
  public static List<WrittenFile> writeParquet(Path storeDir, Selection selection, Path outDir) {
    Path out = outDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new StoreException("cannot make the output directory " + out + ": " + e, e);
    }
    try (StoreExport x = new StoreExport(storeDir, selection, out)) {
      for (int attempt = 1; ; attempt++) {
        try {
          x.select();
          return x.copyTables(out);
        } catch (SQLException e) {
          if (attempt < ATTEMPTS && isMissingFile(e)) {
            continue;
          }
          throw new StoreException("cannot export the tables to " + out + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private List<WrittenFile> copyTables(Path out) throws SQLException {
    String tmpPrefix = ".newsgraph-export-";
    List<WrittenFile> written = new ArrayList<>();
    List<Path> tmps = new ArrayList<>();
    try {
      for (Table t : Tables.ALL) {
        Path tmp = out.resolve(tmpPrefix + t.file());
        tmps.add(tmp);
        long rows;
        try (Statement st = conn.createStatement()) {
          st.execute(
              "COPY ("
                  + selectRows(t)
                  + ") TO '"
                  + Segments.sqlPath(tmp)
                  + "' (FORMAT parquet, COMPRESSION zstd)");
          rows = copiedRows(st);
        }
        written.add(new WrittenFile(t, tmp, rows, 0));
      }
      List<WrittenFile> done = new ArrayList<>();
      for (WrittenFile w : written) {
        Path target = out.resolve(w.table().file());
        Files.move(
            w.path(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        done.add(new WrittenFile(w.table(), target, w.rows(), Files.size(target)));
      }
      return done;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the exported files into " + out, e);
    } finally {
      for (Path p : tmps) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a leftover hidden temporary file is overwritten by the next export
        }
      }
    }
  }

  private static long copiedRows(Statement st) throws SQLException {
    long n = st.getUpdateCount();
    if (n >= 0) {
      return n;
    }
    try (ResultSet rs = st.getResultSet()) {
      return rs != null && rs.next() ? rs.getLong(1) : -1;
    }
  }

  /** The selected rows of a table (for the Parquet export). */
  private String selectRows(Table t) {
    String from = sources.get(t);
    if (selection.isAll()) {
      return "SELECT * FROM " + from;
    }
    String in = "(SELECT id FROM " + SELECTION + ")";
    if (t == Tables.ARTICLES) {
      return "SELECT * FROM " + from + " WHERE id IN " + in;
    }
    if (t == Tables.CORPUS_ENTITIES || t == Tables.CORPUS_KEYS) {
      return "SELECT * FROM "
          + from
          + " WHERE corpus_id IN (SELECT corpus_id FROM "
          + sources.get(Tables.ENTITIES)
          + " WHERE article_id IN "
          + in
          + ")";
    }
    return "SELECT * FROM " + from + " WHERE article_id IN " + in;
  }

  /**
   * A relation of a table's rows in the live segments, with the table's columns by name (a column
   * added after some segments were written reads as NULL in them, as in StoreReader).
   */
  private static String source(Statement st, List<Segment> live, Table t) throws SQLException {
    if (live.isEmpty()) {
      return empty(t);
    }
    return "("
        + StoreReader.selectColumns(
            st, t, "read_parquet(" + Segments.fileList(live, t) + ", union_by_name = true)")
        + ")";
  }

  /**
   * The order of an article's rows in a table: the record's order (merged segments keep some tables
   * sorted by corpus entity instead).
   */
  static String rowOrder(Table t) {
    if (t == Tables.BLOCKS || t == Tables.QUOTATIONS) {
      return "c.ord";
    }
    if (t == Tables.ENTITIES) {
      // e1, e2, ... e10: by length first
      return "length(c.entity_id), c.entity_id";
    }
    if (t == Tables.MENTIONS) {
      return "c.char_start, c.char_end, c.entity_id, c.kind";
    }
    if (t == Tables.TIMEXES || t == Tables.COUNTS) {
      return "c.char_start, c.char_end";
    }
    throw new IllegalArgumentException("not a table of an article's annotations: " + t.name());
  }

  /** A relation with the table's columns and no rows, for a store without segments. */
  private static String empty(Table t) {
    StringBuilder sb = new StringBuilder("(SELECT ");
    for (int i = 0; i < t.columns().size(); i++) {
      Tables.Column c = t.columns().get(i);
      sb.append(i == 0 ? "" : ", ")
          .append("CAST(NULL AS ")
          .append(c.type())
          .append(") AS \"")
          .append(c.name())
          .append('"');
    }
    return sb.append(" WHERE false)").toString();
  }

  /**
   * Lists the live segments and makes the selection table: the selected articles' ids, publication
   * days and ingest ranks.
   */
  private void select() {
    for (int attempt = 1; ; attempt++) {
      live = segments.live();
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + SELECTION);
        if (selection.ids() != null) {
          st.execute("CREATE OR REPLACE TABLE " + IDS + " (id VARCHAR)");
          try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, IDS)) {
            for (String id : selection.ids()) {
              ap.beginRow();
              ap.append(id);
              ap.endRow();
            }
          }
        }
        List<String> where = new ArrayList<>();
        if (selection.from() != null) {
          where.add("published >= DATE '" + selection.from() + "'");
        }
        if (selection.to() != null) {
          where.add("published <= DATE '" + selection.to() + "'");
        }
        if (selection.ids() != null) {
          where.add("id IN (SELECT id FROM " + IDS + ")");
        }
        sources.clear();
        for (Table t : Tables.ALL) {
          sources.put(t, source(st, live, t));
        }
        String articles = sources.get(Tables.ARTICLES);
        st.execute(
            "CREATE TABLE "
                + SELECTION
                + " AS SELECT id, published, ingest_rank FROM ("
                + "SELECT id, published, row_number() OVER (PARTITION BY date_trunc('second',"
                + " ingested_at) ORDER BY id) AS ingest_rank FROM "
                + articles
                + ")"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)));
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + SELECTION)) {
          rs.next();
          selected = rs.getLong(1);
        }
        return;
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && isMissingFile(e)) {
          continue;
        }
        throw new StoreException("cannot read the store's segments: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The selected articles, each with its rows in the given tables. Close the cursor (or this
   * export) when done.
   */
  public Cursor articles(List<Table> with) {
    for (int attempt = 1; ; attempt++) {
      Cursor c = null;
      try {
        c = new Cursor(with);
        c.start();
        return c;
      } catch (SQLException e) {
        if (c != null) {
          c.close();
        }
        if (attempt < ATTEMPTS && isMissingFile(e)) {
          select();
          continue;
        }
        throw new StoreException("cannot read the store's segments: " + e.getMessage(), e);
      }
    }
  }

  /** Articles one at a time, in publication order, with their rows. */
  public final class Cursor implements Iterator<StoredArticle>, AutoCloseable {
    private final List<Table> tables;
    private final List<Connection> conns = new ArrayList<>();
    private Stream articles;
    private final List<Stream> children = new ArrayList<>();

    private Cursor(List<Table> tables) {
      this.tables = List.copyOf(tables);
    }

    /** Runs every query up to its first row: the files are all read (and sorted) by then. */
    private void start() throws SQLException {
      if (live.isEmpty()) {
        return;
      }
      String order = " ORDER BY s.published NULLS LAST, s.id";
      articles =
          new Stream(
              conn.duplicate(),
              null,
              "SELECT a.*, s.ingest_rank FROM "
                  + sources.get(Tables.ARTICLES)
                  + " a JOIN "
                  + SELECTION
                  + " s ON s.id = a.id"
                  + order);
      for (Table t : tables) {
        String rowOrder = rowOrder(t);
        children.add(
            new Stream(
                conn.duplicate(),
                t,
                "SELECT c.*, s.published AS \"s.published\" FROM "
                    + sources.get(t)
                    + " c JOIN "
                    + SELECTION
                    + " s ON s.id = c.article_id"
                    + order
                    + ", "
                    + rowOrder));
      }
      articles.advance();
      for (Stream s : children) {
        s.advance();
      }
    }

    @Override
    public boolean hasNext() {
      return articles != null && articles.row != null;
    }

    @Override
    public StoredArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      try {
        Map<String, Object> a = articles.row;
        long rank = ((Number) a.remove("ingest_rank")).longValue();
        Key key = new Key((LocalDate) a.get("published"), (String) a.get("id"));
        Map<Table, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Stream s : children) {
          List<Map<String, Object>> mine = new ArrayList<>();
          while (s.row != null) {
            Key k = new Key((LocalDate) s.row.get("s.published"), (String) s.row.get("article_id"));
            int cmp = k.compareTo(key);
            if (cmp > 0) {
              break;
            }
            if (cmp < 0) {
              throw new StoreException(
                  "the export read rows of "
                      + s.table.name()
                      + " out of order (article "
                      + k.id()
                      + " before "
                      + key.id()
                      + ")");
            }
            s.row.remove("s.published");
            mine.add(s.row);
            s.advance();
          }
          rows.put(s.table, mine);
        }
        articles.advance();
        return new StoredArticle(a, rows, rank);
      } catch (SQLException e) {
        throw new StoreException("the export stopped reading the store: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      List<Stream> all = new ArrayList<>(children);
      if (articles != null) {
        all.add(articles);
      }
      for (Stream s : all) {
        s.close();
      }
      children.clear();
      articles = null;
    }
  }

  /** The sort key of the export: publication day (nulls last), then article id. */
  private record Key(LocalDate published, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      if (published == null || o.published == null) {
        if (published != o.published) {
          return published == null ? 1 : -1;
        }
      } else {
        int c = published.compareTo(o.published);
        if (c != 0) {
          return c;
        }
      }
      return id.compareTo(o.id);
    }
  }

  /** One streamed query on its own connection, with its current row. */
  private static final class Stream {
    final Connection conn;
    final Table table;
    final PreparedStatement ps;
    final ResultSet rs;
    final String[] columns;
    Map<String, Object> row;

    Stream(Connection conn, Table table, String sql) throws SQLException {
      this.conn = conn;
      this.table = table;
      try {
        ps = conn.prepareStatement(sql);
        rs = ps.executeQuery();
        ResultSetMetaData md = rs.getMetaData();
        columns = new String[md.getColumnCount()];
        for (int i = 0; i < columns.length; i++) {
          columns[i] = md.getColumnLabel(i + 1);
        }
      } catch (SQLException e) {
        conn.close();
        throw e;
      }
    }

    void advance() throws SQLException {
      if (!rs.next()) {
        row = null;
        return;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        r.put(columns[i], value(rs.getObject(i + 1)));
      }
      row = r;
    }

    void close() {
      try {
        rs.close();
        ps.close();
        conn.close();
      } catch (SQLException ignored) {
        // closing: nothing is left to read
      }
    }
  }

  private static Object value(Object v) throws SQLException {
    if (v instanceof java.sql.Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object o : items) {
        out.add(value(o));
      }
      return out;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return v;
  }

  static boolean isMissingFile(SQLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("no files found")
        || m.contains("no such file")
        || m.contains("cannot open file");
  }

  private void deleteSpill() {
    try {
      Segments.deleteTree(spill);
    } catch (IOException ignored) {
      // a temporary directory left behind is the system's to clean
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // nothing more is read
    } finally {
      deleteSpill();
    }
  }
}
