package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Metadata;

/**
 * Reads a page's metadata. One pass over the page gathers what the stages read ({@link
 * PageIndex}); the JSON-LD is parsed once ({@link JsonLd}); then each field has its stage: the
 * headline ({@link PageTitles}), the authors ({@link PageAuthors}), the publication and
 * modification dates ({@link PageDates}) and the plain facts ({@link PageFacts}). Never throws
 * on a page's content; thread-safe.
 */
public final class PageMetadata {

  private final PageTitles titles = new PageTitles();
  private final PageAuthors authors = new PageAuthors();
  private final PageDates dates = new PageDates();

  /**
   * The metadata of a parsed page.
   *
   * @param url the page's address (its path may hold the date), or {@code null}
   */
  public Metadata read(org.jsoup.nodes.Document page, String url) {
    return read(page, List.of(), url);
  }

  /**
   * The metadata of a page parsed after {@link SourceTrim}, with the scripts cut from it.
   *
   * @param url the page's address (its path may hold the date), or {@code null}
   */
  Metadata read(org.jsoup.nodes.Document page, List<SourceTrim.PageScript> scripts, String url) {
    PageIndex ix = PageIndex.of(page, scripts);
    JsonLd ld = JsonLd.parse(ix.jsonLd);
    String base = page.baseUri().isBlank() ? url : page.baseUri();
    String siteName = PageFacts.siteName(ix, ld);
    List<String> declared = new ArrayList<>();
    declared.add(siteName);
    declared.add(ix.meta("application-name"));
    declared.add(ix.meta("og:site_name"));
    declared.add(PageFacts.publisherName(ld));
    Set<String> siteNames = AuthorNames.siteNames(declared, url != null ? url : base);
    String language = PageFacts.language(ix, ld);
    PageTitles.Proposal headline = titles.find(ix, ld, siteNames);
    String title = headline == null ? null : headline.text();
    PageDates.Dates d = dates.find(page, ix, ld, url, language);
    return Metadata.EMPTY
        .withUrl(url)
        .withTitle(title, headline == null ? null : headline.source())
        .withAuthors(authors.find(ix, ld, siteNames))
        .withPublished(d.published())
        .withModified(d.modified())
        .withCanonicalUrl(PageFacts.canonicalUrl(ix, ld, base))
        .withSiteName(siteName)
        .withLanguage(language)
        .withSection(PageFacts.section(ix, ld, title))
        .withDescription(PageFacts.description(ix, ld))
        .withImageUrl(PageFacts.imageUrl(ix, ld, base));
  }
}
