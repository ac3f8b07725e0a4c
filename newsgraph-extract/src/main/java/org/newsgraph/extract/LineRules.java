package org.newsgraph.extract;

import static org.newsgraph.extract.PlainTextRules.TEASER_MARKED;
import static org.newsgraph.extract.PlainTextRules.TEASER_PHRASE;

import java.util.Optional;
import java.util.regex.Matcher;
import org.newsgraph.model.BlockKind;

/**
 * The plain-text rules that hold for one line whatever its neighbours, for readers of other
 * formats: a paragraph of a web page that reads ">> Read: ..." or "With AFP" is a teaser or a
 * credit line there too. The same patterns and rule names as {@link PlainTextExtractor}.
 */
public final class LineRules {

  private LineRules() {}

  /** What a line is by its wording alone, with the rule that says so. */
  public record Decision(BlockKind kind, String rule) {}

  /** A teaser's label ("Read") and the title it links to, as offsets into the line. */
  public record Teaser(String label, int titleStart, int titleEnd) {}

  /**
   * The kind of a line recognisable by its wording alone (teaser markers, credit lines, site
   * boilerplate phrases, file names), or empty when its neighbours would have to decide.
   */
  public static Optional<Decision> decide(String line) {
    int words = PlainTextExtractor.wordCount(line);
    String rule = PlainTextExtractor.strongBoilerplate(line, words);
    if (rule != null) {
      return Optional.of(new Decision(BlockKind.BOILERPLATE, rule));
    }
    if (TEASER_MARKED.matcher(line).matches()) {
      return Optional.of(new Decision(BlockKind.TEASER, "teaser-marker"));
    }
    if (words <= PlainTextRules.TITLE_MAX_WORDS && TEASER_PHRASE.matcher(line).matches()) {
      return Optional.of(new Decision(BlockKind.TEASER, "teaser-phrase"));
    }
    if (PlainTextExtractor.isCredit(line, words)) {
      return Optional.of(new Decision(BlockKind.CREDIT, "credit-agency"));
    }
    if (words == 1 && PlainTextRules.FILE_NAME_LIKE.matcher(line).matches()) {
      return Optional.of(new Decision(BlockKind.BOILERPLATE, "file-name"));
    }
    return Optional.empty();
  }

  /** The label and title of a teaser line, when it has a marker or a "read more" phrase. */
  public static Optional<Teaser> teaser(String line) {
    Matcher m = TEASER_MARKED.matcher(line);
    if (!m.matches()) {
      m = TEASER_PHRASE.matcher(line);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Teaser(m.group("label").strip(), m.start("title"), m.end("title")));
  }

  /** The agency named by a credit line ("AFP" for "With AFP"). */
  public static String creditOf(String line) {
    return PlainTextExtractor.creditOf(line);
  }
}
