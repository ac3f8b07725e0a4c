package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

/** Each kind of bad input gets a one-line reason naming the input, and affects nothing else. */
class BadInputTest {

  private final Newsgraph ng = TestNewsgraph.get();

  private Outcome analyze(String name, byte[] bytes) {
    return ng.analyze(new RawInput(name, bytes, "text/plain", null), AnalyzeOptions.NONE);
  }

  @Test
  void empty() {
    Outcome o = analyze("empty.txt", new byte[0]);
    assertThat(o.ok()).isFalse();
    assertThat(o.message()).isEqualTo("empty.txt: is empty (0 bytes) [stage ingest.decode]");
  }

  @Test
  void binary() {
    byte[] b = new byte[2048];
    new java.util.Random(7).nextBytes(b);
    Outcome o = analyze("photo.txt", b);
    assertThat(o.message()).startsWith("photo.txt: is binary, not text");
  }

  @Test
  void invalidUtf8ThatFitsNoEncoding() {
    byte[] b = "Iraq and the United States \u0081\u0081".getBytes(StandardCharsets.ISO_8859_1);
    Outcome o = analyze("broken.txt", b);
    assertThat(o.message()).contains("broken.txt: is not valid UTF-8").contains("--encoding");
  }

  @Test
  void latin1IsDetectedNotGarbled() {
    byte[] b = "The café owner said the déjà-vu was “unbelievable”, police said on Monday.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Outcome o = analyze("latin1.txt", b);
    assertThat(o.ok()).isTrue();
    assertThat(o.document().text()).contains("café").contains("“unbelievable”");
    assertThat(o.document().source().warnings()).singleElement().asString().contains("windows-1252");
  }

  @Test
  void overTheSizeBound() {
    Newsgraph small =
        TestNewsgraph.with(NewsgraphConfig.DEFAULTS.with(props(Map.of("ingest.maxBytes", "100"))));
    assertThatThrownBy(() -> small.read("big.txt", new ByteArrayInputStream(new byte[500])))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("big.txt: is larger than the limit of 100 bytes")
        .hasMessageContaining("ingest.maxBytes");
  }

  @Test
  void notEnglish() {
    String german =
        "Die Vereinigten Staaten haben am Donnerstag angekündigt, ihre militärische Präsenz im"
            + " Irak zu verringern, nachdem sie den Dialog mit der irakischen Regierung wieder"
            + " aufgenommen hatten.";
    Outcome o = analyze("de.txt", german.getBytes(StandardCharsets.UTF_8));
    assertThat(o.ok()).isFalse();
    assertThat(o.failedStage()).isEqualTo("nlp.corenlp");
    assertThat(o.message())
        .startsWith("de.txt: the text is in German (de")
        .contains("only English is analyzed");
  }

  @Test
  void oneBadDocumentDoesNotAffectTheOthers() {
    var good = new RawInput("good.txt", "Robert Ford said on Monday that the talks went well.".getBytes(StandardCharsets.UTF_8), null, null);
    var bad = new RawInput("bad.txt", new byte[0], null, null);
    var outs = ng.analyzeAll(java.util.List.of(good, bad, good), AnalyzeOptions.NONE, 2);
    assertThat(outs).extracting(Outcome::ok).containsExactly(true, false, true);
    assertThat(outs.get(0).document().mentions()).isNotEmpty();
  }

  private static java.util.Properties props(Map<String, String> m) {
    var p = new java.util.Properties();
    p.putAll(m);
    return p;
  }
}
