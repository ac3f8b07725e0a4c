package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountQualifier;
import org.newsgraph.model.Document;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.testkit.Shared;

/**
 * The "Counts and amounts" items of ../shared/seed/EXPECTED.md, asserted on the seed article in
 * examples/. Line numbers are the file's own.
 */
class CountSeedTest {

  private static Document dated;
  private static Document undated;

  @BeforeAll
  static void analyze() {
    Newsgraph ng = TestNewsgraph.get();
    var raw = ng.read(Shared.seedExample());
    dated = ng.analyze(raw, AnalyzeOptions.published(LocalDate.of(2020, 6, 11))).requireDocument();
    undated = ng.analyze(raw, AnalyzeOptions.NONE).requireDocument();
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

  /** The count of a line whose number reads {@code number}. */
  private static Count count(int line, String number) {
    List<Count> found =
        dated.counts().stream()
            .filter(c -> lineOf(dated, c.start()) == line && dated.surface(c.number()).equals(number))
            .toList();
    assertThat(found).as("count '%s' on line %d in %s", number, line, dated.counts()).hasSize(1);
    return found.get(0);
  }

  private static String surface(Document d, org.newsgraph.model.Span span) {
    return span == null ? null : d.surface(span);
  }

  @Test
  void fiftyTwoHundredAmericanSoldiersAtTheStartOfTheYear() {
    Count c = count(15, "5,200");
    assertThat(c.value()).isEqualTo(5200);
    assertThat(c.qualifier()).isEqualTo(CountQualifier.EXACT);
    assertThat(surface(dated, c.object())).isEqualTo("American soldiers");
    assertThat(surface(dated, c.time())).isEqualTo("the start of the year");
  }

  @Test
  void thousandsOfAmericanSoldiersIsVague() {
    Count c = count(15, "thousands");
    assertThat(dated.surface(c)).isEqualTo("thousands of American soldiers");
    assertThat(c.qualifier()).isEqualTo(CountQualifier.VAGUE);
    assertThat(c.value()).isEqualTo(1000);
    assertThat(surface(dated, c.object())).isEqualTo("American soldiers");
  }

  @Test
  void someFiveHundredFiftyDemonstratorsKilled() {
    Count c = count(21, "550");
    assertThat(dated.surface(c)).isEqualTo("some 550 demonstrators killed");
    assertThat(c.value()).isEqualTo(550);
    assertThat(c.qualifier()).isEqualTo(CountQualifier.APPROXIMATE);
    assertThat(surface(dated, c.object())).isEqualTo("demonstrators");
    assertThat(c.kind()).isEqualTo("killed");
  }

  @Test
  void twoRocketsInBaghdadOnMondayOrWednesday() {
    Count c = count(31, "two");
    assertThat(c.value()).isEqualTo(2);
    assertThat(surface(dated, c.object())).isEqualTo("rockets");
    assertThat(surface(dated, c.place())).isEqualTo("Baghdad");
    assertThat(surface(dated, c.time())).isIn("Monday", "Wednesday");
  }

  @Test
  void noYearDatePercentageOrMoneyIsACount() {
    Pattern year = Pattern.compile("\\d{4}");
    for (Count c : dated.counts()) {
      String number = dated.surface(c.number());
      assertThat(year.matcher(number).matches()).as(number).isFalse();
      for (TimeExpression t : dated.timexes()) {
        assertThat(c.number().overlaps(t.span()))
            .as("count '%s' overlaps time expression '%s'", dated.surface(c), dated.surface(t))
            .isFalse();
      }
      String after = dated.text().substring(c.number().end(), Math.min(dated.text().length(), c.number().end() + 9));
      assertThat(after).doesNotStartWith("%").doesNotStartWith(" percent");
      assertThat(dated.text().substring(Math.max(0, c.start() - 2), c.start())).doesNotContain("$");
    }
    List<String> numbers = dated.counts().stream().map(c -> dated.surface(c.number())).toList();
    assertThat(numbers).doesNotContain("2008", "19", "six", "one");
    assertThat(dated.counts().stream().map(dated::surface)).doesNotContain("two countries", "two allies");
  }

  @Test
  void theSameCountsWithoutAPublicationDate() {
    assertThat(undated.counts().stream().map(c -> c.span() + " " + c.value() + " " + c.object()))
        .containsExactlyElementsOf(
            dated.counts().stream().map(c -> c.span() + " " + c.value() + " " + c.object()).toList());
  }
}
