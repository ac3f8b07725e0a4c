package org.newsgraph.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.LanguageGuess;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Stage;

/** Identifies the language of the article text with Lingua. */
public final class LanguageStage implements Stage {

  private final LanguageConfig config;
  private final LanguageDetector detector;

  public LanguageStage(LanguageConfig config) {
    this.config = config;
    LanguageDetectorBuilder b = LanguageDetectorBuilder.fromAllLanguages();
    if (config.lowAccuracy()) {
      b = b.withLowAccuracyMode();
    }
    // Load every model now, so that load time is paid when the stage is built and not by the
    // first documents (low accuracy: 70 MB, 2 s; high accuracy: 1.4 GB, 17 s, measured here).
    this.detector = b.withPreloadedLanguageModels().build();
  }

  @Override
  public String name() {
    return "extract.language";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(Layers.BLOCKS);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.LANGUAGE);
  }

  @Override
  public Document process(Document doc) {
    return doc.with(Layers.LANGUAGE, detect(sample(doc)));
  }

  /** Detects the language of a text; "und" when too short to tell. */
  public LanguageGuess detect(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < config.minLetters(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < config.minLetters()) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0, "too little text");
    }
    Map<Language, Double> values = detector.computeLanguageConfidenceValues(text);
    if (values.isEmpty()) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0, "lingua");
    }
    Map.Entry<Language, Double> best = values.entrySet().iterator().next();
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (e.getValue() > best.getValue()) {
        best = e;
      }
    }
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new LanguageGuess(code, Math.round(best.getValue() * 1000) / 1000.0, "lingua");
  }

  private String sample(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.blocks()) {
      if (!b.kind().isArticleText()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(doc.surface(b));
      if (sb.length() >= config.sampleChars()) {
        break;
      }
    }
    return sb.length() > config.sampleChars() ? sb.substring(0, config.sampleChars()) : sb.toString();
  }

  /** The English name of a language code, for messages ("de" gives "German"). */
  public static String displayName(String code) {
    for (Language l : Language.values()) {
      if (l != Language.UNKNOWN && l.getIsoCode639_1().name().equalsIgnoreCase(code)) {
        String n = l.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
      }
    }
    return code;
  }
}
