package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateClaimTest {

  private static boolean given(String evidence) {
    return new DateClaim(LocalDate.of(2020, 6, 11), evidence).given();
  }

  @Test
  void datesGivenWithTheInputAreToldFromDatesFoundInIt() {
    assertThat(given("--published")).isTrue();
    assertThat(given("caller")).isTrue();
    assertThat(given("jsonl date")).isTrue();
    assertThat(given("jsonl published")).isTrue();
    assertThat(given("feed entry date")).isTrue();
    assertThat(given("dateline")).isFalse();
    assertThat(given("json-ld datePublished")).isFalse();
    assertThat(given("meta article:published_time")).isFalse();
    assertThat(given("url path")).isFalse();
  }
}
