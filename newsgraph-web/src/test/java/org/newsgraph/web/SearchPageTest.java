package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search view: hits, snippets, the histogram, facets and entity suggestions. */
class SearchPageTest extends BrowserTest {

  @Test
  void hitsSnippetsAndHistogramAgreeWithTheApi() {
    browser.open(base, "#/search?q=Baghdad");
    JsonNode search = Api.get(base, "search?q=Baghdad");
    JsonNode timeline = Api.get(base, "timeline?q=Baghdad");
    var d = browser.driver();

    assertThat(d.findElement(By.id("total")).getAttribute("data-total"))
        .isEqualTo(search.get("total").asText());
    assertThat(search.get("total").asInt()).isGreaterThanOrEqualTo(4);
    List<WebElement> hits = d.findElements(By.cssSelector(".hits .hit"));
    assertThat(hits).hasSize(search.get("hits").size());
    assertThat(hits.get(0).getAttribute("data-id")).isEqualTo(search.get("hits").get(0).get("id").asText());
    // the highlighter's <b> survive, rebuilt as elements; nothing else from the snippet does
    List<WebElement> bold = d.findElements(By.cssSelector(".snippet b"));
    assertThat(bold).isNotEmpty();
    assertThat(bold).allSatisfy(b -> assertThat(b.getText()).containsIgnoringCase("baghdad"));
    // one bar per day with matches, each as tall as its count says
    assertThat(d.findElements(By.cssSelector(".histogram .bar"))).hasSize(timeline.get("days").size());
    assertThat(timeline.get("days").size()).isGreaterThanOrEqualTo(3);
    screenshot("baghdad");
  }

  @Test
  void aFacetNarrowsTheSearch() {
    browser.open(base, "#/search?q=Baghdad");
    var d = browser.driver();
    WebElement wire = d.findElement(By.cssSelector(".facet[data-facet=site] .facet-value[data-value='Example Wire']"));
    browser.follow(wire);
    JsonNode narrowed = Api.get(base, "search?q=Baghdad&site=" + Api.enc("Example Wire"));
    assertThat(d.findElement(By.id("total")).getAttribute("data-total"))
        .isEqualTo(narrowed.get("total").asText());
    assertThat(narrowed.get("total").asInt()).isBetween(1, Api.get(base, "search?q=Baghdad").get("total").asInt() - 1);
    assertThat(d.findElements(By.cssSelector(".chip[data-filter=site]"))).hasSize(1);
    assertThat(d.findElements(By.cssSelector(".hit-meta .site"))).allSatisfy(s -> assertThat(s.getText()).isEqualTo("Example Wire"));

    // an entity from the facet list adds an entity filter; its chip removes it again
    WebElement kazimi =
        d.findElement(By.cssSelector(".facet .facet-value[data-value='per:mustafa-al-kazimi']"));
    browser.follow(kazimi);
    JsonNode both = Api.get(base, "search?q=Baghdad&site=" + Api.enc("Example Wire") + "&entity=per:mustafa-al-kazimi");
    assertThat(d.findElement(By.id("total")).getAttribute("data-total")).isEqualTo(both.get("total").asText());
    screenshot("narrowed");
    browser.follow(d.findElement(By.cssSelector(".chip[data-filter=entity] .chip-remove")));
    assertThat(d.findElement(By.id("total")).getAttribute("data-total"))
        .isEqualTo(narrowed.get("total").asText());
  }

  @Test
  void datesAndABarOfTheHistogramNarrowToThoseDays() {
    browser.open(base, "#/search?q=Baghdad");
    var d = browser.driver();
    // a date input's typing depends on the browser's locale; its value does not
    browser.script(
        "document.getElementById('date-from').value = '2020-06-14';"
            + "document.getElementById('date-to').value = '2020-06-30';");
    browser.follow(d.findElement(By.cssSelector("#date-range button")));
    JsonNode api = Api.get(base, "search?q=Baghdad&from=2020-06-14&to=2020-06-30");
    assertThat(d.findElement(By.id("total")).getAttribute("data-total")).isEqualTo(api.get("total").asText());
    assertThat(api.get("total").asInt()).isEqualTo(2); // the protests (15 June) and the hostile page (20 June)
    assertThat(d.findElements(By.cssSelector(".chip[data-filter=from], .chip[data-filter=to]"))).hasSize(2);

    browser.follow(d.findElement(By.cssSelector(".histogram .bar[data-day='2020-06-15']")));
    assertThat(d.getCurrentUrl()).contains("from=2020-06-15").contains("to=2020-06-15");
    assertThat(d.findElements(By.cssSelector(".hits .hit"))).hasSize(1);
  }

  @Test
  void typingANameSuggestsItsEntity() {
    browser.open(base, "#/search");
    var d = browser.driver();
    WebElement q = d.findElement(By.id("q"));
    q.sendKeys("Kazimi");
    WebElement first =
        new WebDriverWait(d, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions .suggestion")));
    assertThat(first.getAttribute("data-id")).isEqualTo("per:mustafa-al-kazimi");
    assertThat(first.getText()).contains("Mustafa al-Kazimi");
    screenshot("suggestions");
    browser.follow(first);
    assertThat(d.getCurrentUrl()).endsWith("#/search?entity=per%3Amustafa-al-kazimi");
    JsonNode api = Api.get(base, "search?entity=per:mustafa-al-kazimi");
    assertThat(d.findElement(By.id("total")).getAttribute("data-total")).isEqualTo(api.get("total").asText());
    assertThat(api.get("total").asInt()).isGreaterThanOrEqualTo(3); // both spellings, three articles
  }

  @Test
  void withoutFacetsTheHitsStillShow() {
    browser.open(base, "#/search");
    var d = browser.driver();
    // the server's answer for a store whose index predates facets, put in place of the real one
    browser.script(
        "const real = window.fetch;"
            + "window.fetch = (url, opts) => String(url).startsWith('api/facets')"
            + "  ? Promise.resolve(new Response(JSON.stringify({error: 'the store could not answer:"
            + " rebuild the index'}), {status: 503, headers: {'Content-Type': 'application/json'}}))"
            + "  : real(url, opts);");
    String before = d.getCurrentUrl();
    browser.script("location.hash = '#/search?q=Baghdad';");
    new org.openqa.selenium.support.ui.WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> !x.getCurrentUrl().equals(before));
    browser.awaitView();
    assertThat(d.findElements(By.cssSelector(".hits .hit"))).hasSize(Api.get(base, "search?q=Baghdad").get("hits").size());
    assertThat(d.findElement(By.id("facets-error")).getText())
        .isEqualTo("No facets: the store could not answer: rebuild the index");
  }

  @Test
  void aQueryThatDoesNotParseSaysWhy() {
    browser.driver().get(base + "#/search?q=" + Api.enc("title:(unclosed"));
    browser.awaitViewAllowingError();
    var d = browser.driver();
    assertThat(d.findElement(By.id("view")).getAttribute("data-state")).isEqualTo("error");
    assertThat(d.findElement(By.cssSelector(".error-message")).getText())
        .contains("does not parse");
    // the browser logs the 400 itself; nothing else may be in the console
    assertThat(browser.newConsoleEntries())
        .allSatisfy(l -> assertThat(l).contains("status of 400"));
  }
}
