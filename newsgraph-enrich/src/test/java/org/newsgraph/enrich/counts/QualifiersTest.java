package org.newsgraph.enrich.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.enrich.counts.Qualifiers.Match;
import org.newsgraph.model.CountQualifier;

class QualifiersTest {

  /** The qualifier before the last word of {@code words}. */
  private static Match before(String words) {
    List<String> w = Arrays.asList(words.split(" "));
    return Qualifiers.before(w, w.size() - 1, 0).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "some 550          | APPROXIMATE | 1",
        "about 5,000       | APPROXIMATE | 1",
        "Around 50,000     | APPROXIMATE | 1",
        "nearly 14,000     | APPROXIMATE | 1",
        "almost 20         | APPROXIMATE | 1",
        "roughly 100       | APPROXIMATE | 1",
        "an estimated 300  | APPROXIMATE | 2",
        "approximately 4,300 | APPROXIMATE | 1",
        "More than 900     | AT_LEAST    | 2",
        "over 700          | AT_LEAST    | 1",
        "at least 107      | AT_LEAST    | 2",
        "in excess of 20   | AT_LEAST    | 3",
        "no fewer than 20  | AT_LEAST    | 3",
        "up to 840         | AT_MOST     | 2",
        "fewer than 10     | AT_MOST     | 2",
        "less than a       | AT_MOST     | 2",
        "at most 3         | AT_MOST     | 2",
        "no more than 5    | AT_MOST     | 3",
        "as many as 7      | AT_MOST     | 3",
      })
  void qualifierBeforeTheNumber(String words, CountQualifier q, int length) {
    assertThat(before(words)).isEqualTo(new Match(q, length));
  }

  @Test
  void theLongestPhraseWins() {
    assertThat(before("said no more than 5").qualifier()).isEqualTo(CountQualifier.AT_MOST);
    assertThat(before("said more than 5").qualifier()).isEqualTo(CountQualifier.AT_LEAST);
  }

  @Test
  void noQualifier() {
    assertThat(before("killed 12")).isNull();
    assertThat(before("12")).isNull();
    assertThat(before("than 12")).isNull();
  }

  @Test
  void neverReachesBelowTheFloor() {
    List<String> w = List.of("12", "more", "than", "5");
    assertThat(Qualifiers.before(w, 3, 2)).isEmpty();
    assertThat(Qualifiers.before(w, 3, 1)).contains(new Match(CountQualifier.AT_LEAST, 2));
    assertThat(Qualifiers.before(w, 9, 0)).isEmpty();
  }

  @Test
  void qualifierAfterTheNumber() {
    List<String> w = List.of("killing", "107", "or", "more", "and");
    assertThat(Qualifiers.after(w, 2)).contains(new Match(CountQualifier.AT_LEAST, 2));
    assertThat(Qualifiers.after(List.of("20", "or", "so"), 1))
        .contains(new Match(CountQualifier.APPROXIMATE, 2));
    assertThat(Qualifiers.after(List.of("20", "or"), 1)).isEmpty();
    assertThat(Qualifiers.after(List.of("20", "or", "30"), 1)).isEmpty();
  }
}
