package org.newsgraph.serve;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.store.StoreReader.Rows;
import org.newsgraph.store.Tables;
import org.newsgraph.store.Tables.Column;
import org.newsgraph.store.Tables.Table;

/**
 * {@code /api/articles/{id}}: an article's row and its layers, read from the tables. Spans ({@code
 * char_start}, {@code char_end}) are UTF-16 offsets into {@code article.text}, as JavaScript's
 * {@code String.slice} counts. {@code /api/articles/{id}/record}: its knowledge record as stored.
 */
final class ArticleRoutes {

  /** Rows of one layer at most; a longer layer is cut there and named in "truncated". */
  static final int MAX_LAYER_ROWS = 10_000;

  static final int MAX_ID = 128;

  /** A layer: its table and the order of its rows. */
  private record Layer(Table table, String orderBy) {}

  private static final List<Layer> LAYERS =
      List.of(
          new Layer(Tables.BLOCKS, "ord"),
          new Layer(Tables.ENTITIES, "mentions DESC, entity_id"),
          new Layer(Tables.MENTIONS, "char_start, char_end"),
          new Layer(Tables.QUOTATIONS, "ord"),
          new Layer(Tables.TIMEXES, "char_start, char_end"),
          new Layer(Tables.COUNTS, "char_start, char_end"));

  /** The article columns sent: all but the knowledge record (the layers carry it). */
  private static final String ARTICLE_COLUMNS =
      Tables.ARTICLES.columns().stream()
          .map(Column::name)
          .filter(c -> !c.equals("record"))
          .map(c -> '"' + c + '"')
          .collect(Collectors.joining(", "));

  private final ServerStore store;

  ArticleRoutes(ServerStore store) {
    this.store = store;
  }

  void register(Routes r) {
    r.get("/api/articles/{id}", List.of(), this::article);
    r.get("/api/articles/{id}/record", List.of(), this::record);
  }

  /** The article's row, with these columns; 404 when no article has the id. */
  private Rows articleRow(String id, String columns) {
    Rows a =
        store
            .tables()
            .query(
                "SELECT " + columns + " FROM articles WHERE id = ?",
                List.of(id),
                1,
                ServerStore.QUERY_TIME);
    if (a.rows().isEmpty()) {
      throw ApiException.notFound(
          "no article has the id '" + Params.echo(id) + "'; ids come from /api/search hits");
    }
    return a;
  }

  private void article(Context ctx, Params p) {
    String id = Params.id(ctx, "id", MAX_ID);
    Rows a = articleRow(id, ARTICLE_COLUMNS);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", Json.rows(a).get(0));
    List<String> truncated = new ArrayList<>();
    for (Layer l : LAYERS) {
      String cols =
          l.table().columns().stream()
              .map(Column::name)
              .filter(c -> !c.equals("article_id"))
              .map(c -> '"' + c + '"')
              .collect(Collectors.joining(", "));
      Rows rows =
          store
              .tables()
              .query(
                  "SELECT "
                      + cols
                      + " FROM \""
                      + l.table().name()
                      + "\" WHERE article_id = ? ORDER BY "
                      + l.orderBy(),
                  List.of(id),
                  MAX_LAYER_ROWS,
                  ServerStore.QUERY_TIME);
      out.put(l.table().name(), Json.rows(rows));
      if (rows.truncated()) {
        truncated.add(l.table().name());
      }
    }
    out.put("truncated", truncated);
    ctx.json(out);
  }

  /**
   * The knowledge record as the store holds it (record-schema.md; without the text, which is the
   * article's {@code text}): sent as it is, the JSON the ingest wrote.
   */
  private void record(Context ctx, Params p) {
    String id = Params.id(ctx, "id", MAX_ID);
    Object record = articleRow(id, "record").rows().get(0).get(0);
    if (record == null) {
      throw ApiException.notFound("the article '" + Params.echo(id) + "' has no stored record");
    }
    ctx.contentType("application/json").result(record.toString());
  }
}
