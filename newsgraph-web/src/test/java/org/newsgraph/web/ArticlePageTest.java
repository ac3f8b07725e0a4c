package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The article view: the text with its layers marked, the record, what is set apart. */
class ArticlePageTest extends BrowserTest {

  /** The distinct rows of one layer that the page marks (data-m, data-t...). */
  private static Set<String> marked(String layer) {
    Set<String> ids = new HashSet<>();
    for (WebElement e : browser.driver().findElements(By.cssSelector(".mark." + layer))) {
      ids.add(e.getAttribute("data-" + layer));
    }
    return ids;
  }

  @Test
  void everyLayerRowIsMarkedOnceInTheText() {
    String id = openTalks();
    JsonNode a = Api.get(base, "articles/" + id);
    var d = browser.driver();

    assertThat(d.findElement(By.id("article-title")).getText())
        .isEqualTo("Iraqi premier says talks with Washington will go on");
    assertThat(d.findElement(By.id("article-text")).getAttribute("lang")).isEqualTo("en");
    assertThat(d.findElement(By.id("article-text")).getAttribute("dir")).isEqualTo("auto");
    // the text shown is the stored text, block by block, marks and all
    String shown = d.findElement(By.id("article-text")).getText().replaceAll("\\s+", " ");
    assertThat(shown).contains("Iraq hosts about 5,200 American soldiers");
    for (String[] layer :
        List.of(
            new String[] {"m", "mentions"},
            new String[] {"t", "timexes"},
            new String[] {"q", "quotations"},
            new String[] {"c", "counts"})) {
      int rows = a.get(layer[1]).size();
      assertThat(rows).as(layer[1]).isPositive();
      // a row nested inside a shorter one of its own layer may be hidden by it; none here is
      assertThat(marked(layer[0])).as(layer[1] + " marked").hasSize(rows);
      assertThat(d.findElement(By.id("count-" + layer[1])).getText()).isEqualTo(String.valueOf(rows));
    }
    // each mark's text is its span of the text
    JsonNode count = a.get("counts").get(0);
    String countText = "";
    for (WebElement piece : d.findElements(By.cssSelector(".mark.c[data-c='0']"))) {
      countText += piece.getDomProperty("textContent");
      assertThat(piece.getAttribute("title")).contains("count 5,200");
    }
    assertThat(countText).isEqualTo(count.get("surface").asText()).isEqualTo("about 5,200 American soldiers");

    // the teaser is set apart, not in the text
    assertThat(d.findElements(By.cssSelector("#set-apart .apart[data-kind=teaser]"))).hasSize(1);
    assertThat(shown).doesNotContain(">> Read");
    // the source link goes to the canonical http(s) address, in a new tab without a referrer
    WebElement src = d.findElement(By.cssSelector(".source a.out"));
    assertThat(src.getAttribute("href")).isEqualTo("https://wire.example.org/world/2020/06/13/iraq-talks");
    assertThat(src.getAttribute("rel")).isEqualTo("noopener noreferrer");
    // the record panel lists the entities and the quotation with its speaker
    // the article's names of its entities, each linked to its corpus entity; the things it only
    // refers to ("the delegation", "them") are listed apart
    assertThat(d.findElement(By.id("rec-entities")).getText()).contains("Moustafa al-Kazimi");
    assertThat(d.findElements(By.cssSelector("#rec-entities a.entity-link[data-id='per:mustafa-al-kazimi']")))
        .hasSize(1);
    long named = 0;
    for (JsonNode e : a.get("entities")) {
      named += e.get("corpus_id").isNull() ? 0 : 1;
    }
    assertThat(d.findElements(By.cssSelector("#rec-entities a.entity-link"))).hasSize((int) named);
    assertThat(d.findElement(By.id("rec-quotes")).getText()).contains("balanced relationship");
    screenshot("talks");
  }

  /** Opens the article on the talks with Washington, and returns its id. */
  private static String openTalks() {
    String id = Api.articleId(base, "premier talks Washington");
    browser.open(base, "#/article/" + id);
    return id;
  }

  @Test
  void clickingAMarkShowsWhatItIs() {
    openTalks();
    var d = browser.driver();
    WebElement quote = d.findElement(By.cssSelector(".mark.q.qk-direct, .mark.q.qk-mixed"));
    quote.click();
    WebElement sel = d.findElement(By.id("selection"));
    assertThat(sel.getText()).contains("Quotation").contains("balanced relationship");
    assertThat(sel.findElement(By.cssSelector(".sel-q a")).getAttribute("href"))
        .endsWith("#/entity/per%3Amustafa-al-kazimi");

    WebElement name = d.findElement(By.xpath("//span[contains(@class,'m-start') and starts-with(., 'Moustafa')]"));
    name.click();
    // the article's own name for the entity, linked to the corpus entity both spellings are
    WebElement entity = sel.findElement(By.cssSelector(".sel-m .entity-link"));
    assertThat(entity.getText()).isEqualTo("Moustafa al-Kazimi");
    assertThat(entity.getAttribute("href")).endsWith("#/entity/per%3Amustafa-al-kazimi");

    // a layer can be hidden: in the headline and the text alike, and a name inside a hidden
    // quotation keeps its underline
    WebElement nameInQuote = d.findElement(By.cssSelector("#article-text .mark.m.q"));
    String underline = nameInQuote.getCssValue("border-bottom-width");
    d.findElement(By.id("layer-q")).click();
    assertThat(d.findElement(By.id("article")).getAttribute("class")).contains("hide-q");
    assertThat(nameInQuote.getCssValue("border-bottom-width")).isEqualTo(underline).isNotEqualTo("0px");
    assertThat(nameInQuote.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    WebElement quotedHeadline = d.findElement(By.cssSelector("#article-title .mark.q"));
    assertThat(quotedHeadline.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    d.findElement(By.id("layer-q")).click();
    assertThat(quotedHeadline.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    screenshot("selected");
  }

  @Test
  void marksCanBeReachedAndChosenWithTheKeyboard() {
    openTalks();
    var d = browser.driver();
    // every mark that starts a span is a tab stop; pieces inside a span are not
    for (WebElement m : d.findElements(By.cssSelector("#article-text .mark"))) {
      boolean starts = m.getAttribute("class").matches(".*\\b[mtqc]-start\\b.*");
      assertThat(m.getAttribute("tabindex")).as(m.getText()).isEqualTo(starts ? "0" : null);
    }
    WebElement count = d.findElement(By.cssSelector("#article-text .mark.c.c-start"));
    count.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(d.findElement(By.id("selection")).getText()).contains("Count").contains("5,200");
    WebElement time = d.findElement(By.cssSelector("#article-text .mark.t.t-start"));
    time.sendKeys(" ");
    assertThat(d.findElement(By.id("selection")).getText()).contains("Time expression");
  }

  @Test
  void anUnknownArticleSaysSo() {
    browser.driver().get(base + "#/article/no-such-article");
    assertThat(browser.awaitViewAllowingError()).isEqualTo("error");
    assertThat(browser.driver().findElement(By.cssSelector(".error-message")).getText())
        .contains("no article has the id 'no-such-article'");
    assertThat(browser.newConsoleEntries()).allSatisfy(l -> assertThat(l).contains("status of 404"));
  }
}
