package org.newsgraph.ingest.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC fixtures written with jwarc the way Common Crawl's CC-NEWS files look: WARC/1.0, a warcinfo
 * record first, then request, response and metadata records, the responses holding the HTTP header
 * and payload, one gzip member a record when compressed.
 */
final class Warcs {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final org.netpreserve.jwarc.WarcWriter writer;

  /** The byte offset at which each record starts, in the order written. */
  final List<Long> offsets = new ArrayList<>();

  /** Each record's WARC-Record-ID (without the angle brackets). */
  final List<String> ids = new ArrayList<>();

  private int seq;

  Warcs(boolean gzip) {
    try {
      writer =
          new org.netpreserve.jwarc.WarcWriter(
              Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page body of incompressible letters, so that a cut lands in the middle of a record. */
  static String page(String title, int letters, long seed) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < letters; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
      if (i % 9 == 8) {
        sb.append(' ');
      }
    }
    return "<!DOCTYPE html><html><head><title>"
        + title
        + "</title></head><body><p>"
        + title
        + ". "
        + sb
        + "</p></body></html>";
  }

  Warcs warcinfo() {
    return write(
        new Warcinfo.Builder()
            .version(MessageVersion.WARC_1_0)
            .recordId(uuid())
            .date(Instant.parse("2020-06-11T23:59:00Z"))
            .filename("CC-NEWS-20200611235900-00001.warc.gz")
            .fields(
                Map.of(
                    "software", List.of("StormCrawler"), "format", List.of("WARC File Format 1.0")))
            .build());
  }

  Warcs request(String url) {
    try {
      HttpRequest http =
          new HttpRequest.Builder("GET", URI.create(url).getRawPath())
              .addHeader("Host", URI.create(url).getHost())
              .addHeader("User-Agent", "CCBot/2.0")
              .build();
      return write(
          new WarcRequest.Builder(URI.create(url))
              .version(MessageVersion.WARC_1_0)
              .recordId(uuid())
              .date(Instant.parse("2020-06-11T23:59:01Z"))
              .body(http)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response; {@code headers} are more HTTP header lines as name, value pairs. */
  Warcs response(String url, int status, String contentType, byte[] payload, String... headers) {
    try {
      HttpResponse.Builder http =
          new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
              .version(MessageVersion.HTTP_1_1);
      if (contentType != null) {
        http.addHeader("Content-Type", contentType);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        http.addHeader(headers[i], headers[i + 1]);
      }
      http.body(null, payload);
      return write(
          new WarcResponse.Builder(URI.create(url))
              .version(MessageVersion.WARC_1_0)
              .recordId(uuid())
              .date(Instant.parse("2020-06-11T23:59:02Z"))
              .addHeader("WARC-IP-Address", "192.0.2.7")
              .addHeader(
                  "WARC-Identified-Payload-Type",
                  contentType == null ? "application/octet-stream" : contentType)
              .body(http.build())
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Warcs response(String url, String html) {
    return response(url, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  Warcs resource(String url, String contentType, byte[] body) {
    return write(
        new WarcResource.Builder(URI.create(url))
            .version(MessageVersion.WARC_1_0)
            .recordId(uuid())
            .body(MediaType.parse(contentType), body)
            .build());
  }

  Warcs metadata(String url) {
    return write(
        new WarcMetadata.Builder()
            .version(MessageVersion.WARC_1_0)
            .recordId(uuid())
            .targetURI(url)
            .fields(Map.of("fetchTimeMs", List.of("412")))
            .build());
  }

  private Warcs write(WarcRecord record) {
    try {
      offsets.add(writer.position());
      ids.add(record.id().toString());
      writer.write(record);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Record ids that are the same on every run, so fixtures are too. */
  private UUID uuid() {
    return new UUID(0x4e67L, ++seq);
  }

  /** The offsets, once the records are written (for fixtures built only to know them). */
  List<Long> offsetsAfterWrite() {
    bytes();
    return offsets;
  }

  byte[] bytes() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(o)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return o.toByteArray();
  }

  /**
   * The fixture of the brief: warcinfo, then two HTML pages (each after its request), a PDF, a 404
   * and a metadata record.
   */
  static Warcs ccNews(boolean gzip) {
    return new Warcs(gzip)
        .warcinfo()
        .request("https://news.example.org/2020/06/11/first")
        .response("https://news.example.org/2020/06/11/first", page("First story", 4000, 1))
        .request("https://news.example.org/2020/06/11/second")
        .response(
            "https://news.example.org/2020/06/11/second",
            200,
            "text/html; charset=windows-1252",
            page("Second story caf\u00e9", 4000, 2)
                .getBytes(java.nio.charset.Charset.forName("windows-1252")))
        .response(
            "https://news.example.org/report.pdf",
            200,
            "application/pdf",
            "%PDF-1.4 not a page".getBytes(StandardCharsets.US_ASCII))
        .response(
            "https://news.example.org/gone",
            404,
            "text/html",
            "<html><body>Not found</body></html>".getBytes(StandardCharsets.US_ASCII))
        .metadata("https://news.example.org/2020/06/11/first");
  }
}
