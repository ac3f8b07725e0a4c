package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.newsgraph.extract.LineRules;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.model.Span;

/**
 * Turns a web page into an article: the main text as blocks (title, paragraphs, headings, lists,
 * block quotes, tables; teasers and captions apart) and the page's metadata.
 *
 * <p>The canonical text is the title, then every block, one blank line apart. The page is parsed
 * once; {@link MainText} finds the blocks and {@link PageMetadata} the metadata. Thread-safe.
 */
public final class HtmlExtractor {

  private final MainText mainText = new MainText();
  private final PageMetadata pageMetadata = new PageMetadata();

  /**
   * Extracts the article of a decoded page.
   *
   * @param html the page's markup
   * @param url the page's address, to resolve relative links; may be {@code null}
   * @param given what the caller already knows (a date given with {@code --published} wins)
   */
  public ExtractedArticle extract(String html, String url, Metadata given) {
    SourceTrim.Trimmed trimmed = SourceTrim.trim(html);
    org.jsoup.nodes.Document page =
        Jsoup.parse(trimmed.markup(), url == null ? "" : url, Parser.htmlParser());
    Metadata found = pageMetadata.read(page, trimmed.scripts(), url);
    Metadata meta = merge(given, found);
    List<HtmlBlock> blocks = mainText.extract(page, meta.title());
    return assemble(meta, blocks);
  }

  /**
   * What the caller gave wins over what the page says, field by field: a title or date given
   * with the input (a JSONL line's, a feed item's date) is the producer's statement about this
   * article, where the page's are found by rules.
   */
  static Metadata merge(Metadata given, Metadata found) {
    Metadata m = found;
    if (given.title() != null) {
      m = m.withTitle(given.title(), given.titleEvidence());
    }
    if (!given.authors().isEmpty()) {
      m = m.withAuthors(given.authors());
    }
    DateClaim published = given.published();
    if (published != null) {
      m = m.withPublished(published);
    }
    if (given.url() != null) {
      m = m.withUrl(given.url());
    }
    return m;
  }

  /** Builds the canonical text: the title first, then the blocks, one blank line apart. */
  static ExtractedArticle assemble(Metadata meta, List<HtmlBlock> found) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<RelatedLink> related = new ArrayList<>();
    String title = meta.title();
    boolean titleInBlocks =
        title != null
            && !found.isEmpty()
            && found.get(0).kind() == BlockKind.TITLE;
    if (title != null && !title.isBlank() && !titleInBlocks) {
      Span s = append(text, title.strip());
      blocks.add(new Block(s, BlockKind.TITLE, "metadata-title"));
    }
    for (HtmlBlock found1 : found) {
      HtmlBlock b = byWording(found1);
      String line = b.text().strip();
      Span s = append(text, line);
      blocks.add(new Block(s, b.kind(), b.rule()));
      if (b.kind() == BlockKind.TEASER) {
        var t = LineRules.teaser(line);
        related.add(
            t.isPresent()
                ? new RelatedLink(
                    new Span(s.start() + t.get().titleStart(), s.start() + t.get().titleEnd()),
                    t.get().label(),
                    b.href())
                : new RelatedLink(s, "", b.href()));
      } else if (b.kind() == BlockKind.CREDIT && meta.credit() == null) {
        meta = meta.withCredit(LineRules.creditOf(line));
      }
    }
    return new ExtractedArticle(text.toString(), blocks, related, meta);
  }

  /**
   * A paragraph whose wording alone says what it is (">> Read: ...", "With AFP", an app-badge
   * file name) takes that kind, by the same rules as plain text.
   */
  private static HtmlBlock byWording(HtmlBlock b) {
    if (b.kind() != BlockKind.PARAGRAPH) {
      return b;
    }
    return LineRules.decide(b.text().strip())
        .map(d -> new HtmlBlock(d.kind(), b.text(), d.rule(), b.href()))
        .orElse(b);
  }

  private static Span append(StringBuilder text, String block) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(block);
    return new Span(start, text.length());
  }
}
