package org.newsgraph.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * The knowledge record: a document as JSON, following the versioned schema in
 * {@code docs/record-schema.md}.
 *
 * <p>Every annotation is written as an object with its {@code start}, {@code end} and derived
 * {@code text}, followed by its own fields; other spans inside an annotation (a quotation's cue,
 * a count's number) are written as {@code {start, end, text}} objects. Absent values are
 * omitted.
 */
public final class RecordJson {

  /** The schema identifier written in every record; bump the number on incompatible change. */
  public static final String SCHEMA = "newsgraph.record/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Which optional parts to write. */
  public record Options(boolean includeText, boolean includeTokens) {
    public static final Options DEFAULT = new Options(true, false);
    public static final Options FULL = new Options(true, true);
  }

  private RecordJson() {}

  public static ObjectNode toTree(Document doc, Options options) {
    ObjectNode root = NODES.objectNode();
    root.put("schema", SCHEMA);
    root.put("id", doc.id());
    root.set("source", value(doc.source(), doc.text()));
    root.set("metadata", value(doc.metadata(), doc.text()));
    if (options.includeText()) {
      root.put("text", doc.text());
    }
    for (Key key : Layers.ALL) {
      if (!doc.has(key) || (key == Layers.TOKENS && !options.includeTokens())) {
        continue;
      }
      if (key instanceof Layer<?> layer) {
        ArrayNode array = root.putArray(layer.name());
        for (Spanned a : doc.findLayer(layer).orElseThrow()) {
          array.add(annotation(a, doc.text()));
        }
      } else if (key instanceof Facet<?> facet) {
        root.set(facet.name(), value(doc.find(facet).orElseThrow(), doc.text()));
      }
    }
    return root;
  }

  /** Compact JSON on one line. */
  public static String toJson(Document doc, Options options) {
    return toTree(doc, options).toString();
  }

  /**
   * Canonical JSON for golden files and diffs: keys sorted, one annotation per line.
   */
  public static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    writeCanonical(sorted(node), 0, out);
    out.append('\n');
    return out.toString();
  }

  /** One annotation as a JSON object: start, end, text, then its other fields. */
  public static ObjectNode annotation(Spanned a, String text) {
    ObjectNode node = NODES.objectNode();
    Span span = a.span();
    node.put("start", span.start());
    node.put("end", span.end());
    node.put("text", span.in(text));
    writeComponents(a, text, node, Set.of("span"));
    return node;
  }

  private static JsonNode value(Object v, String text) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Span s) {
      ObjectNode n = NODES.objectNode();
      n.put("start", s.start());
      n.put("end", s.end());
      n.put("text", s.in(text));
      return n;
    }
    if (v instanceof Spanned sp) {
      return annotation(sp, text);
    }
    if (v instanceof List<?> list) {
      ArrayNode arr = NODES.arrayNode();
      for (Object o : list) {
        arr.add(value(o, text));
      }
      return arr;
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode n = NODES.objectNode();
      map.forEach((k, val) -> n.set(String.valueOf(k), value(val, text)));
      return n;
    }
    if (v instanceof TemporalAccessor || v instanceof CharSequence) {
      return NODES.textNode(v.toString());
    }
    if (v.getClass().isRecord()) {
      RecordComponent[] comps = v.getClass().getRecordComponents();
      if (comps.length == 1 && List.class.isAssignableFrom(comps[0].getType())) {
        // A wrapper of one list (Entities) is written as the list itself.
        return value(read(comps[0], v), text);
      }
      ObjectNode n = NODES.objectNode();
      writeComponents(v, text, n, Set.of());
      return n;
    }
    return MAPPER.valueToTree(v);
  }

  private static void writeComponents(Object rec, String text, ObjectNode node, Set<String> skip) {
    for (RecordComponent c : rec.getClass().getRecordComponents()) {
      if (skip.contains(c.getName())) {
        continue;
      }
      Object v = read(c, rec);
      if (v == null) {
        continue;
      }
      node.set(c.getName(), value(v, text));
    }
  }

  private static Object read(RecordComponent c, Object rec) {
    try {
      return c.getAccessor().invoke(rec);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c + " of " + rec.getClass(), e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String n : names) {
        out.set(n, sorted(node.get(n)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }

  private static void writeCanonical(JsonNode node, int depth, StringBuilder out) {
    if (depth > 0 || !node.isObject()) {
      if (node.isArray() && depth == 1 && node.size() > 0 && node.get(0).isContainerNode()) {
        out.append("[\n");
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          out.append("  ").append(it.next().toString());
          out.append(it.hasNext() ? ",\n" : "\n");
        }
        out.append("]");
      } else {
        out.append(node.toString());
      }
      return;
    }
    out.append("{\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.append(NODES.textNode(e.getKey()).toString()).append(": ");
      writeCanonical(e.getValue(), depth + 1, out);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    out.append("}");
  }
}
