package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The entity view: names, mentions over time, the graph, quotations, places. */
class EntityPageTest extends BrowserTest {

  @Test
  void thePrimeMinisterAcrossArticles() {
    String id = "per:mustafa-al-kazimi";
    JsonNode page = Api.get(base, "entities/" + id + "?limit=40");
    JsonNode places = Api.get(base, "places?entity=" + id);
    browser.open(base, "#/entity/" + id);
    var d = browser.driver();

    assertThat(d.findElement(By.id("entity-name")).getText()).isEqualTo("Mustafa al-Kazimi");
    assertThat(d.findElement(By.id("variants")).getText())
        .contains("Mustafa al-Kazimi")
        .contains("Moustafa al-Kazimi");
    assertThat(d.findElements(By.cssSelector("#entity-timeline .bar")))
        .hasSize(page.get("timeline").size());
    assertThat(page.get("timeline").size()).isGreaterThanOrEqualTo(2);
    // the graph: one node and one edge per co-occurring entity, each a link to its page
    List<WebElement> nodes = d.findElements(By.cssSelector("#co-entities a.node"));
    assertThat(nodes).hasSize(Math.min(24, page.get("co_entities").size()));
    assertThat(d.findElements(By.cssSelector("#co-entities .edge"))).hasSize(nodes.size());
    List<String> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.getAttribute("data-id")));
    assertThat(ids).contains("loc:iraq", "loc:baghdad");
    assertThat(d.findElement(By.id("entity-quotes")).getText()).contains("balanced relationship");
    // the places of its articles, on the map
    assertThat(d.findElements(By.cssSelector("#entity-map .country"))).hasSize(177);
    assertThat(d.findElements(By.cssSelector("#entity-map a.place"))).hasSize(places.get("places").size());
    assertThat(d.findElements(By.cssSelector("#entity-map a.place[data-id='loc:iraq']"))).hasSize(1);
    assertThat(d.findElements(By.cssSelector("#entity-articles .hit")))
        .hasSize(Api.get(base, "search?entity=" + id).get("hits").size());
    screenshot("kazimi");
  }

  @Test
  void aNodeLeadsToThatEntity() {
    browser.open(base, "#/entity/per:mustafa-al-kazimi");
    var d = browser.driver();
    browser.follow(d.findElement(By.cssSelector("#co-entities a.node[data-id='loc:baghdad'] circle")));
    assertThat(d.findElement(By.id("entity-name")).getText()).isEqualTo("Baghdad");
    assertThat(d.findElements(By.cssSelector("#co-entities a.node[data-id='per:mustafa-al-kazimi']"))).hasSize(1);
    screenshot("baghdad");
  }
}
