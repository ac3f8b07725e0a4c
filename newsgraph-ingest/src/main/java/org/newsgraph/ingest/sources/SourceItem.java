package org.newsgraph.ingest.sources;

import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.model.RawInput;

/**
 * One input a source found: raw bytes to analyze, or why it could not be read.
 *
 * @param key stable identity of the input, the same on every run: the absolute file path; for a
 *     WARC record {@code /abs/file.warc.gz#<WARC-Record-ID>}; for a JSONL line {@code
 *     /abs/file.jsonl#<line number>}; for a feed item or a page its URL
 * @param name what messages call it: a path, {@code file.warc.gz@offset 12345 (https://...)},
 *     {@code file.jsonl:17}, a URL
 * @param input the bytes to analyze ({@code mediaTypeHint} "text/html" or "text/plain", {@code
 *     declaredCharset} from HTTP headers when known); {@code null} when failed
 * @param url the page's address when known (WARC-Target-URI, the JSONL "url", the feed link), else
 *     {@code null}
 * @param published a publication date the source states (JSONL "published" or "date", a feed
 *     item's date; never the WARC-Date, which is when the page was fetched), else {@code null}
 * @param publishedEvidence where {@code published} came from ("jsonl date", "feed entry date");
 *     set exactly when it is
 * @param title a headline the source states (JSONL "title"), else {@code null}
 * @param titleEvidence where {@code title} came from ("jsonl title"); set exactly when it is
 * @param failure {@code null} when the item is ok; else the reason, a sentence that names what is
 *     wrong and what to do
 */
public record SourceItem(
    String key,
    String name,
    RawInput input,
    String url,
    LocalDate published,
    String publishedEvidence,
    String title,
    String titleEvidence,
    String failure) {

  public SourceItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    if ((published == null) != (publishedEvidence == null)) {
      throw new IllegalArgumentException(
          "a date comes with its evidence, and evidence with a date: " + name);
    }
    if ((title == null) != (titleEvidence == null)) {
      throw new IllegalArgumentException(
          "a title comes with its evidence, and evidence with a title: " + name);
    }
    if ((input == null) == (failure == null)) {
      throw new IllegalArgumentException(
          "a source item has either an input or a failure, not both or neither: " + name);
    }
    if (failure != null && failure.isBlank()) {
      throw new IllegalArgumentException("a failed source item needs a reason: " + name);
    }
  }

  /** An input without a stated date or title. */
  public static SourceItem ok(String key, String name, RawInput input, String url) {
    return ok(key, name, input, url, null, null);
  }

  /** An input with the publication date its source states, and where it was stated. */
  public static SourceItem ok(
      String key, String name, RawInput input, String url, LocalDate published,
      String publishedEvidence) {
    return new SourceItem(key, name, Objects.requireNonNull(input, "input"), url, published,
        publishedEvidence, null, null, null);
  }

  public static SourceItem failed(String key, String name, String reason) {
    return new SourceItem(key, name, null, null, null, null, null, null, reason);
  }

  /** A failed item whose address is known (a WARC record, a feed link). */
  public static SourceItem failed(String key, String name, String url, String reason) {
    return new SourceItem(key, name, null, url, null, null, null, null, reason);
  }

  /** The item with the headline its source states, and where it was stated ("jsonl title"). */
  public SourceItem withTitle(String value, String evidence) {
    return new SourceItem(
        key, name, input, url, published, publishedEvidence, value, evidence, failure);
  }

  public boolean ok() {
    return failure == null;
  }

  /** The one-line message for a failed item, "name: reason", as {@code InputException} words it. */
  public String message() {
    return ok() ? name + ": ok" : name + ": " + failure;
  }
}
