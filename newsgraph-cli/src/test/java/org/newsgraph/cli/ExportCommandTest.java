package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsgraph export} as users meet it: formats, files and stdout, filters, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {

  private record Run(int status, String out, String err) {}

  private Path tmp;
  private Path store;

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** Three pages of June 2020, one naming a word the others do not; text and metadata only. */
  @BeforeAll
  void ingest(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages);
    for (int i = 1; i <= 3; i++) {
      String word = i == 2 ? "flamingos" : "delegates";
      String html =
          String.format(
              Locale.ROOT,
              "<!doctype html><html><head><title>Report %d</title><link rel=canonical"
                  + " href='https://example.org/news/report-%d'><meta"
                  + " property='article:published_time'"
                  + " content='2020-06-%02dT10:00:00Z'></head><body><article><h1>Report"
                  + " %d</h1><p>The %s met officials in Baghdad and discussed troop numbers,"
                  + " contracts and the schedule for the next round of talks.\tTabs\tand"
                  + " \"quotes\"; delimiters # | too.</p></article></body></html>",
              i,
              i,
              10 * i,
              i,
              word);
      Files.writeString(pages.resolve("page-" + i + ".html"), html, StandardCharsets.UTF_8);
    }
    store = dir.resolve("store");
    Run r =
        run("ingest", pages.toString(), "--store", store.toString(), "--no-nlp", "--no-progress");
    assertThat(r.status()).as(r.err() + r.out()).isZero();
    assertThat(r.out()).contains("ingested 3 article(s)");
  }

  @Test
  void jsonlToStandardOutputIsOneRecordPerLine() throws Exception {
    Run r = run("export", "--format", "jsonl", "--out", "-", "--store", store.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode rec = json.readTree(line);
      assertThat(rec.get("schema").asText()).isEqualTo("newsgraph.record/1");
      assertThat(rec.get("articleId").asText()).startsWith("u");
      assertThat(rec.get("text").asText()).contains("officials in Baghdad");
    }
    assertThat(json.readTree(lines.get(0)).get("metadata").get("published").get("date").asText())
        .as("oldest first")
        .isEqualTo("2020-06-10");
    assertThat(r.err())
        .as("the summary goes where the data does not")
        .contains("exported 3 article(s) as jsonl");
  }

  @Test
  void gkgToAGzippedFileWithASummary() throws Exception {
    Path out = tmp.resolve("out/june.gkg.csv.gz");
    Run r =
        run(
            "export",
            "--format",
            "gkg",
            "--out",
            out.toString(),
            "--store",
            store.toString(),
            "--no-progress");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("exported 3 article(s) as gkg").contains(out.toString());
    String tsv;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = tsv.lines().toList();
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(27);
      assertThat(f[0]).matches("\\d{14}-\\d+");
      assertThat(f[2]).isEqualTo("1");
      assertThat(f[3]).isEqualTo("example.org");
      assertThat(f[4]).startsWith("https://example.org/news/report-");
      assertThat(f[26]).contains("<PAGE_TITLE>Report ");
    }
    assertThat(lines.get(0).split("\t")[1]).isEqualTo("20200610100000");
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("june.gkg.csv.gz");
    }
  }

  @Test
  void datesAndAQueryChooseTheArticles() {
    Run june =
        run(
            "export",
            "--format",
            "gkg",
            "--out",
            "-",
            "--store",
            store.toString(),
            "--from",
            "2020-06-15",
            "--to",
            "2020-06-25");
    assertThat(june.status()).as(june.err()).isZero();
    assertThat(june.out().lines()).hasSize(1);
    assertThat(june.out()).contains("report-2");
    Run q =
        run(
            "export",
            "--format",
            "jsonl",
            "--out",
            "-",
            "--store",
            store.toString(),
            "--query",
            "flamingos");
    assertThat(q.status()).as(q.err()).isZero();
    assertThat(q.out().lines()).hasSize(1);
    assertThat(q.out()).contains("flamingos");
    Run none =
        run(
            "export",
            "--format",
            "jsonl",
            "--out",
            "-",
            "--store",
            store.toString(),
            "--query",
            "flamingos",
            "--to",
            "2020-06-15");
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("exported 0 article(s)");
  }

  @Test
  void parquetWritesOneFilePerTable() {
    Path out = tmp.resolve("parquet");
    Run r =
        run("export", "--format", "parquet", "--out", out.toString(), "--store", store.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("exported 3 article(s) as parquet")
        .contains("articles.parquet: 3 row(s)")
        .contains("mentions.parquet: 0 row(s)");
    assertThat(out.resolve("blocks.parquet")).exists();
  }

  @Test
  void mistakesAreUsageErrorsOrOneLineFailures() {
    assertThat(run("export", "--format", "xml", "--out", "-", "--store", store.toString()).status())
        .isEqualTo(2);
    Run parquet = run("export", "--format", "parquet", "--out", "-", "--store", store.toString());
    assertThat(parquet.status()).isEqualTo(2);
    assertThat(parquet.err()).contains("give --out DIR");
    assertThat(run("export", "--format", "gkg", "--store", store.toString()).status())
        .as("--out is required")
        .isEqualTo(2);
    assertThat(
            run(
                    "export",
                    "--format",
                    "gkg",
                    "--out",
                    "-",
                    "--from",
                    "June",
                    "--store",
                    store.toString())
                .status())
        .isEqualTo(2);
    Run missing =
        run(
            "export",
            "--format",
            "gkg",
            "--out",
            "-",
            "--store",
            tmp.resolve("nothing").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).startsWith("newsgraph: there is no store in");
    Run inside =
        run(
            "export",
            "--format",
            "parquet",
            "--out",
            store.resolve("x").toString(),
            "--store",
            store.toString());
    assertThat(inside.status()).isEqualTo(1);
    assertThat(inside.err()).contains("inside the store");
    Run dir =
        run("export", "--format", "jsonl", "--out", tmp.toString(), "--store", store.toString());
    assertThat(dir.status()).isEqualTo(1);
    assertThat(dir.err()).contains("is a directory");
    Run badQuery =
        run(
            "export",
            "--format",
            "gkg",
            "--out",
            "-",
            "--store",
            store.toString(),
            "--query",
            "colour:red");
    assertThat(badQuery.status()).isEqualTo(1);
    assertThat(badQuery.err()).contains("unknown field");
  }
}
