package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.store.Tables.Column;
import org.newsgraph.store.Tables.Table;

/**
 * The segments of a store: immutable directories of Parquet files, one per table, under
 * {@code segments/}. A segment is written in {@code tmp/} and moved into place with one atomic
 * rename: that rename is the commit. A process killed at any moment leaves either the whole
 * segment or none of it (the half-written directory in {@code tmp/} is deleted by the next
 * writer).
 *
 * <p>Names are ranges: {@code s00000007-00000007} is the seventh committed batch, {@code
 * s00000001-00000010} the merge of the first ten. A merge is committed the same way; a range
 * covered by a larger one is dead and is deleted, by the merge or by the next writer. Readers
 * list the live segments for every query, so they never see a segment twice or half of one.
 */
public final class Segments {

  private static final Pattern NAME = Pattern.compile("s(\\d{8})-(\\d{8})");

  /** A live segment: its directory and the range of batches it holds. */
  public record Segment(Path dir, int first, int last) {
    public Path file(Table t) {
      return dir.resolve(t.file());
    }

    int batches() {
      return last - first + 1;
    }
  }

  private final Path root;

  public Segments(Path storeDir) {
    this.root = storeDir;
  }

  public Path segmentsDir() {
    return root.resolve("segments");
  }

  Path tmpDir() {
    return root.resolve("tmp");
  }

  /** The live segments in batch order: every segment not covered by a larger range. */
  public List<Segment> live() {
    List<Segment> all = new ArrayList<>();
    Path dir = segmentsDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          all.add(new Segment(p, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the segments in " + dir, e);
    }
    // larger ranges first, so that a covered range finds its cover already kept
    all.sort(Comparator.comparingInt(Segment::batches).reversed().thenComparingInt(Segment::first));
    List<Segment> live = new ArrayList<>();
    for (Segment s : all) {
      boolean covered = false;
      for (Segment k : live) {
        if (k.first() <= s.first() && s.last() <= k.last()) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        live.add(s);
      }
    }
    live.sort(Comparator.comparingInt(Segment::first));
    return live;
  }

  /** The number of the last committed batch (0 for an empty store). */
  public int lastBatch() {
    int last = 0;
    for (Segment s : live()) {
      last = Math.max(last, s.last());
    }
    return last;
  }

  /**
   * Writer start-up: deletes what an interrupted writer left (half-written segments in {@code
   * tmp/}, ranges covered by a committed merge). Call only while holding the writer lock.
   */
  public void recover() throws IOException {
    deleteTree(tmpDir());
    List<Segment> live = live();
    if (!Files.isDirectory(segmentsDir())) {
      return;
    }
    try (Stream<Path> s = Files.list(segmentsDir())) {
      for (Path p : s.toList()) {
        if (live.stream().noneMatch(l -> l.dir().equals(p))) {
          deleteTree(p);
        }
      }
    }
  }

  /** Commits a batch as the next segment; returns it. Call only while holding the lock. */
  public Segment commit(Batch batch) throws IOException {
    int n = lastBatch() + 1;
    String name = name(n, n);
    Path tmp = tmpDir().resolve(name);
    deleteTree(tmp);
    Files.createDirectories(tmp);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
      for (Table t : Tables.ALL) {
        try (Statement st = c.createStatement()) {
          st.execute("CREATE TABLE \"" + t.name() + "\" (" + t.ddl() + ")");
        }
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name())) {
          for (Object[] row : batch.rows(t)) {
            ap.beginRow();
            for (int i = 0; i < row.length; i++) {
              append(ap, t, t.columns().get(i), row[i]);
            }
            ap.endRow();
          }
        }
        try (Statement st = c.createStatement()) {
          String order = Tables.sortKey(t) == null ? "" : " ORDER BY " + Tables.sortKey(t);
          st.execute("COPY (SELECT * FROM \"" + t.name() + "\"" + order + ") TO '"
              + sqlPath(tmp.resolve(t.file())) + "' " + Tables.copyOptions(t));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot write segment " + name + ": " + e.getMessage(), e);
    }
    return install(tmp, n, n);
  }

