package org.newsgraph.serve;

import io.javalin.http.Context;
import java.util.List;
import org.newsgraph.corpus.CorpusQueries.Day;
import org.newsgraph.corpus.CorpusQueries.EntityMatch;
import org.newsgraph.corpus.CorpusQueries.EntityPage;
import org.newsgraph.corpus.CorpusQueries.Quote;
import org.newsgraph.store.StoreReader.Rows;

/** {@code /api/entities...} and {@code /api/quotes}: entities across the corpus, quotations. */
final class EntityRoutes {

  static final int MAX_NAME = 200;
  static final int MAX_ID = 200;
  static final int MAX_LIMIT = 100;
  static final int DEFAULT_LIMIT = 20;

  private final ServerStore store;

  EntityRoutes(ServerStore store) {
    this.store = store;
  }

  void register(Routes r) {
    r.get("/api/entities", List.of("name", "limit"), this::find);
    r.get("/api/entities/{id}", List.of("limit"), this::entity);
    r.get("/api/entities/{id}/timeline", List.of(), this::timeline);
    r.get("/api/quotes", List.of("speaker", "limit"), this::quotes);
  }

  record Matches(String name, List<EntityMatch> entities) {}

  record Timeline(String id, String type, String name, List<Day> days) {}

  record Quotes(String speaker, String speakerEntity, List<Quote> quotes) {}

  private void find(Context ctx, Params p) {
    String name = p.requiredText("name", MAX_NAME);
    int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    ctx.json(new Matches(name, store.queries().findEntities(name, limit)));
  }

  private void entity(Context ctx, Params p) {
    int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    String id = Params.id(ctx, "id", MAX_ID);
    EntityPage page = store.queries().entity(id, limit).orElseThrow(() -> unknown(id));
    ctx.json(page);
  }

  private void timeline(Context ctx, Params p) {
    String id = Params.id(ctx, "id", MAX_ID);
    Rows head =
        store
            .tables()
            .query(
                "SELECT corpus_id, type, name FROM corpus_entities WHERE corpus_id = ?",
                List.of(id),
                1,
                ServerStore.QUERY_TIME);
    if (head.rows().isEmpty()) {
      throw unknown(id);
    }
    List<Object> row = head.rows().get(0);
    ctx.json(
        new Timeline(
            (String) row.get(0),
            (String) row.get(1),
            (String) row.get(2),
            store.queries().timeline(id)));
  }

  private static ApiException unknown(String id) {
    return ApiException.notFound(
        "no corpus entity has the id '"
            + Params.echo(id)
            + "'; GET /api/entities?name=... finds entities by name");
  }

  /** Quotations by the person or organization the name means, or by a speaker written so. */
  private void quotes(Context ctx, Params p) {
    String speaker = p.requiredText("speaker", MAX_NAME);
    int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    List<String> ids =
        store.queries().findEntities(speaker, 10).stream()
            .filter(m -> m.type().equals("PER") || m.type().equals("ORG"))
            .map(EntityMatch::id)
            .toList();
    List<String> first = ids.isEmpty() ? List.of() : List.of(ids.get(0));
    ctx.json(
        new Quotes(
            speaker,
            ids.isEmpty() ? null : ids.get(0),
            store.queries().quotes(first, speaker, limit)));
  }
}
