package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inputs under a folder, depth first in sorted order (by name, code point by code point, so the
 * order is the same on every machine): pages and texts one input each; WARC, JSONL and feed files
 * opened as sources and their items given in place. Hidden files and folders (a leading dot) and
 * other extensions are passed over; a folder reached twice (a symbolic link loop, or two links to
 * one folder) is walked once. The listing is made when the source opens, so the count and the bytes
 * are known for progress; the files are read only as items are asked for.
 */
final class FolderSource implements Source {

  /** One file to read, or a folder that could not be listed (then {@code failure} says why). */
  private record Entry(Path path, String name, Kind kind, long size, String failure) {}

  private final String name;
  private final SourceConfig config;
  private final List<Entry> entries;
  private final long totalBytes;
  private int index;
  private volatile long doneBytes;
  private Source nested;
  private Entry nestedEntry;

  private FolderSource(String name, SourceConfig config, List<Entry> entries) {
    this.name = name;
    this.config = config;
    this.entries = entries;
    this.totalBytes = entries.stream().mapToLong(Entry::size).sum();
  }

  static FolderSource open(Path root, String name, SourceConfig config) {
    List<Entry> entries = new ArrayList<>();
    walk(root, Path.of(name), new HashSet<>(), entries);
    return new FolderSource(name, config, List.copyOf(entries));
  }

  private static void walk(Path dir, Path dirName, Set<Object> visited, List<Entry> out) {
    try {
      if (!visited.add(identity(dir))) {
        return; // walked already: a loop, or a second link to it
      }
    } catch (IOException e) {
      out.add(
          new Entry(dir, dirName.toString(), null, 0, "cannot be opened: " + Inputs.message(e)));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        children.add(p);
      }
    } catch (IOException e) {
      out.add(
          new Entry(
              dir,
              dirName.toString(),
              null,
              0,
              "is a folder that cannot be listed ("
                  + Inputs.message(e)
                  + "); its files are skipped"));
      return;
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path child : children) {
      String fileName = child.getFileName().toString();
      if (fileName.startsWith(".")) {
        continue;
      }
      Path childName = dirName.resolve(fileName);
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(child, BasicFileAttributes.class);
      } catch (IOException e) {
        if (Kind.byName(fileName) != null) {
          out.add(
              new Entry(
                  child,
                  childName.toString(),
                  null,
                  0,
                  "cannot be read (a broken symbolic link?): " + Inputs.message(e)));
        }
        continue;
      }
      if (a.isDirectory()) {
        walk(child, childName, visited, out);
      } else if (a.isRegularFile()) {
        Kind kind = Kind.byName(fileName);
        if (kind == Kind.XML) {
          kind = isFeedFile(child) ? Kind.FEED : null; // sitemaps and other XML are not inputs
        }
        if (kind != null) {
          out.add(new Entry(child, childName.toString(), kind, a.size(), null));
        }
      }
    }
  }

  /** What tells two paths of one folder apart: its file key (device, inode), else its real path. */
  private static Object identity(Path dir) throws IOException {
    Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
    return key != null ? key : dir.toRealPath();
  }

  private static boolean isFeedFile(Path p) {
    try {
      return Kind.isFeed(Kind.head(p));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    int n = entries.size();
    return String.format(Locale.ROOT, "folder %s (%,d %s)", name, n, n == 1 ? "file" : "files");
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public long bytesRead() {
    long inNested =
        nested == null ? 0 : Math.max(0, Math.min(nestedEntry.size(), nested.bytesRead()));
    return doneBytes + inNested;
  }

  @Override
  public SourceItem next() {
    while (true) {
      if (nested != null) {
        SourceItem item;
        try {
          item = nested.next();
        } catch (IOException | RuntimeException e) {
          item =
              SourceItem.failed(
                  Inputs.key(nestedEntry.path()),
                  nestedEntry.name(),
                  "cannot be read further: " + Inputs.message(e));
          finishNested();
          return item;
        }
        if (item != null) {
          return item;
        }
        finishNested();
      }
      if (index >= entries.size()) {
        return null;
      }
      Entry e = entries.get(index++);
      String key = Inputs.key(e.path());
      if (e.failure() != null) {
        return SourceItem.failed(key, e.name(), e.failure());
      }
      switch (e.kind()) {
        case HTML_FILE, TEXT_FILE -> {
          SourceItem item =
              Inputs.readFile(
                  e.path(),
                  e.name(),
                  e.kind() == Kind.HTML_FILE ? "text/html" : "text/plain",
                  config.limits());
          doneBytes += e.size();
          return item;
        }
        default -> {
          try {
            nested = Sources.openFile(e.path(), e.name(), e.kind(), config);
            nestedEntry = e;
          } catch (SourceException x) {
            doneBytes += e.size();
            return SourceItem.failed(key, e.name(), x.reason());
          } catch (IOException x) {
            doneBytes += e.size();
            return SourceItem.failed(key, e.name(), "cannot be read: " + Inputs.message(x));
          }
        }
      }
    }
  }

  private void finishNested() {
    try {
      nested.close();
    } catch (IOException e) {
      // read to its end already; nothing is lost
    }
    doneBytes += nestedEntry.size();
    nested = null;
    nestedEntry = null;
  }

  @Override
  public void close() throws IOException {
    index = entries.size();
    if (nested != null) {
      Source n = nested;
      nested = null;
      n.close();
    }
  }
}
