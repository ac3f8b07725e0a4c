package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A page that tries to run script through every field it has (title, site name, author,
 * canonical URL, text, quotation, link): the interface shows the text and runs none of it,
 * without the Content-Security-Policy having to block anything.
 */
class HostilePageTest extends BrowserTest {

  static final String IMG = "<img src=x onerror=window.__pwned=1>";

  /** No injected element, no flag set, no CSP report: escaping did the work, not the CSP. */
  @AfterEach
  void nothingRan() {
    var d = browser.driver();
    assertThat(browser.script("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(d.findElements(By.cssSelector("#view img, #view script, #view iframe, #view object"))).isEmpty();
    assertThat(d.findElements(By.cssSelector("#view b[onmouseover], #view [onerror], #view [onload]"))).isEmpty();
    // the only svg elements are the interface's own charts
    for (WebElement svg : d.findElements(By.cssSelector("#view svg"))) {
      assertThat(svg.getAttribute("class")).isIn("histogram", "graph", "world");
    }
    List<String> console = browser.consoleLog();
    assertThat(console).noneMatch(l -> l.contains("Content Security Policy"));
  }

  @Test
  void searchShowsTheTitleAsText() {
    browser.open(base, "#/search?q=hostile");
    var d = browser.driver();
    WebElement title = d.findElement(By.cssSelector(".hit .hit-title"));
    assertThat(title.getText()).isEqualTo("Hostile " + IMG + " report from Baghdad");
    // the snippet's <b> come from the highlighter only; the page's own markup is text
    String snippet = d.findElement(By.cssSelector(".hit .snippet")).getText();
    assertThat(snippet).containsIgnoringCase("hostile");
    screenshot("search");
  }

  @Test
  void theArticleShowsEveryFieldAsText() {
    String id = Api.articleId(base, "hostile");
    browser.open(base, "#/article/" + id);
    var d = browser.driver();
    assertThat(d.findElement(By.id("article-title")).getText()).isEqualTo("Hostile " + IMG + " report from Baghdad");
    String text = d.findElement(By.id("article-text")).getText();
    assertThat(text).contains(IMG).contains("</b><script>window.__pwned=2</script>");
    assertThat(text).contains("<b onmouseover=window.__pwned=7>bold claims</b>");
    assertThat(d.findElement(By.cssSelector(".article-meta .site")).getText()).contains("<script>");
    // the javascript: canonical address is shown, never linked
    assertThat(d.findElements(By.cssSelector(".source a"))).isEmpty();
    assertThat(d.findElements(By.cssSelector("#view a[href^='javascript']"))).isEmpty();
    // the record's raw JSON is text too
    d.findElement(By.cssSelector(".raw summary")).click();
    assertThat(d.findElement(By.cssSelector(".raw pre")).getText()).contains("onerror=window.__pwned=1");
    // click every mark: the selection panel builds from the same strings
    for (WebElement m : d.findElements(By.cssSelector("#article-text .mark.q"))) {
      m.click();
    }
    screenshot("article");
  }

  @Test
  void entityAndMapViewsStayInert() {
    browser.open(base, "#/entity/loc:baghdad");
    assertThat(browser.driver().findElement(By.id("entity-articles")).getText()).contains(IMG);
    browser.open(base, "#/map?q=hostile");
    screenshot("map");
  }
}
