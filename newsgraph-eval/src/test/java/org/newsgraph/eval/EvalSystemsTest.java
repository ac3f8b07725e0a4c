package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The --system choices and which tasks each answers; nothing here loads a model. */
class EvalSystemsTest {

  @Test
  void newsgraphFirstThenThePlainCoreNlpBaselines() {
    assertThat(EvalSystems.names()).containsExactly("newsgraph", "corenlp", "corenlp-neural");
    assertThat(EvalSystems.tasks("newsgraph")).containsExactlyElementsOf(EvalTasks.names());
    assertThat(EvalSystems.tasks("corenlp")).containsExactly("ner", "entities");
    assertThat(EvalSystems.usesConfig("newsgraph")).isTrue();
    assertThat(EvalSystems.usesConfig("corenlp")).isFalse();
  }

  @Test
  void plainCoreNlpAnswersNerAndEntities() {
    for (String system : EvalSystems.names()) {
      assertThatCode(() -> EvalSystems.check(system, "ner")).doesNotThrowAnyException();
      assertThatCode(() -> EvalSystems.check(system, "entities")).doesNotThrowAnyException();
    }
    assertThatCode(() -> EvalSystems.check("newsgraph", "quotes")).doesNotThrowAnyException();
  }

  @Test
  void unknownSystemsAndUnansweredTasksAreExplained() {
    assertThatThrownBy(() -> EvalSystems.check("spacy", "ner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown system 'spacy'; one of: newsgraph, corenlp, corenlp-neural");
    assertThatThrownBy(() -> EvalSystems.check("corenlp", "quotes"))
        .hasMessage(
            "'quotes' with plain CoreNLP is out of scope: --system corenlp answers ner and"
                + " entities only (plain CoreNLP's NER and coreference); score quotes with"
                + " --system newsgraph");
    assertThatThrownBy(() -> EvalSystems.check("corenlp-neural", "timex"))
        .hasMessageContaining("'timex' with plain CoreNLP is out of scope");
    assertThatThrownBy(() -> EvalSystems.open("spacy", null)).hasMessageContaining("unknown system 'spacy'");
  }
}
