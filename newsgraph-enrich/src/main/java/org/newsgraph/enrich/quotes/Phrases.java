package org.newsgraph.enrich.quotes;

import java.util.Set;
import org.newsgraph.enrich.text.Tokens;

/**
 * Noun phrases around attribution cues, from part-of-speech tags: the speaker before "said"
 * ("Ahmed al-Assadi, spokesman for their bloc, said") or after it ("said a diplomat at AFP").
 */
final class Phrases {

  private Phrases() {}

  /** The longest noun phrase taken, in tokens (with its prepositional attachments). */
  static final int MAX_NP_TOKENS = 15;

  /** The longest apposition skipped between a subject and its verb, in tokens. */
  static final int MAX_APPOSITION = 16;

  /** Prepositions that attach to a speaker's noun phrase ("of the Middle East Institute"). */
  private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in");

  /** Words skipped between a subject and its verb ("has also said", "recently reiterated"). */
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do", "will", "would",
      "can", "could", "may", "might", "shall", "should", "must");

  static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PDT")
        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("POS");
  }

  /** A noun phrase starting at token k (inverted speaker: "said a diplomat at AFP"), or null. */
  static int[] after(Tokens t, int k, int limit) {
    int i = k;
    if (i >= limit) {
      return null;
    }
    if (t.pos(i).equals("PRP") || t.pos(i).equals("WP")) {
      return new int[] {i, i + 1};
    }
    // "one of them", "two of the officials": a quantity of a group
    if (t.pos(i).equals("CD") && i + 2 < limit && t.lower(i + 1).equals("of")
        && t.pos(i + 2).equals("PRP")) {
      return new int[] {i, i + 3};
    }
    int start = i;
    boolean noun = false;
    while (i < limit && i - start < MAX_NP_TOKENS) {
      String p = t.pos(i);
      String l = t.lower(i);
      if (nominal(p) || (p.equals("HYPH") && !spaced(t, i))) {
        noun |= p.startsWith("NN") || p.equals("CD");
        i++;
      } else if (noun && NP_PREPOSITIONS.contains(l) && i + 1 < limit && nominal(t.pos(i + 1))) {
        i++;
      } else if (noun && (l.equals("and") || l.equals("&")) && i + 1 < limit
          && nominal(t.pos(i + 1))) {
        i++;
      } else if (!noun && (l.equals("and") || l.equals("&")) && i + 1 < limit
          && nominal(t.pos(i + 1)) && i > start) {
        i++; // "the US and Iraqi governments"
      } else {
        break;
      }
    }
    return noun && i > start ? new int[] {start, i} : null;
  }

  /**
   * The subject noun phrase ending right before token {@code end} (the cue), skipping
   * adverbs, auxiliaries and one apposition; or null.
   */
  static int[] before(Tokens t, int end, int sentenceStart) {
    int i = end - 1;
    while (i >= sentenceStart && (t.pos(i).startsWith("RB") || t.pos(i).equals("MD")
        || (t.pos(i).startsWith("VB") && AUXILIARY_LEMMAS.contains(t.lemma(i))))) {
      i--;
    }
    if (i >= sentenceStart && isAppositionClose(t, i)) {
      String close = t.lower(i);
      String open = close.equals(")") || close.equals("-rrb-") ? "(" : close;
      int k = i - 1;
      while (k > sentenceStart && i - k <= MAX_APPOSITION && !t.lower(k).equals(open)
          && !(open.equals("(") && t.lower(k).equals("-lrb-"))) {
        k--;
      }
      if (k > sentenceStart && i - k <= MAX_APPOSITION) {
        i = k - 1;
        // "X, spokesman for the bloc - leader of the vote - said": a second apposition
        if (i > sentenceStart && isAppositionClose(t, i)) {
          String close2 = t.lower(i);
          int k2 = i - 1;
          while (k2 > sentenceStart && i - k2 <= MAX_APPOSITION && !t.lower(k2).equals(close2)) {
            k2--;
          }
          if (k2 > sentenceStart && i - k2 <= MAX_APPOSITION) {
            i = k2 - 1;
          }
        }
      }
    }
    if (i < sentenceStart) {
      return null;
    }
    if (t.pos(i).equals("PRP") || t.pos(i).equals("WP")) {
      // "he said", "who promised", "one of them said"
      int a = i;
      if (a - 2 >= sentenceStart && t.lower(a - 1).equals("of")
          && (t.pos(a - 2).equals("CD") || t.pos(a - 2).startsWith("NN") || t.pos(a - 2).startsWith("JJ"))) {
        a -= 2;
      }
      return new int[] {a, i + 1};
    }
    int b = i + 1;
    boolean noun = false;
    while (i >= sentenceStart && b - i <= MAX_NP_TOKENS) {
      String p = t.pos(i);
      String l = t.lower(i);
      if (nominal(p) || (p.equals("HYPH") && !spaced(t, i))) {
        noun |= p.startsWith("NN");
        i--;
      } else if (NP_PREPOSITIONS.contains(l) && i - 1 >= sentenceStart && nominal(t.pos(i - 1))) {
        i--;
      } else if ((l.equals("and") || l.equals("&")) && i - 1 >= sentenceStart
          && nominal(t.pos(i - 1)) && noun) {
        i--;
      } else {
        break;
      }
    }
    int a = i + 1;
    while (a < b && !(t.pos(a).startsWith("NN") || t.pos(a).startsWith("JJ")
        || t.pos(a).equals("DT") || t.pos(a).equals("CD") || t.pos(a).equals("PRP$")
        || t.pos(a).equals("PDT"))) {
      a++;
    }
    if (!noun || a >= b) {
      return null;
    }
    // The phrase found may itself be an apposition of a name before it ("Ahmed al-Assadi,
    // spokesman for their bloc, said"): the name is the subject.
    if (a - 2 >= sentenceStart && isAppositionClose(t, a - 1) && t.pos(a - 2).startsWith("NNP")
        && !t.pos(a).startsWith("NNP")) {
      int[] name = before(t, a - 1, sentenceStart);
      if (name != null && t.pos(name[1] - 1).startsWith("NNP")) {
        return name;
      }
    }
    return new int[] {a, b};
  }

  private static boolean isAppositionClose(Tokens t, int i) {
    String l = t.lower(i);
    return l.equals(",") || l.equals(")") || l.equals("-rrb-")
        || ((l.equals("-") || l.equals("--") || l.equals("–") || l.equals("—")) && spaced(t, i));
  }

  /** A dash or hyphen token with white space before it: punctuation, not a word joiner. */
  static boolean spaced(Tokens t, int k) {
    int start = t.get(k).start();
    return start > 0 && Character.isWhitespace(t.doc().text().charAt(start - 1));
  }
}
