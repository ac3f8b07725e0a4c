package org.newsgraph.extract;

/**
 * Settings of the time anchor.
 *
 * @param earliestYear the earliest publication year considered when inferring a year from the
 *     text. 1990: the web-news era; older archives should pass the date explicitly.
 * @param inferYear whether to infer a year from evidence in the text when no date is given;
 *     when off, an unknown date stays unknown.
 */
public record AnchorConfig(int earliestYear, boolean inferYear) {

  public static final AnchorConfig DEFAULTS = new AnchorConfig(1990, true);
}
