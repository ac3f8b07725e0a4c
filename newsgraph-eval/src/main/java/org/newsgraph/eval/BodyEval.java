package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two metrics of the {@code body} task (FORMATS.md §2), as pure functions.
 *
 * <p><b>Metric A, shingles</b> (scrapinghub/article-extraction-benchmark): per page, the
 * multisets of 4-token windows of the gold and the extracted text give TP, FP and FN, divided by
 * their sum so that every page weighs the same; precision and recall are means of per-page
 * values, F1 is taken of the two means.
 *
 * <p><b>Metric B, snippets</b> (adbar/trafilatura {@code tests/evaluate.py}): a {@code with}
 * snippet found in the extracted text is a TP (else FN), a {@code without} snippet found is an
 * FP (else TN); counts are summed over the file.
 */
public final class BodyEval {

  /** FORMATS.md §1 word tokens: {@code \w+} with Unicode classes. */
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Any run of Unicode white space (U+00A0 included), for the snippet test. */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Tokens per shingle (the benchmark's window). */
  static final int SHINGLE = 4;

  /** Bootstrap draws for the spread (FORMATS.md §2). */
  static final int BOOTSTRAP_DRAWS = 1000;

  /** Fixed, so that the spread is the same on every run. */
  static final long BOOTSTRAP_SEED = 20_240_501L;

  private BodyEval() {}

  /**
   * One page under metric A: TP, FP and FN already divided by their sum (all zero when both
   * texts are empty), and whether the token sequences are equal.
   */
  public record Page(double tp, double fp, double fn, boolean exact) {

    /** FORMATS.md §2 step 4: 1 when FP = FN = 0, 0 when TP = FP = 0, else TP/(TP+FP). */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    /** 1 when FP = FN = 0, 0 when TP = FN = 0, else TP/(TP+FN). */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    /** The page counts in the precision mean: the system output has shingles. */
    public boolean countsForPrecision() {
      return tp + fp > 0;
    }

    /** The page counts in the recall mean: the gold text has shingles. */
    public boolean countsForRecall() {
      return tp + fn > 0;
    }
  }

  /** Metric A over a set of pages. */
  public record Shingles(Prf prf, double accuracy) {}

  /** Metric A figures and their bootstrap standard deviations. */
  public record ShingleReport(Shingles value, Shingles sd) {}

  /** Snippet counts (metric B); TN counts {@code without} snippets rightly absent. */
  public record Snippets(long tp, long fp, long fn, long tn) {

    public static final Snippets ZERO = new Snippets(0, 0, 0, 0);

    public Snippets plus(Snippets o) {
      return new Snippets(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    /** P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN). */
    public Prf prf() {
      return Prf.of(new Counts(tp, fp, fn));
    }

    /** (TP+TN) / all snippets. */
    public double accuracy() {
      return Prf.ratio(tp + tn, tp + tn + fp + fn);
    }

    public long total() {
      return tp + fp + fn + tn;
    }
  }

  /** The word tokens of a text, case kept. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The multiset of shingles: every window of {@link #SHINGLE} tokens; a text of 1 to 3 tokens
   * gives one shingle of all of them, an empty text none.
   */
  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  /** Metric A for one page. */
  public static Page page(String gold, String system) {
    List<String> g = tokens(gold);
    List<String> s = tokens(system);
    Map<List<String>, Integer> gs = shingles(g);
    Map<List<String>, Integer> ss = shingles(s);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : ss.entrySet()) {
      int inGold = gs.getOrDefault(e.getKey(), 0);
      tp += Math.min(inGold, e.getValue());
      fp += Math.max(0, e.getValue() - inGold);
    }
    for (Map.Entry<List<String>, Integer> e : gs.entrySet()) {
      fn += Math.max(0, e.getValue() - ss.getOrDefault(e.getKey(), 0));
    }
    long sum = tp + fp + fn;
    boolean exact = g.equals(s);
    if (sum == 0) {
      return new Page(0, 0, 0, exact);
    }
    return new Page((double) tp / sum, (double) fp / sum, (double) fn / sum, exact);
  }

  /**
   * Precision and recall as means of the per-page values over the pages that count for each,
   * F1 of the two means, accuracy over all pages; n/a (NaN) where no page counts.
   */
  public static Shingles over(List<Page> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    int exact = 0;
    for (Page page : pages) {
      if (page.countsForPrecision()) {
        p += page.precision();
        np++;
      }
      if (page.countsForRecall()) {
        r += page.recall();
        nr++;
      }
      if (page.exact()) {
        exact++;
      }
    }
    double precision = np == 0 ? Double.NaN : p / np;
    double recall = nr == 0 ? Double.NaN : r / nr;
    return new Shingles(Prf.of(precision, recall), Prf.ratio(exact, pages.size()));
  }

  /**
   * Metric A with its spread: the pages drawn {@code draws} times with replacement (fixed
   * {@code seed}), the sample standard deviation of each figure over the draws (draws where a
   * figure is n/a are left out of its deviation).
   */
  public static ShingleReport shingleReport(List<Page> pages, int draws, long seed) {
    Shingles value = over(pages);
    if (pages.isEmpty() || draws < 2) {
      return new ShingleReport(value, new Shingles(new Prf(Double.NaN, Double.NaN, Double.NaN), Double.NaN));
    }
    Random random = new Random(seed);
    double[][] samples = new double[4][draws];
    List<Page> drawn = new ArrayList<>(pages.size());
    for (int d = 0; d < draws; d++) {
      drawn.clear();
      for (int i = 0; i < pages.size(); i++) {
        drawn.add(pages.get(random.nextInt(pages.size())));
      }
      Shingles s = over(drawn);
      samples[0][d] = s.prf().precision();
      samples[1][d] = s.prf().recall();
      samples[2][d] = s.prf().f1();
      samples[3][d] = s.accuracy();
    }
    return new ShingleReport(
        value,
        new Shingles(new Prf(sd(samples[0]), sd(samples[1]), sd(samples[2])), sd(samples[3])));
  }

  /** Sample standard deviation (n − 1) of the values that are not NaN; NaN below two values. */
  static double sd(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mean = sum / n;
    double sq = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sq += (v - mean) * (v - mean);
      }
    }
    return Math.sqrt(sq / (n - 1));
  }

  /** White space runs as one space, trimmed (applied to the text and to every snippet). */
  public static String squeeze(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Metric B for one page; {@code system} is the extracted text ("" when extraction failed: then
   * no snippet is found, so every {@code with} is an FN and every {@code without} a TN).
   */
  public static Snippets snippets(List<String> with, List<String> without, String system) {
    String text = squeeze(system);
    long tp = 0;
    long fn = 0;
    for (String w : with) {
      if (found(text, w)) {
        tp++;
      } else {
        fn++;
      }
    }
    long fp = 0;
    long tn = 0;
    for (String w : without) {
      if (found(text, w)) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Snippets(tp, fp, fn, tn);
  }

  private static boolean found(String squeezedText, String snippet) {
    return !squeezedText.isEmpty() && squeezedText.contains(squeeze(snippet));
  }
}
