package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.gazetteer.Gazetteer;

/**
 * map-countries.json names an ISO code for every country the map draws, and each code is one the
 * gazetteer gives places (so the map can shade the countries of a query's places).
 */
class MapCodesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDrawnCountryHasTheGazetteersCode() throws IOException {
    JsonNode atlas =
        JSON.readTree(Path.of("src/main/resources/web/vendor/countries-110m.json").toFile());
    JsonNode codes =
        JSON.readTree(Path.of("src/main/resources/web/map-countries.json").toFile()).get("iso3");
    Set<String> drawn = new HashSet<>();
    for (JsonNode g : atlas.get("objects").get("countries").get("geometries")) {
      drawn.add(g.get("properties").get("name").asText());
    }
    assertThat(drawn).hasSize(177);
    Set<String> mapped = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = codes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      mapped.add(e.getKey());
      assertThat(Gazetteer.get().countryByCode(e.getValue().asText()))
          .as(e.getKey() + " → " + e.getValue().asText())
          .isPresent();
    }
    assertThat(drawn).containsAll(mapped);
    Set<String> unmapped = new HashSet<>(drawn);
    unmapped.removeAll(mapped);
    assertThat(unmapped).containsExactlyInAnyOrder("Antarctica", "Fr. S. Antarctic Lands", "N. Cyprus");
    // the names the two spell differently
    assertThat(codes.get("United States of America").asText()).isEqualTo("USA");
    assertThat(codes.get("Dem. Rep. Congo").asText()).isEqualTo("COD");
  }
}
