package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.store.Batch;
import org.newsgraph.store.CorpusLink;
import org.newsgraph.store.Tables;

class CorpusEntitiesTest {

  private static Document doc(String id, Entity... entities) {
    Document d = Document.of(id, "text", Metadata.EMPTY,
        new SourceInfo(id, "text/plain", "UTF-8", "test", 4, List.of()));
    List<Reference> names = new java.util.ArrayList<>();
    for (Entity e : entities) {
      names.add(new Reference(Span.of(0, 4), e.id(), ReferenceKind.NAME, null, null));
    }
    return d.with(Layers.ENTITIES, new Entities(List.of(entities))).with(Layers.REFERENCES, names);
  }

  private static Entity entity(String id, EntityType type, String name, String... variants) {
    return new Entity(id, type, name, null, List.of(variants), List.of(), List.of());
  }

  @Test
  void aPersonSpelledTwoWaysInTwoArticlesIsOneCorpusEntityAndTheLinkSaysWhy() {
    CorpusEntities ce = new CorpusEntities();
    Batch b = new Batch();
    Map<String, CorpusLink> first = ce.link(doc("a1",
        entity("e1", EntityType.PERSON, "Mustafa al-Kazimi", "Kazimi"),
        entity("e2", EntityType.LOCATION, "Iraq")), "a1", b);
    Map<String, CorpusLink> second = ce.link(doc("a2",
        entity("e1", EntityType.PERSON, "Moustafa al-Kazimi", "Kazimi"),
        entity("e2", EntityType.LOCATION, "Iraq"),
        entity("e3", EntityType.PERSON, "Kazimi")), "a2", b);
    assertThat(first.get("e1").corpusId()).isEqualTo("per:mustafa-al-kazimi");
    assertThat(first.get("e1").rule()).isEqualTo("new");
    assertThat(second.get("e1").corpusId()).isEqualTo("per:mustafa-al-kazimi");
    assertThat(second.get("e1").rule()).isEqualTo("same-spelling");
    assertThat(second.get("e1").reason()).contains("'Moustafa al-Kazimi'", "mustafa al kazimi");
    assertThat(second.get("e2")).extracting(CorpusLink::corpusId, CorpusLink::rule)
        .containsExactly("loc:iraq", "same-name");
    // a surname alone is not enough to link across articles
    assertThat(second.get("e3").rule()).isEqualTo("new");
    assertThat(second.get("e3").corpusId()).isEqualTo("per:kazimi");
    assertThat(b.rows(Tables.CORPUS_ENTITIES)).hasSize(3);
  }

  @Test
  void typesKeepEntitiesApartAndVariantsLink() {
    CorpusEntities ce = new CorpusEntities();
    Batch b = new Batch();
    ce.link(doc("a1", entity("e1", EntityType.LOCATION, "Washington"),
        entity("e2", EntityType.ORGANIZATION, "Islamic State", "IS", "Islamic State group")), "a1", b);
    Map<String, CorpusLink> l = ce.link(doc("a2",
        entity("e1", EntityType.PERSON, "Washington"),
        entity("e2", EntityType.ORGANIZATION, "IS group", "Islamic State group"),
        entity("e3", EntityType.ORGANIZATION, "IS")), "a2", b);
    assertThat(l.get("e1").corpusId()).isEqualTo("per:washington");
    assertThat(l.get("e2")).extracting(CorpusLink::corpusId, CorpusLink::rule)
        .containsExactly("org:islamic-state", "same-variant");
    // "IS" is too short to link by; as a name of its own it is its own entity
    assertThat(l.get("e3").corpusId()).isEqualTo("org:is");
    // the id says the type
    assertThat(CorpusEntities.typeOf(l.get("e1").corpusId())).isEqualTo("PER");
    assertThat(CorpusEntities.typeOf("org:islamic-state")).isEqualTo("ORG");
    assertThat(CorpusEntities.typeOf("misc:ramadan~2")).isEqualTo("MISC");
    assertThat(CorpusEntities.typeOf("no-type")).isEmpty();
  }

  @Test
  void whatABatchStoredIsEnoughToGoOnLinking() {
    CorpusEntities ce = new CorpusEntities();
    Batch b = new Batch();
    ce.link(doc("a1", entity("e1", EntityType.PERSON, "Donald Trump", "Trump")), "a1", b);
    CorpusEntities again = new CorpusEntities();
    again.load(b.rows(Tables.CORPUS_KEYS).stream().map(r -> List.<Object>of(r)).toList(),
        List.of(List.<Object>of("per:donald-trump", 1)));
    Map<String, CorpusLink> l = again.link(doc("a2",
        entity("e1", EntityType.PERSON, "Donald J. Trump", "Donald Trump")), "a2", new Batch());
    assertThat(l.get("e1")).extracting(CorpusLink::corpusId, CorpusLink::rule)
        .containsExactly("per:donald-trump", "same-variant");
  }

  @Test
  void anEntityOnlyDescribedIsNotLinked() {
    Document d = Document.of("a1", "the allies met", Metadata.EMPTY,
        new SourceInfo("a1", "text/plain", "UTF-8", "test", 14, List.of()));
    d = d.with(Layers.ENTITIES, new Entities(List.of(entity("e1", EntityType.MISC, "the allies"))))
        .with(Layers.REFERENCES, List.of(new Reference(Span.of(0, 10), "e1", ReferenceKind.DESCRIPTION, null, null)));
    Batch b = new Batch();
    assertThat(new CorpusEntities().link(d, "a1", b)).isEmpty();
    assertThat(b.rows(Tables.CORPUS_ENTITIES)).isEmpty();
  }

  @Test
  void keysFoldCaseAccentsAndPunctuation() {
    assertThat(CorpusEntities.nameKey("The Pentagon")).isEqualTo("pentagon");
    assertThat(CorpusEntities.nameKey("U.S.")).isEqualTo("us");
    assertThat(CorpusEntities.nameKey("Jean-Yves Le Drian")).isEqualTo("jean yves le drian");
    assertThat(CorpusEntities.nameKey("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
    assertThat(CorpusEntities.spellingKey("Moustafa el-Kazimi"))
        .isEqualTo(CorpusEntities.spellingKey("Mustafa al-Kazimi"));
    assertThat(CorpusEntities.spellingKey("Kazimi")).isNull();
  }
}
