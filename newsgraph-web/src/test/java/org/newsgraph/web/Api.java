package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The REST API as the tests ask it directly: what the interface should show. */
final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Api() {}

  /** GET base + "api/" + pathAndQuery; fails unless the answer is 200. */
  static JsonNode get(String base, String pathAndQuery) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "api/" + pathAndQuery)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new AssertionError("GET api/" + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET api/" + pathAndQuery + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The id of the one article whose title has these words. */
  static String articleId(String base, String titleWords) {
    JsonNode hits = get(base, "search?q=" + enc("title:(" + titleWords + ")")).get("hits");
    if (hits.size() != 1) {
      throw new AssertionError("expected one article titled '" + titleWords + "', got " + hits);
    }
    return hits.get(0).get("id").asText();
  }
}
