package org.newsgraph.corpus.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.StoreExport.StoredArticle;
import org.newsgraph.store.Tables;
import org.newsgraph.store.Tables.Table;

/**
 * One article as one line of JSON: the knowledge record as {@code newsgraph analyze} prints it (the
 * store keeps it without the text, which goes back in its place, after {@code metadata}), plus
 * {@code articleId}, the article's id in the store (after {@code id}), and for each entity linked
 * to a corpus entity its {@code corpusId}. Both are fields the record schema lets readers ignore.
 */
public final class JsonlRecord {

  private JsonlRecord() {}

  /** The tables a line is made from, besides {@code articles}. */
  public static final List<Table> TABLES = List.of(Tables.ENTITIES);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The article's line, without its line break. */
  public static String line(StoredArticle a) {
    return tree(a).toString();
  }

  /** The article's record with the text, its store id and its entities' corpus ids. */
  public static ObjectNode tree(StoredArticle a) {
    Object stored = a.article().get("record");
    JsonNode record;
    try {
      record = stored == null ? JSON.createObjectNode() : JSON.readTree(stored.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the stored record of article " + a.id() + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!(record instanceof ObjectNode rec)) {
      throw new IllegalStateException(
          "the stored record of article " + a.id() + " is not a JSON object");
    }
    Map<String, String> corpusIds = new HashMap<>();
    for (Map<String, Object> e : a.rows(Tables.ENTITIES)) {
      Object c = e.get("corpus_id");
      if (c != null) {
        corpusIds.put((String) e.get("entity_id"), c.toString());
      }
    }
    ObjectNode out = JSON.createObjectNode();
    String text = (String) a.article().get("text");
    boolean textPlaced = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      out.set(f.getKey(), f.getValue());
      if (f.getKey().equals("id")) {
        out.put("articleId", a.id());
      }
      if (f.getKey().equals("metadata") && text != null) {
        out.put("text", text);
        textPlaced = true;
      }
      if (f.getKey().equals("entities") && f.getValue().isArray()) {
        for (JsonNode e : f.getValue()) {
          String corpusId = corpusIds.get(e.path("id").asText());
          if (corpusId != null && e instanceof ObjectNode eo) {
            eo.put("corpusId", corpusId);
          }
        }
      }
    }
    if (!out.has("articleId")) {
      out.put("articleId", a.id());
    }
    if (!textPlaced && text != null) {
      out.put("text", text);
    }
    return out;
  }
}
