package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * What plain CoreNLP's NER and coreference found in one text, as spans into it: the output of
 * {@link PlainCoreNlpCoref} once the CoreNLP objects are gone, and the input of {@link
 * CorefEntities}.
 *
 * @param names CoreNLP's entity mentions ({@code MentionsAnnotation}), every label (DATE and
 *     MONEY too: {@link CorefEntities} keeps the names)
 * @param chains the coreference chains ({@code CorefChainAnnotation}); CoreNLP drops singleton
 *     chains
 */
record CorefOutput(List<Name> names, List<Chain> chains) {

  CorefOutput {
    names = List.copyOf(names);
    chains = List.copyOf(chains);
  }

  /** An entity mention of CoreNLP's NER: its extent and its (fine-grained) label. */
  record Name(Span span, String label) {

    Name {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(label, "label");
    }
  }

  /** CoreNLP's {@code Dictionaries.MentionType}. */
  enum MentionType {
    PROPER,
    NOMINAL,
    PRONOMINAL,
    /** A coordination ("Boeing and Lockheed Martin"): its head is one of the members. */
    LIST
  }

  /**
   * A mention of a chain.
   *
   * @param span the mention's tokens
   * @param head the head token (inside the span)
   * @param type proper, nominal, pronominal or list
   */
  record Mention(Span span, Span head, MentionType type) {

    Mention {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A coreference chain.
   *
   * @param mentions in text order
   * @param representative index in {@code mentions} of CoreNLP's representative mention
   */
  record Chain(List<Mention> mentions, int representative) {

    Chain {
      mentions = List.copyOf(mentions);
      if (representative < 0 || representative >= mentions.size()) {
        throw new IllegalArgumentException(
            "representative " + representative + " is not one of the " + mentions.size() + " mentions");
      }
    }

    Mention representativeMention() {
      return mentions.get(representative);
    }
  }
}
