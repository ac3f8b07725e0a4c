package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestConfig;

class JsonlSourceTest {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void htmlAndTextLinesBecomeInputsWithTheirUrlAndDate() throws IOException {
    Path f =
        write(
            "corpus.jsonl",
            "{\"url\": \"https://news.example.org/a\", \"html\": \"<html><head><meta"
                + " charset=windows-1252></head><body><p>Caf\u00e9</p></body></html>\","
                + " \"published\": \"2020-06-11\", \"title\": \"A\", \"id\": 7}",
            "",
            "   ",
            "{\"url\": \"https://news.example.org/b\", \"text\": \"Baghdad (AFP) - Plain text.\","
                + " \"published\": \"2020-06-10T23:30:00-04:00\"}",
            "{\"text\": \"No url, no date.\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).hasSize(3);

    SourceItem a = items.get(0);
    assertThat(a.ok()).isTrue();
    assertThat(a.key()).isEqualTo(f.toAbsolutePath() + "#1");
    assertThat(a.name()).isEqualTo(f + ":1");
    assertThat(a.url()).isEqualTo("https://news.example.org/a");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(a.publishedEvidence()).isEqualTo("jsonl published");
    assertThat(a.input().mediaTypeHint()).isEqualTo("text/html");
    assertThat(a.input().declaredCharset())
        .as("JSON strings are Unicode: UTF-8 bytes, whatever the page's meta says")
        .isEqualTo("UTF-8");
    assertThat(Drain.text(a)).contains("<p>Caf\u00e9</p>");
    assertThat(a.title()).isEqualTo("A");

    SourceItem b = items.get(1);
    assertThat(b.key()).as("blank lines count as lines").endsWith("#4");
    assertThat(b.name()).endsWith(":4");
    assertThat(b.input().mediaTypeHint()).isEqualTo("text/plain");
    assertThat(b.published())
        .as("the date as written, not moved to UTC")
        .isEqualTo(LocalDate.of(2020, 6, 10));

    SourceItem c = items.get(2);
    assertThat(c.url()).isNull();
    assertThat(c.published()).isNull();
    assertThat(c.publishedEvidence()).isNull();
  }

  @Test
  void badLinesAreFailedItemsNamingFileAndLineAndTheRestIsRead() throws IOException {
    Path f =
        write(
            "bad.jsonl",
            "not json at all",
            "[1, 2]",
            "{\"url\": \"https://x.example/\"}",
            "{\"text\": \"t\", \"published\": \"June 11th\"}",
            "{\"text\": \"t\", \"url\": 42}",
            "{\"html\": \"\"}",
            "{\"text\": \"a\", \"text\": \"b\"}",
            "{\"text\": \"t\"} trailing",
            "{\"text\": \"fine\", \"published\": \"2020-06-11 08:00:00\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).hasSize(9);
    for (int i = 0; i < 8; i++) {
      assertThat(items.get(i).ok()).as(items.get(i).message()).isFalse();
      assertThat(items.get(i).name()).isEqualTo(f + ":" + (i + 1));
    }
    assertThat(items.get(0).failure()).startsWith("is not JSON");
    assertThat(items.get(1).failure()).startsWith("is not a JSON object but an array");
    assertThat(items.get(2).failure()).startsWith("has neither \"html\" nor \"text\"");
    assertThat(items.get(3).failure())
        .contains("not an ISO date or date-time (\"June 11th\")")
        .contains("2020-06-11");
    assertThat(items.get(4).failure()).contains("\"url\" that is a number");
    assertThat(items.get(5).failure()).contains("empty \"html\"");
    assertThat(items.get(6).failure()).contains("Duplicate field 'text'");
    assertThat(items.get(7).failure()).startsWith("is not JSON");
    assertThat(items.get(8).ok()).isTrue();
    assertThat(items.get(8).published()).isEqualTo(LocalDate.of(2020, 6, 11));
  }

  @Test
  void aLineOverItsBoundIsSkippedWithoutHoldingItAndTheNextLineIsRead() throws IOException {
    IngestConfig small = IngestConfig.DEFAULTS.withMaxBytes(1000);
    long bound = 1000L * JsonlSource.LINE_FACTOR + 64 * 1024;
    String huge = "{\"text\": \"" + "x".repeat((int) bound + 10) + "\"}";
    String big = "{\"text\": \"" + "y".repeat(1500) + "\"}";
    Path f = write("long.jsonl", huge, big, "{\"text\": \"ok\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS.withLimits(small));
    assertThat(items).hasSize(3);
    assertThat(items.get(0).failure()).startsWith("is longer than " + bound + " bytes");
    assertThat(items.get(1).failure())
        .contains("is larger than the limit of 1000 bytes (1500 bytes)");
    assertThat(items.get(2).ok()).isTrue();
    assertThat(items.get(2).key()).endsWith("#3");
  }

  @Test
  void gzippedJsonlStreamsAndCountsCompressedBytes() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{\"text\": \"article ").append(i).append("\"}\r\n");
    }
    Path f = dir.resolve("c.jsonl.gz");
    Files.write(f, Warcs.gzip(sb.toString().getBytes(StandardCharsets.UTF_8)));
    try (Source s = Sources.open(f.toString(), SourceConfig.DEFAULTS)) {
      assertThat(s.describe()).isEqualTo("JSONL " + f);
      List<SourceItem> items = Drain.all(s);
      assertThat(items).hasSize(50).allMatch(SourceItem::ok);
      assertThat(Drain.text(items.get(49))).isEqualTo("article 49");
      assertThat(s.bytesRead()).isEqualTo(s.totalBytes()).isEqualTo(Files.size(f));
    }
  }

