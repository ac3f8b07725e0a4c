package org.newsgraph.corpus.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.StoreExport;
import org.newsgraph.store.StoreExport.Selection;
import org.newsgraph.store.StoreExport.StoredArticle;
import org.newsgraph.store.StoreExport.WrittenFile;
import org.newsgraph.store.Tables.Table;

/**
 * {@code newsgraph export}: the store's articles as JSON lines, GKG 2.1 rows or Parquet tables
 * (docs/export.md). Lines are written as the articles stream out of the store, so memory does not
 * grow with the corpus. A file is written beside its name and moved into place when whole; a name
 * ending in {@code .gz} is gzipped.
 */
public final class Exporter {

  /** What to write. */
  public enum Format {
    JSONL("jsonl"),
    GKG("gkg"),
    PARQUET("parquet");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * @param out a file for jsonl and gkg ({@code -} for {@code stdout}), a directory for parquet
   * @param query a search query (Lucene syntax, as {@code newsgraph search}) choosing the articles,
   *     or null for all
   * @param progress whether to print a progress line now and then
   */
  public record Options(
      Format format,
      Path store,
      String out,
      LocalDate from,
      LocalDate to,
      String query,
      boolean progress) {}

  /** What an export wrote: articles, bytes, where, and for parquet each table's file. */
  public record Summary(
      Format format, long articles, long bytes, String path, List<WrittenFile> files, long nanos) {}

  /** A query may select at most this many articles: their ids are held in memory. */
  public static final int MAX_QUERY_ARTICLES = 1_000_000;

  /** Articles between two checks that standard output is still open. */
  private static final int CHECK_EVERY = 256;

  /** Seconds between two progress lines. */
  private static final long PROGRESS_SECONDS = 5;

  private Exporter() {}

  /**
   * Runs an export. {@code stdout} receives the lines when {@code out} is {@code -}; {@code err}
   * the progress lines.
   */
  public static Summary run(Options o, Writer stdout, PrintStream err) {
    long t0 = System.nanoTime();
    if (!o.out().equals("-")) {
      checkOutside(o.store(), Path.of(o.out()));
    }
    if (o.format() != Format.PARQUET
        && !o.out().equals("-")
        && Files.isDirectory(Path.of(o.out()))) {
      throw new IllegalArgumentException(
          o.out()
              + " is a directory; "
              + o.format().id()
              + " is written to a file: give --out FILE (or - for standard output)");
    }
    if (o.format() == Format.PARQUET && o.out().equals("-")) {
      throw new IllegalArgumentException("parquet is written as files: give --out DIR");
    }
    Selection sel = new Selection(o.from(), o.to(), queryIds(o));
    if (o.format() == Format.PARQUET) {
      Path dir = Path.of(o.out());
      List<WrittenFile> files = StoreExport.writeParquet(o.store(), sel, dir);
      long bytes = files.stream().mapToLong(WrittenFile::bytes).sum();
      long articles = files.isEmpty() ? 0 : files.get(0).rows();
      return new Summary(
          o.format(),
          articles,
          bytes,
          dir.toAbsolutePath().normalize().toString(),
          files,
          System.nanoTime() - t0);
    }
    Function<StoredArticle, String> line =
        o.format() == Format.GKG ? GkgRow::line : JsonlRecord::line;
    List<Table> tables = o.format() == Format.GKG ? GkgRow.TABLES : JsonlRecord.TABLES;
    try (StoreExport x = StoreExport.open(o.store(), sel)) {
      if (o.out().equals("-")) {
        try {
          long[] written = write(x, tables, line, stdout, o, err, t0, null);
          return new Summary(
              o.format(), written[0], written[1], "-", List.of(), System.nanoTime() - t0);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write to standard output: " + e.getMessage(), e);
        }
      }
      Path target = Path.of(o.out()).toAbsolutePath().normalize();
      Path parent = target.getParent();
      Path tmp = parent.resolve("." + target.getFileName() + ".part");
      try {
        Files.createDirectories(parent);
        long[] written;
        try (CountingStream counted = new CountingStream(Files.newOutputStream(tmp));
            OutputStream body =
                target.getFileName().toString().endsWith(".gz")
                    ? new GZIPOutputStream(counted, 1 << 16)
                    : counted;
            Writer w =
                new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16)) {
          written = write(x, tables, line, w, o, err, t0, counted);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(
            o.format(),
            written[0],
            Files.size(target),
            target.toString(),
            List.of(),
            System.nanoTime() - t0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      } finally {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the hidden part file is replaced by the next export
        }
      }
    }
  }

  /** Refuses an output inside the store, whose directories belong to its writer. */
  private static void checkOutside(Path store, Path out) {
    Path s = store.toAbsolutePath().normalize();
    if (out.toAbsolutePath().normalize().startsWith(s)) {
      throw new IllegalArgumentException(
          "the output "
              + out
              + " is inside the store "
              + s
              + "; write the export outside the store's directory");
    }
  }

  /** The ids the query selects, or null without a query. */
  private static List<String> queryIds(Options o) {
    if (o.query() == null || o.query().isBlank()) {
      return null;
    }
    try (SearchIndex index = SearchIndex.openReader(o.store().resolve("index"))) {
      return index.ids(o.query(), o.from(), o.to(), MAX_QUERY_ARTICLES);
    }
  }

  /** Writes every selected article's line; returns the articles and bytes written. */
  private static long[] write(
      StoreExport x,
      List<Table> tables,
      Function<StoredArticle, String> line,
      Writer w,
      Options o,
      PrintStream err,
      long t0,
      CountingStream counted)
      throws IOException {
    long articles = 0;
    long bytes = 0;
    long lastLine = System.nanoTime();
    try (StoreExport.Cursor c = x.articles(tables)) {
      while (c.hasNext()) {
        String s = line.apply(c.next());
        w.write(s);
        w.write('\n');
        articles++;
        bytes += utf8Length(s) + 1;
        if (articles % CHECK_EVERY == 0 && w instanceof PrintWriter pw && pw.checkError()) {
          // a PrintWriter (standard output) hides write errors: a closed pipe ends the export
          throw new IOException("the output was closed after " + articles + " articles");
        }
        if (o.progress()
            && System.nanoTime() - lastLine > TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS)) {
          err.println(
              progress(articles, x.selected(), counted == null ? bytes : counted.count, t0));
          lastLine = System.nanoTime();
        }
      }
    }
    w.flush();
    return new long[] {articles, bytes};
  }

  static String progress(long done, long total, long bytes, long t0) {
    double s = (System.nanoTime() - t0) / 1e9;
    return String.format(
        Locale.ROOT,
        "export: %d of %d articles (%.0f%%), %s, %.0f articles/s",
        done,
        total,
        total == 0 ? 100.0 : 100.0 * done / total,
        size(bytes),
        s > 0 ? done / s : 0);
  }

  /** Bytes for people: 512 B, 3.4 KB, 12.0 MB, 1.2 GB. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Counts the bytes that reach the file. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
