package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Span;

class GoldFileTest {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsRecordsWithLineNumbersSkippingBlankLines() throws IOException {
    Path f = write("ner.jsonl", "{\"id\": \"a\"}", "", "{\"id\": \"b\", \"unknown\": 1}");
    List<GoldLine> lines = GoldFile.read(f);
    assertThat(lines).extracting(GoldLine::id).containsExactly("a", "b");
    assertThat(lines).extracting(GoldLine::line).containsExactly(1, 3);
    assertThat(GoldFile.read(f, 1)).hasSize(1);
  }

  @Test
  void invalidJsonNamesFileAndLine() throws IOException {
    Path f = write("ner.jsonl", "{\"id\": \"a\"}", "{\"id\": \"b\",");
    assertThatThrownBy(() -> GoldFile.read(f))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith(f + ":2: not valid JSON")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void twoObjectsOnOneLineAreAnError() throws IOException {
    Path f = write("ner.jsonl", "{\"id\": \"a\"} {\"id\": \"b\"}");
    assertThatThrownBy(() -> GoldFile.read(f)).hasMessageContaining(":1: not valid JSON");
  }

  @Test
  void idsMustBePresentAndUnique() throws IOException {
    assertThatThrownBy(() -> GoldFile.read(write("a.jsonl", "{\"text\": \"x\"}")))
        .hasMessageContaining(":1: the record needs a non-empty string 'id'");
    assertThatThrownBy(() -> GoldFile.read(write("b.jsonl", "{\"id\": \"a\"}", "{\"id\": \"a\"}")))
        .hasMessageContaining(":2: id 'a' was already used on line 1");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> GoldFile.read(dir.resolve("none.jsonl"))).hasMessageContaining("no such file");
  }

  @Test
  void taskFromFileName() {
    assertThat(GoldFile.taskOf(Path.of("x/ner.jsonl"))).contains("ner");
    assertThat(GoldFile.taskOf(Path.of("timex-x.jsonl"))).contains("timex");
    assertThat(GoldFile.taskOf(Path.of("geo-lgl.jsonl"))).contains("geo");
    assertThat(GoldFile.taskOf(Path.of("ner"))).isEmpty();
    assertThat(GoldFile.taskOf(Path.of(".jsonl"))).isEmpty();
  }

  @Test
  void nerRecordsAreCheckedAgainstTheirText() throws IOException {
    NerTask task = new NerTask();
    Path ok =
        write(
            "ner.jsonl",
            "{\"id\": \"a\", \"text\": \"Ann met Bob\", \"published\": \"2008-03-01\", \"mentions\": ["
                + "{\"start\": 0, \"end\": 3, \"text\": \"Ann\", \"type\": \"PER\", \"orig_type\": \"PER\"}]}");
    NerTask.Gold g = task.parse(GoldFile.read(ok).get(0));
    assertThat(g.record().published()).hasToString("2008-03-01");
    assertThat(g.mentions()).containsExactly(new Entity(Span.of(0, 3), "PER", "PER"));

    Path badText =
        write("bad1.jsonl", "{\"id\": \"a\", \"text\": \"Ann met Bob\", \"mentions\": [{\"start\": 0, \"end\": 3, \"text\": \"Bob\", \"type\": \"PER\"}]}");
    assertThatThrownBy(() -> task.parse(GoldFile.read(badText).get(0)))
        .hasMessageContaining("record 'a': mentions[0] says 'Bob' but the text at [0, 3) is 'Ann'");
    Path badType =
        write("bad2.jsonl", "{\"id\": \"a\", \"text\": \"Ann\", \"mentions\": [{\"start\": 0, \"end\": 3, \"type\": \"PERSON\"}]}");
    assertThatThrownBy(() -> task.parse(GoldFile.read(badType).get(0)))
        .hasMessageContaining("'mentions[0].type' must be one of PER, ORG, LOC, MISC, got 'PERSON'");
    Path outside =
        write("bad3.jsonl", "{\"id\": \"a\", \"text\": \"Ann\", \"mentions\": [{\"start\": 0, \"end\": 4, \"type\": \"PER\"}]}");
    assertThatThrownBy(() -> task.parse(GoldFile.read(outside).get(0)))
        .hasMessageContaining("mentions[0] [0, 4) does not fit the text (length 3)");
    Path badDate = write("bad4.jsonl", "{\"id\": \"a\", \"text\": \"Ann\", \"published\": \"03/01/2008\", \"mentions\": []}");
    assertThatThrownBy(() -> task.parse(GoldFile.read(badDate).get(0)))
        .hasMessageContaining("'published' must be a date as YYYY-MM-DD");
  }

  @Test
  void timexRecordsNeedTypeAndValue() throws IOException {
    TimexTask task = new TimexTask();
    Path ok =
        write(
            "timex.jsonl",
            "{\"id\": \"a\", \"text\": \"on Monday\", \"published\": null, \"timexes\": ["
                + "{\"start\": 3, \"end\": 9, \"text\": \"Monday\", \"type\": \"DATE\", \"value\": \"XXXX-WXX-1\", \"dct\": false}]}");
    TimexTask.Gold g = task.parse(GoldFile.read(ok).get(0));
    assertThat(g.record().published()).isNull();
    assertThat(g.timexes()).containsExactly(new Timex(Span.of(3, 9), "DATE", "XXXX-WXX-1"));
    Path noValue =
        write("t2.jsonl", "{\"id\": \"a\", \"text\": \"on Monday\", \"timexes\": [{\"start\": 3, \"end\": 9, \"type\": \"DATE\"}]}");
    assertThatThrownBy(() -> task.parse(GoldFile.read(noValue).get(0)))
        .hasMessageContaining("'timexes[0].value' must be a string and is missing");
  }

  @Test
  void outputNeverOverwritesTheGoldFile() throws IOException {
    Path gold = write("ner.jsonl", "{\"id\": \"a\", \"text\": \"Ann\", \"mentions\": []}");
    Evaluation<?, ?> ev = Evaluation.prepare(new NerTask(), gold, 10);
    assertThatThrownBy(() -> ev.outputFile(dir)).hasMessageContaining("would overwrite the gold file");
    assertThat(ev.outputFile(dir.resolve("out"))).isEqualTo(dir.resolve("out/ner.jsonl"));
  }
}
