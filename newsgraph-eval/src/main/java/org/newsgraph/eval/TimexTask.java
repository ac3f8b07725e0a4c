package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval timex} (FORMATS.md §6): time expressions with TIMEX3 type and value,
 * resolved against the record's {@code published} date.
 */
public final class TimexTask implements EvalTask<TimexTask.Gold, List<Timex>> {

  public static final String NAME = "timex";

  /** A gold {@code timex} record: the text and its time expressions. */
  public record Gold(TextRecord record, List<Timex> timexes) implements GoldRecord {

    public Gold {
      timexes = List.copyOf(timexes);
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

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Gold parse(GoldLine line) {
    TextRecord record = TextRecord.of(line);
    List<Timex> timexes = new ArrayList<>();
    List<JsonNode> nodes = line.requireArray("timexes");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode t = nodes.get(i);
      String where = "timexes[" + i + "]";
      String type = line.requireString(t, "type", where + ".type");
      if (!TimexEval.TYPES.contains(type)) {
        throw line.error(
            "'" + where + ".type' must be one of " + String.join(", ", TimexEval.TYPES) + ", got '" + type + "'");
      }
      timexes.add(
          new Timex(
              line.requireSpan(t, record.text(), where),
              type,
              line.requireString(t, "value", where + ".value")));
    }
    return new Gold(record, timexes);
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.analyze(gold.record());
  }

  @Override
  public List<Timex> extract(Gold gold, Document doc) {
    TextInputs.requireSameText(gold.record(), doc);
    List<Timex> out = new ArrayList<>();
    for (TimeExpression t : doc.timexes()) {
      out.add(new Timex(t.span(), t.type().name(), t.value()));
    }
    return out;
  }

  @Override
  public List<Timex> empty() {
    return List.of();
  }

  @Override
  public ObjectNode toJson(Gold gold, List<Timex> system) {
    TextRecord r = gold.record();
    ObjectNode o = TextInputs.recordNode(r);
    ArrayNode timexes = o.putArray("timexes");
    for (Timex t : system) {
      ObjectNode n = timexes.addObject();
      n.put("start", t.span().start());
      n.put("end", t.span().end());
      n.put("text", t.span().in(r.text()));
      n.put("type", t.type());
      n.put("value", t.value());
    }
    return o;
  }

  @Override
  public Tally<Gold, List<Timex>> newTally() {
    return new Tally<>() {
      private TimexCounts counts = TimexCounts.ZERO;

      @Override
      public void add(Gold gold, List<Timex> system) {
        counts = counts.plus(TimexEval.score(gold.timexes(), system));
      }

      @Override
      public Report report() {
        return TimexEval.report(counts);
      }
    };
  }
}
