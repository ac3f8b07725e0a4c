package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;

/**
 * Plain CoreNLP with its default coreference on one short text: loads NER, the dependency parser
 * and the statistical coreference models (most of a minute), so it stays one document.
 */
class PlainCoreNlpCorefIntegrationTest {

  @Test
  void aPronounJoinsTheEntityOfItsAntecedent() {
    // The emoji (two UTF-16 code units) checks that spans after it are still Java indices.
    String text = "Berlin \uD83D\uDE00 report.\nAngela Merkel arrived in Paris on Monday. She met the French president.";
    PlainCoreNlpCoref corenlp = new PlainCoreNlpCoref(CorefAlgorithm.STATISTICAL);

    Document doc = corenlp.analyze("t1", text, LocalDate.of(2020, 6, 11));

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.metadata().published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    List<Reference> refs = doc.layer(Layers.REFERENCES);
    Reference merkel = find(doc, refs, "Angela Merkel");
    Reference she = find(doc, refs, "She");
    assertThat(merkel.kind()).isEqualTo(ReferenceKind.NAME);
    assertThat(she.kind()).isEqualTo(ReferenceKind.PRONOUN);
    assertThat(she.entity()).as("the entity of 'She'").isEqualTo(merkel.entity());
    Entity e = doc.entities().require(merkel.entity());
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.name()).isEqualTo("Angela Merkel");
    // Paris is named once and in no chain: an entity of its own, a location.
    Reference paris = find(doc, refs, "Paris");
    assertThat(paris.entity()).isNotEqualTo(merkel.entity());
    assertThat(doc.entities().require(paris.entity()).type()).isEqualTo(EntityType.LOCATION);
    // Monday is a DATE to CoreNLP's NER: not an entity.
    assertThat(refs).noneMatch(r -> doc.surface(r).equals("Monday"));
    // Every reference points to an entity of the document.
    assertThat(refs).allMatch(r -> doc.entities().find(r.entity()).isPresent());
  }

  private static Reference find(Document doc, List<Reference> refs, String surface) {
    return refs.stream()
        .filter(r -> doc.surface(r).equals(surface))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(
                "no reference '" + surface + "' among "
                    + refs.stream().map(r -> doc.surface(r) + "/" + r.kind().id() + "/" + r.entity()).toList()));
  }
}
