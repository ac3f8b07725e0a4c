package org.newsgraph.extract.html;

import org.jsoup.Jsoup;
import org.newsgraph.model.Metadata;

/** Small hand-written pages for the metadata tests. */
final class MetadataTestPages {

  private MetadataTestPages() {}

  static Metadata read(String html) {
    return read(html, "https://news.example.com/world/story-123");
  }

  static Metadata read(String html, String url) {
    return new PageMetadata().read(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /** A page with the given head markup and body markup. */
  static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  static String meta(String attr, String key, String content) {
    return "<meta " + attr + "=\"" + key + "\" content=\"" + content + "\">";
  }
}
