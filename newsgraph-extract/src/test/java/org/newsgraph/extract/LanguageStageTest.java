package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.LanguageGuess;

class LanguageStageTest {

  private static LanguageStage stage;

  @BeforeAll
  static void load() {
    stage = new LanguageStage(LanguageConfig.DEFAULTS);
  }

  @Test
  void english() {
    LanguageGuess g = stage.detect("The United States announced on Thursday that it will reduce its military presence in Iraq.");
    assertThat(g.code()).isEqualTo("en");
    assertThat(g.confidence()).isGreaterThan(0.5);
  }

  @Test
  void germanAndFrench() {
    assertThat(stage.detect("Die Vereinigten Staaten haben am Donnerstag angekündigt, ihre Truppen im Irak zu verringern.").code())
        .isEqualTo("de");
    assertThat(stage.detect("Les États-Unis ont annoncé jeudi qu'ils allaient réduire leur présence militaire en Irak.").code())
        .isEqualTo("fr");
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertThat(stage.detect("12 34 ok").code()).isEqualTo(LanguageGuess.UNDETERMINED);
  }

  @Test
  void namesForMessages() {
    assertThat(LanguageStage.displayName("de")).isEqualTo("German");
  }
}
