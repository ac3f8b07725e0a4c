package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.testkit.Shared;

class PlainTextExtractorTest {

  private static final SourceInfo SRC =
      new SourceInfo("t", "text/plain", "UTF-8", "test", 0, List.of());

  private static Document extract(String text) {
    return new PlainTextExtractor()
        .extract("t", PlainTextExtractor.canonicalText(text), SRC, Metadata.EMPTY);
  }

  /** The block starting on a 1-based line of the text. */
  private static Block onLine(Document d, int line) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      offset = d.text().indexOf('\n', offset) + 1;
    }
    final int at = offset;
    return d.blocks().stream().filter(b -> b.start() == at).findFirst().orElseThrow();
  }

  @Test
  void seedArticleStructure() throws IOException {
    Document d = extract(Files.readString(Shared.seedExample(), StandardCharsets.UTF_8));
    for (int line : new int[] {45, 47, 49, 51}) {
      assertThat(onLine(d, line).kind()).as("line %d", line).isEqualTo(BlockKind.BOILERPLATE);
    }
    for (int line : new int[] {7, 19, 35}) {
      assertThat(onLine(d, line).kind()).as("line %d", line).isEqualTo(BlockKind.TEASER);
    }
    assertThat(onLine(d, 43).kind()).isEqualTo(BlockKind.CREDIT);
    assertThat(d.metadata().credit()).isEqualTo("AFP");
    assertThat(onLine(d, 13).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(onLine(d, 27).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(onLine(d, 1).kind()).as("a sentence, not a title").isEqualTo(BlockKind.PARAGRAPH);
    assertThat(d.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)).hasSize(16);
    List<RelatedLink> related = d.layer(org.newsgraph.model.Layers.RELATED_LINKS);
    assertThat(related).extracting(RelatedLink::label).containsExactly("Exclusive report", "See", "Read");
    assertThat(d.surface(related.get(2)))
        .isEqualTo("Faced with the specter of an American departure, where are the Iraqi security forces?");
  }

  @Test
  void titleDatelineAndBodyOfAWikinewsText() {
    Document d =
        extract(
            "Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion contract\n"
                + "March 01, 2008\n\n"
                + "Northrop Grumman and EADS have defeated Boeing for a contract.\n"
                + "Boeing said it would protest the decision.\n");
    assertThat(d.blocks()).extracting(Block::kind)
        .containsExactly(BlockKind.TITLE, BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(d.metadata().title()).startsWith("Northrop Grumman and Airbus");
    assertThat(d.metadata().titleEvidence()).isEqualTo("first line");
    assertThat(d.metadata().published().date()).hasToString("2008-03-01");
    assertThat(d.metadata().published().evidence()).isEqualTo("dateline");
  }

  @Test
  void aGivenTitleIsTheTitleAndTheTextStaysAsItIs() {
    String text = "Storm hits coast\n\nThe storm hit the coast on Monday, flooding streets.\n";
    Document d =
        new PlainTextExtractor()
            .extract("t", text, SRC, Metadata.EMPTY.withTitle("Given headline", "jsonl title"));
    assertThat(d.metadata().title()).isEqualTo("Given headline");
    assertThat(d.metadata().titleEvidence()).isEqualTo("jsonl title");
    assertThat(d.text()).as("the title is not added to the text").isEqualTo(text);
    assertThat(d.blocks().get(0).kind()).isEqualTo(BlockKind.TITLE);
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String text =
        "The minister said on Monday that the plan would\n"
            + "go ahead despite protests from unions and the\n"
            + "opposition parties.\n\n"
            + "Critics called it a mistake and vowed to fight\n"
            + "it in parliament.\n";
    Document d = extract(text);
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.surface(d.blocks().get(0))).endsWith("opposition parties.");
  }

  @Test
  void bylinesGiveAuthors() {
    Document d = extract("Storm hits coast\n\nBy Jane Doe and John Smith\n\nThe storm hit the coast on Monday, flooding streets.\n");
    assertThat(d.metadata().authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void promotionsInsideTheArticleStayArticleTextUnlessStrong() {
    Document d =
        extract(
            "Netflix said its subscribers rose by two million in the quarter, and it plans to"
                + " download more shows to the app next year, executives said on a call.\n\n"
                + "Shares rose 5 percent in late trading in New York.\n");
    assertThat(d.blocks()).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
  }

  @Test
  void spansNeverIncludeSurroundingWhiteSpace() {
    Document d = extract("  First line here.  \r\n\r\n\tSecond line.\t\n");
    assertThat(d.text()).doesNotContain("\r");
    assertThat(d.blocks()).extracting(d::surface).containsExactly("First line here.", "Second line.");
  }

  @Test
  void everyBoilerplatePhraseHoldsAWordOfThePreFilter() {
    // one example per pattern of PlainTextRules.BOILERPLATE_STRONG, in its order
    List<String> examples = List.of(
        "Subscribe", "Get our free app for news", "Sign up to our newsletter.", "Follow us on X",
        "GET IT ON Google Play", "\u00a9 2024 Example Media", "All Rights Reserved.",
        "We use cookies to improve your experience", "Advertisement");
    assertThat(examples).hasSameSizeAs(PlainTextRules.BOILERPLATE_STRONG);
    for (int k = 0; k < examples.size(); k++) {
      String line = examples.get(k);
      assertThat(PlainTextRules.BOILERPLATE_STRONG.get(k).matcher(line).find()).as(line).isTrue();
      assertThat(PlainTextExtractor.mayHoldBoilerplate(line)).as(line).isTrue();
      assertThat(PlainTextExtractor.strongBoilerplate(line, PlainTextExtractor.wordCount(line)))
          .as(line).isEqualTo("boilerplate-phrase-" + (k + 1));
    }
    assertThat(PlainTextExtractor.mayHoldBoilerplate("The minister said on Tuesday that talks resume."))
        .isFalse();
  }
}
