package org.newsgraph.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * A document's tokens with fast lookups: by index, by character offset, by sentence; and their
 * words, lower-cased words and tags. Immutable; built once per document by a stage.
 */
public final class Tokens {

  private final Document doc;
  private final List<Token> tokens;
  private final String[] words;
  private final String[] lower;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;

  public Tokens(Document doc) {
    this.doc = doc;
    this.tokens = doc.tokens();
    int n = tokens.size();
    this.words = new String[n];
    this.lower = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = doc.surface(tokens.get(i));
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    List<Sentence> sentences = doc.sentences();
    this.sentenceStart = new int[sentences.size()];
    this.sentenceEnd = new int[sentences.size()];
    java.util.Arrays.fill(sentenceStart, -1);
    for (int i = 0; i < n; i++) {
      int s = tokens.get(i).sentence();
      if (sentenceStart[s] < 0) {
        sentenceStart[s] = i;
      }
      sentenceEnd[s] = i + 1;
    }
    for (int s = 0; s < sentenceStart.length; s++) {
      if (sentenceStart[s] < 0) {
        sentenceStart[s] = 0;
        sentenceEnd[s] = 0;
      }
    }
  }

  public Document doc() {
    return doc;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  public String word(int i) {
    return words[i];
  }

  public String lower(int i) {
    return lower[i];
  }

  public String pos(int i) {
    return tokens.get(i).pos();
  }

  public String lemma(int i) {
    return tokens.get(i).lemma();
  }

  public int sentence(int i) {
    return tokens.get(i).sentence();
  }

  /** First token index of a sentence. */
  public int sentenceStart(int sentence) {
    return sentenceStart[sentence];
  }

  /** One past the last token index of a sentence. */
  public int sentenceEnd(int sentence) {
    return sentenceEnd[sentence];
  }

  public int sentenceCount() {
    return sentenceStart.length;
  }

  /** Index of the first token that ends after {@code offset}, or {@link #size()}. */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Token indices [first, last+1) covering a span (tokens that overlap it). */
  public int[] covering(Span span) {
    int a = firstEndingAfter(span.start());
    int b = a;
    while (b < tokens.size() && tokens.get(b).start() < span.end()) {
      b++;
    }
    return new int[] {a, b};
  }

  /** The span from token a to token b-1. */
  public Span span(int a, int b) {
    return new Span(tokens.get(a).start(), tokens.get(b - 1).end());
  }

  public String text(int a, int b) {
    return doc.surface(span(a, b));
  }

  public boolean isCapitalised(int i) {
    String w = words[i];
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** Verbs and modals: the tags that mark a clause's predicate. */
  public boolean isVerb(int i) {
    String p = pos(i);
    return p.startsWith("VB") || p.equals("MD");
  }

  public boolean isPunctuation(int i) {
    String w = words[i];
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** All token indices of a sentence, for iteration. */
  public List<Integer> indices(int sentence) {
    List<Integer> out = new ArrayList<>();
    for (int i = sentenceStart[sentence]; i < sentenceEnd[sentence]; i++) {
      out.add(i);
    }
    return out;
  }
}
