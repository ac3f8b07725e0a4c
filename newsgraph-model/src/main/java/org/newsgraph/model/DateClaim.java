package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date stated about the article, with where it came from.
 *
 * @param date the day, in the publisher's local calendar
 * @param evidence where the date was found ("--published", "dateline", "json-ld datePublished")
 */
public record DateClaim(LocalDate date, String evidence) {

  public DateClaim {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
  }
}
