package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The part common to gold records over a web page ({@code body}, {@code pubdate}, {@code
 * metadata}): the page file and the address it was read from.
 *
 * @param id the record id
 * @param line the line in the gold file
 * @param html the page file, resolved against the gold file's folder (FORMATS.md §1)
 * @param url the page's address, or {@code null}; part of the input (a date in its path is
 *     evidence the system may use)
 */
public record PageRecord(String id, int line, Path html, String url) implements GoldRecord {

  public PageRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
  }

  /** Reads {@code id}, {@code html} and {@code url} of a gold line. */
  public static PageRecord of(GoldLine g) {
    String html = g.requireString("html");
    if (html.isBlank()) {
      throw g.error("'html' must name the page file, relative to the gold file's folder");
    }
    Path folder = g.file().toAbsolutePath().getParent();
    Path page = folder == null ? Path.of(html) : folder.resolve(html).normalize();
    return new PageRecord(g.id(), g.line(), page, g.findString(g.json(), "url", "url"));
  }
}
