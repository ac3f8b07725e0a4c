package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * An attribution as the {@code quotes} task scores it (FORMATS.md §7), on either side.
 *
 * @param source who is quoted or reported, or {@code null} when unexpressed
 * @param cue the attribution cue ("said", "according to"), or {@code null}
 * @param content what is attributed, one or more pieces in text order
 * @param direct every content piece is a verbatim quote; for the system, a quotation of kind
 *     {@code direct}. Only the gold value is scored (quote recall by kind).
 */
public record Attribution(Span source, Span cue, List<Span> content, boolean direct) {

  public Attribution {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs at least one content piece");
    }
    content.forEach(p -> Objects.requireNonNull(p, "content piece"));
  }

  /** Where the content starts: the earliest piece start (orders ties in quote matching). */
  public int contentStart() {
    return content.stream().mapToInt(Span::start).min().orElseThrow();
  }
}
