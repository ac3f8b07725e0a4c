package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NewsgraphConfigTest {

  @Test
  void theDefaultFileDocumentsEverySettingWithItsDefault() {
    Map<String, String> defaults = NewsgraphConfig.DEFAULTS.flatten();
    assertThat(NewsgraphConfig.documentedKeys()).containsExactlyElementsOf(defaults.keySet());
    for (String line : NewsgraphConfig.defaultFileLines()) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        String key = line.substring(0, eq);
        assertThat(line.substring(eq + 1)).as("default of %s", key).isEqualTo(defaults.get(key));
      }
    }
  }

  @Test
  void settingsAreTypedAndChecked() {
    Properties p = new Properties();
    p.setProperty("nlp.maxSentenceTokens", "99");
    p.setProperty("anchor.inferYear", "false");
    NewsgraphConfig c = NewsgraphConfig.DEFAULTS.with(p);
    assertThat(c.nlp().maxSentenceTokens()).isEqualTo(99);
    assertThat(c.anchor().inferYear()).isFalse();

    Properties bad = new Properties();
    bad.setProperty("nlp.maxSentenceTokens", "many");
    assertThatThrownBy(() -> NewsgraphConfig.DEFAULTS.with(bad))
        .hasMessage("configuration key 'nlp.maxSentenceTokens' needs a int, got 'many'");
    Properties negative = new Properties();
    negative.setProperty("ingest.maxBytes", "-1");
    assertThatThrownBy(() -> NewsgraphConfig.DEFAULTS.with(negative))
        .hasMessageContaining("ingest.maxBytes must be positive");
  }
}
