package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

  @Test
  void rfc822AndIsoDatesAreReadAsWritten() {
    assertThat(FeedDates.parse("Wed, 10 Jun 2020 22:30:00 -0400"))
        .isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(FeedDates.parse("10 Jun 2020 22:30 EDT")).isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(FeedDates.parse("Thu, 1 Jan 20 00:00:00 GMT")).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(FeedDates.parse("2020-06-10T23:30:00-04:00")).isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(FeedDates.parse("2020-06-10")).isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(FeedDates.parse("31 Feb 2020 10:00:00 GMT")).isNull();
    assertThat(FeedDates.parse("yesterday")).isNull();
  }

  @Test
  void romesInstantInUtcIsTheFallback() {
    Date d = Date.from(Instant.parse("2020-06-11T02:30:00Z"));
    assertThat(FeedDates.of("yesterday", d, null)).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(FeedDates.of(null, null, d)).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(FeedDates.of("Wed, 10 Jun 2020 22:30:00 -0400", d, null))
        .isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(FeedDates.of(null, null, null)).isNull();
  }

  @Test
  void eachItemGetsItsOwnDateTextPublishedBeforeUpdated() {
    String atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<updated>2020-06-12T00:00:00Z</updated>"
            + "<entry><title>a</title><updated>2020-06-09T00:00:00Z</updated><published>2020-06-08T00:00:00Z</published></entry>"
            + "<entry><title>b</title><updated>2020-06-07T00:00:00Z</updated></entry>"
            + "<entry><title>c</title></entry></feed>";
    assertThat(FeedDates.rawDates(atom.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("2020-06-08T00:00:00Z", "2020-06-07T00:00:00Z", null);
    String rss =
        "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><pubDate>Mon,"
            + " 01 Jun 2020 00:00:00"
            + " GMT</pubDate><item><dc:date>2020-06-05</dc:date></item><item><pubDate>Fri, 05 Jun"
            + " 2020 09:00:00 +0200</pubDate></item></channel></rss>";
    assertThat(FeedDates.rawDates(rss.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("2020-06-05", "Fri, 05 Jun 2020 09:00:00 +0200");
    assertThat(FeedDates.rawDates("<rss><channel><item>".getBytes(StandardCharsets.UTF_8)))
        .isNull();
  }
}
