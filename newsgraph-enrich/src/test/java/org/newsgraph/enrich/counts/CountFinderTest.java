package org.newsgraph.enrich.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.enrich.counts.CountFinder.Candidate;
import org.newsgraph.model.CountQualifier;
import org.newsgraph.model.TimexType;

/** The count finder on hand-tagged sentences (Penn Treebank tags, as CoreNLP gives them). */
class CountFinderTest {

  private final CountFinder finder = new CountFinder();

  private List<Candidate> counts(Tagged t) {
    return finder.candidates(t.view()).stream().filter(Candidate::isCount).toList();
  }

  private Candidate only(Tagged t) {
    List<Candidate> c = counts(t);
    assertThat(c).as(t.text()).hasSize(1);
    return c.get(0);
  }

  @Test
  void seedLine21ApproximateEventCount() {
    Tagged t =
        Tagged.of(
            "still/RB demanding/VBG justice/NN for/IN some/DT 550/CD"
                + " demonstrators/NNS/demonstrator killed/VBD/kill in/IN the/DT repression/NN ./.");
    Candidate c = only(t);
    assertThat(t.surface(c.span())).isEqualTo("some 550 demonstrators killed");
    assertThat(t.surface(c.number())).isEqualTo("550");
    assertThat(c.value()).isEqualTo(550);
    assertThat(c.qualifier()).isEqualTo(CountQualifier.APPROXIMATE);
    assertThat(t.surface(c.object())).isEqualTo("demonstrators");
    assertThat(c.kind()).isEqualTo(EventKinds.KILLED);
  }

  @Test
  void seedLine15PredicativeNumberTakesItsAntecedent() {
    Tagged t =
        Tagged.of(
                "More/JJR than/IN two/CD and/CC a/DT half/NN years/NNS/year after/IN the/DT"
                    + " victory/NN over/IN the/DT jihadists/NNS on/IN the/DT Iraqi/JJ side/NN ,/,"
                    + " the/DT thousands/NNS of/IN American/JJ soldiers/NNS in/IN the/DT"
                    + " country/NN -/, they/PRP were/VBD/be 5,200/CD at/IN the/DT start/NN of/IN"
                    + " the/DT year/NN -/HYPH were/VBD/be once/RB again/RB at/IN the/DT heart/NN"
                    + " ./.")
            .timex("years", TimexType.DURATION, "PXY")
            .timex("the start of the year", TimexType.DATE, "2020");
    List<Candidate> c = counts(t);
    assertThat(c).hasSize(2);
    Candidate vague = c.get(0);
    assertThat(t.surface(vague.span())).isEqualTo("thousands of American soldiers");
    assertThat(vague.qualifier()).isEqualTo(CountQualifier.VAGUE);
    assertThat(vague.value()).isEqualTo(1000);
    Candidate exact = c.get(1);
    assertThat(t.surface(exact.number())).isEqualTo("5,200");
    assertThat(exact.value()).isEqualTo(5200);
    assertThat(exact.qualifier()).isEqualTo(CountQualifier.EXACT);
    assertThat(t.surface(exact.object())).isEqualTo("American soldiers");
    assertThat(t.surface(exact.time())).isEqualTo("the start of the year");
  }

  @Test
  void predicativeNumberWithoutOneClearAntecedentHasNoObject() {
    Tagged t =
        Tagged.of(
            "The/DT soldiers/NNS met/VBD the/DT diplomats/NNS ;/: they/PRP were/VBD/be 200/CD ./.");
    assertThat(counts(t)).isEmpty();
    Tagged one = Tagged.of("The/DT soldiers/NNS left/VBD ;/: they/PRP were/VBD/be 200/CD ./.");
    assertThat(one.surface(only(one).object())).isEqualTo("soldiers");
  }

