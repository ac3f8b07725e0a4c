package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/**
 * Properties every analyzed document must have, whatever the input. Returns the violations
 * (empty when the document is sound) so that a test can print them all at once.
 */
public final class Invariants {

  private Invariants() {}

  public static List<String> violations(Document doc) {
    List<String> v = new ArrayList<>();
    int n = doc.text().length();
    for (Key k : doc.keys()) {
      if (k instanceof Layer<?> layer) {
        List<? extends Spanned> items = doc.findLayer(layer).orElseThrow();
        Span prev = null;
        for (Spanned s : items) {
          if (s.end() > n) {
            v.add(layer + ": " + s.span() + " past the end of the text (" + n + ")");
          }
          if (prev != null && prev.compareTo(s.span()) > 0) {
            v.add(layer + ": " + s.span() + " out of order after " + prev);
          }
          prev = s.span();
        }
      }
    }
    List<Block> blocks = doc.findLayer(Layers.BLOCKS).orElse(List.of());
    for (int i = 1; i < blocks.size(); i++) {
      if (blocks.get(i - 1).span().overlaps(blocks.get(i).span())) {
        v.add("blocks overlap: " + blocks.get(i - 1).span() + " and " + blocks.get(i).span());
      }
    }
    List<Sentence> sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
    for (Sentence s : sentences) {
      if (s.block() >= blocks.size() || !blocks.get(s.block()).span().contains(s.span())) {
        v.add("sentence " + s.span() + " is not inside its block " + s.block());
      } else if (!blocks.get(s.block()).kind().isReadByNlp()) {
        v.add("sentence " + s.span() + " lies in a " + blocks.get(s.block()).kind() + " block");
      }
      if (doc.surface(s).isBlank()) {
        v.add("sentence " + s.span() + " is blank");
      }
    }
    for (int i = 1; i < sentences.size(); i++) {
      if (sentences.get(i - 1).span().overlaps(sentences.get(i).span())) {
        v.add("sentences overlap: " + sentences.get(i - 1).span() + ", " + sentences.get(i).span());
      }
    }
    List<Token> tokens = doc.findLayer(Layers.TOKENS).orElse(List.of());
    for (Token t : tokens) {
      if (t.sentence() >= sentences.size()
          || !sentences.get(t.sentence()).span().contains(t.span())) {
        v.add("token " + t.span() + " '" + doc.surface(t) + "' is not inside its sentence");
      }
      if (!doc.surface(t).equals(doc.surface(t).strip()) || doc.surface(t).isEmpty()) {
        v.add("token " + t.span() + " has surrounding white space: '" + doc.surface(t) + "'");
      }
    }
    for (EntityMention m : doc.findLayer(Layers.MENTIONS).orElse(List.of())) {
      if (!onTokenBoundaries(m.span(), tokens)) {
        v.add("mention " + m.span() + " '" + doc.surface(m) + "' does not fall on token boundaries");
      }
      if (m.sentence() >= sentences.size()
          || !sentences.get(m.sentence()).span().contains(m.span())) {
        v.add("mention " + m.span() + " is not inside its sentence");
      }
    }
    for (TimeExpression t : doc.findLayer(Layers.TIMEXES).orElse(List.of())) {
      if (t.sentence() >= sentences.size()
          || !sentences.get(t.sentence()).span().contains(t.span())) {
        v.add("time expression " + t.span() + " is not inside its sentence");
      }
    }
    return v;
  }

  private static boolean onTokenBoundaries(Span span, List<Token> tokens) {
    boolean start = false;
    boolean end = false;
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int i = lo; i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
      if (tokens.get(i).start() == span.start()) {
        start = true;
      }
      if (tokens.get(i).end() == span.end()) {
        end = true;
      }
    }
    return start && end;
  }
}
