package org.newsgraph.pipeline;

import java.time.LocalDate;

/**
 * Per-call options of {@link Newsgraph#analyze}.
 *
 * @param published the publication date, when the caller knows it; anchors relative times
 * @param publishedEvidence who gave it ("jsonl date", "feed entry date"); {@code null} means the
 *     command line's {@code --published}
 * @param encoding the input's character encoding, when the caller knows it
 * @param url the address the input was read from (a page's links resolve against it, and a date
 *     in its path is evidence of the publication date), or {@code null}
 * @param title the headline, when the caller knows it (a JSONL line's "title"); it is the
 *     article's title, for a page too, as a given date is its date
 * @param titleEvidence where the given title came from ("jsonl title"); set exactly when {@code
 *     title} is
 */
public record AnalyzeOptions(
    LocalDate published, String publishedEvidence, String encoding, String url, String title,
    String titleEvidence) {

  public static final AnalyzeOptions NONE = new AnalyzeOptions(null, null, null);

  /** What {@code published} is evidenced by when no other evidence is given. */
  public static final String OPTION_EVIDENCE = "--published";

  public AnalyzeOptions {
    if (published != null && publishedEvidence == null) {
      publishedEvidence = OPTION_EVIDENCE;
    }
    if (published == null && publishedEvidence != null) {
      throw new IllegalArgumentException("evidence without a date: " + publishedEvidence);
    }
    if ((title == null) != (titleEvidence == null)) {
      throw new IllegalArgumentException(
          "a given title comes with its evidence (where it came from), and evidence with a"
              + " title: " + title + ", " + titleEvidence);
    }
  }

  /** Options without a given title. */
  public AnalyzeOptions(LocalDate published, String encoding, String url) {
    this(published, null, encoding, url, null, null);
  }

  public static AnalyzeOptions published(LocalDate date) {
    return new AnalyzeOptions(date, null, null);
  }

  public AnalyzeOptions withUrl(String value) {
    return new AnalyzeOptions(published, publishedEvidence, encoding, value, title, titleEvidence);
  }

  /** The options with a given title and where it came from ({@code null}, {@code null}: none). */
  public AnalyzeOptions withTitle(String value, String evidence) {
    return new AnalyzeOptions(published, publishedEvidence, encoding, url, value, evidence);
  }
}