  @Test
  void seedLine31PlaceAndTime() {
    Tagged t =
        Tagged.of(
                "Again/RB ,/, Monday/NNP and/CC Wednesday/NNP ,/, two/CD rockets/NNS hit/VBN"
                    + " US/NNP soldiers/NNS and/CC diplomats/NNS in/IN Baghdad/NNP as/IN a/DT"
                    + " reminder/NN ./.")
            .timex("Monday", TimexType.DATE, "2020-06-08")
            .timex("Wednesday", TimexType.DATE, "2020-06-10")
            .location("US")
            .location("Baghdad");
    Candidate c = only(t);
    assertThat(t.surface(c.span())).isEqualTo("two rockets");
    assertThat(t.surface(c.object())).isEqualTo("rockets");
    assertThat(c.kind()).isNull();
    assertThat(t.surface(c.place())).isEqualTo("Baghdad");
    assertThat(t.surface(c.time())).isEqualTo("Wednesday");
  }

  @Test
  void placeFallsBackToTheNearestLocationAndTimeSkipsReferences() {
    Tagged t =
        Tagged.of(
                "Syria/NNP said/VBD now/RB that/IN 12/CD people/NNS/people died/VBD/die ,/,"
                    + " Turkey/NNP said/VBD ./.")
            .location("Syria")
            .location("Turkey")
            .timex("now", TimexType.DATE, "PRESENT_REF");
    Candidate c = only(t);
    assertThat(t.surface(c.place())).isEqualTo("Turkey");
    assertThat(c.time()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | count span | value | kind
        "Police/NNS killing/VBG/kill 12/CD people/NNS/people ./. | killing 12 people | 12 | killed",
        "12/CD people/NNS/people were/VBD/be killed/VBN/kill ./. | 12 people were killed | 12 | killed",
        "12/CD people/NNS/people who/WP were/VBD/be reportedly/RB killed/VBN/kill ./."
            + " | 12 people who were reportedly killed | 12 | killed",
        "the/DT attack/NN left/VBD/leave 3/CD dead/JJ ./. | 3 dead | 3 | killed",
        "The/DT death/NN toll/NN rose/VBD/rise to/TO 40/CD ./. | 40 | 40 | killed",
        "At/IN least/JJS 107/CD killed/VBN/kill in/IN Mecca/NNP | At least 107 killed | 107 | killed",
        "wounding/VBG/wound 238/CD ,/, police/NN said/VBD | wounding 238 | 238 | wounded",
        "the/DT deaths/NNS/death of/IN 12/CD people/NNS/people | deaths of 12 people | 12 | killed",
        "police/NNS arrested/VBD/arrest 40/CD protesters/NNS/protester | arrested 40 protesters"
            + " | 40 | arrested",
        "Thousands/NNS marched/VBD/march in/IN Paris/NNP | Thousands marched | 1000 | protesting",
        "10,000/CD protesters/NNS/protester gathered/VBD/gather | 10,000 protesters | 10000"
            + " | protesting",
        "12/CD wounded/JJ soldiers/NNS/soldier arrived/VBD/arrive | 12 wounded soldiers | 12"
            + " | wounded",
        "Two/CD and/CC a/DT half/JJ thousand/CD refugees/NNS/refugee fled/VBD/flee"
            + " | Two and a half thousand refugees fled | 2500 | displaced",
        "killing/VBG/kill all/DT 228/CD people/NNS/people | killing all 228 people | 228 | killed",
        "one/CD person/NN was/VBD/be killed/VBN/kill | one person was killed | 1 | killed",
        "Two/CD killed/VBN/kill in/IN blast/NN | Two killed | 2 | killed",
      })
  void eventKindsOnBothSides(String sentence, String span, double value, String kind) {
    Tagged t = Tagged.of(sentence);
    Candidate c = only(t);
    assertThat(t.surface(c.span())).isEqualTo(span);
    assertThat(c.value()).isEqualTo(value);
    assertThat(c.kind()).isEqualTo(kind);
  }

