package org.newsgraph.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.json.RecordJson;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreReader;
import org.newsgraph.testkit.Golden;
import org.newsgraph.testkit.Shared;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The seed article, fully analyzed and ingested, exported: its GKG row against a golden file (in a
 * reviewable form, one field or list item per line) and parsed back field by field against the
 * store's tables; its JSON line against what {@code newsgraph analyze} prints.
 *
 * <p>The seed is given as a JSONL line with an address and a publication day (stand-ins: the
 * example file has neither), so that the URL, site and date fields are filled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportSeedTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/export/seed/expected.gkg.txt");
  private static final String URL =
      "https://www.example.org/en/20200611-us-to-reduce-troops-in-iraq";
  private static final LocalDate DAY = LocalDate.of(2020, 6, 11);
  private static final Duration T = Duration.ofSeconds(30);

  private Path store;
  private Path jsonl;
  private Newsgraph ng;
  private String seedText;

  @BeforeAll
  void ingest(@TempDir Path tmp) throws Exception {
    seedText = Files.readString(Shared.seedExample(), StandardCharsets.UTF_8);
    jsonl = tmp.resolve("seed.jsonl");
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("url", URL);
    line.put("published", DAY.toString());
    line.put("text", seedText);
    Files.writeString(jsonl, line + "\n", StandardCharsets.UTF_8);
    store = tmp.resolve("store");
    ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
    IngestJob.Options o =
        new IngestJob.Options(
            1, 200, Duration.ofSeconds(10), true, false, 15, IngestJob.Options.DEFAULTS.sources());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Store.Writer w = Store.openWriter(store)) {
      IngestJob.Summary s = new IngestJob(ng, w, o, quiet).run(List.of(jsonl.toString()));
      assertThat(s.ingested()).isEqualTo(1);
    }
  }

  private String export(Exporter.Format f) {
    StringWriter out = new StringWriter();
    Exporter.Summary s =
        Exporter.run(
            new Exporter.Options(f, store, "-", null, null, null, false),
            out,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.bytes()).isEqualTo(out.toString().getBytes(StandardCharsets.UTF_8).length);
    return out.toString();
  }

  @Test
  void gkgRowMatchesTheGoldenFile() {
    String tsv = export(Exporter.Format.GKG);
    assertThat(tsv).endsWith("\n").doesNotContain("\r");
    String row = tsv.substring(0, tsv.length() - 1);
    assertThat(row).doesNotContain("\n");
    // the ingest time is the run's: the golden file has the rest of the record id
    String stable = row.replaceFirst("^\\d{14}-", "YYYYMMDDHHMMSS-");
    Golden.assertMatches(GOLDEN, review(stable.split("\t", -1)));
  }

  /** One field per line; a list field's items one per line under it. */
  static String review(String[] f) {
    assertThat(f).hasSize(27);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      String name = GkgRow.FIELDS.get(i);
      String delim = itemDelimiter(name);
      if (delim == null || f[i].isEmpty()) {
        sb.append(name).append('\t').append(f[i]).append('\n');
        continue;
      }
      String[] items =
          name.equals("V2EXTRASXML")
              ? f[i].split("(?<=>)(?=<)")
              : f[i].split(Pattern.quote(delim), -1);
      sb.append(name).append(" (").append(items.length).append(")\n");
      for (String item : items) {
        sb.append('\t').append(item).append('\n');
      }
    }
    return sb.toString();
  }

  private static String itemDelimiter(String field) {
    return switch (field) {
      case "V1COUNTS",
              "V2.1COUNTS",
              "V1PERSONS",
              "V2ENHANCEDPERSONS",
              "V1ORGANIZATIONS",
              "V2ENHANCEDORGANIZATIONS",
              "V2.1ENHANCEDDATES",
              "V2.1ALLNAMES",
              "V2.1AMOUNTS" ->
          ";";
      case "V2.1QUOTATIONS" -> "#";
      case "V2EXTRASXML" -> "><";
      default -> null;
    };
  }

  @Test
  void gkgRowParsesBackFieldByFieldAndItsOffsetsPointAtTheWords() throws Exception {
    String tsv = export(Exporter.Format.GKG);
    List<String> lines = tsv.lines().toList();
    assertThat(lines).hasSize(1);
    String[] f = lines.get(0).split("\t", -1);
    assertThat(f).hasSize(27);
    Map<String, String> field = new HashMap<>();
    for (int i = 0; i < 27; i++) {
      field.put(GkgRow.FIELDS.get(i), f[i]);
    }
    assertThat(field.get("GKGRECORDID")).matches("\\d{14}-[1-9]\\d*");
    assertThat(field.get("V2.1DATE")).isEqualTo("20200611000000");
    assertThat(field.get("V2SOURCECOLLECTIONIDENTIFIER")).isEqualTo("1");
    assertThat(field.get("V2SOURCECOMMONNAME")).isEqualTo("example.org");
    assertThat(field.get("V2DOCUMENTIDENTIFIER")).isEqualTo(URL);
    for (String empty :
        List.of(
            "V1THEMES",
            "V2ENHANCEDTHEMES",
            "V1LOCATIONS",
            "V2ENHANCEDLOCATIONS",
            "V1.5TONE",
            "V2GCAM",
            "V2.1RELATEDIMAGES",
            "V2.1SOCIALIMAGEEMBEDS",
            "V2.1SOCIALVIDEOEMBEDS",
            "V2.1TRANSLATIONINFO")) {
      assertThat(field.get(empty)).as(empty).isEmpty();
    }

    Element extras = xml(field.get("V2EXTRASXML"));
    String id = text(extras, "NEWSGRAPH_ARTICLE_ID");
    assertThat(text(extras, "NEWSGRAPH_LANGUAGE")).isEqualTo("en");
    // a plain text has no title, authors or precise time: GkgRowTest has them

    try (Store.Reader r = Store.openReader(store)) {
      StoreReader t = r.tables();
      String text =
          (String)
              t.query("SELECT text FROM articles WHERE id = ?", List.of(id), 1, T)
                  .rows()
                  .get(0)
                  .get(0);
      Map<Integer, List<Object>> mentions =
          byStart(
              t,
              "SELECT m.char_start, m.surface, m.kind,"
                  + " e.name, e.type, e.variants FROM mentions m JOIN entities e ON e.article_id ="
                  + " m.article_id AND e.entity_id = m.entity_id WHERE m.article_id = ?",
              id);
      Map<Integer, List<Object>> counts =
          byStart(t, "SELECT char_start, surface, kind FROM counts WHERE article_id = ?", id);
      Map<Integer, List<Object>> timexes =
          byStart(
              t,
              "SELECT char_start, surface, value FROM timexes WHERE article_id = ? AND type ="
                  + " 'DATE'",
              id);

      // counts: TYPE#number#object#0###### and the offset; each item ends with ';'
      assertThat(field.get("V1COUNTS")).isNotEmpty().endsWith(";");
      List<String> v1 =
          items(field.get("V1COUNTS").substring(0, field.get("V1COUNTS").length() - 1), ";");
      List<String> v21 =
          items(field.get("V2.1COUNTS").substring(0, field.get("V2.1COUNTS").length() - 1), ";");
      assertThat(v21).hasSameSizeAs(v1);
      for (int i = 0; i < v1.size(); i++) {
        String[] p = v1.get(i).split("#", -1);
        assertThat(p).as(v1.get(i)).hasSize(10);
        assertThat(p[0]).matches("[A-Z][A-Z0-9_]*");
        assertThat(p[1]).matches("\\d+");
        assertThat(p[3]).isEqualTo("0");
        assertThat(List.of(p).subList(4, 10)).containsOnly("");
        String[] q = v21.get(i).split("#", -1);
        assertThat(q).hasSize(11);
        assertThat(String.join("#", List.of(q).subList(0, 10))).isEqualTo(v1.get(i));
        int at = Integer.parseInt(q[10]);
        assertThat(counts).as("a count starts at %d", at).containsKey(at);
        assertThat(text.startsWith((String) counts.get(at).get(1), at)).isTrue();
        assertThat(counts.get(at).get(2)).as("an event count").isNotNull();
      }

      // persons and organizations: V1 the names, V2 name,offset at a name of that entity
      for (String[] kind :
          List.of(new String[] {"PERSONS", "PER"}, new String[] {"ORGANIZATIONS", "ORG"})) {
        List<String> names = items(field.get("V1" + kind[0]), ";");
        List<String> enhanced = items(field.get("V2ENHANCED" + kind[0]), ";");
        assertThat(enhanced).isNotEmpty();
        assertThat(names)
            .doesNotHaveDuplicates()
            .allMatch(n -> !n.isEmpty() && !n.matches(".*[,#|].*"));
        for (String item : enhanced) {
          String[] p = item.split(",", -1);
          assertThat(p).as(item).hasSize(2);
          int at = Integer.parseInt(p[1]);
          assertThat(names).contains(p[0]);
          List<Object> m = mentions.get(at);
          assertThat(m).as("a mention starts at %d (%s)", at, item).isNotNull();
          assertThat(m.get(3)).isEqualTo(p[0]);
          assertThat(m.get(4)).isEqualTo(kind[1]);
          assertThat(text.startsWith((String) m.get(1), at)).isTrue();
          assertThat(Set.of("name", "alias")).contains((String) m.get(2));
        }
      }

      // all names: name,offset, as written at the offset
      List<String> all = items(field.get("V2.1ALLNAMES"), ";");
      assertThat(all).isNotEmpty();
      for (String item : all) {
        String[] p = item.split(",", -1);
        assertThat(p).as(item).hasSize(2);
        int at = Integer.parseInt(p[1]);
        assertThat(text.startsWith(p[0], at)).as("'%s' at %d", p[0], at).isTrue();
      }

      // dates: resolution#month#day#year#offset at a date expression
      List<String> dates = items(field.get("V2.1ENHANCEDDATES"), ";");
      assertThat(dates).isNotEmpty();
      for (String item : dates) {
        String[] p = item.split("#", -1);
        assertThat(p).as(item).hasSize(5);
        int res = Integer.parseInt(p[0]);
        int month = Integer.parseInt(p[1]);
        int day = Integer.parseInt(p[2]);
        int year = Integer.parseInt(p[3]);
        assertThat(res).isBetween(1, 4);
        assertThat(month == 0).isEqualTo(res == 1);
        assertThat(day == 0).isEqualTo(res == 1 || res == 2);
        assertThat(year == 0).isEqualTo(res == 4);
        assertThat(timexes).containsKey(Integer.parseInt(p[4]));
      }

      // quotations: offset|length|verb|quote, the quote's words at offset
      List<String> quotes = items(field.get("V2.1QUOTATIONS"), "#");
      assertThat(quotes).isNotEmpty();
      for (String item : quotes) {
        String[] p = item.split("\\|", -1);
        assertThat(p).as(item).hasSize(4);
        int at = Integer.parseInt(p[0]);
        int len = Integer.parseInt(p[1]);
        assertThat(at + len).isLessThanOrEqualTo(text.length());
        assertThat(GkgRow.opensQuoted(text, at)).as("in quotation marks: %s", item).isTrue();
        String span = squeeze(text.substring(at, at + len));
        assertThat(span).startsWith(squeeze(p[3].split(" … ")[0]));
        assertThat(p[3]).isNotEmpty();
      }

      // amounts: amount,object,offset at a count
      List<String> amounts = items(field.get("V2.1AMOUNTS"), ";");
      assertThat(amounts).hasSizeGreaterThanOrEqualTo(v1.size());
      for (String item : amounts) {
        String[] p = item.split(",", -1);
        assertThat(p).as(item).hasSize(3);
        assertThat(p[0]).matches("-?\\d+(\\.\\d+)?");
        assertThat(counts).containsKey(Integer.parseInt(p[2]));
      }
    }
  }

  @Test
  void jsonLineIsTheRecordAnalyzePrintsWithTheStoreIds() throws Exception {
    String out = export(Exporter.Format.JSONL);
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(1);
    ObjectMapper json = new ObjectMapper();
    ObjectNode line = (ObjectNode) json.readTree(lines.get(0));
    assertThat(line.get("articleId").asText()).startsWith("u");
    assertThat(line.get("text").asText()).isNotEmpty();
    int linked = 0;
    for (JsonNode e : line.get("entities")) {
      if (e.has("corpusId")) {
        linked++;
        assertThat(e.get("corpusId").asText()).contains(":");
      }
      ((ObjectNode) e).remove("corpusId");
    }
    assertThat(linked).isPositive();
    line.remove("articleId");

    Outcome o =
        ng.analyze(
            new RawInput(
                jsonl.toString() + ":1",
                seedText.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "UTF-8"),
            // the date as the JSONL line gave it, with that evidence
            new AnalyzeOptions(DAY, "jsonl published", null, URL, null, null));
    ObjectNode analyzed = RecordJson.toTree(o.requireDocument(), RecordJson.Options.DEFAULT);
    assertThat(line.get("source").get("name").asText()).endsWith("seed.jsonl:1");
    line.remove("source");
    analyzed.remove("source");
    // the same fields in the same order
    assertThat(line.toString()).isEqualTo(analyzed.toString());
  }

  @Test
  void parquetFilesHoldTheTables(@TempDir Path out) throws Exception {
    Exporter.Summary s =
        Exporter.run(
            new Exporter.Options(
                Exporter.Format.PARQUET, store, out.toString(), null, null, null, false),
            new StringWriter(),
            System.err);
    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.files()).hasSize(10);
    assertThat(Files.exists(out.resolve("mentions.parquet"))).isTrue();
    long mentions =
        s.files().stream()
            .filter(w -> w.table().name().equals("mentions"))
            .findFirst()
            .orElseThrow()
            .rows();
    try (Store.Reader r = Store.openReader(store)) {
      assertThat(
              r.tables()
                  .query("SELECT count(*) FROM mentions", List.of(), 1, T)
                  .rows()
                  .get(0)
                  .get(0))
          .isEqualTo(mentions);
    }
  }

  private static Map<Integer, List<Object>> byStart(StoreReader t, String sql, String id) {
    Map<Integer, List<Object>> m = new HashMap<>();
    for (List<Object> row : t.query(sql, List.of(id), 100_000, T).rows()) {
      m.putIfAbsent(((Number) row.get(0)).intValue(), row);
    }
    return m;
  }

  private static List<String> items(String value, String delimiter) {
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(value.split(Pattern.quote(delimiter), -1)));
    assertThat(out).as("no empty item in %s", value).allMatch(s -> !s.isEmpty());
    return out;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Element xml(String fragment) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new InputSource(new StringReader("<extras>" + fragment + "</extras>")))
        .getDocumentElement();
  }

  private static String text(Element root, String tag) {
    Node n = root.getElementsByTagName(tag).item(0);
    assertThat(n).as(tag).isNotNull();
    return n.getTextContent();
  }
}
