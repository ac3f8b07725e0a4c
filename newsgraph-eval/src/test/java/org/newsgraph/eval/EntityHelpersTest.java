package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;

/** Text normalisation, word tokens, link normalisation and the corpus-wide entity key. */
class EntityHelpersTest {

  @Test
  void normalisationFoldsCaseWidthAndSpaces() {
    assertThat(TextNorm.n("  Mustafa\u00a0al-KAZIMI \n")).isEqualTo("mustafa al-kazimi");
    assertThat(TextNorm.n("ＡＢＣ")).isEqualTo("abc"); // NFKC folds full-width letters
    assertThat(TextNorm.n("İstanbul")).isEqualTo("i̇stanbul"); // Locale.ROOT, not Turkish
  }

  @Test
  void wordTokensAndTheirOverlaps() {
    WordTokens t = WordTokens.of("U.S. President, 2016: “Yes”");
    assertThat(t.size()).isEqualTo(5); // U, S, President, 2016, Yes
    assertThat(t.overlapping(Span.of(0, 1)).cardinality()).isEqualTo(1);
    assertThat(t.overlapping(Span.of(1, 2)).isEmpty()).isTrue(); // the dot only
    assertThat(t.overlapping(Span.of(3, 6)).toString()).isEqualTo("{2}"); // " P" touches President
    assertThat(t.overlapping(null).isEmpty()).isTrue();
  }

  @Test
  void linksAreComparedAfterNormalisation() {
    assertThat(Links.normalise("washington, D.C.")).isEqualTo("Washington,_D.C.");
    assertThat(Links.normalise("S%C3%A3o_Paulo")).isEqualTo("São_Paulo");
    assertThat(Links.normalise("C++")).isEqualTo("C++"); // not a URL form: + stays
    assertThat(Links.normalise("100%_pure")).isEqualTo("100%_pure"); // a lone % stays
    assertThat(Links.same("Airbus", "airbus")).isTrue();
    assertThat(Links.same("Airbus", null)).isFalse();
    assertThat(Links.same(null, null)).isFalse();
  }

  private static Entity entity(String id, EntityType type, String name) {
    return new Entity(id, type, name, null, List.of(name), List.of(), List.of());
  }

  @Test
  void namedEntitiesGetAKeyByTypeAndNameOthersStayLocal() {
    Entities entities =
        new Entities(
            List.of(
                entity("e1", EntityType.ORGANIZATION, "Airbus  SAS"),
                entity("e2", EntityType.ORGANIZATION, "the company")));
    List<Reference> refs =
        List.of(
            new Reference(Span.of(0, 6), "e1", ReferenceKind.NAME, null, null),
            new Reference(Span.of(10, 12), "e1", ReferenceKind.PRONOUN, null, null),
            new Reference(Span.of(20, 31), "e2", ReferenceKind.DESCRIPTION, null, null));
    Map<String, String> ids = CorpusEntityIds.of("doc1", refs, entities);
    assertThat(ids).containsEntry("e1", "name:ORG:airbus sas").containsEntry("e2", "local:doc1#e2");
  }

  @Test
  void aReferenceToAnUnknownEntityFailsTheRecord() {
    List<Reference> refs = List.of(new Reference(Span.of(0, 6), "e9", ReferenceKind.NAME, null, null));
    assertThatThrownBy(() -> CorpusEntityIds.of("doc1", refs, Entities.NONE))
        .isInstanceOf(RecordFailure.class)
        .hasMessageContaining("points to entity 'e9', which the entities of document 'doc1' do not hold");
  }
}
