package org.newsgraph.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.StoreExport.StoredArticle;
import org.newsgraph.store.Tables;
import org.newsgraph.store.Tables.Table;

/** GKG rows from hand-made rows: every field's form, and hostile names, quotes and titles. */
class GkgRowTest {

  private static final String TEXT =
      "Smith, Jones & Co. said: \"We stay; we fight # no | deal\".\tOn 2020-06-11 some\n"
          + "5,200 troops, 12 killed.";

  private static Map<String, Object> article() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", "u0123456789abcdef");
    a.put("url", "https://WWW.Example.org/a?b=1");
    a.put("canonical_url", null);
    a.put("title", "A <title> & \"more\"\twith\ntabs");
    a.put("site_name", "Example");
    a.put("language", "en");
    a.put("authors", List.of("Ann; Lee", "Bo\tKim"));
    a.put("published", LocalDate.of(2020, 6, 11));
    a.put("published_at", OffsetDateTime.of(2020, 6, 11, 18, 30, 5, 0, ZoneOffset.ofHours(2)));
    a.put("image_url", "https://example.org/i.jpg");
    a.put("ingested_at", OffsetDateTime.of(2021, 1, 2, 3, 4, 5, 600, ZoneOffset.UTC));
    a.put("text", TEXT);
    return a;
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static StoredArticle full() {
    Map<Table, List<Map<String, Object>>> rows = new HashMap<>();
    rows.put(
        Tables.ENTITIES,
        List.of(
            row("entity_id", "e1", "type", "PER", "name", "Smith, John"),
            row("entity_id", "e2", "type", "ORG", "name", "Jones & Co.|#"),
            row("entity_id", "e3", "type", "LOC", "name", "Paris")));
    rows.put(
        Tables.MENTIONS,
        List.of(
            row(
                "entity_id",
                "e1",
                "kind",
                "name",
                "char_start",
                0,
                "char_end",
                5,
                "surface",
                "Smith"),
            row(
                "entity_id",
                "e2",
                "kind",
                "name",
                "char_start",
                7,
                "char_end",
                18,
                "surface",
                "Jones & Co."),
            row(
                "entity_id",
                "e1",
                "kind",
                "pronoun",
                "char_start",
                26,
                "char_end",
                28,
                "surface",
                "We"),
            row(
                "entity_id",
                "e1",
                "kind",
                "alias",
                "char_start",
                0,
                "char_end",
                5,
                "surface",
                "Smith")));
    int q = TEXT.indexOf("We stay");
    int qe = TEXT.indexOf("deal") + 4;
    rows.put(
        Tables.QUOTATIONS,
        List.of(
            row(
                "kind",
                "direct",
                "char_start",
                q,
                "char_end",
                qe,
                "text",
                TEXT.substring(q, qe),
                "cue",
                "said"),
            row(
                "kind",
                "scare",
                "char_start",
                q,
                "char_end",
                q + 7,
                "text",
                "We stay",
                "cue",
                null),
            row(
                "kind",
                "mixed",
                "char_start",
                0,
                "char_end",
                18,
                "text",
                "Smith, Jones & Co.",
                "cue",
                "said")));
    rows.put(
        Tables.TIMEXES,
        List.of(
            row("type", "DATE", "value", "2020-06-11", "char_start", 62),
            row("type", "DATE", "value", "2020-06", "char_start", 62),
            row("type", "DATE", "value", "2020", "char_start", 62),
            row("type", "DATE", "value", "XXXX-06-11", "char_start", 62),
            row("type", "DATE", "value", "2020-W24", "char_start", 62),
            row("type", "DATE", "value", "2020-13", "char_start", 62),
            row("type", "DURATION", "value", "P6M", "char_start", 62),
            row("type", "TIME", "value", "2020-06-11T10:00", "char_start", 62)));
    int c = TEXT.indexOf("5,200");
    int k = TEXT.indexOf("12 killed");
    rows.put(
        Tables.COUNTS,
        List.of(
            row("char_start", c, "value", 5200.0, "object", "troops; #1, |x|", "kind", null),
            row("char_start", k, "value", 12.0, "object", null, "kind", "killed"),
            row("char_start", k, "value", 2.5, "object", "bags", "kind", "looted")));
    return new StoredArticle(article(), rows, 7);
  }

