package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What is known about an article apart from its text. Every field may be absent ({@code null} or
 * empty list); {@code with*} methods return copies.
 *
 * @param title the headline
 * @param titleEvidence where the title came from ("og:title", "first line", "jsonl title"); set
 *     exactly when {@code title} is
 * @param authors person or agency names, clean (no "By", no job titles)
 * @param published the publication date, with its evidence
 * @param modified the date of the last change the publisher states, with its evidence
 * @param url where the article was read from
 * @param canonicalUrl the publisher's canonical address
 * @param siteName the publishing site ("France 24")
 * @param credit the agency credited for the content ("AFP"), from a credit line
 * @param language the language the page declares (BCP 47 as written, "en-GB"), not the detected one
 * @param section the site's section or category ("Middle East")
 * @param description the publisher's summary (meta description, Open Graph, JSON-LD)
 * @param imageUrl the article's main image
 */
public record Metadata(
    String title,
    String titleEvidence,
    List<String> authors,
    DateClaim published,
    DateClaim modified,
    String url,
    String canonicalUrl,
    String siteName,
    String credit,
    String language,
    String section,
    String description,
    String imageUrl) {

  public static final Metadata EMPTY =
      new Metadata(
          null, null, List.of(), null, null, null, null, null, null, null, null, null, null);

  public Metadata {
    if ((title == null) != (titleEvidence == null)) {
      throw new IllegalArgumentException(
          "a title comes with its evidence, and evidence with a title: " + title + ", "
              + titleEvidence);
    }
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
  }

  /** The title and where it came from; both {@code null} for no title. */
  public Metadata withTitle(String value, String evidence) {
    return new Metadata(value, evidence, authors, published, modified, url, canonicalUrl,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withAuthors(List<String> value) {
    return new Metadata(title, titleEvidence, value, published, modified, url, canonicalUrl,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withPublished(DateClaim value) {
    return new Metadata(title, titleEvidence, authors, value, modified, url, canonicalUrl,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withModified(DateClaim value) {
    return new Metadata(title, titleEvidence, authors, published, value, url, canonicalUrl,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withUrl(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, value, canonicalUrl,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withCanonicalUrl(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, value,
        siteName, credit, language, section, description, imageUrl);
  }

  public Metadata withSiteName(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        value, credit, language, section, description, imageUrl);
  }

  public Metadata withCredit(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        siteName, value, language, section, description, imageUrl);
  }

  public Metadata withLanguage(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        siteName, credit, value, section, description, imageUrl);
  }

  public Metadata withSection(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        siteName, credit, language, value, description, imageUrl);
  }

  public Metadata withDescription(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        siteName, credit, language, section, value, imageUrl);
  }

  public Metadata withImageUrl(String value) {
    return new Metadata(title, titleEvidence, authors, published, modified, url, canonicalUrl,
        siteName, credit, language, section, description, value);
  }
}