  @Test
  void aFinalLineWithoutNewlineIsRead() throws IOException {
    Path f = dir.resolve("last.jsonl");
    Files.writeString(f, "{\"text\": \"one\"}\n{\"text\": \"two\"}", StandardCharsets.UTF_8);
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).extracting(Drain::text).containsExactly("one", "two");
  }

  @Test
  void isoDatesAndDateTimesGiveTheDateAsWritten() throws Exception {
    LocalDate day = LocalDate.of(2020, 6, 11);
    assertThat(JsonlSource.date("published", "2020-06-11")).isEqualTo(day);
    assertThat(JsonlSource.date("published", "2020-06-11T23:59:59Z")).isEqualTo(day);
    assertThat(JsonlSource.date("published", "2020-06-11T01:00:00+09:00")).isEqualTo(day);
    assertThat(JsonlSource.date("published", "2020-06-11T10:15:30.123")).isEqualTo(day);
    assertThat(JsonlSource.date("publishing_date", "2020-06-11 15:47:42.389000+00:00"))
        .as("Fundus writes its dates so")
        .isEqualTo(day);
    assertThat(JsonlSource.date("published", null)).isNull();
  }

  @Test
  void aTitleIsTheArticlesTitleWithItsEvidence() throws IOException {
    Path f =
        write(
            "titled.jsonl",
            "{\"text\": \"Body.\", \"title\": \"  Storm hits\\n the coast \", \"id\": 3}",
            "{\"html\": \"<p>Page.</p>\", \"title\": \"Given headline\"}",
            "{\"text\": \"Body.\", \"title\": \"  \"}",
            "{\"text\": \"Body.\", \"title\": null}",
            "{\"text\": \"Body.\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).allMatch(SourceItem::ok);
    assertThat(items.get(0).title()).as("white space made single spaces").isEqualTo("Storm hits the coast");
    assertThat(items.get(0).titleEvidence()).isEqualTo("jsonl title");
    assertThat(items.get(1).title()).isEqualTo("Given headline");
    assertThat(items.get(1).input().mediaTypeHint()).isEqualTo("text/html");
    for (SourceItem untitled : items.subList(2, 5)) {
      assertThat(untitled.title()).as("blank, null or absent: no title").isNull();
      assertThat(untitled.titleEvidence()).isNull();
    }
  }

  @Test
  void aTitleOfAnotherTypeOrTooLongIsAFailedItemNamingTheField() throws IOException {
    Path f =
        write(
            "badtitle.jsonl",
            "{\"text\": \"Body.\", \"title\": 42}",
            "{\"text\": \"Body.\", \"title\": {\"main\": \"A\"}}",
            "{\"text\": \"Body.\", \"title\": [\"A\"]}",
            "{\"text\": \"Body.\", \"title\": \"" + "word ".repeat(300) + "\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).hasSize(4).noneMatch(SourceItem::ok);
    assertThat(items.get(0).message())
        .isEqualTo(f + ":1: has a \"title\" that is a number, not a string");
    assertThat(items.get(1).failure()).isEqualTo("has a \"title\" that is an object, not a string");
    assertThat(items.get(2).failure()).isEqualTo("has a \"title\" that is an array, not a string");
    assertThat(items.get(3).failure())
        .startsWith("has a \"title\" of 1499 characters, longer than a headline (at most 1000)");
  }

  @Test
  void theDateAliasesGiveThePublicationDate() throws IOException {
    Path f =
        write(
            "aliases.jsonl",
            "{\"text\": \"t\", \"date\": \"2008-03-01\"}",
            "{\"text\": \"t\", \"date_publish\": \"2017-03-02 00:00:00\"}",
            "{\"text\": \"t\", \"publishing_date\": \"2024-05-03 15:47:42.389000+00:00\"}",
            "{\"text\": \"t\", \"published\": \"2020-06-11\", \"date\": \"2020-06-11T10:00:00Z\"}",
            "{\"text\": \"t\", \"published\": null, \"date\": \"2020-06-12\"}",
            "{\"text\": \"t\", \"published\": \" \", \"date\": \"2020-06-13\"}",
            "{\"text\": \"t\", \"pubDate\": \"Wed, 10 Jun 2020 22:30:00 -0400\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).allMatch(SourceItem::ok);
    assertThat(items)
        .extracting(SourceItem::published)
        .containsExactly(
            LocalDate.of(2008, 3, 1),
            LocalDate.of(2017, 3, 2),
            LocalDate.of(2024, 5, 3),
            LocalDate.of(2020, 6, 11),
            LocalDate.of(2020, 6, 12),
            LocalDate.of(2020, 6, 13),
            null);
  }

  @Test
  void dateFieldsThatDisagreeOrDoNotParseAreFailedItemsNamingThem() throws IOException {
    Path f =
        write(
            "conflict.jsonl",
            "{\"text\": \"t\", \"published\": \"2020-06-11\", \"date\": \"2020-06-12\"}",
            "{\"text\": \"t\", \"date\": \"2020-06-11T23:00:00-04:00\","
                + " \"publishing_date\": \"2020-06-12T03:00:00Z\"}",
            "{\"text\": \"t\", \"date\": \"March 1, 2008\"}",
            "{\"text\": \"t\", \"date_publish\": 20080301}",
            "{\"text\": \"t\", \"published\": \"2020-06-11\", \"date\": \"June 11\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).hasSize(5).noneMatch(SourceItem::ok);
    assertThat(items.get(0).failure())
        .isEqualTo(
            "has a \"published\" (\"2020-06-11\") and a \"date\" (\"2020-06-12\") that give"
                + " different days; give the publication date once, or the same day in both");
    assertThat(items.get(1).failure())
        .as("each as written: the same moment, but two days")
        .startsWith("has a \"date\" (\"2020-06-11T23:00:00-04:00\") and a \"publishing_date\"");
    assertThat(items.get(2).failure())
        .isEqualTo(
            "has a \"date\" that is not an ISO date or date-time (\"March 1, 2008\"); write it as"
                + " 2020-06-11 or 2020-06-11T10:00:00Z");
    assertThat(items.get(3).failure()).isEqualTo("has a \"date_publish\" that is a number, not a string");
    assertThat(items.get(4).failure()).startsWith("has a \"date\" that is not an ISO date");
  }

  @Test
  void anHtmlThatNamesAFileReadsThatPageUnderTheFilesOwnKey() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    Files.createDirectories(dir.resolve("gold"));
    Path page = dir.resolve("html/page.html");
    Files.writeString(page, "<html><body><p>The page itself.</p></body></html>", StandardCharsets.UTF_8);
    Path f =
        write(
            "gold/pubdate.jsonl",
            "{\"url\": \"https://example.org/p\", \"html\": \"../html/page.html\", \"date\": \"2014-07-19\"}",
            "{\"url\": \"https://example.org/q\", \"html\": \"../html/missing.html\"}");
    List<SourceItem> items = Drain.open(f.toString(), SourceConfig.DEFAULTS);
    assertThat(items).hasSize(2);
    SourceItem a = items.get(0);
    assertThat(a.ok()).isTrue();
    assertThat(a.key()).as("the page's own key, as a folder walk gives it")
        .isEqualTo(page.toAbsolutePath().normalize().toString());
    assertThat(a.url()).isEqualTo("https://example.org/p");
    assertThat(a.published()).as("\"date\" is the publication date").isEqualTo(LocalDate.of(2014, 7, 19));
    assertThat(a.publishedEvidence()).isEqualTo("jsonl date");
    assertThat(Drain.text(a)).contains("The page itself.");
    SourceItem b = items.get(1);
    assertThat(b.ok()).isFalse();
    assertThat(b.failure()).contains("missing.html", "does not exist");
    assertThat(JsonlSource.namesAFile("<p>a.html</p>")).isFalse();
  }
}
