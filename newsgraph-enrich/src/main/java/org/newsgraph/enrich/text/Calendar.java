package org.newsgraph.enrich.text;

import java.util.Set;

/** Names of days and months, lower case. */
public final class Calendar {

  private Calendar() {}

  private static final Set<String> DAYS_AND_MONTHS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tonight", "january", "february", "march", "april", "may", "june",
          "july", "august", "september", "october", "november", "december");

  public static boolean isDayOrMonth(String lower) {
    return DAYS_AND_MONTHS.contains(lower);
  }
}
