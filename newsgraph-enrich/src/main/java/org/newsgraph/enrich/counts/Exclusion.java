package org.newsgraph.enrich.counts;

/**
 * Why a number in the text is not a count. Each number the finder reads either becomes a
 * count or gets exactly one of these, the first that applies in this order, so that every
 * decision can be explained ({@link CountFinder#candidates}).
 */
public enum Exclusion {
  /** "1." or "(2)" opening a list item: numbers the text, not things. */
  LIST_MARKER("a list marker numbers the text, not things"),
  /** The number lies in a DATE, TIME, DURATION or SET time expression ("June 11", "six months"). */
  TIME_EXPRESSION("part of a time expression: a date, a time, a duration or a frequency"),
  /**
   * A four-digit number without separator from 1900 to 2100 ("in 2008", "the 2019
   * elections", "10% of 2000 levels"); from 1000 to 1899 too, unless a plural noun follows and
   * nothing year-like comes before ("a survey of 1709 schoolchildren" is a count).
   */
  YEAR("a year, not a number of things"),
  /** "$40 billion", "20 euros", "US$ 20,000": an amount of money. */
  MONEY("an amount of money"),
  /** "5%", "12 percent", "10 per cent", "3 percentage points". */
  PERCENT("a percentage or a share"),
  /** "21st", "3rd": a rank. (Ordinal words such as "third" are never read as numbers.) */
  ORDINAL("an ordinal states a rank, not a number of things"),
  /** "14-year-old", "aged 30", "Thomas Sam, 42,": a person's age. */
  AGE("a person's age"),
  /** "won 3-0": a result, two numbers joined by a dash with nothing counted after them. */
  SCORE("a score or a result"),
  /** "two and a half years", "48 hours", "a 20 minute walk": a span of time. */
  DURATION("a span of time, not a number of things"),
  /** "500 miles", "15 meter high", "6.1 magnitude", "15 IQ points": a measurement. */
  MEASURE("a measurement, not a number of things"),
  /** "three times", "twofold": a multiple. */
  MULTIPLE("a multiple, not a number of things"),
  /**
   * A number inside a name, a label or a code: inside a name mention ("Apollo 11"); attached
   * to a word ("Covid-19", "G-20"); after a label ("No. 1", "#2", "number 3"); digits right
   * after a proper noun ("S&amp;P 500 index", "Chapter 11 protection", "iPhone 4"); digits
   * after a noun with nothing counted after them ("Route 66", "posts 542 and 543"); "one"
   * after a noun ("day one"); or a number other than one before a singular noun ("the 5000
   * mark", "iOS 4 operating system", "a 12 person team"), which names a level, a model or a
   * size.
   */
  NAME_OR_CODE("part of a name, a label or a code"),
  /**
   * "the two countries", "their three sons": a small, definite group the reader already knows
   * is named again, not counted. Event counts ("the two men were killed") stay counts.
   */
  DEFINITE_REFERENCE("a known group named again ('the two countries'), not a new figure"),
  /** "no one", "one of them", "the one who": "one" as a pronoun. */
  PRONOUN_ONE("'one' used as a pronoun"),
  /**
   * Nothing is counted: no object after the number, no event word and no antecedent ("rose
   * from 9 to 10", "the vote was 52").
   */
  NO_OBJECT("nothing counted: no object, no event word, no antecedent");

  private final String reason;

  Exclusion(String reason) {
    this.reason = reason;
  }

  /** Why such a number is not a count, in words. */
  public String reason() {
    return reason;
  }
}
