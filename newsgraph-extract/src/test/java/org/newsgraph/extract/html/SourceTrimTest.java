package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTrimTest {

  /** Long enough to be trimmed at all. */
  private static final String PAD = "<p>" + "text ".repeat(1000) + "</p>";

  @Test
  void scriptsStylesDrawingsAndCommentsAreCut() {
    String page = "<head><script src='a.js'></script><script>var s = '</div>';</script>"
        + "<STYLE type=text/css>p { color: red }</STYLE></head><body><!-- note --><svg viewBox='0 0 1 1'>"
        + "<path d='M0 0'/><text>icon</text></svg><p>kept</p>" + PAD + "</body>";
    assertThat(SourceTrim.trim(page)).isEqualTo("<head></head><body><p>kept</p>" + PAD + "</body>");
  }

  @Test
  void jsonDataBlocksAreKeptForTheMetadata() {
    String ld = "<script type=\"application/ld+json\">{\"headline\": \"A > B\"}</script>";
    assertThat(SourceTrim.trim(ld + PAD)).isEqualTo(ld + PAD);
  }

  @Test
  void aMissingEndCutsNothingAndQuotesAreRespected() {
    String open = PAD + "<script>var never = 'closed';";
    assertThat(SourceTrim.trim(open)).isEqualTo(open);
    String quoted = "<script data-x='a>b'>code()</script>" + PAD;
    assertThat(SourceTrim.trim(quoted)).isEqualTo(PAD);
    String comment = PAD + "<!-- never closed";
    assertThat(SourceTrim.trim(comment)).isEqualTo(comment);
    assertThat(SourceTrim.trim("<p>short</p><script>x</script>")).isEqualTo("<p>short</p><script>x</script>");
    assertThat(SourceTrim.trim("<scripture>" + PAD)).isEqualTo("<scripture>" + PAD);
  }
}