  private static Map<String, String> fields(StoredArticle a) {
    String line = GkgRow.line(a);
    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    String[] f = line.split("\t", -1);
    assertThat(f).hasSize(27);
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < f.length; i++) {
      m.put(GkgRow.FIELDS.get(i), f[i]);
    }
    return m;
  }

  @Test
  void everyFieldInItsGkgForm() {
    Map<String, String> f = fields(full());
    assertThat(f.get("GKGRECORDID")).isEqualTo("20210102030405-7");
    assertThat(f.get("V2.1DATE")).as("the stated time, in UTC").isEqualTo("20200611163005");
    assertThat(f.get("V2SOURCECOLLECTIONIDENTIFIER")).isEqualTo("1");
    assertThat(f.get("V2SOURCECOMMONNAME")).isEqualTo("example.org");
    assertThat(f.get("V2DOCUMENTIDENTIFIER")).isEqualTo("https://WWW.Example.org/a?b=1");
    assertThat(f.get("V1COUNTS")).isEqualTo("KILL#12##0######;LOOTED#2.5#bags#0######;");
    int k = TEXT.indexOf("12 killed");
    assertThat(f.get("V2.1COUNTS"))
        .isEqualTo("KILL#12##0#######" + k + ";LOOTED#2.5#bags#0#######" + k + ";");
    assertThat(f.get("V1PERSONS")).isEqualTo("Smith John");
    assertThat(f.get("V2ENHANCEDPERSONS"))
        .as("names and aliases, not pronouns")
        .isEqualTo("Smith John,0;Smith John,0");
    assertThat(f.get("V1ORGANIZATIONS")).isEqualTo("Jones & Co.");
    assertThat(f.get("V2ENHANCEDORGANIZATIONS")).isEqualTo("Jones & Co.,7");
    assertThat(f.get("V2.1ENHANCEDDATES"))
        .isEqualTo("3#6#11#2020#62;2#6#0#2020#62;1#0#0#2020#62;4#6#11#0#62");
    int q = TEXT.indexOf("We stay");
    int qe = TEXT.indexOf("deal") + 4;
    assertThat(f.get("V2.1QUOTATIONS"))
        .as("direct only: the mixed one is not in marks")
        .isEqualTo(q + "|" + (qe - q) + "|said|We stay; we fight no deal");
    assertThat(f.get("V2.1ALLNAMES")).isEqualTo("Smith,0;Jones & Co.,7;Smith,0");
    int c = TEXT.indexOf("5,200");
    assertThat(f.get("V2.1AMOUNTS"))
        .isEqualTo("5200,troops 1 x," + c + ";12,," + k + ";2.5,bags," + k);
    assertThat(f.get("V2.1SHARINGIMAGE")).isEqualTo("https://example.org/i.jpg");
    assertThat(f.get("V2EXTRASXML"))
        .isEqualTo(
            "<PAGE_TITLE>A &lt;title&gt; &amp; \"more\" with tabs</PAGE_TITLE>"
                + "<PAGE_AUTHORS>Ann Lee;Bo Kim</PAGE_AUTHORS>"
                + "<PAGE_PRECISEPUBTIMESTAMP>20200611163005</PAGE_PRECISEPUBTIMESTAMP>"
                + "<NEWSGRAPH_ARTICLE_ID>u0123456789abcdef</NEWSGRAPH_ARTICLE_ID>"
                + "<NEWSGRAPH_LANGUAGE>en</NEWSGRAPH_LANGUAGE>");
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
      assertThat(f.get(empty)).as(empty).isEmpty();
    }
  }

  @Test
  void anArticleWithoutAddressDateOrAnalysisIsCitedAndLeftEmpty() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", "tfeedfacefeedface");
    a.put("title", "Un titre");
    a.put("site_name", "Le Site");
    a.put("url", "file:///tmp/a.txt");
    a.put("language", "fr");
    a.put("text", "Un texte.");
    a.put("ingested_at", OffsetDateTime.of(2021, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)));
    Map<String, String> f = fields(new StoredArticle(a, Map.of(), 1));
    assertThat(f.get("GKGRECORDID")).isEqualTo("20210102080405-1");
    assertThat(f.get("V2.1DATE")).isEqualTo("0");
    assertThat(f.get("V2SOURCECOLLECTIONIDENTIFIER")).isEqualTo("2");
    assertThat(f.get("V2SOURCECOMMONNAME")).isEqualTo("Le Site");
    assertThat(f.get("V2DOCUMENTIDENTIFIER")).isEqualTo("Le Site, Un titre");
    List<String> filled = new ArrayList<>();
    f.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            filled.add(k);
          }
        });
    assertThat(filled)
        .containsExactly(
            "GKGRECORDID",
            "V2.1DATE",
            "V2SOURCECOLLECTIONIDENTIFIER",
            "V2SOURCECOMMONNAME",
            "V2DOCUMENTIDENTIFIER",
            "V2EXTRASXML");

    a.put("site_name", "\"Quoted\" site");
    assertThat(fields(new StoredArticle(a, Map.of(), 1)).get("V2SOURCECOMMONNAME"))
        .as("no field opens with a double quote")
        .isEqualTo("\u201cQuoted\" site");
    a.put("published", LocalDate.of(2020, 6, 11));
    a.remove("title");
    a.remove("site_name");
    Map<String, String> g = fields(new StoredArticle(a, Map.of(), 1));
    assertThat(g.get("V2.1DATE")).as("a day without time").isEqualTo("20200611000000");
    assertThat(g.get("V2DOCUMENTIDENTIFIER")).isEqualTo("2020-06-11");
    a.remove("published");
    assertThat(fields(new StoredArticle(a, Map.of(), 1)).get("V2DOCUMENTIDENTIFIER"))
        .isEqualTo("newsgraph article tfeedfacefeedface");
  }

  @Test
  void textsAreCleanedOfControlsAndTheFieldsDelimiters() {
    assertThat(GkgRow.clean(" a\tb\r\n c\u2028d\u0000e  ", "")).isEqualTo("a b c d e");
    assertThat(GkgRow.clean("Washington, D.C.; #1 | x", ";,#|")).isEqualTo("Washington D.C. 1 x");
    assertThat(GkgRow.clean("a, b; c", "#|")).isEqualTo("a, b; c");
    assertThat(GkgRow.clean(null, "")).isNull();
    assertThat(GkgRow.number(5200.0)).isEqualTo("5200");
    assertThat(GkgRow.number(2.5)).isEqualTo("2.5");
    assertThat(GkgRow.number(1e20)).isEqualTo("100000000000000000000");
    assertThat(GkgRow.gkgDate("2020-02-30")).isNull();
    assertThat(GkgRow.gkgDate("XXXX-02-29")).isEqualTo("4#2#29#0");
    assertThat(GkgRow.gkgDate("XXXX-13-01")).isNull();
    assertThat(GkgRow.gkgDate("PRESENT_REF")).isNull();
    assertThat(GkgRow.host("http://Sub.Example.org:8080/x")).isEqualTo("sub.example.org");
    assertThat(GkgRow.host("not a url")).isNull();
    assertThat(GkgRow.opensQuoted("he said \"yes\"", 9)).isTrue();
    assertThat(GkgRow.opensQuoted("he said « yes »", 10)).isTrue();
    assertThat(GkgRow.opensQuoted("he said that yes", 13)).isFalse();
  }
}
