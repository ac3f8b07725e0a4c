package org.newsgraph.model;

import java.util.Objects;

/**
 * A pointer to another article found inside this one (a ">> Read:" teaser, a "read more"
 * link).
 *
 * @param span the linked article's title as it appears in the text
 * @param label the teaser's label ("Read", "See", "Exclusive report"), empty when none
 * @param url the link target when the source gives one, else {@code null}
 */
public record RelatedLink(Span span, String label, String url) implements Spanned {

  public RelatedLink {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(label, "label");
  }
}
