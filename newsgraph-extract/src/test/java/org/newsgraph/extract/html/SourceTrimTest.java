package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.html.SourceTrim.PageScript;

class SourceTrimTest {

  private static final String PAD = "<p>" + "text ".repeat(100) + "</p>";

  @Test
  void scriptsStylesDrawingsAndCommentsAreCut() {
    String page = "<head><script src='a.js'></script><script>var s = '</div>';</script>"
        + "<STYLE type=text/css>p { color: red }</STYLE></head><body><!-- note --><svg viewBox='0 0 1 1'>"
        + "<path d='M0 0'/><text>icon</text></svg><p>kept</p>" + PAD + "</body>";
    SourceTrim.Trimmed t = SourceTrim.trim(page);
    assertThat(t.markup()).isEqualTo("<head></head><body><p>kept</p>" + PAD + "</body>");
    assertThat(t.scripts()).isEmpty();
  }

  @Test
  void jsonDataBlocksGoToTheStagesNotToTheParser() {
    String ld = "<script type=\"application/ld+json\">{\"headline\": \"A > B\"}</script>";
    String state = "<SCRIPT id=__NEXT_DATA__ type=application/json>{\"x\": 1}</SCRIPT>";
    SourceTrim.Trimmed t = SourceTrim.trim(ld + PAD + state);
    assertThat(t.markup()).isEqualTo(PAD);
    assertThat(t.scripts())
        .containsExactly(
            new PageScript("application/ld+json", "{\"headline\": \"A > B\"}"),
            new PageScript("application/json", "{\"x\": 1}"));
  }

  @Test
  void scriptsHoldingAPublicationKeyGoToTheStages() {
    String code = "<script>window.state = {\"publishedAt\": \"2021-03-04\"};</script>";
    String other = "<script type='text/javascript'>track('view');</script>";
    SourceTrim.Trimmed t = SourceTrim.trim(other + PAD + code);
    assertThat(t.markup()).isEqualTo(PAD);
    assertThat(t.scripts())
        .containsExactly(new PageScript("", "window.state = {\"publishedAt\": \"2021-03-04\"};"));
  }

  @Test
  void aMissingEndCutsNothingAndQuotesAreRespected() {
    String open = PAD + "<script>var never = 'closed';";
    assertThat(SourceTrim.trim(open).markup()).isEqualTo(open);
    String quoted = "<script data-x='a>b'>code()</script>" + PAD;
    assertThat(SourceTrim.trim(quoted).markup()).isEqualTo(PAD);
    String comment = PAD + "<!-- never closed";
    assertThat(SourceTrim.trim(comment).markup()).isEqualTo(comment);
    assertThat(SourceTrim.trim("<scripture>" + PAD).markup()).isEqualTo("<scripture>" + PAD);
  }

  @Test
  void theTypeAttributeIsReadQuotedOrNot() {
    String tag = "<script async data-type=\"x\" TYPE = 'application/ld+json' >";
    assertThat(SourceTrim.typeOf(tag, 7, tag.length() - 1)).isEqualTo("application/ld+json");
    String bare = "<script type=module>";
    assertThat(SourceTrim.typeOf(bare, 7, bare.length() - 1)).isEqualTo("module");
    String none = "<script src=a.js defer/>";
    assertThat(SourceTrim.typeOf(none, 7, none.length() - 1)).isEmpty();
  }

  @Test
  void menusSidebarsAndSiteFootersOfLinksAreCut() {
    String menu = "<nav class=top><ul><li><a href=/>Home</a><NAV><a href=/w>World</a></NAV></li></ul></nav>";
    String side = "<aside><ul><li><a href=/x>Most read</a></li></ul></aside>";
    String foot = "<footer><a href=/about>About us</a></footer>";
    assertThat(SourceTrim.trim(menu + PAD + side + foot).markup()).isEqualTo(PAD);
  }

  @Test
  void furnitureHoldingProseAHeadlineOrADateStays() {
    String prose = "<nav><p>An article someone wrapped in a nav.</p></nav>";
    String head = "<aside><h1>Headline</h1></aside>";
    String dated = "<footer>Published <time datetime=2020-06-11>11 June</time></footer>";
    String open = "<nav><a href=/>never closed</a>";
    for (String kept : new String[] {prose, head, dated, open}) {
      assertThat(SourceTrim.trim(PAD + kept).markup()).as(kept).isEqualTo(PAD + kept);
    }
    assertThat(SourceTrim.trim("<navigation>x</navigation>" + PAD).markup())
        .isEqualTo("<navigation>x</navigation>" + PAD);
  }
}
