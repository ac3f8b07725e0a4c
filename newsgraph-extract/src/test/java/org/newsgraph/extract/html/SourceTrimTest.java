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
}