  @Test
  void theVoiceDecidesWhoWasKilled() {
    Tagged t =
        Tagged.of(
            "12/CD soldiers/NNS/soldier killed/VBD/kill 3/CD militants/NNS/militant ./.");
    List<Candidate> c = counts(t);
    assertThat(c).hasSize(2);
    assertThat(t.surface(c.get(0).object())).isEqualTo("soldiers");
    assertThat(c.get(0).kind()).isNull();
    assertThat(t.surface(c.get(1).span())).isEqualTo("killed 3 militants");
    assertThat(c.get(1).kind()).isEqualTo(EventKinds.KILLED);
    Tagged perfect =
        Tagged.of("12/CD soldiers/NNS/soldier have/VBP/have killed/VBN/kill militants/NNS");
    assertThat(only(perfect).kind()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "about/IN 5,000/CD people/NNS | APPROXIMATE | 5000",
        "an/DT estimated/VBN 300/CD people/NNS | APPROXIMATE | 300",
        "more/JJR than/IN 20/CD people/NNS | AT_LEAST | 20",
        "killing/VBG/kill 107/CD or/CC more/JJR | AT_LEAST | 107",
        "up/RB to/TO 840/CD people/NNS | AT_MOST | 840",
        "fewer/JJR than/IN 10/CD people/NNS | AT_MOST | 10",
        "between/IN 210/CD and/CC 250/CD passengers/NNS | AT_LEAST | 210",
        "40/CD to/TO 50/CD questions/NNS | AT_LEAST | 40",
        "20/CD ~-/HYPH ~30/CD people/NNS | AT_LEAST | 20",
        "dozens/NNS of/IN rockets/NNS | VAGUE | 12",
        "hundreds/NNS of/IN thousands/NNS of/IN people/NNS | VAGUE | 100000",
        "half/PDT a/DT million/CD children/NNS | EXACT | 500000",
        "a/DT dozen/NN soldiers/NNS | EXACT | 12",
        "twenty/CD ~-/HYPH ~five/CD people/NNS | EXACT | 25",
      })
  void qualifiersAndValues(String sentence, CountQualifier q, double value) {
    Candidate c = only(Tagged.of(sentence));
    assertThat(c.qualifier()).isEqualTo(q);
    assertThat(c.value()).isEqualTo(value);
  }

