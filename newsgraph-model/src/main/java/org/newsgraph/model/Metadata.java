package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What is known about an article apart from its text. Every field may be absent ({@code null} or
 * empty list); {@code with*} methods return copies.
 *
 * @param title the headline
 * @param authors person or agency names, clean (no "By", no job titles)
 * @param published the publication date, with its evidence
 * @param url where the article was read from
 * @param canonicalUrl the publisher's canonical address
 * @param siteName the publishing site ("France 24")
 * @param credit the agency credited for the content ("AFP"), from a credit line
 */
public record Metadata(
    String title,
    List<String> authors,
    DateClaim published,
    String url,
    String canonicalUrl,
    String siteName,
    String credit) {

  public static final Metadata EMPTY = new Metadata(null, List.of(), null, null, null, null, null);

  public Metadata {
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
  }

  public Metadata withTitle(String value) {
    return new Metadata(value, authors, published, url, canonicalUrl, siteName, credit);
  }

  public Metadata withAuthors(List<String> value) {
    return new Metadata(title, value, published, url, canonicalUrl, siteName, credit);
  }

  public Metadata withPublished(DateClaim value) {
    return new Metadata(title, authors, value, url, canonicalUrl, siteName, credit);
  }

  public Metadata withUrl(String value) {
    return new Metadata(title, authors, published, value, canonicalUrl, siteName, credit);
  }

  public Metadata withCanonicalUrl(String value) {
    return new Metadata(title, authors, published, url, value, siteName, credit);
  }

  public Metadata withSiteName(String value) {
    return new Metadata(title, authors, published, url, canonicalUrl, value, credit);
  }

  public Metadata withCredit(String value) {
    return new Metadata(title, authors, published, url, canonicalUrl, siteName, value);
  }
}
