package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.eval.Alignment.Pair;
import org.newsgraph.model.Span;

/**
 * The {@code quotes} metrics of FORMATS.md §7, as pure functions over attribution lists: role
 * tokens for source, cue and content; quote matching on content words; speaker accuracy;
 * end-to-end attribution F1 (the headline); quote recall for direct and other gold quotes.
 */
public final class QuoteEval {

  private QuoteEval() {}

  /** All counts for one record whose text has the given word tokens. */
  public static QuoteCounts score(WordTokens tokens, List<Attribution> gold, List<Attribution> system) {
    List<Pair> matches = QuoteMatching.match(gold, system, tokens);
    int sourceRight = 0;
    Accuracy speaker = Accuracy.ZERO;
    boolean[] goldMatched = new boolean[gold.size()];
    for (Pair p : matches) {
      Attribution g = gold.get(p.gold());
      Attribution s = system.get(p.system());
      goldMatched[p.gold()] = true;
      boolean right = sameSource(g.source(), s.source(), tokens);
      sourceRight += right ? 1 : 0;
      if (g.source() != null) {
        speaker = speaker.plus(new Accuracy(right ? 1 : 0, 1));
      }
    }
    Accuracy direct = Accuracy.ZERO;
    Accuracy indirect = Accuracy.ZERO;
    for (int i = 0; i < gold.size(); i++) {
      Accuracy one = new Accuracy(goldMatched[i] ? 1 : 0, 1);
      if (gold.get(i).direct()) {
        direct = direct.plus(one);
      } else {
        indirect = indirect.plus(one);
      }
    }
    return new QuoteCounts(
        roleTokens(tokens, gold, system, a -> nonNull(a.source())),
        roleTokens(tokens, gold, system, a -> nonNull(a.cue())),
        roleTokens(tokens, gold, system, Attribution::content),
        Counts.ofAlignment(gold.size(), system.size(), matches.size()),
        Counts.ofAlignment(gold.size(), system.size(), sourceRight),
        speaker,
        direct,
        indirect);
  }

  /**
   * A matched pair's source is right when both are absent, or both present and sharing at least
   * one word token.
   */
  static boolean sameSource(Span gold, Span system, WordTokens tokens) {
    if (gold == null || system == null) {
      return gold == null && system == null;
    }
    return tokens.overlapping(gold).intersects(tokens.overlapping(system));
  }

  /** TP = tokens with the role on both sides, FP = system only, FN = gold only. */
  static Counts roleTokens(
      WordTokens tokens,
      List<Attribution> gold,
      List<Attribution> system,
      Function<Attribution, List<Span>> spansOfRole) {
    BitSet g = tokensOfRole(tokens, gold, spansOfRole);
    BitSet s = tokensOfRole(tokens, system, spansOfRole);
    BitSet both = (BitSet) g.clone();
    both.and(s);
    int tp = both.cardinality();
    return new Counts(tp, s.cardinality() - tp, g.cardinality() - tp);
  }

  private static BitSet tokensOfRole(
      WordTokens tokens, List<Attribution> attributions, Function<Attribution, List<Span>> spansOfRole) {
    BitSet out = new BitSet(tokens.size());
    for (Attribution a : attributions) {
      spansOfRole.apply(a).forEach(span -> tokens.addOverlapping(span, out));
    }
    return out;
  }

  private static List<Span> nonNull(Span span) {
    return span == null ? List.of() : List.of(span);
  }

  /**
   * The headline (end-to-end attributions), the extra figures for scripts and the table for
   * people.
   *
   * @param scareQuotesLeftOut system quotations of kind scare, which are not attributions
   */
  public static Report report(QuoteCounts c, long scareQuotesLeftOut) {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("content_f1", c.quotes().prf().f1());
    extra.put("content_precision", c.quotes().prf().precision());
    extra.put("content_recall", c.quotes().prf().recall());
    extra.put("speaker_accuracy", c.speaker().value());
    extra.put("recall_direct", c.recallDirect().value());
    extra.put("recall_indirect", c.recallIndirect().value());
    extra.put("source_token_f1", c.sourceTokens().prf().f1());
    extra.put("cue_token_f1", c.cueTokens().prf().f1());
    extra.put("content_token_f1", c.contentTokens().prf().f1());
    extra.put("scare_quotes_left_out", (double) scareQuotesLeftOut);

    CountsTable t = new CountsTable();
    t.row("attributions (headline)", c.attributions());
    t.row("quotes, source ignored", c.quotes());
    t.row("source tokens", c.sourceTokens());
    t.row("cue tokens", c.cueTokens());
    t.row("content tokens", c.contentTokens());
    List<String> lines = new ArrayList<>(t.lines());
    lines.add("");
    lines.add(share("speaker accuracy (matched, gold source)", c.speaker()));
    lines.add(share("quote recall, gold direct", c.recallDirect()));
    lines.add(share("quote recall, gold indirect/mixed", c.recallIndirect()));
    lines.add("scare quotes left out of the system side: " + scareQuotesLeftOut);
    return new Report(c.attributions().prf(), extra, lines);
  }

  private static String share(String name, Accuracy a) {
    return String.format(
        Locale.ROOT, "%-40s %5d / %-5d %s", name, a.correct(), a.total(), Prf.format(a.value()));
  }
}
