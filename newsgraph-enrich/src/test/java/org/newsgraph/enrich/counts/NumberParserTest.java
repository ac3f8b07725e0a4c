package org.newsgraph.enrich.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.enrich.counts.NumberParser.ParsedNumber;

class NumberParserTest {

  /** Tokens as the tokenizer gives them, separated by spaces. */
  private static Optional<ParsedNumber> parse(String tokens) {
    return NumberParser.parse(Arrays.asList(tokens.split(" ")), 0);
  }

  @ParameterizedTest(name = "{0} = {1} ({2} tokens)")
  @CsvSource(
      delimiter = '|',
      value = {
        "12                       | 12        | 1",
        "5,200                    | 5200      | 1",
        "1,000,000                | 1000000   | 1",
        "1.5 million              | 1500000   | 2",
        "40 billion dollars       | 4.0E10    | 2",
        "3 hundred people         | 300       | 2",
        "two rockets              | 2         | 1",
        "Two rockets              | 2         | 1",
        "twenty - five people     | 25        | 3",
        "twenty-five people       | 25        | 1",
        "twenty five people       | 25        | 2",
        "thirty-one Republicans   | 31        | 1",
        "two and a half years     | 2.5       | 4",
        "two and a half thousand  | 2500      | 5",
        "a dozen soldiers         | 12        | 2",
        "two dozen soldiers       | 24        | 2",
        "half a million people    | 500000    | 3",
        "half a dozen eggs        | 6         | 3",
        "a hundred people         | 100       | 2",
        "one hundred and twenty   | 120       | 4",
        "two hundred fifty        | 250       | 3",
        "three thousand employees | 3000      | 2",
        "two million three hundred thousand | 2300000 | 5",
        "a thousand people        | 1000      | 2",
        "nineteen                 | 19        | 1",
        "20 and 30 people         | 20        | 1",
        "two and three            | 2         | 1",
        "one two three            | 1         | 1",
        "five thousand million    | 5000      | 2",
      })
  void readsExactNumbers(String tokens, double value, int length) {
    assertThat(parse(tokens)).contains(new ParsedNumber(length, value, false));
  }

  @ParameterizedTest(name = "{0} = {1}, vague")
  @CsvSource(
      delimiter = '|',
      value = {
        "thousands of American soldiers | 1000   | 1",
        "hundreds of demonstrators      | 100    | 1",
        "dozens of rockets              | 12     | 1",
        "Dozens were killed             | 12     | 1",
        "scores of people               | 20     | 1",
        "tens of thousands of people    | 10000  | 3",
        "hundreds of thousands of people | 100000 | 3",
        "millions of pilgrims           | 1000000 | 1",
      })
  void readsVagueQuantitiesAsTheirLowerBound(String tokens, double value, int length) {
    assertThat(parse(tokens)).contains(new ParsedNumber(length, value, true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a man", "half of them", "third", "21st", "first", "scores were high", "tens",
        "the", "million", "hundred", "1990s", "-5", "and a half", "12345678901234567 units",
        "1,00", "five-star hotel"
      })
  void readsNothingElse(String tokens) {
    assertThat(parse(tokens)).isEmpty();
  }

  @Test
  void readsFromAnyPositionAndNeverPastTheEnd() {
    List<String> words = List.of("some", "550", "demonstrators");
    assertThat(NumberParser.parse(words, 1)).contains(new ParsedNumber(1, 550, false));
    assertThat(NumberParser.parse(words, 3)).isEmpty();
    assertThat(NumberParser.parse(words, -1)).isEmpty();
    assertThat(NumberParser.parse(List.of("a"), 0)).isEmpty();
    assertThat(NumberParser.parse(List.of("half", "a"), 0)).isEmpty();
    assertThat(NumberParser.parse(List.of("two", "and", "a"), 0))
        .contains(new ParsedNumber(1, 2, false));
    assertThat(NumberParser.parse(List.of("twenty", "-"), 0))
        .contains(new ParsedNumber(1, 20, false));
  }

  @Test
  void digitStrings() {
    assertThat(NumberParser.digits("5,200")).contains(5200.0);
    assertThat(NumberParser.digits("1.5")).contains(1.5);
    assertThat(NumberParser.digits("007")).contains(7.0);
    assertThat(NumberParser.digits("5,20")).isEmpty();
    assertThat(NumberParser.digits("1e5")).isEmpty();
    assertThat(NumberParser.digits("")).isEmpty();
    assertThat(NumberParser.digits("9".repeat(16))).isEmpty();
  }
}
