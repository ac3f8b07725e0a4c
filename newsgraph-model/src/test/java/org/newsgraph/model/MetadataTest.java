package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void aTitleComesWithItsEvidenceAndKeepsItThroughCopies() {
    Metadata m = Metadata.EMPTY.withTitle("Storm hits the coast", "jsonl title").withUrl("u");
    assertThat(m.title()).isEqualTo("Storm hits the coast");
    assertThat(m.titleEvidence()).isEqualTo("jsonl title");
    assertThat(m.withTitle(null, null).titleEvidence()).isNull();
    assertThatThrownBy(() -> Metadata.EMPTY.withTitle("Storm hits the coast", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence");
    assertThatThrownBy(() -> Metadata.EMPTY.withTitle(null, "og:title"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
