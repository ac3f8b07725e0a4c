package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The third-party files in web/vendor are the ones VENDOR.md names, byte for byte. */
class VendorFilesTest {

  static final Path VENDOR = Path.of("src/main/resources/web/vendor");

  /** file name → SHA-256, from VENDOR.md's table rows. */
  static Map<String, String> recorded() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\| `([^`]+)` \\|.*\\| ([0-9a-f]{64}) \\|$")
            .matcher(Files.readString(VENDOR.resolve("VENDOR.md"), StandardCharsets.UTF_8));
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void everyVendoredFileHasTheRecordedHash() throws Exception {
    Map<String, String> recorded = recorded();
    assertThat(recorded).containsOnlyKeys("countries-110m.json", "topojson-client.min.js");
    for (Map.Entry<String, String> e : recorded.entrySet()) {
      assertThat(sha256(VENDOR.resolve(e.getKey())))
          .as(e.getKey() + " differs from the file VENDOR.md records; refresh both together")
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void licencesShipWithTheFiles() throws IOException {
    assertThat(VENDOR.resolve("LICENSE-world-atlas")).content().contains("Michael Bostock");
    assertThat(VENDOR.resolve("LICENSE-topojson-client")).content().contains("Michael Bostock");
    // d3 is copied from its WebJar by the build, with its licence
    Path d3 = Path.of("target/classes/web/vendor/d3");
    assertThat(d3.resolve("d3.min.js")).content().startsWith("// https://d3js.org v7.9.0");
    assertThat(d3.resolve("LICENSE")).exists();
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
