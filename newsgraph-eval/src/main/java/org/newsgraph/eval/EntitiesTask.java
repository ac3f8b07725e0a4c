package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.EntitiesEval.RecordMentions;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Reference;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval entities} (FORMATS.md §11): entity mentions clustered across the
 * records of a file, and their links.
 *
 * <p>Our mentions are the references of the {@code references} layer (none when the layer is
 * absent), every kind (names, aliases, demonyms, descriptions, pronouns). Each belongs to its
 * entity {@code <record id>#<entity id>}; entities are linked across records by {@link
 * CorpusEntityIds} until newsgraph does it itself. The scores are corpus-wide, so the tally keeps
 * every record's mentions and scores them at the end.
 */
public final class EntitiesTask implements EvalTask<EntitiesTask.Gold, List<SystemMention>> {

  public static final String NAME = "entities";

  /** A gold {@code entities} record: the text and its mentions. */
  public record Gold(TextRecord record, List<GoldMention> mentions) implements GoldRecord {

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
    List<GoldMention> mentions = new ArrayList<>();
    List<JsonNode> nodes = line.requireArray("mentions");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode m = nodes.get(i);
      String where = "mentions[" + i + "]";
      String entity = line.requireString(m, "entity", where + ".entity");
      if (entity.isEmpty()) {
        throw line.error("'" + where + ".entity' is empty; every mention needs its entity id");
      }
      mentions.add(
          new GoldMention(
              line.requireSpan(m, record.text(), where),
              entity,
              line.findString(m, "link", where + ".link"),
              line.requireBoolean(m, "named", where + ".named")));
    }
    return new Gold(record, mentions);
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.analyze(gold.record());
  }

  @Override
  public List<SystemMention> extract(Gold gold, Document doc) {
    TextInputs.requireSameText(gold.record(), doc);
    List<Reference> references = doc.findLayer(Layers.REFERENCES).orElse(List.of());
    Entities entities = doc.entities();
    Map<String, String> corpusIds = CorpusEntityIds.of(gold.id(), references, entities);
    List<SystemMention> out = new ArrayList<>(references.size());
    for (Reference r : references) {
      out.add(
          new SystemMention(
              r.span(),
              corpusIds.get(r.entity()),
              CorpusEntityIds.local(gold.id(), r.entity()),
              r.kind(),
              CorpusEntityIds.requireEntity(gold.id(), r, entities).type().shortCode(),
              null));
    }
    return out;
  }

  @Override
  public List<SystemMention> empty() {
    return List.of();
  }

  /**
   * Our mentions in the gold format: {@code entity} is the corpus-wide id, {@code local_entity}
   * the document's own, {@code kind} the reference kind; {@code named} = name or alias.
   */
  @Override
  public ObjectNode toJson(Gold gold, List<SystemMention> system) {
    String text = gold.record().text();
    ObjectNode o = TextInputs.recordNode(gold.record());
    ArrayNode mentions = o.putArray("mentions");
    for (SystemMention m : system) {
      ObjectNode n = mentions.addObject();
      n.put("start", m.span().start());
      n.put("end", m.span().end());
      n.put("text", m.span().in(text));
      n.put("entity", m.entity());
      n.put("local_entity", m.localEntity());
      n.put("link", m.link());
      n.put("type", m.type());
      n.put("kind", m.kind().id());
      n.put("named", m.kind().isNamed());
    }
    return o;
  }

  @Override
  public Tally<Gold, List<SystemMention>> newTally() {
    return new Tally<>() {
      private final List<RecordMentions> records = new ArrayList<>();

      @Override
      public void add(Gold gold, List<SystemMention> system) {
        records.add(new RecordMentions(gold.id(), gold.mentions(), system));
      }

      @Override
      public Report report() {
        return EntitiesEval.report(EntitiesEval.score(records));
      }
    };
  }
}
