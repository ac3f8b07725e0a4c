package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.Http.Answer;

/**
 * The hand-written OpenAPI document against the server: the same routes, the same parameters, and
 * every bound it states enforced (a value past it answers 400 naming the parameter).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

  private static final String TOKEN = "openapi-test-token-0123";
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private NewsgraphServer server;
  private Http http;
  private JsonNode doc;

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    server = TestCorpus.serve(TestCorpus.pagesOnly(tmp, 2), TOKEN);
    http = new Http(server);
    doc = new ObjectMapper().readTree(MetaRoutes.openapi());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Set<String> documentedRoutes() {
    Set<String> out = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p -> {
              for (String m : METHODS) {
                if (p.getValue().has(m)) {
                  out.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                }
              }
            });
    return out;
  }

  @Test
  void everyRouteOfTheServerIsDocumentedAndEveryDocumentedRouteExists() {
    Set<String> registered = new TreeSet<>(server.registeredRoutes());
    assertThat(registered).hasSizeGreaterThanOrEqualTo(11);
    assertThat(documentedRoutes()).isEqualTo(registered);
    Set<String> declared = new TreeSet<>();
    server.routes().forEach(r -> declared.add(r.method() + " " + r.path()));
    assertThat(declared)
        .as("every endpoint goes through Routes, which checks its parameters")
        .isEqualTo(registered);
  }

  /** The operation's parameters, $refs resolved. */
  private List<JsonNode> parameters(JsonNode op) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      if (p.has("$ref")) {
        String ref = p.get("$ref").asText();
        assertThat(ref).startsWith("#/components/parameters/");
        p = doc.at(ref.substring(1));
        assertThat(p.isMissingNode()).as(ref).isFalse();
      }
      out.add(p);
    }
    return out;
  }

  private JsonNode operation(Routes.Route r) {
    return doc.get("paths").get(r.path()).get(r.method().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void eachRouteTakesTheDocumentedParametersAndNoOthers() {
    Pattern pathParam = Pattern.compile("\\{(\\w+)}");
    for (Routes.Route r : server.routes()) {
      JsonNode op = operation(r);
      List<String> query = new ArrayList<>();
      List<String> path = new ArrayList<>();
      for (JsonNode p : parameters(op)) {
        assertThat(p.path("description").asText()).as(r + " " + p.get("name")).isNotBlank();
        assertThat(p.has("schema")).as(r + " " + p.get("name")).isTrue();
        (p.get("in").asText().equals("query") ? query : path).add(p.get("name").asText());
      }
      assertThat(query).as(r.toString()).containsExactlyInAnyOrderElementsOf(r.query());
      List<String> inPath = new ArrayList<>();
      Matcher m = pathParam.matcher(r.path());
      while (m.find()) {
        inPath.add(m.group(1));
      }
      assertThat(path).as(r.toString()).containsExactlyInAnyOrderElementsOf(inPath);
      assertThat(op.path("responses").has("200") || op.path("responses").has("202"))
          .as(r.toString())
          .isTrue();
      if (!query.isEmpty() || !path.isEmpty()) {
        assertThat(op.path("responses").has("400")).as(r.toString()).isTrue();
      }
    }
  }

  /** A request to a route with its required parameters set to their documented examples. */
  private record Probe(
      Routes.Route route, String path, Map<String, List<String>> query, boolean secured) {
    Probe with(String name, List<String> values) {
      Map<String, List<String>> q = new LinkedHashMap<>(query);
      if (values == null) {
        q.remove(name);
      } else {
        q.put(name, values);
      }
      return new Probe(route, path, q, secured);
    }

    String url() {
      StringBuilder b = new StringBuilder(path);
      char sep = '?';
      for (Map.Entry<String, List<String>> e : query.entrySet()) {
        for (String v : e.getValue()) {
          b.append(sep).append(Http.enc(e.getKey())).append('=').append(Http.enc(v));
          sep = '&';
        }
      }
      return b.toString();
    }
  }

  private Probe probe(Routes.Route r) {
    JsonNode op = operation(r);
    String path = r.path();
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (JsonNode p : parameters(op)) {
      String name = p.get("name").asText();
      if (p.get("in").asText().equals("path")) {
        path = path.replace("{" + name + "}", Http.enc(p.get("example").asText()));
      } else if (p.path("required").asBoolean()) {
        query.put(name, List.of(p.get("example").asText()));
      }
    }
    return new Probe(r, path, query, op.has("security"));
  }

  private Answer send(Probe p) throws Exception {
    return http.get(p.url(), p.secured() ? TOKEN : null);
  }

  /** Values the schema forbids, each with what it breaks. */
  private static Map<String, List<String>> forbidden(JsonNode schema) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String type = schema.path("type").asText();
    if (type.equals("integer")) {
      out.put("not a number", List.of("x1"));
      if (schema.has("minimum")) {
        out.put("below minimum", List.of(Long.toString(schema.get("minimum").asLong() - 1)));
      }
      if (schema.has("maximum")) {
        out.put("above maximum", List.of(Long.toString(schema.get("maximum").asLong() + 1)));
      }
    } else if (type.equals("string")) {
      if (schema.path("format").asText().equals("date")) {
        out.put("not a day", List.of("2020-02-30"));
        out.put("not YYYY-MM-DD", List.of("20200601"));
      }
      if (schema.has("enum")) {
        out.put("not in the enum", List.of("bogus-value"));
      }
      if (schema.has("pattern")) {
        out.put("not matching the pattern", List.of("Z!"));
        assertThat("Z!").doesNotMatch(schema.get("pattern").asText());
      }
      if (schema.has("maxLength")) {
        out.put("too long", List.of("x".repeat(schema.get("maxLength").asInt() + 1)));
      }
    } else if (type.equals("array")) {
      JsonNode items = schema.path("items");
      if (items.has("maxLength")) {
        out.put("an item too long", List.of("x".repeat(items.get("maxLength").asInt() + 1)));
      }
      if (schema.has("maxItems")) {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
          many.add("Baghdad");
        }
        out.put("too many items", many);
      }
    }
    return out;
  }

  /** Values at the schema's bounds, which must be accepted. */
  private static Map<String, List<String>> allowed(JsonNode schema) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String type = schema.path("type").asText();
    if (type.equals("integer")) {
      if (schema.has("minimum")) {
        out.put("at its minimum", List.of(schema.get("minimum").asText()));
      }
      if (schema.has("maximum")) {
        out.put("at its maximum", List.of(schema.get("maximum").asText()));
      }
    } else if (type.equals("string") && schema.has("maxLength")) {
      out.put("at its longest", List.of("x".repeat(schema.get("maxLength").asInt())));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedBoundIsEnforced() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Routes.Route r : server.routes()) {
      if (!r.method().equals("GET")) {
        continue;
      }
      Probe base = probe(r);
      tests.add(
          DynamicTest.dynamicTest(
              r + " with its examples is not refused",
              () -> {
                Answer a = send(base);
                assertThat(a.status()).as(a.toString()).isIn(200, 404);
              }));
      for (JsonNode p : parameters(operation(r))) {
        String name = p.get("name").asText();
        boolean inPath = p.get("in").asText().equals("path");
        if (p.path("required").asBoolean() && !inPath) {
          tests.add(
              DynamicTest.dynamicTest(
                  r + " without " + name,
                  () -> {
                    Answer a = send(base.with(name, null));
                    assertThat(a.status()).as(a.toString()).isEqualTo(400);
                    assertThat(a.parameter()).isEqualTo(name);
                  }));
        }
        for (Map.Entry<String, List<String>> good : allowed(p.get("schema")).entrySet()) {
          tests.add(
              DynamicTest.dynamicTest(
                  r + " " + name + " " + good.getKey(),
                  () -> {
                    Probe probe =
                        inPath
                            ? new Probe(
                                r,
                                probe(r)
                                    .path()
                                    .replace(
                                        Http.enc(p.get("example").asText()),
                                        Http.enc(good.getValue().get(0))),
                                base.query(),
                                base.secured())
                            : base.with(name, good.getValue());
                    Answer a = send(probe);
                    assertThat(a.status()).as(probe.url() + " -> " + a).isIn(200, 404);
                  }));
        }
        for (Map.Entry<String, List<String>> bad : forbidden(p.get("schema")).entrySet()) {
          tests.add(
              DynamicTest.dynamicTest(
                  r + " " + name + ": " + bad.getKey(),
                  () -> {
                    Probe probe =
                        inPath
                            ? new Probe(
                                r,
                                probe(r)
                                    .path()
                                    .replace(
                                        Http.enc(p.get("example").asText()),
                                        Http.enc(bad.getValue().get(0))),
                                base.query(),
                                base.secured())
                            : base.with(name, bad.getValue());
                    Answer a = send(probe);
                    assertThat(a.status()).as(probe.url() + " -> " + a).isEqualTo(400);
                    assertThat(a.parameter()).isEqualTo(name);
                  }));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(40);
    return tests.stream();
  }

  @Test
  void everyReferencedSchemaExists() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode n, List<String> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      }
    } else if (n.isArray()) {
      n.forEach(c -> collectRefs(c, out));
    }
  }
}
