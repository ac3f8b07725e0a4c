package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityMention;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/** {@code newsgraph eval ner} (FORMATS.md §5): named-entity mentions typed PER/ORG/LOC/MISC. */
public final class NerTask implements EvalTask<NerTask.Gold, List<Entity>> {

  public static final String NAME = "ner";

  /** A gold {@code ner} record: the text and its name mentions. */
  public record Gold(TextRecord record, List<Entity> mentions) implements GoldRecord {

    public Gold {
      mentions = List.copyOf(mentions);
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
    List<Entity> mentions = new ArrayList<>();
    List<JsonNode> nodes = line.requireArray("mentions");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode m = nodes.get(i);
      String where = "mentions[" + i + "]";
      String type = line.requireString(m, "type", where + ".type");
      if (!NerEval.TYPES.contains(type)) {
        throw line.error(
            "'" + where + ".type' must be one of " + String.join(", ", NerEval.TYPES) + ", got '" + type + "'");
      }
      JsonNode orig = m.get("orig_type");
      mentions.add(
          new Entity(
              line.requireSpan(m, record.text(), where),
              type,
              orig == null || orig.isNull() ? null : orig.asText()));
    }
    return new Gold(record, mentions);
  }

  @Override
  public Outcome analyze(Newsgraph ng, Gold gold) {
    return TextInputs.analyze(ng, gold.record());
  }

  /** Our mentions with their coarse type's short code; the raw CoreNLP label is kept as orig_type. */
  @Override
  public List<Entity> extract(Gold gold, Document doc) {
    TextInputs.requireSameText(gold.record(), doc);
    List<Entity> out = new ArrayList<>();
    for (EntityMention m : doc.mentions()) {
      out.add(new Entity(m.span(), m.type().shortCode(), m.label()));
    }
    return out;
  }

  @Override
  public List<Entity> empty() {
    return List.of();
  }

  @Override
  public ObjectNode toJson(Gold gold, List<Entity> system) {
    TextRecord r = gold.record();
    ObjectNode o = TextInputs.recordNode(r);
    ArrayNode mentions = o.putArray("mentions");
    for (Entity e : system) {
      ObjectNode m = mentions.addObject();
      m.put("start", e.span().start());
      m.put("end", e.span().end());
      m.put("text", e.span().in(r.text()));
      m.put("type", e.type());
      m.put("orig_type", e.origType());
    }
    return o;
  }

  @Override
  public Tally<Gold, List<Entity>> newTally() {
    return new NerTally();
  }

  /** Sums the counts and records which system labels were scored as which type. */
  private static final class NerTally implements Tally<Gold, List<Entity>> {

    private NerCounts counts = NerCounts.ZERO;
    private final Map<String, Map<String, Integer>> labelTypes = new TreeMap<>();

    @Override
    public void add(Gold gold, List<Entity> system) {
      counts = counts.plus(NerEval.score(gold.mentions(), system));
      for (Entity e : system) {
        String label = e.origType() == null ? "(none)" : e.origType();
        labelTypes.computeIfAbsent(label, k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
      }
    }

    @Override
    public Report report() {
      Report r = NerEval.report(counts);
      List<String> lines = new ArrayList<>();
      lines.add("type mapping used (system label -> scored type, mentions):");
      if (labelTypes.isEmpty()) {
        lines.add("  (no system mentions)");
      }
      labelTypes.forEach(
          (label, types) ->
              types.forEach((type, n) -> lines.add("  " + label + " -> " + type + " (" + n + ")")));
      lines.add("  other CoreNLP labels (DATE, NUMBER, MONEY, TITLE, ...) are not names: never scored");
      lines.add("  MISC is removed on both sides for the headline (FORMATS.md section 5)");
      lines.add("");
      lines.addAll(r.table());
      return new Report(r.headline(), r.extra(), lines);
    }
  }
}
