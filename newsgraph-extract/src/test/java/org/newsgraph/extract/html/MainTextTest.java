package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;

/** The main text on small hand-written pages, one behaviour per test. */
class MainTextTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  /** Two paragraphs of prose, enough for any page to have an article. */
  private static final String PROSE =
      "<p>The city council voted on Tuesday to close the old harbour bridge for repairs, after"
          + " engineers found cracks in two of its supports during a routine inspection.</p>"
          + "<p>Work will start in June and should last about three months, officials said, and"
          + " ferries will run every twenty minutes while the bridge is closed to traffic.</p>";

  private static ExtractedArticle extract(String body) {
    return EXTRACTOR.extract("<html><head><title>Bridge closed</title></head><body>" + body + "</body></html>",
        "https://news.example.org/2024/05/bridge.html", Metadata.EMPTY);
  }

  private static List<String> texts(ExtractedArticle a, BlockKind kind) {
    return a.blocks().stream().filter(b -> b.kind() == kind).map(b -> b.span().in(a.text())).toList();
  }

  @Test
  void navigationMenusAndFootersAreDropped() {
    ExtractedArticle a =
        extract(
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/politics'>Politics</a></li></ul></nav>"
                + "<div class='main-menu'><a href='/sport'>Sport</a> <a href='/culture'>Culture</a></div>"
                + "<article><h1>Bridge closed for repairs</h1>" + PROSE + "</article>"
                + "<div id='cookie-banner'>We use cookies to improve your experience on this website.</div>"
                + "<footer><p>Copyright 2024 Example News, all rights reserved, see our imprint.</p></footer>");
    assertThat(a.bodyText())
        .contains("engineers found cracks", "ferries will run")
        .doesNotContain("Home", "Politics", "Sport", "cookies", "Copyright");
    assertThat(texts(a, BlockKind.TITLE)).containsExactly("Bridge closed for repairs");
    assertThat(a.bodyText()).doesNotContain("Bridge closed for repairs"); // the title is not body text
  }

  @Test
  void aReadMoreLinkIsATeaserWithItsTarget() {
    ExtractedArticle a =
        extract("<article>" + PROSE
            + "<p>Read more: <a href='/2024/04/ferry-timetable.html'>New ferry timetable for the summer season</a></p>"
            + "<p>The council will publish the detailed plans for the works on its website next week, with maps.</p>"
            + "</article>");
    assertThat(texts(a, BlockKind.TEASER)).containsExactly("Read more: New ferry timetable for the summer season");
    assertThat(a.bodyText()).doesNotContain("ferry timetable").contains("detailed plans");
    RelatedLink link = a.related().get(0);
    assertThat(link.url()).isEqualTo("https://news.example.org/2024/04/ferry-timetable.html");
    // as in plain text: the related link spans the linked title, the label is apart
    assertThat(link.span().in(a.text())).isEqualTo("New ferry timetable for the summer season");
    assertThat(link.label()).isEqualTo("Read more");
  }

  @Test
  void captionsAndBylinesAreKeptApart() {
    ExtractedArticle a =
        extract("<article><h1>Bridge closed</h1><p class='byline'>By Jane Doe</p>"
            + "<figure><img src='bridge.jpg'><figcaption>The old harbour bridge at dawn. Photo: John Roe</figcaption></figure>"
            + PROSE + "</article>");
    assertThat(texts(a, BlockKind.CAPTION)).containsExactly("The old harbour bridge at dawn. Photo: John Roe");
    assertThat(texts(a, BlockKind.BYLINE)).containsExactly("By Jane Doe");
    assertThat(a.bodyText()).doesNotContain("Photo: John Roe", "Jane Doe").startsWith("The city council");
  }

  @Test
  void aDataTableIsOneBlockOfRowsAndCells() {
    ExtractedArticle a =
        extract("<article>" + PROSE
            + "<table><tr><th>Line</th><th>Every</th></tr><tr><td>Harbour ferry</td><td>20 min</td></tr>"
            + "<tr><td>Night bus</td><td>30 min</td></tr></table></article>");
    assertThat(texts(a, BlockKind.TABLE)).containsExactly("Line | Every\nHarbour ferry | 20 min\nNight bus | 30 min");
  }

  @Test
  void aLayoutTableIsReadCellByCell() {
    ExtractedArticle a =
        extract("<table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a></td><td>" + PROSE
            + "</td></tr></table>");
    assertThat(a.blocks()).extracting(Block::kind).doesNotContain(BlockKind.TABLE);
    assertThat(a.bodyText()).contains("engineers found cracks").doesNotContain("Home");
  }

  @Test
  void hiddenTextNeverLeaks() {
    ExtractedArticle a =
        extract("<article>" + PROSE
            + "<p hidden>Secret one: this paragraph is hidden by the hidden attribute of the page.</p>"
            + "<div aria-hidden='true'><p>Secret two: this paragraph is hidden from every reader of it.</p></div>"
            + "<p style='color: red; DISPLAY : none'>Secret three: hidden by an inline style sheet rule.</p>"
            + "<p style='visibility:hidden'>Secret four: invisible but still taking its place.</p>"
            + "<p>Visible text with a <span class='sr-only'>secret five</span>word for screen readers only.</p>"
            + "</article>");
    assertThat(a.text()).doesNotContain("Secret", "secret");
    assertThat(a.bodyText()).contains("Visible text with a word");
  }

  @Test
  void lineBreaksSeparateWordsAndTwoOfThemSeparateParagraphs() {
    ExtractedArticle a =
        extract("<article>" + PROSE
            + "<p>Harbour Street 12<br>12345 Portville<br/>Opening hours from nine to five, Monday to Friday.</p>"
            + "<div>First paragraph of an old page written with line breaks only, as pages were.<br><br>"
            + "Second paragraph of the same old page, after two line breaks in a row.</div></article>");
    assertThat(a.bodyText())
        .contains("Harbour Street 12\n12345 Portville\nOpening hours")
        .doesNotContain("12Portville", "12345Portville");
    assertThat(texts(a, BlockKind.PARAGRAPH))
        .contains(
            "First paragraph of an old page written with line breaks only, as pages were.",
            "Second paragraph of the same old page, after two line breaks in a row.");
  }

  @Test
  void whiteSpaceIsSingleSpacesAndNoMarkupIsLeft() {
    ExtractedArticle a =
        extract("<article>" + PROSE + "<p>  Spaces\u00a0and\t\ttabs   &amp; <b>bold</b>"
            + "<!-- a comment --> words\n\n stay &lt;plain&gt; text, as they are written here.</p></article>");
    assertThat(a.bodyText()).contains("Spaces and tabs & bold words stay <plain> text, as they are written here.");
  }

  @Test
  void commentsAndRelatedBoxesStayOut() {
    ExtractedArticle a =
        extract("<article>" + PROSE
            + "<div class='related-posts'><h3>Related</h3><ul><li><a href='/a'>Another article about bridges</a></li>"
            + "<li><a href='/b'>Ferries in the rain, a report</a></li></ul></div></article>"
            + "<section id='comments'><p>I have used this bridge for forty years and I am sad to see it go now.</p></section>");
    assertThat(a.bodyText()).doesNotContain("Related", "Another article", "forty years");
  }

  @Test
  void aPageWithoutTextHasNoBlocks() {
    assertThat(extract("").blocks()).extracting(Block::kind).containsOnly(BlockKind.TITLE);
    assertThat(extract("<script>document.write('<p>' + 'built by a script' + '</p>')</script>").bodyText()).isEmpty();
    ExtractedArticle frames =
        EXTRACTOR.extract("<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>", null, Metadata.EMPTY);
    assertThat(frames.bodyText()).isEmpty();
    ExtractedArticle noBody = EXTRACTOR.extract("Just some words without any markup at all.", null, Metadata.EMPTY);
    assertThat(noBody.bodyText()).isEqualTo("Just some words without any markup at all.");
  }

  @Test
  void hostileNestingAndSizeTakeBoundedTime() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          StringBuilder deep = new StringBuilder();
          deep.append("<div class='share'>".repeat(50_000)).append(PROSE).append("</div>".repeat(50_000));
          assertThat(EXTRACTOR.extract(deep.toString(), null, Metadata.EMPTY).text()).isNotNull();

          String inline = "<b><i>".repeat(30_000) + PROSE;
          assertThat(EXTRACTOR.extract(inline, null, Metadata.EMPTY).text()).isNotNull();

          String tables = "<table><tr><td>".repeat(10_000) + PROSE;
          assertThat(EXTRACTOR.extract(tables, null, Metadata.EMPTY).text()).isNotNull();

          String lists = "<ul><li><a href='/x'>link</a>".repeat(20_000);
          assertThat(EXTRACTOR.extract(lists, null, Metadata.EMPTY).text()).isNotNull();

          String many = "<div><p>Paragraph of text, with a comma, and more words in it to be prose.</p></div>".repeat(40_000);
          ExtractedArticle big = EXTRACTOR.extract(many, null, Metadata.EMPTY);
          assertThat(big.blocks().size()).isLessThanOrEqualTo(BlockReader.MAX_SEGMENTS + 1);
        });
  }

  @Test
  void theSameTextTwiceAndUnderConcurrencyGivesTheSameBlocks() throws Exception {
    String page = "<article><h1>Bridge</h1>" + PROSE + "</article>";
    ExtractedArticle first = extract(page);
    List<Thread> threads = new java.util.ArrayList<>();
    List<ExtractedArticle> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> { for (int k = 0; k < 20; k++) { results.add(extract(page)); } });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(results).hasSize(80).allSatisfy(r -> assertThat(r).isEqualTo(first));
  }

  @Test
  void aGivenTitleIsTheArticlesTitleAndThePageKeepsItsHeadline() {
    Metadata given = Metadata.EMPTY.withTitle("Harbour bridge to shut for the summer", "jsonl title");
    ExtractedArticle a = EXTRACTOR.extract(
        "<html><head><title>Bridge closed | Example News</title></head><body><article>"
            + "<h1>Bridge closed for repairs</h1>" + PROSE + "</article></body></html>",
        null, given);
    assertThat(a.metadata().title()).isEqualTo("Harbour bridge to shut for the summer");
    assertThat(a.metadata().titleEvidence()).isEqualTo("jsonl title");
    assertThat(texts(a, BlockKind.TITLE)).as("the text is the page's").containsExactly("Bridge closed for repairs");

    ExtractedArticle untitled = EXTRACTOR.extract("<html><body><article>" + PROSE + "</article></body></html>",
        null, given);
    assertThat(texts(untitled, BlockKind.TITLE)).containsExactly("Harbour bridge to shut for the summer");
    assertThat(untitled.blocks().get(0).rule()).isEqualTo("metadata-title");
    assertThat(untitled.text()).startsWith("Harbour bridge to shut for the summer\n\nThe city council");
  }
}
