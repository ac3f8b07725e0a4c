package org.newsgraph.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date stated about the article, with where it came from.
 *
 * @param date the day, in the publisher's local calendar
 * @param evidence where the date was found ("--published", "dateline", "json-ld datePublished"),
 *     or who gave it with the input ("jsonl date", "feed entry date"; see {@link #given()})
 * @param time the moment with the publisher's offset, when the source states a time and an
 *     offset ("2024-05-03T15:47:42+02:00"); {@code null} otherwise. Its local day is {@code date}.
 */
public record DateClaim(LocalDate date, String evidence, OffsetDateTime time) {

  public DateClaim {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    if (time != null && !time.toLocalDate().equals(date)) {
      throw new IllegalArgumentException(
          "the time " + time + " does not fall on the day " + date + " in its own offset");
    }
  }

  /** Evidence of a date given with the input rather than found in it (see {@link #given()}). */
  public static final java.util.List<String> GIVEN_PREFIXES =
      java.util.List.of("--", "caller", "jsonl ", "feed ");

  /**
   * Whether the date was given with the input (an option, the caller, a JSONL field, a feed entry)
   * rather than found in the article: such a date is the time anchor as is.
   */
  public boolean given() {
    return GIVEN_PREFIXES.stream().anyMatch(evidence::startsWith);
  }

  /** A day without a time. */
  public DateClaim(LocalDate date, String evidence) {
    this(date, evidence, null);
  }

  /** The moment and its local day. */
  public static DateClaim of(OffsetDateTime time, String evidence) {
    Objects.requireNonNull(time, "time");
    return new DateClaim(time.toLocalDate(), evidence, time);
  }
}
