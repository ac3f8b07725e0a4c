package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The charts module and the date facet on their own, in the browser, with data made up here. */
class ChartsTest extends BrowserTest {

  @BeforeEach
  void page() {
    browser.open(base, "#/search");
  }

  /** Draws histogram(days) off-page and describes its bars. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> histogram(String daysJson) {
    return (Map<String, Object>)
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('./js/charts.js').then(({histogram}) => {"
                    + "  const svg = histogram(" + daysJson + ");"
                    + "  const bars = [...svg.querySelectorAll('.bar')];"
                    + "  done({bars: bars.length,"
                    + "    days: bars.map(b => b.dataset.day), to: bars.map(b => b.dataset.to),"
                    + "    values: bars.map(b => Number(b.dataset.value)),"
                    + "    widths: bars.map(b => Number(b.getAttribute('width'))),"
                    + "    ticks: [...svg.querySelectorAll('.tick')].map(t => t.textContent)});"
                    + "}).catch(e => done({error: String(e)}));");
  }

  @Test
  void oneBarPerDayAndOneDayIsNotTheWholeChart() {
    Map<String, Object> one = histogram("[{day: '2020-06-11', value: 3}]");
    assertThat(one).doesNotContainKey("error");
    assertThat(one.get("bars")).isEqualTo(1L);
    // 14 days on the axis at least: the bar is a fourteenth of the plot, not all of it
    assertThat(((List<Number>) one.get("widths")).get(0).doubleValue()).isLessThan(680.0 / 10);
    Map<String, Object> three =
        histogram(
            "[{day: '2020-06-11', value: 3}, {day: '2020-06-12', value: 1},"
                + " {day: '2020-07-01', value: 2}]");
    assertThat(three.get("days")).isEqualTo(List.of("2020-06-11", "2020-06-12", "2020-07-01"));
    assertThat(three.get("to")).isEqualTo(three.get("days"));
  }

  @Test
  void overMoreThanEighteenMonthsTheBarsAreMonths() {
    Map<String, Object> h =
        histogram(
            "[{day: '2019-01-05', value: 2}, {day: '2019-01-20', value: 3},"
                + " {day: '2020-02-29', value: 1}, {day: '2021-03-10', value: 4},"
                + " {day: '2021-03-31', value: 1}]");
    assertThat(h.get("days")).isEqualTo(List.of("2019-01-01", "2020-02-01", "2021-03-01"));
    assertThat(h.get("to")).isEqualTo(List.of("2019-01-31", "2020-02-29", "2021-03-31"));
    assertThat(h.get("values")).isEqualTo(List.of(5L, 1L, 5L));
    assertThat((List<String>) h.get("ticks")).contains("2019-01", "2021-03");
  }

  @Test
  void noDaysSaySo() {
    Object text =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('./js/charts.js').then(({histogram}) => done(histogram([]).textContent));");
    assertThat(text).isEqualTo("No dated matches.");
  }

  @Test
  void theDateFacetGoesByYearPastTwoYearsOfMonths() {
    @SuppressWarnings("unchecked")
    Map<String, Object> r =
        (Map<String, Object>)
            browser
                .driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "import('./js/search.js').then(({monthFacet}) => {"
                        + "  const f = {q: 'x', entity: [], from: '', to: '', language: '', site: ''};"
                        + "  const few = monthFacet(f, [{value: '2020-06', matches: 2}, {value: '2020-07', matches: 1}]);"
                        + "  const many = [];"
                        + "  for (let i = 0; i < 30; i++) {"
                        + "    const y = 2019 + Math.floor(i / 12), m = 1 + (i % 12);"
                        + "    many.push({value: y + '-' + String(m).padStart(2, '0'), matches: 1});"
                        + "  }"
                        + "  const years = monthFacet(f, many);"
                        + "  const read = (el) => [...el.querySelectorAll('li')].map(li =>"
                        + "    li.querySelector('a').textContent + ' ' + li.querySelector('.count').textContent"
                        + "    + ' ' + li.querySelector('a').getAttribute('href'));"
                        + "  done({few: few.querySelector('h3').textContent, fewItems: read(few),"
                        + "    many: years.querySelector('h3').textContent, manyItems: read(years)});"
                        + "}).catch(e => done({error: String(e)}));");
    assertThat(r).doesNotContainKey("error");
    assertThat(r.get("few")).isEqualTo("Month");
    assertThat((List<String>) r.get("fewItems"))
        .containsExactly(
            "Jun 2020 2 #/search?q=x&from=2020-06-01&to=2020-06-30",
            "Jul 2020 1 #/search?q=x&from=2020-07-01&to=2020-07-31");
    assertThat(r.get("many")).isEqualTo("Year");
    assertThat((List<String>) r.get("manyItems"))
        .containsExactly(
            "2019 12 #/search?q=x&from=2019-01-01&to=2019-12-31",
            "2020 12 #/search?q=x&from=2020-01-01&to=2020-12-31",
            "2021 6 #/search?q=x&from=2021-01-01&to=2021-12-31");
  }
}
