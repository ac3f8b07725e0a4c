package org.newsgraph.model;

import java.util.Objects;

/**
 * A name in the text that refers to a person, organization, place or other named thing.
 *
 * @param span the name extent (CoNLL style: "Donald Trump", not "President Donald Trump's")
 * @param type the coarse type
 * @param label the producer's own, finer label (for CoreNLP: PERSON, COUNTRY, NATIONALITY, ...)
 * @param sentence index of the containing sentence
 * @param producer what found the mention ("corenlp.ner", a rule name, ...)
 */
public record EntityMention(Span span, EntityType type, String label, int sentence, String producer)
    implements Spanned {

  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(producer, "producer");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a mention cannot be empty: " + span);
    }
  }
}
