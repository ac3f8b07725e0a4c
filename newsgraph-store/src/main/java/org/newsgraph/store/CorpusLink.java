package org.newsgraph.store;

import java.util.Objects;

/**
 * The corpus entity an article's entity belongs to, and why.
 *
 * @param corpusId the corpus entity ("per:mustafa-al-kazimi")
 * @param rule the rule that linked them ("new", "same-name", "same-spelling-key")
 * @param reason the explanation, in words ("'Moustafa al-Kazimi' and 'Mustafa al-Kazimi' are
 *     spellings of one name (key mustafa al kazimi)")
 */
public record CorpusLink(String corpusId, String rule, String reason) {
  public CorpusLink {
    Objects.requireNonNull(corpusId, "corpusId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
