package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ParamsTest {

  private static Params p(Map<String, List<String>> q) {
    return new Params(q, List.of("a", "b"));
  }

  private static void refused(ThrowingCallable c, String parameter, String message) {
    assertThatThrownBy(c)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.parameter()).isEqualTo(parameter);
              assertThat(e.getMessage()).contains(message);
              assertThat(e.getStackTrace()).isEmpty();
            });
  }

  @Test
  void unknownAndRepeatedParametersAreRefused() {
    refused(() -> p(Map.of("c", List.of("1"))), "c", "this endpoint takes a, b");
    refused(() -> new Params(Map.of("c", List.of("1")), List.of()), "c", "takes none");
    refused(() -> p(Map.of("a", List.of("1", "2"))).text("a", 10), "a", "given 2 times");
  }

  @Test
  void emptyIsAbsent() {
    Params p = p(Map.of("a", List.of(""), "b", List.of("", "x", "")));
    assertThat(p.text("a", 10)).isNull();
    assertThat(p.integer("a", 1, 5, 3)).isEqualTo(3);
    assertThat(p.date("a")).isNull();
    assertThat(p.texts("b", 5, 10)).containsExactly("x");
    refused(() -> p.requiredText("a", 10), "a", "required");
  }

  @Test
  void integersAreWholeAndInRange() {
    assertThat(p(Map.of("a", List.of("007"))).integer("a", 1, 10, 2)).isEqualTo(7);
    refused(() -> p(Map.of("a", List.of("1.5"))).integer("a", 1, 10, 2), "a", "from 1 to 10");
    refused(() -> p(Map.of("a", List.of("11"))).integer("a", 1, 10, 2), "a", "got 11");
    refused(() -> p(Map.of("a", List.of("-99999999999"))).integer("a", 1, 10, 2), "a", "got");
    refused(() -> p(Map.of("a", List.of("+3"))).integer("a", 1, 10, 2), "a", "whole number");
  }

  @Test
  void datesAreDaysOfTheCalendar() {
    assertThat(p(Map.of("a", List.of("2020-02-29"))).date("a"))
        .isEqualTo(LocalDate.of(2020, 2, 29));
    refused(() -> p(Map.of("a", List.of("2021-02-29"))).date("a"), "a", "not a day");
    refused(() -> p(Map.of("a", List.of("+12020-01-01"))).date("a"), "a", "YYYY-MM-DD");
    refused(() -> p(Map.of("a", List.of("2020-6-1"))).date("a"), "a", "YYYY-MM-DD");
  }

  @Test
  void textIsBoundedAndPlain() {
    refused(() -> p(Map.of("a", List.of("abcdef"))).text("a", 5), "a", "6 characters");
    refused(() -> p(Map.of("a", List.of("a\u0000b"))).text("a", 5), "a", "U+0000");
    assertThat(p(Map.of("a", List.of("a\tb"))).text("a", 5)).isEqualTo("a\tb");
    refused(() -> p(Map.of("b", List.of("1", "2", "3"))).texts("b", 2, 5), "b", "at most 2");
    refused(
        () -> p(Map.of("a", List.of("EN"))).matching("a", Pattern.compile("[a-z]{2}"), "a code"),
        "a",
        "must be a code");
    refused(
        () -> p(Map.of("a", List.of("up"))).choice("a", List.of("x", "y"), "x"),
        "a",
        "one of x, y");
  }

  @Test
  void errorsRepeatLittleOfWhatWasSent() {
    String echoed = Params.echo("x".repeat(5000) + "\n");
    assertThat(echoed).hasSizeLessThan(70).endsWith("...");
    assertThat(Params.echo("a\nb")).isEqualTo("a?b");
  }
}
