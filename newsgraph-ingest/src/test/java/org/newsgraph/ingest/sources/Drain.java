package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a source to its end. */
final class Drain {

  private Drain() {}

  static List<SourceItem> all(Source source) throws IOException {
    List<SourceItem> items = new ArrayList<>();
    SourceItem item;
    while ((item = source.next()) != null) {
      items.add(item);
      if (items.size() > 100_000) {
        throw new AssertionError("the source does not end");
      }
    }
    return items;
  }

  static List<SourceItem> open(String arg, SourceConfig config) throws IOException {
    try (Source s = Sources.open(arg, config)) {
      return all(s);
    }
  }

  static String text(SourceItem item) {
    return new String(item.input().bytes(), StandardCharsets.UTF_8);
  }

  static List<String> keys(List<SourceItem> items) {
    return items.stream().map(SourceItem::key).toList();
  }
}
