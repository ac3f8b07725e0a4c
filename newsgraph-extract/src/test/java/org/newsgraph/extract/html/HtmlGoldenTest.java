package org.newsgraph.extract.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Block;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.testkit.Golden;

/**
 * Hand-written pages through the HTML extractor, compared with the reviewed blocks in {@code
 * src/test/resources/golden/html/<case>/expected.txt}: one block per line, {@code kind, rule,
 * text} tab-separated (line breaks inside a block written {@code \n}), then the related links.
 * Rewrite with {@code -Dgolden.update=true} and review the diff.
 */
class HtmlGoldenTest {

  private static final Path CASES = Path.of("src/test/resources/golden/html");

  /** Pages are read as from this address, so that links resolve. */
  private static final String URL = "https://www.example.org/2024/05/page.html";

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    Path dir = CASES.resolve(name);
    String html = Files.readString(dir.resolve("input.html"), StandardCharsets.UTF_8);
    ExtractedArticle a = new HtmlExtractor().extract(html, URL, Metadata.EMPTY);
    StringBuilder out = new StringBuilder();
    for (Block b : a.blocks()) {
      out.append(b.kind().id()).append('\t').append(b.rule()).append('\t')
          .append(b.span().in(a.text()).replace("\n", "\\n")).append('\n');
    }
    for (RelatedLink r : a.related()) {
      out.append("related\t").append(r.url()).append('\t').append(r.span().in(a.text())).append('\n');
    }
    Golden.assertMatches(dir.resolve("expected.txt"), out.toString());
  }
}
