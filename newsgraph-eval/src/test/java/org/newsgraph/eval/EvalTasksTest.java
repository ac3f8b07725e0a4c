package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalTasksTest {

  @Test
  void taskFromNameOrFileName() {
    assertThat(EvalTasks.resolve(null, Path.of("gold/ner.jsonl")).name()).isEqualTo("ner");
    assertThat(EvalTasks.resolve(null, Path.of("timex-x.jsonl")).name()).isEqualTo("timex");
    assertThat(EvalTasks.resolve("timex", Path.of("mine.jsonl")).name()).isEqualTo("timex");
    assertThat(EvalTasks.resolve("ner", Path.of("ner-dev.jsonl")).name()).isEqualTo("ner");
    assertThat(EvalTasks.resolve(null, Path.of("polnear/gold/quotes.jsonl")).name()).isEqualTo("quotes");
    assertThat(EvalTasks.resolve(null, Path.of("entities.jsonl")).name()).isEqualTo("entities");
    assertThat(EvalTasks.resolve(null, Path.of("trafilatura-eval/gold/body.jsonl")).name()).isEqualTo("body");
    assertThat(EvalTasks.resolve(null, Path.of("htmldate-eval/gold/pubdate.jsonl")).name()).isEqualTo("pubdate");
    assertThat(EvalTasks.resolve(null, Path.of("metadata.jsonl")).name()).isEqualTo("metadata");
  }

  @Test
  void disagreementAndUnknownTasksAreExplained() {
    assertThatThrownBy(() -> EvalTasks.resolve("ner", Path.of("timex.jsonl")))
        .hasMessageContaining("is a 'timex' file by its name, not 'ner'");
    assertThatThrownBy(() -> EvalTasks.resolve(null, Path.of("mine.jsonl")))
        .hasMessageContaining("cannot tell the task from the file name 'mine.jsonl'");
    assertThatThrownBy(() -> EvalTasks.resolve(null, Path.of("geo-lgl.jsonl")))
        .hasMessageContaining("task 'geo' is defined in FORMATS.md but not implemented yet; implemented: body, pubdate, metadata, ner, timex, quotes, entities");
    assertThatThrownBy(() -> EvalTasks.require("nerd")).hasMessageContaining("unknown task 'nerd'");
  }
}
