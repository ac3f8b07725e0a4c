package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Alignment.Pair;
import org.newsgraph.model.Span;

class QuoteEvalTest {

  /** Forty numbered words: spans are written as word ranges. */
  private static final String WORDS;

  static {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append(i == 0 ? "" : " ").append("w").append(i);
    }
    WORDS = b.toString();
  }

  private static final WordTokens TOKENS = WordTokens.of(WORDS);

  /** Words {@code from} to {@code to}, inclusive. */
  private static Span w(int from, int to) {
    return Span.of(TOKENS.token(from).start(), TOKENS.token(to).end());
  }

  private static Attribution content(Span... pieces) {
    return new Attribution(null, null, List.of(pieces), false);
  }

  private static Attribution attr(Span source, Span content, boolean direct) {
    return new Attribution(source, null, List.of(content), direct);
  }

  @Test
  void roleTokensOnASentence() {
    String text = "Trump said the wall will be built. Critics disagree.";
    WordTokens tokens = WordTokens.of(text);
    Attribution gold =
        new Attribution(at(text, "Trump"), at(text, "said"), List.of(at(text, "the wall will be built")), false);
    // The system took "Trump said" as the source, found no cue, and missed "the".
    Attribution system =
        new Attribution(at(text, "Trump said"), null, List.of(at(text, "wall will be built.")), false);
    QuoteCounts c = QuoteEval.score(tokens, List.of(gold), List.of(system));
    assertThat(c.sourceTokens()).isEqualTo(new Counts(1, 1, 0));
    assertThat(c.cueTokens()).isEqualTo(new Counts(0, 0, 1));
    assertThat(c.contentTokens()).isEqualTo(new Counts(4, 0, 1));
    // Content words 4 of 5 shared: a match, and the sources share "Trump".
    assertThat(c.quotes()).isEqualTo(new Counts(1, 0, 0));
    assertThat(c.attributions()).isEqualTo(new Counts(1, 0, 0));
    assertThat(c.speaker()).isEqualTo(new Accuracy(1, 1));
  }

  @Test
  void aTokenPartlyCoveredHasTheRole() {
    String text = "Officials' statement";
    WordTokens tokens = WordTokens.of(text);
    // The gold source covers "Officials" only; the system source ends inside the word.
    Attribution gold = new Attribution(Span.of(0, 9), null, List.of(Span.of(11, 20)), false);
    Attribution system = new Attribution(Span.of(0, 4), null, List.of(Span.of(11, 20)), false);
    assertThat(QuoteEval.score(tokens, List.of(gold), List.of(system)).sourceTokens())
        .isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void jaccardOfOneHalfIsEnough() {
    // Gold w0..w3 (4 words); system w2..w3: 2 shared of 4 = 0.5, a match.
    assertThat(QuoteMatching.match(List.of(content(w(0, 3))), List.of(content(w(2, 3))), TOKENS))
        .containsExactly(new Pair(0, 0));
    // System w2..w5: 2 shared of a union of 6: no match.
    assertThat(QuoteMatching.match(List.of(content(w(0, 3))), List.of(content(w(2, 5))), TOKENS))
        .isEmpty();
  }

  @Test
  void contentPiecesCountTogether() {
    // Gold in two pieces w0..w3 + w6..w9, system one span w0..w9: 8 shared of 10.
    Attribution gold = content(w(0, 3), w(6, 9));
    assertThat(QuoteMatching.match(List.of(gold), List.of(content(w(0, 9))), TOKENS)).hasSize(1);
    // System w0..w3 only: 4 of 8 -> still a match; w0..w2: 3 of 8 -> none.
    assertThat(QuoteMatching.match(List.of(gold), List.of(content(w(0, 3))), TOKENS)).hasSize(1);
    assertThat(QuoteMatching.match(List.of(gold), List.of(content(w(0, 2))), TOKENS)).isEmpty();
  }

  @Test
  void equalRatiosGoToTheEarlierSystemStart() {
    // Gold w4..w7; system w2..w7 and w4..w9 both share 4 of 6: the one starting first wins.
    List<Attribution> gold = List.of(content(w(4, 7)));
    List<Attribution> system = List.of(content(w(4, 9)), content(w(2, 7)));
    assertThat(QuoteMatching.match(gold, system, TOKENS)).containsExactly(new Pair(0, 1));
  }

  @Test
  void equalRatiosGoToTheEarlierGoldStart() {
    // System w4..w7; gold w4..w9 and w2..w7 both share 4 of 6.
    List<Attribution> gold = List.of(content(w(4, 9)), content(w(2, 7)));
    List<Attribution> system = List.of(content(w(4, 7)));
    assertThat(QuoteMatching.match(gold, system, TOKENS)).containsExactly(new Pair(1, 0));
  }

  @Test
  void equalRatiosFromDifferentCountsAreATie() {
    // System w0..w5. Gold w2..w7 shares 4 of 8, gold w0..w2 shares 3 of 6: both 1/2, so the
    // gold that starts first wins although it is listed second.
    List<Attribution> gold = List.of(content(w(2, 7)), content(w(0, 2)));
    List<Attribution> system = List.of(content(w(0, 5)));
    assertThat(QuoteMatching.match(gold, system, TOKENS)).containsExactly(new Pair(1, 0));
  }

  @Test
  void highestRatioFirstThenOneToOne() {
    // S0 = w0..w9 vs G0 = w0..w5 (6/10) and G1 = w0..w8 (9/10); S1 = w0..w4 vs G0 (5/6).
    // Order: S0-G1 0.9, S1-G0 0.83, S0-G0 0.6 (both used): two matches.
    List<Attribution> gold = List.of(content(w(0, 5)), content(w(0, 8)));
    List<Attribution> system = List.of(content(w(0, 9)), content(w(0, 4)));
    assertThat(QuoteMatching.match(gold, system, TOKENS)).containsExactly(new Pair(1, 0), new Pair(0, 1));
  }

  @Test
  void contentWithoutWordsMatchesNothing() {
    String text = "he said: — ";
    Attribution dash = new Attribution(null, null, List.of(Span.of(9, 10)), false);
    assertThat(QuoteMatching.match(List.of(dash), List.of(dash), WordTokens.of(text))).isEmpty();
  }

  @Test
  void recallByDirectAndSpeakerAccuracy() {
    // Gold: A direct (source w0), B indirect (source w10), C indirect (no source), D indirect.
    List<Attribution> gold =
        List.of(
            attr(w(0, 0), w(1, 4), true),
            attr(w(10, 10), w(11, 14), false),
            attr(null, w(20, 24), false),
            attr(w(30, 30), w(31, 35), false));
    // System: A with the right source, B without a source, C without a source (right), D missed.
    List<Attribution> system =
        List.of(attr(w(0, 0), w(1, 4), true), attr(null, w(11, 14), false), attr(null, w(20, 24), false));
    QuoteCounts c = QuoteEval.score(TOKENS, gold, system);
    assertThat(c.quotes()).isEqualTo(new Counts(3, 0, 1));
    // A (same source) and C (no source on both sides) are right; B is not.
    assertThat(c.attributions()).isEqualTo(new Counts(2, 1, 2));
    // Speaker accuracy only over matched pairs with a gold source: A right, B wrong.
    assertThat(c.speaker()).isEqualTo(new Accuracy(1, 2));
    assertThat(c.recallDirect()).isEqualTo(new Accuracy(1, 1));
    assertThat(c.recallIndirect()).isEqualTo(new Accuracy(2, 3));
  }

  @Test
  void aSystemSourceWhereTheGoldHasNoneIsWrong() {
    List<Attribution> gold = List.of(attr(null, w(1, 4), false));
    List<Attribution> system = List.of(attr(w(0, 0), w(1, 4), false));
    QuoteCounts c = QuoteEval.score(TOKENS, gold, system);
    assertThat(c.quotes()).isEqualTo(new Counts(1, 0, 0));
    assertThat(c.attributions()).isEqualTo(new Counts(0, 1, 1));
    assertThat(c.speaker()).isEqualTo(Accuracy.ZERO);
  }

  @Test
  void reportHeadlineIsEndToEndAndContentF1IgnoresTheSource() {
    List<Attribution> gold = List.of(attr(w(0, 0), w(1, 4), false), attr(w(10, 10), w(11, 14), false));
    List<Attribution> system = List.of(attr(w(5, 5), w(1, 4), false), attr(w(10, 10), w(11, 14), false));
    Report r = QuoteEval.report(QuoteEval.score(TOKENS, gold, system), 3);
    assertThat(r.headline()).isEqualTo(new Prf(0.5, 0.5, 0.5));
    assertThat(r.extra()).containsEntry("content_f1", 1.0).containsEntry("scare_quotes_left_out", 3.0);
    assertThat(r.extra().get("recall_direct")).isNaN();
    assertThat(r.table()).contains("scare quotes left out of the system side: 3");
  }

  @Test
  void noSystemOutput() {
    QuoteCounts c = QuoteEval.score(TOKENS, List.of(attr(w(0, 0), w(1, 4), true)), List.of());
    Report r = QuoteEval.report(c, 0);
    assertThat(r.headline().precision()).isNaN();
    assertThat(r.headline().recall()).isZero();
    assertThat(r.headline().f1()).isZero();
    assertThat(r.extra()).containsEntry("recall_direct", 0.0);
  }

  private static Span at(String text, String part) {
    int start = text.indexOf(part);
    assertThat(start).as("'%s' in the test text", part).isNotNegative();
    return Span.of(start, start + part.length());
  }
}
