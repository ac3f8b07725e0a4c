package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An analyst's way through the interface, by clicks only: search → article → entity → map. */
class JourneyTest extends BrowserTest {

  @Test
  void searchArticleEntityMap() {
    var d = browser.driver();
    browser.open(base, "");
    assertThat(d.getCurrentUrl()).endsWith("#/search");
    assertThat(d.findElement(By.id("store-status")).getText()).isEqualTo("5 articles");

    browser.submitQuery("Washington talks");
    assertThat(d.findElement(By.id("view")).getAttribute("data-view")).isEqualTo("search");
    screenshot("1-search");

    WebElement talks =
        d.findElement(By.xpath("//a[@class='hit-title' and .='Iraqi premier says talks with Washington will go on']"));
    browser.follow(talks);
    assertThat(d.findElement(By.id("view")).getAttribute("data-view")).isEqualTo("article");
    screenshot("2-article");

    browser.follow(d.findElement(By.cssSelector("#rec-entities a.entity-link[data-id='per:mustafa-al-kazimi']")));
    assertThat(d.findElement(By.id("entity-name")).getText()).isEqualTo("Mustafa al-Kazimi");
    screenshot("3-entity");

    browser.follow(d.findElement(By.linkText("map its articles")));
    assertThat(d.findElement(By.id("view")).getAttribute("data-view")).isEqualTo("map");
    assertThat(d.findElements(By.cssSelector(".chip[data-filter=entity]"))).hasSize(1);
    assertThat(d.findElements(By.cssSelector("#world-map a.place[data-id='loc:iraq']"))).hasSize(1);
    screenshot("4-map");

    // a point on the map narrows the search to the articles naming that place
    browser.follow(d.findElement(By.cssSelector("#world-map a.place[data-id='loc:baghdad'] circle")));
    assertThat(d.findElement(By.id("view")).getAttribute("data-view")).isEqualTo("search");
    assertThat(d.findElements(By.cssSelector(".chip[data-filter=entity]"))).hasSize(2);
    screenshot("5-back-to-search");
  }
}
