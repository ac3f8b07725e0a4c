package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Document;
import org.newsgraph.model.json.RecordJson;
import org.newsgraph.testkit.Golden;
import org.newsgraph.testkit.Invariants;
import org.newsgraph.testkit.Shared;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole articles through the whole pipeline, compared with the reviewed output in
 * {@code src/test/resources/golden/pipeline/<case>/expected.json} (canonical JSON, one annotation
 * per line). A case folder holds {@code input.txt} or {@code input.ref} (a path from the
 * repository root) and {@code options.properties} ({@code published=YYYY-MM-DD}). Rewrite the
 * expectations with {@code -Dgolden.update=true}, then review the diff.
 */
class GoldenTest {

  private static final Path CASES = Path.of("src/test/resources/golden/pipeline");

  private static Newsgraph ng;

  @BeforeAll
  static void open() {
    ng = TestNewsgraph.get();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    Path dir = CASES.resolve(name);
    Path input =
        Files.exists(dir.resolve("input.txt"))
            ? dir.resolve("input.txt")
            : Shared.root().resolve(Files.readString(dir.resolve("input.ref"), StandardCharsets.UTF_8).strip());
    Properties opts = new Properties();
    Path optFile = dir.resolve("options.properties");
    if (Files.exists(optFile)) {
      try (Reader r = Files.newBufferedReader(optFile, StandardCharsets.UTF_8)) {
        opts.load(r);
      }
    }
    String published = opts.getProperty("published");
    Outcome o =
        ng.analyze(
            ng.read(input),
            AnalyzeOptions.published(published == null ? null : LocalDate.parse(published)));
    Document doc = o.requireDocument();
    assertThat(Invariants.violations(doc)).isEmpty();
    String json = RecordJson.canonical(RecordJson.toTree(doc, new RecordJson.Options(false, false)));
    // The source name depends on where the test runs from: normalise it.
    json = json.replace(input.toString(), "INPUT");
    Golden.assertMatches(dir.resolve("expected.json"), json);
  }
}
