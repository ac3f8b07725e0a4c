package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Reference;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval ner} (FORMATS.md §5): named-entity mentions typed PER/ORG/LOC/MISC.
 *
 * <p>Our mentions come from the {@code references} layer when the document has it: its names
 * and aliases, typed by their entity. Otherwise they are the CoreNLP mentions of the {@code
 * mentions} layer, typed by CoreNLP's label. The report says which source each record used.
 */
public final class NerTask implements EvalTask<NerTask.Gold, NerTask.Answer> {

  public static final String NAME = "ner";

  /** Prefix of the label of a mention taken from a reference: {@code ref:<kind>/<entity type>}. */
  static final String REFERENCE_LABEL = "ref:";

  /** Where a record's system mentions came from. */
  public enum Source {
    REFERENCES("references layer: names and aliases, typed by their entity"),
    CORENLP("CoreNLP mentions layer, typed by CoreNLP's label"),
    NONE("none: the record failed");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** Our mentions for one record and where they came from. */
  public record Answer(Source source, List<Entity> mentions) {

    public static final Answer NONE = new Answer(Source.NONE, List.of());

    public Answer {
      Objects.requireNonNull(source, "source");
      mentions = List.copyOf(mentions);
    }
  }

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
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.analyze(gold.record());
  }

  /**
   * Our mentions with their coarse type's short code. From references, the label (orig_type) is
   * {@code ref:<kind>/<entity type>}; from CoreNLP, its raw label.
   */
  @Override
  public Answer extract(Gold gold, Document doc) {
    TextInputs.requireSameText(gold.record(), doc);
    Optional<List<Reference>> references = doc.findLayer(Layers.REFERENCES);
    List<Entity> out = new ArrayList<>();
    if (references.isPresent()) {
      Entities entities = doc.entities();
      for (Reference r : references.get()) {
        if (r.kind().isNamed()) {
          EntityType type = CorpusEntityIds.requireEntity(gold.id(), r, entities).type();
          out.add(new Entity(r.span(), type.shortCode(), REFERENCE_LABEL + r.kind().id() + "/" + type.id()));
        }
      }
      return new Answer(Source.REFERENCES, out);
    }
    for (EntityMention m : doc.mentions()) {
      out.add(new Entity(m.span(), m.type().shortCode(), m.label()));
    }
    return new Answer(Source.CORENLP, out);
  }

  @Override
  public Answer empty() {
    return Answer.NONE;
  }

  @Override
  public ObjectNode toJson(Gold gold, Answer system) {
    TextRecord r = gold.record();
    ObjectNode o = TextInputs.recordNode(r);
    ArrayNode mentions = o.putArray("mentions");
    for (Entity e : system.mentions()) {
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
  public Tally<Gold, Answer> newTally() {
    return new NerTally();
  }

  /**
   * Sums the counts and records where the mentions came from and which system labels were scored
   * as which type.
   */
  private static final class NerTally implements Tally<Gold, Answer> {

    private NerCounts counts = NerCounts.ZERO;
    private final Map<Source, Integer> sources = new EnumMap<>(Source.class);
    private final Map<String, Map<String, Integer>> labelTypes = new TreeMap<>();

    @Override
    public void add(Gold gold, Answer system) {
      counts = counts.plus(NerEval.score(gold.mentions(), system.mentions()));
      sources.merge(system.source(), 1, Integer::sum);
      for (Entity e : system.mentions()) {
        String label = e.origType() == null ? "(none)" : e.origType();
        labelTypes.computeIfAbsent(label, k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
      }
    }

    @Override
    public Report report() {
      Report r = NerEval.report(counts);
      List<String> lines = new ArrayList<>();
      lines.add("system mentions from (records):");
      sources.forEach((source, n) -> lines.add("  " + source.description() + " (" + n + ")"));
      lines.add("type mapping used (system label -> scored type, mentions):");
      if (labelTypes.isEmpty()) {
        lines.add("  (no system mentions)");
      }
      labelTypes.forEach(
          (label, types) ->
              types.forEach((type, n) -> lines.add("  " + label + " -> " + type + " (" + n + ")")));
      if (sources.containsKey(Source.CORENLP)) {
        lines.add("  other CoreNLP labels (DATE, NUMBER, MONEY, TITLE, ...) are not names: never scored");
      }
      if (sources.containsKey(Source.REFERENCES)) {
        lines.add("  references of kind demonym, description and pronoun are not names: never scored");
      }
      lines.add("  MISC is removed on both sides for the headline (FORMATS.md section 5)");
      lines.add("");
      lines.addAll(r.table());
      return new Report(r.headline(), r.extra(), lines);
    }
  }
}
