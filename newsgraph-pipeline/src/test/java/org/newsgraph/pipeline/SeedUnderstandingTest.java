package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.testkit.Shared;

/**
 * The "Must" items of ../shared/seed/EXPECTED.md under Entities and Quotations, on the seed
 * article shipped in examples/. Line numbers are the file's own.
 */
class SeedUnderstandingTest {

  private static Document doc;

  @BeforeAll
  static void analyze() {
    Newsgraph ng = TestNewsgraph.get();
    doc = ng.analyze(ng.read(Shared.seedExample()), AnalyzeOptions.published(LocalDate.of(2020, 6, 11)))
        .requireDocument();
  }

  private static int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (doc.text().charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The entity with this canonical name, or else the one with this variant. */
  private static Entity entity(String name) {
    return doc.entities().list().stream()
        .filter(e -> e.name().equals(name)).findFirst()
        .or(() -> doc.entities().list().stream().filter(e -> e.variants().contains(name)).findFirst())
        .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + doc.entities().list().stream().map(Entity::name).toList()));
  }

  private static List<Reference> refsTo(Entity e) {
    return doc.references().stream().filter(r -> r.entity().equals(e.id())).toList();
  }

  private static List<String> surfaces(List<Reference> refs) {
    return refs.stream().map(doc::surface).toList();
  }

  @Nested
  class Entities {
    @Test
    void persons() {
      assertThat(entity("Donald Trump").type()).isEqualTo(EntityType.PERSON);
      assertThat(surfaces(refsTo(entity("Donald Trump")))).contains("Donald Trump", "Trump");
      Entity kazimi = entity("Mustafa al-Kazimi");
      assertThat(kazimi.type()).isEqualTo(EntityType.PERSON);
      assertThat(kazimi.variants()).contains("Moustafa al-Kazimi", "Mustafa al-Kazimi");
      assertThat(kazimi.roles()).extracting(doc::surface).contains("Former intelligence chief");
      assertThat(entity("Qassem Soleimani").roles()).extracting(doc::surface).contains("Iranian general");
      assertThat(entity("Adel Abdel Mahdi").roles()).extracting(doc::surface).contains("predecessor");
      assertThat(entity("Ahmed al-Assadi").roles()).extracting(doc::surface)
          .contains("spokesman for their parliamentary bloc");
      assertThat(entity("David Schenker").roles()).extracting(doc::surface)
          .contains("Assistant Secretary of State for the Middle East");
      Entity ford = entity("Robert Ford");
      assertThat(refsTo(ford)).anySatisfy(r -> {
        assertThat(doc.surface(r)).isEqualTo("this ex-American diplomat");
        assertThat(r.kind()).isEqualTo(ReferenceKind.DESCRIPTION);
      });
      for (String p : List.of("Donald Trump", "Mustafa al-Kazimi", "Qassem Soleimani", "Adel Abdel Mahdi",
          "Ahmed al-Assadi", "Robert Ford", "David Schenker")) {
        assertThat(entity(p).type()).as(p).isEqualTo(EntityType.PERSON);
      }
    }

    @Test
    void organizations() {
      Entity is = entity("Islamic State");
      assertThat(is.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(is.variants()).contains("IS");
      Entity mei = entity("Middle East Institute");
      assertThat(mei.type()).as("an Institute is an organization").isEqualTo(EntityType.ORGANIZATION);
      assertThat(mei.evidence()).anyMatch(s -> s.contains("institute"));
      for (String o : List.of("AFP", "White House")) {
        assertThat(entity(o).type()).as(o).isEqualTo(EntityType.ORGANIZATION);
      }
      assertThat(doc.entities().list()).anySatisfy(e -> {
        assertThat(e.name()).contains("Hezbollah");
        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
      });
    }

    @Test
    void placesAndDemonyms() {
      for (String p : List.of("United States", "Iraq", "Baghdad", "Iran", "Washington")) {
        assertThat(entity(p).type()).as(p).isEqualTo(EntityType.LOCATION);
      }
      Entity us = entity("United States");
      assertThat(refsTo(us)).anySatisfy(r -> {
        assertThat(doc.surface(r)).isEqualTo("American");
        assertThat(r.kind()).isEqualTo(ReferenceKind.DEMONYM);
      });
      assertThat(surfaces(refsTo(entity("Iraq")))).contains("Iraqi");
      assertThat(surfaces(refsTo(entity("Iran")))).contains("Iranian");
      assertThat(us.variants()).contains("US");
    }

    @Test
    void washingtonAsTheUsGovernment() {
      Entity washington = entity("Washington");
      Entity us = entity("United States");
      List<Reference> refs = refsTo(washington);
      assertThat(refs).filteredOn(r -> lineOf(r.start()) == 39).singleElement().satisfies(r -> {
        assertThat(r.standsFor()).isEqualTo(us.id());
        assertThat(r.role()).isEqualTo("government");
      });
      assertThat(refs).filteredOn(r -> lineOf(r.start()) == 1).singleElement()
          .satisfies(r -> assertThat(r.standsFor()).isEqualTo(us.id()));
      assertThat(refs).filteredOn(r -> lineOf(r.start()) == 23).singleElement()
          .as("an invitation to Washington: the place").satisfies(r -> assertThat(r.standsFor()).isNull());
      Entity baghdad = entity("Baghdad");
      assertThat(refsTo(baghdad)).filteredOn(r -> lineOf(r.start()) == 39).singleElement()
          .satisfies(r -> assertThat(r.standsFor()).isEqualTo(entity("Iraq").id()));
    }
  }

  @Nested
  class Quotations {
    private Optional<Quotation> quote(String startOfContent) {
      return doc.quotes().stream()
          .filter(q -> doc.surface(q.pieces().get(0)).startsWith(startOfContent)).findFirst();
    }

    private void assertSpeaker(String content, String speaker) {
      Quotation q = quote(content).orElseThrow(() -> new AssertionError("no quotation '" + content + "'"));
      assertThat(q.speaker()).as(content).isEqualTo(speaker);
      assertThat(q.kind()).as(content).isNotEqualTo(QuoteKind.SCARE);
    }

    @Test
    void mustQuotations() {
      assertSpeaker("This withdrawal gives more room for maneuver to Mustafa al-Kazimi and the Americans", "Robert Ford");
      assertSpeaker("US-Iraqi relations will not be redefined overnight", "Robert Ford");
      assertSpeaker("the right people, in the right place and at the right time", "Robert Ford");
      assertSpeaker("We will support the new government through international financial institutions", "David Schenker");
      assertSpeaker("Non-Americans in the coalition will only stay in Iraq if the Americans stay", "a diplomat");
      assertSpeaker("There was a problem of trust with the old cabinet, it has changed", "one of two government officials");
      assertSpeaker("in the next few months", "the US and Iraqi governments");
      assertSpeaker("end the endless wars", "Donald Trump");
      Quotation ford = quote("the right people").orElseThrow();
      assertThat(doc.surface(ford.source())).isEqualTo("this ex-American diplomat");
      assertThat(doc.surface(ford.cue())).isEqualTo("continues");
      assertThat(ford.speakerEntity()).isEqualTo(entity("Robert Ford").id());
      assertThat(doc.surface(quote("We will support").orElseThrow().pieces().get(0)))
          .endsWith("the drop in oil revenues");
    }

    @Test
    void scareQuotesGetNoSpeaker() {
      for (String scare : List.of("reduce", "victory", "dialogue", "strategic dialogue", "for once")) {
        Quotation q = doc.quotes().stream().filter(x -> doc.surface(x).equals(scare)).findFirst()
            .orElseThrow(() -> new AssertionError("scare quote '" + scare + "' not found"));
        assertThat(q.kind()).as(scare).isEqualTo(QuoteKind.SCARE);
        assertThat(q.speaker()).as(scare).isNull();
      }
      assertThat(doc.quotes()).filteredOn(q -> q.kind() == QuoteKind.SCARE)
          .allSatisfy(q -> assertThat(q.source()).isNull());
    }

    @Test
    void shouldItemsToo() {
      assertSpeaker("is committed to protecting the military personnel", "the joint declaration");
      assertSpeaker("discuss with the Iraqi government the status of the remaining forces", "United States");
    }
  }
}
