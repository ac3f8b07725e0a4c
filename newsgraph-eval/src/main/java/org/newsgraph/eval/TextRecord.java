package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The part common to gold records over a plain text ({@code ner}, {@code timex}, {@code quotes},
 * {@code geo}, {@code entities}): the text the system reads and its publication date.
 *
 * @param id the record id
 * @param line the line in the gold file
 * @param text the text; every gold span indexes into it
 * @param published the publication date, the anchor of relative time expressions; {@code null}
 *     when the gold does not give it
 */
public record TextRecord(String id, int line, String text, LocalDate published) implements GoldRecord {

  public TextRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** Reads {@code id}, {@code text} and {@code published} of a gold line. */
  public static TextRecord of(GoldLine g) {
    return new TextRecord(g.id(), g.line(), g.requireString("text"), g.findDate("published"));
  }
}
