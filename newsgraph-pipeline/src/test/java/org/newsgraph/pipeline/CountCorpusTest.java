package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.counts.EventKinds;
import org.newsgraph.model.Count;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;
import org.newsgraph.testkit.Shared;

/**
 * Counts on the 142 texts of the demo corpus: never a date, a time, money or a percentage, and
 * every span where it belongs. Money and percentages are found here with their own patterns,
 * independently of the stage.
 */
class CountCorpusTest {

  private static final String NUMBER = "\\d[\\d,.]*(?:\\s?(?:million|billion|trillion|bn|m)\\b)?";

  /** "$40 billion", "US$ 20,000", "NZ $ 26 million", "€5", "£ 99", "# 13 billion" (a £ lost in conversion). */
  private static final Pattern MONEY_BEFORE =
      Pattern.compile("(?:[A-Z]{0,3}\\s?\\$|[€£¥#])\\s?" + NUMBER);

  /** "20 euros", "26 cents", "300 billion ruble", "700 billion USD". */
  private static final Pattern MONEY_AFTER =
      Pattern.compile(
          NUMBER + "\\s(?:dollars?|euros?|pounds?|yen|yuan|cents?|rubles?|roubles?|USD|EUR|GBP)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "5%", "12 percent", "10 per cent". */
  private static final Pattern PERCENT =
      Pattern.compile(NUMBER + "\\s?(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);

  private static List<Span> matches(String text, Pattern p) {
    List<Span> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void countsAreNeverDatesTimesMoneyOrPercentagesAndLieInTheirSentence() throws IOException {
    Path dir = Shared.require("datasets/demo-corpus-wikinews/txt");
    List<RawInput> inputs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        inputs.add(new RawInput(p.getFileName().toString(), Files.readAllBytes(p), "text/plain", null));
      }
    }
    assertThat(inputs).hasSizeGreaterThan(100);
    Newsgraph ng = TestNewsgraph.get();
    int total = 0;
    int events = 0;
    for (Outcome o : ng.analyzeAll(inputs, AnalyzeOptions.NONE, 2)) {
      assertThat(o.ok()).as(o.message()).isTrue();
      Document d = o.document();
      String text = d.text();
      List<Span> amounts = new ArrayList<>();
      amounts.addAll(matches(text, MONEY_BEFORE));
      amounts.addAll(matches(text, MONEY_AFTER));
      amounts.addAll(matches(text, PERCENT));
      for (Count c : d.counts()) {
        String what = o.input() + ": '" + d.surface(c) + "' " + c.span();
        total++;
        if (c.kind() != null) {
          events++;
          assertThat(EventKinds.ALL).as(what).contains(c.kind());
        }
        assertThat(c.span().contains(c.number())).as(what).isTrue();
        Sentence sentence =
            d.sentences().stream().filter(s -> s.span().contains(c.span())).findFirst().orElse(null);
        assertThat(sentence).as("%s lies in one sentence", what).isNotNull();
        assertThat(sentence.span().contains(c.number())).as(what).isTrue();
        for (TimeExpression t : d.timexes()) {
          boolean dateOrTime = t.type() == TimexType.DATE || t.type() == TimexType.TIME;
          assertThat(dateOrTime && c.span().overlaps(t.span()))
              .as("%s overlaps the %s '%s'", what, t.type(), d.surface(t))
              .isFalse();
          assertThat(c.number().overlaps(t.span()))
              .as("%s: the number is in the time expression '%s'", what, d.surface(t))
              .isFalse();
        }
        for (Span a : amounts) {
          assertThat(c.span().overlaps(a))
              .as("%s overlaps the amount '%s'", what, a.in(text))
              .isFalse();
        }
        assertThat(c.value()).as(what).isPositive();
      }
    }
    // The corpus states hundreds of counts, a few dozen of them events (jobs cut, people killed).
    assertThat(total).isGreaterThan(200);
    assertThat(events).isGreaterThan(5);
  }
}