  @Test
  void objectsAreNounPhrases() {
    Tagged t =
        Tagged.of(
            "assure/VB AFP/NNP two/CD government/NN officials/NNS ,/, two/CD more/JJR"
                + " rockets/NNS and/CC Two/CD pan-democratic/JJ politicians/NNS Lee/NNP"
                + " Cheuk-yan/NNP and/CC 12/CD of/IN the/DT victims/NNS");
    List<String> objects = counts(t).stream().map(c -> t.surface(c.object())).toList();
    assertThat(objects)
        .containsExactly("government officials", "rockets", "pan-democratic politicians", "victims");
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | the number | exclusion
        "1/LS ./. The/DT first/JJ item/NN | 1 | LIST_MARKER",
        "2/CD ~./. Go/VB home/NN | 2 | LIST_MARKER",
        "the/DT 2019/CD elections/NNS | 2019 | YEAR",
        "in/IN 1709/CD ,/, the/DT | 1709 | YEAR",
        "of/IN 2000/CD levels/NNS | 2000 | YEAR",
        "$/$ 40/CD billion/CD | 40 billion | MONEY",
        "US$/$ 20,000/CD bail/NN | 20,000 | MONEY",
        "20/CD euros/NNS/euro | 20 | MONEY",
        "hundreds/NNS of/IN millions/NNS of/IN dollars/NNS | hundreds of millions | MONEY",
        "5/CD %/NN of/IN voters/NNS | 5 | PERCENT",
        "12/CD percent/NN of/IN voters/NNS | 12 | PERCENT",
        "10/CD per/IN cent/NN | 10 | PERCENT",
        "the/DT 21st/JJ century/NN | 21st | ORDINAL",
        "the/DT 14/CD ~-/HYPH ~year/NN ~-/HYPH ~old/JJ boy/NN | 14 | AGE",
        "a/DT 19/CD year/NN old/JJ | 19 | AGE",
        "Org/NNP aged/VBN 14/CD ./. | 14 | AGE",
        "Thomas/NNP Sam/NNP ,/, 42/CD ,/, and/CC his/PRP$ wife/NN | 42 | AGE",
        "won/VBD 3/CD ~-/HYPH ~0/CD ./. | 3-0 | SCORE",
        "Sweden/NNP 1/CD –/: 0/CD Korea/NNP Republic/NNP | 1 – 0 | SCORE",
        "the/DT Covid/NNP ~-/HYPH ~19/CD pandemic/NN | 19 | NAME_OR_CODE",
        "Route/NNP 66/CD runs/VBZ west/RB | 66 | NAME_OR_CODE",
        "the/DT S&P/NNP 500/CD index/NN fell/VBD | 500 | NAME_OR_CODE",
        "police/NN posts/NNS 542/CD and/CC | 542 | NAME_OR_CODE",
        "the/DT No./NN 1/CD music/NN seller/NN | 1 | NAME_OR_CODE",
        "below/IN the/DT 5000/CD mark/NN | 5000 | NAME_OR_CODE",
        "day/NN one/CD motions/NNS | one | NAME_OR_CODE",
        "More/JJR than/IN two/CD and/CC a/DT half/NN years/NNS after/IN | two and a half"
            + " | DURATION",
        "a/DT 20/CD minute/NN walk/NN | 20 | DURATION",
        "for/IN six/CD more/JJR months/NNS | six | DURATION",
        "travel/VB about/IN 500/CD miles/NNS | 500 | MEASURE",
        "a/DT 15/CD meter/NN high/JJ statue/NN | 15 | MEASURE",
        "lost/VBD 26/CD points/NNS | 26 | MEASURE",
        "17/CD times/NNS ./. | 17 | MULTIPLE",
        "the/DT two/CD countries/NNS affirmed/VBD | two | DEFINITE_REFERENCE",
        "their/PRP$ three/CD sons/NNS | three | DEFINITE_REFERENCE",
        "No/DT one/NN was/VBD/be hurt/VBN/hurt | one | PRONOUN_ONE",
        "insists/VBZ one/CD of/IN them/PRP | one | PRONOUN_ONE",
        "one/CD that/WDT is/VBZ/be executed/VBN/execute | one | PRONOUN_ONE",
        "increased/VBD from/IN 9/CD to/TO 10/CD ./. | 9 | NO_OBJECT",
        "the/DT vote/NN was/VBD 52/CD ./. | 52 | NO_OBJECT",
      })
  void exclusions(String sentence, String number, Exclusion expected) {
    Tagged t = Tagged.of(sentence);
    Candidate c =
        finder.candidates(t.view()).stream()
            .filter(x -> t.surface(x.number()).equals(number))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no candidate '" + number + "' in " + t.text()));
    assertThat(c.exclusion()).isEqualTo(expected);
    assertThat(c.isCount()).isFalse();
  }

  @Test
  void everyExclusionHasAReason() {
    for (Exclusion e : Exclusion.values()) {
      assertThat(e.reason()).isNotBlank();
    }
  }

  @Test
  void anEventCountStaysACountWhenDefinite() {
    Tagged t = Tagged.of("the/DT two/CD men/NNS/man were/VBD/be killed/VBN/kill");
    assertThat(only(t).kind()).isEqualTo(EventKinds.KILLED);
  }

  @Test
  void numbersInTimeExpressionsAreNotCounts() {
    Tagged t =
        Tagged.of("from/IN 2008/CD ,/, giving/VBG six/CD months/NNS to/TO leave/VB")
            .timex("2008", TimexType.DATE, "2008")
            .timex("six months", TimexType.DURATION, "P6M");
    assertThat(finder.candidates(t.view()))
        .extracting(Candidate::exclusion)
        .containsExactly(Exclusion.TIME_EXPRESSION, Exclusion.TIME_EXPRESSION);
  }

  @Test
  void aCountNeverCoversADateOrTime() {
    Tagged t =
        Tagged.of("two/CD Monday/NNP attacks/NNS/attack")
            .timex("Monday", TimexType.DATE, "2020-06-08");
    assertThat(counts(t)).isEmpty();
  }

  @Test
  void emptyAndOddSentences() {
    assertThat(finder.candidates(Tagged.of("./.").view())).isEmpty();
    assertThat(counts(Tagged.of("12/CD"))).isEmpty();
    assertThat(counts(Tagged.of("between/IN 12/CD and/CC"))).isEmpty();
    assertThat(counts(Tagged.of("they/PRP were/VBD/be 12/CD"))).isEmpty();
    assertThat(counts(Tagged.of("a/DT dozen/NN"))).isEmpty();
  }
}
