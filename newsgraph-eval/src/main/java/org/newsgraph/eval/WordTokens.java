package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * The word tokens of a text (FORMATS.md §1: maximal runs of Unicode word characters), numbered
 * in text order, and which of them a span overlaps.
 */
public final class WordTokens {

  /** FORMATS.md §1: {@code \w+} with Unicode classes (combining marks count as word characters). */
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final int[] starts;
  private final int[] ends;

  private WordTokens(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  public static WordTokens of(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    int[] s = new int[found.size()];
    int[] e = new int[found.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = found.get(i)[0];
      e[i] = found.get(i)[1];
    }
    return new WordTokens(s, e);
  }

  public int size() {
    return starts.length;
  }

  public Span token(int i) {
    return Span.of(starts[i], ends[i]);
  }

  /** The tokens that share at least one code unit with {@code span}; empty for {@code null}. */
  public BitSet overlapping(Span span) {
    BitSet out = new BitSet(starts.length);
    addOverlapping(span, out);
    return out;
  }

  /** Adds the tokens overlapping {@code span} (when not {@code null}) to {@code into}. */
  public void addOverlapping(Span span, BitSet into) {
    if (span == null || span.isEmpty()) {
      return;
    }
    // Tokens are sorted and disjoint: the overlapping ones are a run, from the first token
    // that ends after the span starts.
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < starts.length && starts[i] < span.end(); i++) {
      into.set(i);
    }
  }
}
