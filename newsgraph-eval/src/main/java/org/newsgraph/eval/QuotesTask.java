package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval quotes} (FORMATS.md §7): attributions with source, cue and content.
 *
 * <p>Our attributions are the quotations of the {@code quotes} layer (none when the layer is
 * absent): content = the pieces, cue = the cue, source = the source span. Scare quotes are not
 * attributions: they are left out of the system side and counted in the report.
 */
public final class QuotesTask implements EvalTask<QuotesTask.Gold, QuotesTask.Answer> {

  public static final String NAME = "quotes";

  /** A gold {@code quotes} record: the text and its attributions. */
  public record Gold(TextRecord record, List<Attribution> attributions) implements GoldRecord {

    public Gold {
      attributions = List.copyOf(attributions);
    }

    @Override
    public String id() {
      return record.id();
    }

    @Override
    public int line() {
      return record.line();
    }
  }

  /**
   * Our answer for one record.
   *
   * @param attributions the quotations that are attributions
   * @param scareQuotesLeftOut quotations of kind scare, not scored
   */
  public record Answer(List<Attribution> attributions, int scareQuotesLeftOut) {

    public static final Answer NONE = new Answer(List.of(), 0);

    public Answer {
      attributions = List.copyOf(attributions);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Gold parse(GoldLine line) {
    TextRecord record = TextRecord.of(line);
    String text = record.text();
    List<Attribution> attributions = new ArrayList<>();
    List<JsonNode> nodes = line.requireArray("attributions");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode a = nodes.get(i);
      String where = "attributions[" + i + "]";
      List<JsonNode> pieces = line.requireArray(a, "content", where + ".content");
      if (pieces.isEmpty()) {
        throw line.error("'" + where + ".content' is empty; an attribution needs at least one content span");
      }
      List<Span> content = new ArrayList<>();
      for (int k = 0; k < pieces.size(); k++) {
        content.add(line.requireSpan(pieces.get(k), text, where + ".content[" + k + "]"));
      }
      attributions.add(
          new Attribution(
              line.findSpan(a, "source", text, where + ".source"),
              line.findSpan(a, "cue", text, where + ".cue"),
              content,
              line.requireBoolean(a, "direct", where + ".direct")));
    }
    return new Gold(record, attributions);
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.analyze(gold.record());
  }

  @Override
  public Answer extract(Gold gold, Document doc) {
    TextInputs.requireSameText(gold.record(), doc);
    List<Attribution> out = new ArrayList<>();
    int scare = 0;
    for (Quotation q : doc.findLayer(Layers.QUOTES).orElse(List.of())) {
      if (q.kind() == QuoteKind.SCARE) {
        scare++;
      } else {
        out.add(new Attribution(q.source(), q.cue(), q.pieces(), q.kind() == QuoteKind.DIRECT));
      }
    }
    return new Answer(out, scare);
  }

  @Override
  public Answer empty() {
    return Answer.NONE;
  }

  @Override
  public ObjectNode toJson(Gold gold, Answer system) {
    String text = gold.record().text();
    ObjectNode o = TextInputs.recordNode(gold.record());
    ArrayNode attributions = o.putArray("attributions");
    for (Attribution a : system.attributions()) {
      ObjectNode n = attributions.addObject();
      putSpan(n, "source", a.source(), text);
      putSpan(n, "cue", a.cue(), text);
      ArrayNode content = n.putArray("content");
      a.content().forEach(p -> putSpan(content.addObject(), p, text));
      n.put("direct", a.direct());
    }
    o.put("scare_quotes_left_out", system.scareQuotesLeftOut());
    return o;
  }

  private static void putSpan(ObjectNode parent, String field, Span span, String text) {
    if (span == null) {
      parent.putNull(field);
    } else {
      putSpan(parent.putObject(field), span, text);
    }
  }

  private static void putSpan(ObjectNode n, Span span, String text) {
    n.put("start", span.start());
    n.put("end", span.end());
    n.put("text", span.in(text));
  }

  @Override
  public Tally<Gold, Answer> newTally() {
    return new Tally<>() {
      private QuoteCounts counts = QuoteCounts.ZERO;
      private long scare;

      @Override
      public void add(Gold gold, Answer system) {
        WordTokens tokens = WordTokens.of(gold.record().text());
        counts = counts.plus(QuoteEval.score(tokens, gold.attributions(), system.attributions()));
        scare += system.scareQuotesLeftOut();
      }

      @Override
      public Report report() {
        return QuoteEval.report(counts, scare);
      }
    };
  }
}
