package org.newsgraph.extract.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A page's JSON-LD, read leniently and within bounds: the things it describes (top-level
 * objects, members of {@code @graph}, an object's {@code mainEntity}), in page order.
 *
 * <p>Broken blocks are common on the web (raw line breaks in strings, trailing commas, HTML
 * comments around the JSON, two objects in one block): what parses before the damage counts, a
 * block that does not parse at all is skipped, and nothing throws.
 */
final class JsonLd {

  /**
   * Nesting depth accepted. Real JSON-LD nests five or six levels (article, author, image,
   * address); deeper is a hostile page, and Jackson's recursion would cost stack.
   */
  static final int MAX_DEPTH = 40;

  /** Things kept: an article page describes a handful; catalogues describe hundreds. */
  static final int MAX_THINGS = 64;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(PageIndex.MAX_JSON_LD_CHARS)
                          .build())
                  .build())
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
              JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
              JsonReadFeature.ALLOW_MISSING_VALUES)
          .build();

  static final JsonLd EMPTY = new JsonLd(List.of());

  private final List<JsonNode> things;

  private JsonLd(List<JsonNode> things) {
    this.things = List.copyOf(things);
  }

  static JsonLd parse(List<String> blocks) {
    List<JsonNode> things = new ArrayList<>();
    for (String block : blocks) {
      for (JsonNode root : roots(unwrap(block))) {
        collect(root, things, 0);
      }
    }
    return things.isEmpty() ? EMPTY : new JsonLd(things);
  }

  /** Removes the HTML comment and CDATA wrappers some sites put around the JSON. */
  private static String unwrap(String block) {
    String s = block.strip();
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    return s.replace("<![CDATA[", "").replace("]]>", "");
  }

  /** The root values of a block: usually one, sometimes several in a row. */
  private static List<JsonNode> roots(String s) {
    List<JsonNode> out = new ArrayList<>(1);
    if (s.isBlank()) {
      return out;
    }
    try (JsonParser p = MAPPER.createParser(s)) {
      while (out.size() < MAX_THINGS) {
        JsonToken t = p.nextToken();
        if (t == null) {
          break;
        }
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
          break; // not JSON-LD (a bare value, or garbage after the data)
        }
        JsonNode n = MAPPER.readTree(p);
        if (n != null) {
          out.add(n);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Damage after the first values: keep what parsed.
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || out.size() >= MAX_THINGS || depth > 3) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out, depth + 1);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    JsonNode graph = n.get("@graph");
    if (graph != null) {
      collect(graph, out, depth + 1);
    }
    if (n.has("@type")) {
      out.add(n);
    }
    for (String f : new String[] {"mainEntity", "mainEntityOfPage"}) {
      JsonNode main = n.get(f);
      if (main != null && main.isObject() && main.has("@type") && isArticle(main)) {
        collect(main, out, depth + 1);
      }
    }
  }

  List<JsonNode> things() {
    return things;
  }

  /** The thing whose {@code @id} is {@code id}, or {@code null}. */
  JsonNode byId(String id) {
    if (id == null || id.isEmpty()) {
      return null;
    }
    for (JsonNode n : things) {
      JsonNode i = n.get("@id");
      if (i != null && id.equals(i.asText())) {
        return n;
      }
    }
    return null;
  }

  /** The things of article types (NewsArticle, BlogPosting, ReportageNewsArticle, ...). */
  List<JsonNode> articles() {
    return select(JsonLd::isArticle);
  }

  /** The things of web page types (WebPage, ItemPage, ...). */
  List<JsonNode> pages() {
    return select(n -> hasType(n, t -> t.endsWith("page")));
  }

  List<JsonNode> select(Predicate<JsonNode> p) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : things) {
      if (p.test(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Article-like types: *Article, *Posting, Report. */
  static boolean isArticle(JsonNode n) {
    return hasType(
        n, t -> t.endsWith("article") || t.endsWith("posting") || t.equals("report"));
  }

  /**
   * Whether one of the thing's types (lower case, without a vocabulary prefix such as {@code
   * http://schema.org/}) passes the test.
   */
  static boolean hasType(JsonNode n, Predicate<String> test) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode one : t) {
        if (one.isTextual() && test.test(simpleType(one.asText()))) {
          return true;
        }
      }
      return false;
    }
    return t.isTextual() && test.test(simpleType(t.asText()));
  }

  static String simpleType(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A text field: a string, the first string of an array, or an {@code @value}; HTML entities
   * decoded (some sites escape them twice), whitespace collapsed. {@code null} when absent.
   */
  static String text(JsonNode n, String field) {
    if (n == null) {
      return null;
    }
    JsonNode v = n.get(field);
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      v = v.size() == 0 ? null : v.get(0);
    }
    if (v != null && v.isObject()) {
      v = v.get("@value");
    }
    if (v == null || !(v.isTextual() || v.isNumber())) {
      return null;
    }
    return PageIndex.clean(v.asText());
  }

}
