package org.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code POST /api/ingest} and {@code GET /api/ingest/{job}}: ingest run by the server, guarded by
 * a bearer token. The checks, in order: ingest off (403), token (401), body (400), another process
 * writing (409), queue full (429).
 */
final class IngestRoutes {

  static final int MAX_INPUTS = 100;
  static final int MAX_INPUT_LENGTH = 4_096;

  private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{16}");

  private final ServerStore store;
  private final IngestJobs jobs;
  private final byte[] token;

  IngestRoutes(ServerStore store, IngestJobs jobs, String token) {
    this.store = store;
    this.jobs = jobs;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void register(Routes r) {
    r.post("/api/ingest", List.of(), this::submit);
    r.get("/api/ingest/{job}", List.of(), this::status);
  }

  private void submit(Context ctx, Params p) throws IOException {
    authorize(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw new ApiException(
          415,
          "send the request as JSON (Content-Type: application/json):"
              + " {\"inputs\": [\"path or URL\", ...], \"nlp\": true}",
          null);
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiException.badParameter(
          "body",
          "the body is not JSON: "
              + e.getOriginalMessage()
              + " (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ")");
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badParameter(
          "body",
          "the body must be a JSON object:"
              + " {\"inputs\": [\"path or URL\", ...], \"nlp\": true}");
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("inputs") && !f.equals("nlp")) {
        throw ApiException.badParameter(
            f, "unknown field '" + Params.echo(f) + "'; the body takes inputs and nlp");
      }
    }
    List<String> inputs = inputs(body.get("inputs"));
    JsonNode nlpNode = body.get("nlp");
    if (nlpNode != null && !nlpNode.isNull() && !nlpNode.isBoolean()) {
      throw ApiException.badParameter(
          "nlp",
          "nlp must be true (full analysis, the default) or" + " false (text and metadata only)");
    }
    boolean nlp = nlpNode == null || nlpNode.isNull() || nlpNode.booleanValue();
    IngestJobs.Status s = jobs.submit(inputs, nlp);
    ctx.status(202).header("Location", "/api/ingest/" + s.id()).json(s);
  }

  private static List<String> inputs(JsonNode node) {
    String allowed =
        "inputs must be a list of 1 to "
            + MAX_INPUTS
            + " paths (on the server's"
            + " machine) or http(s) URLs, each at most "
            + MAX_INPUT_LENGTH
            + " characters";
    if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_INPUTS) {
      throw ApiException.badParameter("inputs", allowed);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      String v = n.isTextual() ? n.textValue().strip() : "";
      if (v.isEmpty()
          || v.length() > MAX_INPUT_LENGTH
          || v.chars().anyMatch(Character::isISOControl)) {
        throw ApiException.badParameter(
            "inputs", allowed + "; item " + (out.size() + 1) + " is not");
      }
      out.add(v);
    }
    return out;
  }

  private void status(Context ctx, Params p) {
    authorize(ctx);
    String id = ctx.pathParam("job");
    if (!JOB_ID.matcher(id).matches()) {
      throw ApiException.badParameter(
          "job",
          "job must be a job id as POST /api/ingest returns it"
              + " (16 hexadecimal digits); got '"
              + Params.echo(id)
              + "'");
    }
    ctx.json(
        jobs.find(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no ingest job has the id "
                            + id
                            + " on this server (the last "
                            + IngestJobs.KEPT
                            + " are kept until it stops)")));
  }

  /** 403 when ingest is off, 401 without the right bearer token. */
  private void authorize(Context ctx) {
    if (!store.ingestEnabled() || token == null) {
      throw new ApiException(
          403,
          "ingest is off on this server (it was started with"
              + " --no-ingest); run 'newsgraph ingest', or restart the server without --no-ingest",
          null);
    }
    String h = ctx.header("Authorization");
    String given = null;
    if (h != null && h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = h.substring(7).strip();
    }
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
      throw new ApiException(
          401,
          given == null
              ? "ingest needs the server's token: send 'Authorization: Bearer <token>' (the token"
                    + " was given with --token or NEWSGRAPH_TOKEN, or printed when the server"
                    + " started)"
              : "the token is wrong: send the one given with --token or NEWSGRAPH_TOKEN, or printed"
                  + " when the server started",
          null);
    }
  }
}
