package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime's rule files, with the tense rules removed.
 *
 * <p>CoreNLP 4.5.10's {@code english.sutime.txt} ends with four rules that tag a time
 * expression's value with a resolution direction (past after a past-tense verb, future after a
 * modal) through {@code VTag(... .temporal.value, "resolveTo", ...)}. The tagged value is shared
 * by every match of the same word, so the tag leaks into later sentences, documents and threads:
 * "On Wednesday, X are to travel" resolves forward or backward depending on which article was
 * read before (measured: RobustnessTest). Without these rules SUTime resolves partial dates to
 * the closest candidate, and {@link TimeDirection} applies the tense heuristic per occurrence.
 *
 * <p>The filtered file is written once per process to a temporary file; the other rule files are
 * read from the models jar unchanged.
 */
final class SutimeRules {

  private static final String DIR = "edu/stanford/nlp/models/sutime/";

  /** A composite rule whose action tags a temporal value with "resolveTo". */
  private static final Pattern TENSE_RULE =
      Pattern.compile(
          "\\{\\s*pattern:(?:[^{}]|\\{[^{}]*\\})*?action:\\s*VTag\\([^()]*\"resolveTo\"[^()]*\\)\\s*\\}");

  /** How many such rules CoreNLP 4.5.10 has; a different count means the rules changed. */
  static final int EXPECTED_TENSE_RULES = 4;

  private static volatile String rulesProperty;

  private SutimeRules() {}

  /** The value for the {@code sutime.rules} property. */
  static String rulesProperty() {
    if (rulesProperty == null) {
      synchronized (SutimeRules.class) {
        if (rulesProperty == null) {
          rulesProperty = DIR + "defs.sutime.txt," + filteredEnglish() + ","
              + DIR + "english.holidays.sutime.txt";
        }
      }
    }
    return rulesProperty;
  }

  static String withoutTenseRules(String rules) {
    Matcher m = TENSE_RULE.matcher(rules);
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (m.find()) {
      count++;
      m.appendReplacement(out, "");
    }
    m.appendTail(out);
    if (count != EXPECTED_TENSE_RULES) {
      throw new IllegalStateException(
          "expected " + EXPECTED_TENSE_RULES + " SUTime tense rules in english.sutime.txt, found "
              + count + ": the CoreNLP version changed; review SutimeRules");
    }
    return out.toString();
  }

  private static String filteredEnglish() {
    try (InputStream in =
        SutimeRules.class.getClassLoader().getResourceAsStream(DIR + "english.sutime.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "SUTime rules not found on the class path: is the CoreNLP models jar missing?");
      }
      String rules = withoutTenseRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Path tmp = Files.createTempFile("newsgraph-english.sutime.", ".txt");
      tmp.toFile().deleteOnExit();
      Files.writeString(tmp, rules, StandardCharsets.UTF_8);
      return tmp.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the SUTime rules: " + e.getMessage(), e);
    }
  }
}
