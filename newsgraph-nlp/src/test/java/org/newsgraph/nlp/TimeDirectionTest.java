package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.TimeDirection.Direction;
import org.newsgraph.nlp.TimeDirection.Word;

class TimeDirectionTest {

  private static List<Word> words(String tagged) {
    return Arrays.stream(tagged.split(" "))
        .map(t -> t.split("/"))
        .map(p -> TimeDirection.word(p[0], p[1]))
        .toList();
  }

  @Test
  void pastTenseNearbyPointsBack() {
    // The attack was launched on Wednesday
    List<Word> w = words("The/DT attack/NN was/VBD launched/VBN on/IN Wednesday/NNP");
    assertThat(TimeDirection.of(w, 5, 6)).isEqualTo(Direction.PAST);
  }

  @Test
  void modalNearbyPointsForward() {
    List<Word> w = words("They/PRP will/MD meet/VB on/IN Friday/NNP");
    assertThat(TimeDirection.of(w, 4, 5)).isEqualTo(Direction.FUTURE);
  }

  @Test
  void noCueKeepsTheClosest() {
    List<Word> w = words("On/IN Wednesday/NNP ,/, Mohamed/NNP and/CC his/PRP$ father/NN are/VBP to/TO travel/VB");
    assertThat(TimeDirection.of(w, 1, 2)).isEqualTo(Direction.CLOSEST);
  }

  @Test
  void weekdaysMoveByAWeekMonthsByAYear() {
    LocalDate sunday = LocalDate.of(2008, 1, 20);
    assertThat(TimeDirection.adjust("2008-01-23", "Wednesday", sunday, Direction.PAST)).isEqualTo("2008-01-16");
    assertThat(TimeDirection.adjust("2008-01-16", "Wednesday", sunday, Direction.FUTURE)).isEqualTo("2008-01-23");
    assertThat(TimeDirection.adjust("2008-01-16", "Wednesday", sunday, Direction.PAST)).isEqualTo("2008-01-16");
    assertThat(TimeDirection.adjust("2008-12", "December", sunday, Direction.PAST)).isEqualTo("2007-12");
    assertThat(TimeDirection.adjust("2008-12", "December 2008", sunday, Direction.PAST))
        .as("an explicit year is never moved").isEqualTo("2008-12");
    assertThat(TimeDirection.adjust("2008-01-27", "next Sunday", sunday, Direction.PAST))
        .as("relative words are SUTime's").isEqualTo("2008-01-27");
  }

  @Test
  void tenseRulesAreRemovedExactly() {
    String rules = "A\n{  pattern: ( [ { tag:/VBD/ } | /have/ ] []{0,2} [ $hasTemporal ] ),\n"
        + "     action: VTag( $0[-1].temporal.value, \"resolveTo\", RESOLVE_TO_PAST )\n  }\nB\n";
    String four = rules.repeat(SutimeRules.EXPECTED_TENSE_RULES);
    assertThat(SutimeRules.withoutTenseRules(four)).doesNotContain("VTag").contains("A\n").contains("B\n");
  }
}
