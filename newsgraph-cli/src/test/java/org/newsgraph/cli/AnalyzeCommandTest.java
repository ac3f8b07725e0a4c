package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testkit.Shared;
import picocli.CommandLine;

/** The command line as users meet it: exit statuses, one-line errors, the record on stdout. */
class AnalyzeCommandTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void analyzesTheSeedToAVersionedRecord() throws IOException {
    Run r = run("analyze", Shared.seedExample().toString(), "--published", "2020-06-11");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode rec = new ObjectMapper().readTree(r.out());
    assertThat(rec.get("schema").asText()).isEqualTo("newsgraph.record/1");
    assertThat(rec.get("anchor").get("date").asText()).isEqualTo("2020-06-11");
    assertThat(rec.get("timexes").size()).isGreaterThan(5);
    assertThat(rec.has("tokens")).isFalse();
  }

  @Test
  void withoutADateNoYearIsClaimed() throws IOException {
    Run r = run("analyze", Shared.seedExample().toString());
    JsonNode rec = new ObjectMapper().readTree(r.out());
    assertThat(rec.get("anchor").get("status").asText()).isEqualTo("unknown");
    for (JsonNode t : rec.get("timexes")) {
      if (t.get("text").asText().equals("June 11th")) {
        assertThat(t.get("value").asText()).isEqualTo("XXXX-06-11");
      }
    }
  }

  @Test
  void textReportForPeople() {
    Run r = run("analyze", Shared.seedExample().toString(), "--published", "2020-06-11", "--format", "text");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Anchor:   2020-06-11 [provided]").contains("credit      With AFP")
        .contains("[Read] Faced with the specter");
    assertThat(r.out())
        .contains("\nCounts\n")
        .containsPattern("  5200 +exact +American soldiers  \\[in the country = Iraq\\]  \\[at the start of the year\\]  \"5,200\"")
        .containsPattern("  550 +approximate +demonstrators  \\[killed\\]  \"some 550 demonstrators killed\"")
        .containsPattern("  2 +exact +rockets  \\[in Baghdad\\]  \\[at Wednesday\\]");
  }

  @Test
  void badInputsGiveOneLineAndStatusOne() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path german = Files.writeString(dir.resolve("de.txt"),
        "Die Bundesregierung hat am Donnerstag beschlossen, die Truppen im Irak zu verringern,"
            + " sagte ein Sprecher in Berlin.", StandardCharsets.UTF_8);
    Path latin = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', ' ', (byte) 0x81, (byte) 0x8d});
    for (Path p : new Path[] {empty, binary, german, latin, dir.resolve("missing.txt")}) {
      Run r = run("analyze", p.toString());
      assertThat(r.status()).as(p.toString()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("newsgraph: " + p);
    }
    Run big = run("analyze", Shared.seedExample().toString(), "--set", "ingest.maxBytes=1000");
    assertThat(big.status()).isEqualTo(1);
    assertThat(big.err()).contains("is larger than the limit of 1000 bytes");
  }

  @Test
  void usageErrorsGiveStatusTwo() {
    assertThat(run("analyze", "x.txt", "--published", "June 11").status()).isEqualTo(2);
    Run r = run("analyze", "x.txt", "--set", "nlp.nope=1");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown configuration key 'nlp.nope'");
  }

  @Test
  void evalRefusesUnknownSystemsAndTasksTheyCannotAnswerBeforeLoadingModels() {
    // The gold files need not exist: the system is checked against the task the name gives.
    Run unknown = run("eval", "--gold", dir.resolve("ner.jsonl").toString(), "--system", "spacy");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown system 'spacy'; one of: newsgraph, corenlp, corenlp-neural");
    Run quotes = run("eval", "--gold", dir.resolve("quotes.jsonl").toString(), "--system", "corenlp");
    assertThat(quotes.status()).isEqualTo(2);
    assertThat(quotes.err())
        .contains("'quotes' with plain CoreNLP is out of scope")
        .contains("answers ner and entities only");
    Run set = run("eval", "--gold", dir.resolve("ner.jsonl").toString(), "--system", "corenlp", "--set", "nlp.maxSentenceTokens=99");
    assertThat(set.status()).isEqualTo(2);
    assertThat(set.err()).contains("--system corenlp runs plain CoreNLP with its defaults");
  }

  @Test
  void printsTheEffectiveConfiguration() {
    Run r = run("analyze", "--print-config", "--set", "nlp.maxSentenceTokens=99");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("nlp.maxSentenceTokens=99").contains("# newsgraph configuration");
  }

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"windows-1252\">"
          + "<title>Regierung verringert Truppen - Beispiel</title>"
          + "<meta property=\"article:published_time\" content=\"2020-06-11T10:00:00+02:00\">"
          + "</head><body><nav><a href=\"/\">Startseite</a></nav><article>"
          + "<p>Die Bundesregierung hat am Donnerstag beschlossen, die Truppen im Irak zu"
          + " verringern, sagte ein Sprecher in Berlin. Die Entscheidung fiel nach langen"
          + " Gespr\u00e4chen.</p>"
          + "<p>Die Opposition kritisierte den Schritt als zu z\u00f6gerlich und forderte einen"
          + " vollst\u00e4ndigen Abzug bis zum Jahresende.</p></article></body></html>";

  @Test
  void aPageInAnyLanguageIsExtractedWithoutNlp() throws IOException {
    Path page = Files.write(dir.resolve("page.html.gz"), gzip(PAGE.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
    Run r = run("analyze", page.toString(), "--no-nlp");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode rec = new ObjectMapper().readTree(r.out());
    assertThat(rec.get("source").get("mediaType").asText()).isEqualTo("text/html");
    assertThat(rec.get("source").get("charset").asText()).isEqualTo("windows-1252");
    assertThat(rec.get("metadata").get("published").get("date").asText()).isEqualTo("2020-06-11");
    assertThat(rec.get("metadata").get("language").asText()).isEqualTo("de");
    assertThat(rec.get("text").asText()).contains("Gespr\u00e4chen").contains("z\u00f6gerlich")
        .doesNotContain("Startseite");
    assertThat(rec.has("mentions")).isFalse();
    // Without --no-nlp the same page is refused for its language, in one line.
    Run full = run("analyze", page.toString());
    assertThat(full.status()).isEqualTo(1);
    assertThat(full.err().strip()).contains("not English").doesNotContain("\n");
  }

  @Test
  void urlAndFileTogetherIsAUsageError() {
    Run r = run("analyze", "x.html", "--url", "http://127.0.0.1:9/x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("either FILE|- or --url URL");
  }

  @Test
  void anUnreachablePageIsOneLineAndStatusOne() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Run r = run("analyze", "--url", "http://127.0.0.1:" + port + "/article");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("newsgraph: http://127.0.0.1:" + port + "/article: ")
        .doesNotContain("\n");
  }

  private static byte[] gzip(byte[] b) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }
}
