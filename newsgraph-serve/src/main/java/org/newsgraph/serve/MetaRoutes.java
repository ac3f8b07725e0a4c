package org.newsgraph.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code /api/health} and {@code /api/openapi.json}. */
final class MetaRoutes {

  /** The OpenAPI document, written by hand (OpenApiTest checks it against the routes). */
  static final String OPENAPI = "/org/newsgraph/serve/openapi.json";

  private final ServerStore store;
  private final IngestJobs jobs;
  private final byte[] openapi;

  MetaRoutes(ServerStore store, IngestJobs jobs) {
    this.store = store;
    this.jobs = jobs;
    this.openapi = openapi();
  }

  static byte[] openapi() {
    try (InputStream in = MetaRoutes.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI document " + OPENAPI + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void register(Routes r) {
    r.get("/api/health", List.of(), this::health);
    r.get("/api/openapi.json", List.of(), this::openapi);
  }

  /**
   * @param ingest "writer" (ingest can run), "read-only" (another process writes to the store; see
   *     ingest_problem) or "disabled" (--no-ingest)
   */
  record Health(
      String status,
      String store,
      long articles,
      int indexSize,
      String ingest,
      String ingestProblem,
      long ingestJobsActive) {}

  private void health(Context ctx, Params p) {
    String mode = store.mode();
    ctx.json(
        new Health(
            "ok",
            store.dir().toAbsolutePath().normalize().toString(),
            store.articles(),
            store.index().size(),
            mode,
            mode.equals("read-only") ? store.writerProblem() : null,
            jobs == null ? 0 : jobs.active()));
  }

  private void openapi(Context ctx, Params p) {
    ctx.contentType("application/json").result(openapi);
  }
}
