package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnchorStatus;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.TimeAnchor;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.testkit.Shared;

/**
 * The "Must" items of ../shared/seed/EXPECTED.md under Structure, Time and Entities (mentions),
 * asserted on the seed article shipped in examples/. Line numbers are the file's own.
 */
class SeedExpectationsTest {

  private static Document dated;
  private static Document undated;

  @BeforeAll
  static void analyze() {
    Newsgraph ng = TestNewsgraph.get();
    var raw = ng.read(Shared.seedExample());
    dated = ng.analyze(raw, AnalyzeOptions.published(LocalDate.of(2020, 6, 11))).requireDocument();
    undated = ng.analyze(raw, AnalyzeOptions.NONE).requireDocument();
  }

  /** Offset of the start of a 1-based line. */
  private static int lineStart(Document d, int line) {
    int off = 0;
    for (int i = 1; i < line; i++) {
      off = d.text().indexOf('\n', off) + 1;
    }
    return off;
  }

  private static int lineOf(Document d, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (d.text().charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Block block(Document d, int line) {
    int at = lineStart(d, line);
    return d.blocks().stream().filter(b -> b.start() == at).findFirst().orElseThrow();
  }

  /** The time expressions of a line whose text is {@code surface}. */
  private static List<TimeExpression> timex(Document d, int line, String surface) {
    return d.timexes().stream()
        .filter(t -> lineOf(d, t.start()) == line && d.surface(t).equals(surface))
        .toList();
  }

  @Nested
  class Structure {
    @Test
    void siteBoilerplateIsNotArticleText() {
      for (int line = 45; line <= 51; line += 2) {
        assertThat(block(dated, line).kind()).as("line %d", line).isEqualTo(BlockKind.BOILERPLATE);
      }
    }

    @Test
    void teasersAreRelatedLinks() {
      for (int line : new int[] {7, 19, 35}) {
        assertThat(block(dated, line).kind()).as("line %d", line).isEqualTo(BlockKind.TEASER);
      }
      assertThat(dated.layer(Layers.RELATED_LINKS)).hasSize(3);
    }

    @Test
    void creditLineNamesTheAgency() {
      assertThat(block(dated, 43).kind()).isEqualTo(BlockKind.CREDIT);
      assertThat(dated.metadata().credit()).isEqualTo("AFP");
    }

    @Test
    void subHeadingsAreNotSentencesOfTheirNeighbours() {
      assertThat(block(dated, 13).kind()).isEqualTo(BlockKind.HEADING);
      assertThat(block(dated, 27).kind()).isEqualTo(BlockKind.HEADING);
      for (int line : new int[] {13, 27}) {
        Block h = block(dated, line);
        assertThat(dated.sentences()).anySatisfy(s -> assertThat(s.span()).isEqualTo(h.span()));
      }
    }

    @Test
    void noSentenceComesFromCreditsOrBoilerplate() {
      assertThat(dated.sentences())
          .allSatisfy(s -> assertThat(dated.blocks().get(s.block()).kind())
              .isNotIn(BlockKind.BOILERPLATE, BlockKind.CREDIT));
      assertThat(dated.mentions()).noneMatch(m -> lineOf(dated, m.start()) >= 43);
    }

    @Test
    void languageIsEnglish() {
      assertThat(dated.require(Layers.LANGUAGE).code()).isEqualTo("en");
    }
  }

  @Nested
  class TimeWithPublicationDate {
    @Test
    void thursdayJune11th() {
      assertThat(timex(dated, 1, "Thursday")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-06-11");
      assertThat(timex(dated, 1, "June 11th")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-06-11");
    }

    @Test
    void explicitYear() {
      assertThat(timex(dated, 11, "2008")).singleElement().extracting(TimeExpression::value).isEqualTo("2008");
    }

    @Test
    void inJanuary() {
      assertThat(timex(dated, 17, "January")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-01");
    }

    @Test
    void mondayAndWednesday() {
      assertThat(timex(dated, 31, "Monday")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-06-08");
      assertThat(timex(dated, 31, "Wednesday")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-06-10");
    }

    @Test
    void untilThursday() {
      assertThat(timex(dated, 33, "Thursday")).singleElement().extracting(TimeExpression::value).isEqualTo("2020-06-11");
    }

    @Test
    void thisYear() {
      assertThat(timex(dated, 23, "this year")).singleElement().extracting(TimeExpression::value).isEqualTo("2020");
    }

    @Test
    void durationsAreNotDates() {
      assertThat(timex(dated, 29, "six months")).singleElement()
          .satisfies(t -> assertThat(t.value()).isEqualTo("P6M"));
      assertThat(timex(dated, 5, "the next few months")).singleElement()
          .satisfies(t -> assertThat(t.value()).startsWith("P"));
    }

    @Test
    void anchorIsTheGivenDate() {
      TimeAnchor a = dated.require(Layers.ANCHOR);
      assertThat(a.status()).isEqualTo(AnchorStatus.PROVIDED);
      assertThat(a.date()).isEqualTo(LocalDate.of(2020, 6, 11));
    }
  }

  @Nested
  class TimeWithoutPublicationDate {
    @Test
    void noYearIsClaimedForJune11th() {
      List<TimeExpression> june = timex(undated, 1, "June 11th");
      assertThat(june).singleElement().satisfies(t -> {
        assertThat(t.value()).isEqualTo("XXXX-06-11");
        assertThat(t.resolution().id()).isEqualTo("unresolved");
      });
      assertThat(undated.timexes())
          .as("no value may name a year the text does not state")
          .allSatisfy(t -> assertThat(t.value()).doesNotContain("2026").doesNotContain("2020").doesNotContain("2015"));
    }

    @Test
    void anchorIsUnknownWithTheReason() {
      TimeAnchor a = undated.require(Layers.ANCHOR);
      assertThat(a.status()).isEqualTo(AnchorStatus.UNKNOWN);
      assertThat(a.candidateYears()).contains(2020);
      assertThat(a.evidence()).contains("June 11th");
    }

    @Test
    void explicitYearsStillResolve() {
      assertThat(timex(undated, 11, "2008")).singleElement().extracting(TimeExpression::value).isEqualTo("2008");
    }
  }

  @Nested
  class EntityMentions {
    private Optional<EntityType> typeOf(String surface) {
      return dated.mentions().stream().filter(m -> dated.surface(m).equals(surface)).map(m -> m.type()).findFirst();
    }

    @Test
    void persons() {
      for (String p : List.of("Donald Trump", "Trump", "Moustafa al-Kazimi", "Mustafa al-Kazimi",
          "Qassem Soleimani", "Adel Abdel Mahdi", "Ahmed al-Assadi", "Robert Ford", "David Schenker")) {
        assertThat(typeOf(p)).as(p).contains(EntityType.PERSON);
      }
    }

    @Test
    void organizationsAndPlacesHaveMentions() {
      for (String s : List.of("Islamic State", "Middle East Institute", "AFP", "Hezbollah", "White House",
          "United States", "Iraq", "Baghdad", "Iran", "Washington")) {
        assertThat(typeOf(s)).as(s).isPresent();
      }
    }
  }
}
