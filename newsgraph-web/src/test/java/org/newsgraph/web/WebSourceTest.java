package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interface's own files hold to the escaping rule (dom.js): nothing parses data as HTML or
 * sets a handler or a style from a string, and the page loads nothing inline (the CSP would
 * block it, and the page would break).
 */
class WebSourceTest {

  static final Path WEB = Path.of("src/main/resources/web");

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\("
              + "|new Function\\s*\\(|setAttribute\\(\\s*[\"'](on|style|src)"
              + "|\\.on[a-z]+\\s*=[^=]|createContextualFragment|srcdoc");

  static List<Path> files(String glob) throws IOException {
    try (Stream<Path> all = Files.walk(WEB)) {
      return all.filter(p -> !p.startsWith(WEB.resolve("vendor")))
          .filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
          .sorted()
          .toList();
    }
  }

  @Test
  void noScriptBuildsHtmlFromStrings() throws IOException {
    List<Path> js = files("*.js");
    assertThat(js).extracting(p -> p.getFileName().toString())
        .contains("app.js", "dom.js", "article.js", "search.js", "entity.js", "map.js");
    List<String> hits = new ArrayList<>();
    for (Path p : js) {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.trim().startsWith("//")) {
          continue; // the rule is written down in comments
        }
        Matcher m = FORBIDDEN.matcher(line);
        if (m.find()) {
          hits.add(WEB.relativize(p) + ":" + (i + 1) + ": " + m.group() + ": " + line.trim());
        }
      }
    }
    assertThat(hits).as("HTML built from strings, or handlers set from strings").isEmpty();
  }

  @Test
  void thePageHasNoInlineScriptOrStyle() throws IOException {
    String html = Files.readString(WEB.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    assertThat(html).doesNotContain("style=").doesNotContain("<style");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
  }

  @Test
  void theScannerCatchesWhatItLooksFor() {
    // the rule above would be worthless if the pattern matched nothing
    for (String bad :
        List.of(
            "el.innerHTML = x;",
            "el.insertAdjacentHTML('beforeend', x)",
            "a.setAttribute(\"onclick\", s)",
            "img.onerror = f;",
            "document.write(s)")) {
      assertThat(FORBIDDEN.matcher(bad).find()).as(bad).isTrue();
    }
    assertThat(FORBIDDEN.matcher("if (a.onclick === b)").find()).isFalse();
  }
}
