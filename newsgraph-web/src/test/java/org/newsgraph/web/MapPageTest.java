package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The map view: world borders from local files, a point per place, following the query. */
class MapPageTest extends BrowserTest {

  private static Set<String> points() {
    Set<String> ids = new HashSet<>();
    for (WebElement p : browser.driver().findElements(By.cssSelector("#world-map a.place"))) {
      ids.add(p.getAttribute("data-id"));
    }
    return ids;
  }

  private static Set<String> apiPlaces(String query) {
    Set<String> ids = new HashSet<>();
    Api.get(base, "places" + query).get("places").forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  @Test
  void placesOfAllArticlesThenOfTheQuery() {
    browser.open(base, "#/map");
    var d = browser.driver();
    // 177 countries of world-atlas's 1:110m file, drawn without any tile server
    assertThat(d.findElements(By.cssSelector("#world-map path.country"))).hasSize(177);
    Set<String> all = points();
    assertThat(all).isEqualTo(apiPlaces("")).contains("loc:iraq", "loc:baghdad", "loc:france");
    // Iraq's point is where Iraq is drawn: inside the country's outline on the screen
    WebElement iraq = d.findElement(By.cssSelector("#world-map a.place[data-id='loc:iraq'] circle"));
    WebElement iraqShape = d.findElement(By.cssSelector("#world-map path.country[data-name='Iraq']"));
    assertThat(iraqShape.getAttribute("class")).contains("named");
    // countries are shaded by their code, whatever the atlas calls them ("United States of America")
    assertThat(d.findElement(By.cssSelector("#world-map path.country[data-iso3='USA']")).getAttribute("class"))
        .contains("named");
    assertThat(d.findElement(By.cssSelector("#world-map path.country[data-iso3='BRA']")).getAttribute("class"))
        .doesNotContain("named");
    var c = iraq.getRect();
    var r = iraqShape.getRect();
    assertThat(c.getX() + c.getWidth() / 2).isBetween(r.getX(), r.getX() + r.getWidth());
    assertThat(c.getY() + c.getHeight() / 2).isBetween(r.getY(), r.getY() + r.getHeight());
    screenshot("all");

    // the query box on the map view redraws the map for the new query
    browser.submitQuery("coalition ministers Paris");
    assertThat(d.getCurrentUrl()).contains("#/map?q=");
    Set<String> narrowed = points();
    assertThat(narrowed).isEqualTo(apiPlaces("?q=" + Api.enc("coalition ministers Paris")));
    assertThat(narrowed).contains("loc:france").hasSizeLessThan(all.size());
    JsonNode res = Api.get(base, "places?q=" + Api.enc("coalition ministers Paris"));
    assertThat(d.findElements(By.cssSelector(".places-table tbody tr"))).hasSize(res.get("places").size());
    screenshot("coalition");
  }
}
