package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The reference date for relative time expressions ("Thursday", "this year").
 *
 * @param date the anchor, {@code null} when {@link AnchorStatus#UNKNOWN}
 * @param status how the anchor was obtained
 * @param evidence why: the source of the date, or why none could be chosen
 * @param candidateYears years consistent with the text when the anchor is unknown or inferred
 */
public record TimeAnchor(
    LocalDate date, AnchorStatus status, String evidence, List<Integer> candidateYears) {

  public TimeAnchor {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    candidateYears = List.copyOf(candidateYears);
    if ((date == null) != (status == AnchorStatus.UNKNOWN)) {
      throw new IllegalArgumentException("an anchor has a date exactly when its status is known");
    }
  }

  public static TimeAnchor unknown(String evidence, List<Integer> candidateYears) {
    return new TimeAnchor(null, AnchorStatus.UNKNOWN, evidence, candidateYears);
  }

  public boolean isKnown() {
    return date != null;
  }
}
