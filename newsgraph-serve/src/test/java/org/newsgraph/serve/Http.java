package org.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test client of one server: java.net.http, JSON answers parsed. */
final class Http {

  /** An answer: status, headers, the body as text and as JSON (null when it is not JSON). */
  record Answer(int status, java.net.http.HttpHeaders headers, String text, JsonNode json) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The error body's parameter, or null. */
    String parameter() {
      return json == null || !json.has("parameter") ? null : json.get("parameter").asText();
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  Http(NewsgraphServer server) {
    this.base = server.url();
  }

  /** A string as a JSON literal. */
  static String jsonString(String s) throws IOException {
    return JSON.writeValueAsString(s);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), null);
  }

  Answer get(String pathAndQuery, String token) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), token);
  }

  Answer post(String path, String contentType, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b, token);
  }

  private Answer send(HttpRequest.Builder b, String token)
      throws IOException, InterruptedException {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r =
        client.send(
            b.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      json = JSON.readTree(r.body());
    }
    return new Answer(r.statusCode(), r.headers(), r.body(), json);
  }
}