  /**
   * Merges consecutive small segments, so that readers open few files: whenever the last ten
   * live segments of one size class (1, 10, 100... batches) are consecutive, they become one.
   * Returns the merged segment, if any. Call only while holding the lock.
   */
  public Optional<Segment> compact(int fanIn) throws IOException {
    List<Segment> live = live();
    if (live.size() < fanIn) {
      return Optional.empty();
    }
    List<Segment> tail = live.subList(live.size() - fanIn, live.size());
    int cls = sizeClass(tail.get(0));
    for (Segment s : tail) {
      if (sizeClass(s) != cls) {
        return Optional.empty();
      }
    }
    int first = tail.get(0).first();
    int last = tail.get(tail.size() - 1).last();
    String name = name(first, last);
    Path tmp = tmpDir().resolve(name);
    deleteTree(tmp);
    Files.createDirectories(tmp);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Table t : Tables.ALL) {
        String order = Tables.sortKey(t) == null ? "" : " ORDER BY " + Tables.sortKey(t);
        st.execute("COPY (SELECT * FROM read_parquet(" + fileList(tail, t) + ", union_by_name = true)"
            + order + ") TO '"
            + sqlPath(tmp.resolve(t.file())) + "' " + Tables.copyOptions(t));
      }
    } catch (SQLException e) {
      throw new IOException("cannot merge segments into " + name + ": " + e.getMessage(), e);
    }
    Segment merged = install(tmp, first, last);
    for (Segment s : tail) {
      deleteTree(s.dir());
    }
    return Optional.of(merged);
  }

  private static int sizeClass(Segment s) {
    int cls = 0;
    for (int b = s.batches(); b >= 10; b /= 10) {
      cls++;
    }
    return cls;
  }

  Segment install(Path tmp, int first, int last) throws IOException {
    for (Table t : Tables.ALL) {
      fsync(tmp.resolve(t.file()));
    }
    fsync(tmp);
    Files.createDirectories(segmentsDir());
    Path target = segmentsDir().resolve(tmp.getFileName());
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the store's file system cannot rename atomically; put the store on a local disk", e);
    }
    fsync(segmentsDir());
    return new Segment(target, first, last);
  }

  /** A DuckDB list literal of the table's files in these segments. */
  public static String fileList(List<Segment> segments, Table t) {
    StringBuilder sb = new StringBuilder("[");
    for (Segment s : segments) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append('\'').append(sqlPath(s.file(t))).append('\'');
    }
    return sb.append(']').toString();
  }

  static String sqlPath(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  private static String name(int first, int last) {
    return String.format(Locale.ROOT, "s%08d-%08d", first, last);
  }

  private static void append(DuckDBAppender ap, Table t, Column col, Object v)
      throws SQLException {
    try {
      if (v == null) {
        ap.appendNull();
      } else if (v instanceof String s) {
        ap.append(s);
      } else if (v instanceof Integer i) {
        ap.append(i.intValue());
      } else if (v instanceof Long l) {
        ap.append(l.longValue());
      } else if (v instanceof Double d) {
        ap.append(d.doubleValue());
      } else if (v instanceof java.time.LocalDate d) {
        ap.append(d);
      } else if (v instanceof java.time.OffsetDateTime d) {
        ap.append(d);
      } else if (v instanceof List<?> l) {
        ap.append(l);
      } else {
        throw new IllegalArgumentException("cannot store a " + v.getClass().getName());
      }
    } catch (SQLException | RuntimeException e) {
      throw new SQLException(
          "column " + t.name() + "." + col.name() + " (" + col.type() + "): " + e.getMessage(), e);
    }
  }

  private static void fsync(Path p) throws IOException {
    try (FileChannel ch =
        FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
