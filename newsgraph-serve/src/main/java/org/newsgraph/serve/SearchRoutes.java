package org.newsgraph.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.corpus.CorpusQueries.EntityMatch;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.SearchIndex.DayCounts;
import org.newsgraph.store.SearchIndex.Hit;
import org.newsgraph.store.SearchIndex.SearchRequest;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreReader.Rows;

/**
 * {@code /api/search} and {@code /api/timeline}: full-text search, and its matches per day. The
 * filters they take are those of every endpoint about a search's matches ({@link FacetRoutes}).
 */
final class SearchRoutes {

  static final int MAX_QUERY = 1_000;
  static final int MAX_ENTITIES = 10;
  static final int MAX_NAME = 200;
  static final int MAX_SITE = 200;
  static final int MAX_LIMIT = 100;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_OFFSET = 10_000;

  /**
   * Matches a timeline (or facets, or places) reads at most, newest first: what one request may
   * cost.
   */
  static final int MAX_READ = 10_000;

  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** The filters of a search, as query parameters. */
  static final List<String> FILTERS = List.of("q", "from", "to", "entity", "language", "site");

  private final ServerStore store;

  SearchRoutes(ServerStore store) {
    this.store = store;
  }

  void register(Routes r) {
    List<String> search = new ArrayList<>(FILTERS);
    search.addAll(List.of("sort", "limit", "offset"));
    r.get("/api/search", search, this::search);
    r.get("/api/timeline", FILTERS, this::timeline);
  }

  /** An entity filter as given, and the corpus entity it was taken as. */
  record ResolvedEntity(String given, String id, String type, String name) {}

  record SearchResponse(
      long total,
      int offset,
      int limit,
      String sort,
      List<ResolvedEntity> entities,
      List<Hit> hits,
      long tookMs) {}

  record Day(LocalDate day, int matches) {}

  record TimelineResponse(
      long total,
      int read,
      boolean capped,
      String note,
      List<ResolvedEntity> entities,
      List<Day> days,
      int undated,
      long tookMs) {}

  /** A search's filters, checked, with its entity filters resolved. */
  record Filters(
      String q,
      LocalDate from,
      LocalDate to,
      List<ResolvedEntity> entities,
      String language,
      String site) {

    /** The search with these filters. */
    SearchRequest request(boolean newest, int limit, int offset) {
      return new SearchRequest(q, from, to, entityIds(), language, site, newest, limit, offset);
    }

    /** The search whose newest matches a timeline, facets or places read. */
    SearchRequest newest() {
      return request(true, 1, 0);
    }

    private Set<String> entityIds() {
      if (entities.isEmpty()) {
        return null;
      }
      Set<String> ids = new LinkedHashSet<>();
      entities.forEach(e -> ids.add(e.id()));
      return ids;
    }
  }

  /** The filters of a request; 400 naming the parameter at fault. */
  Filters filters(Params p) {
    String q = p.text("q", MAX_QUERY);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter(
          "to",
          "to ("
              + to
              + ") is before from ("
              + from
              + "); give a range whose end is on or after its start");
    }
    List<String> given = p.texts("entity", MAX_ENTITIES, MAX_NAME);
    String language =
        p.matching("language", LANGUAGE, "an ISO 639 language code in lower case," + " such as en");
    String site = p.text("site", MAX_SITE);
    List<ResolvedEntity> entities = new ArrayList<>();
    for (String g : given) {
      entities.add(resolve(g));
    }
    return new Filters(q, from, to, entities, language, site);
  }

  /** A corpus id as is, else the corpus entity the name most likely means; 400 when none. */
  ResolvedEntity resolve(String given) {
    Rows byId =
        store
            .tables()
            .query(
                "SELECT corpus_id, type, name FROM corpus_entities WHERE corpus_id = ?",
                List.of(given),
                1,
                ServerStore.QUERY_TIME);
    if (!byId.rows().isEmpty()) {
      List<Object> row = byId.rows().get(0);
      return new ResolvedEntity(
          given, (String) row.get(0), (String) row.get(1), (String) row.get(2));
    }
    List<EntityMatch> m = given.isBlank() ? List.of() : store.queries().findEntities(given, 1);
    if (m.isEmpty()) {
      throw ApiException.badParameter(
          "entity",
          "no entity in the store has the id or name '"
              + Params.echo(given)
              + "'; GET /api/entities?name=... lists the entities a name may mean");
    }
    EntityMatch e = m.get(0);
    return new ResolvedEntity(given, e.id(), e.type(), e.name());
  }

  private void search(Context ctx, Params p) {
    long t0 = System.nanoTime();
    Filters f = filters(p);
    String sort = p.choice("sort", List.of("relevance", "newest"), "relevance");
    int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    int offset = p.integer("offset", 0, MAX_OFFSET, 0);
    SearchIndex.Results res =
        run(() -> store.index().search(f.request(sort.equals("newest"), limit, offset)));
    ctx.json(
        new SearchResponse(res.total(), offset, limit, sort, f.entities(), res.hits(), millis(t0)));
  }

  private void timeline(Context ctx, Params p) {
    long t0 = System.nanoTime();
    Filters f = filters(p);
    DayCounts c = run(() -> store.index().countByDay(f.newest(), MAX_READ));
    List<Day> days = days(c.days());
    String note =
        c.capped()
            ? "capped: counted the "
                + c.read()
                + " newest of "
                + c.total()
                + " matches, so days before "
                + (days.isEmpty() ? "the first" : days.get(0).day())
                + " are left out and that day may"
                + " be counted in part; narrow the query or the dates"
            : null;
    ctx.json(
        new TimelineResponse(
            c.total(), c.read(), c.capped(), note, f.entities(), days, c.undated(), millis(t0)));
  }

  /** Matches per day, oldest first, as the answers list them. */
  static List<Day> days(Map<LocalDate, Integer> counts) {
    List<Day> days = new ArrayList<>();
    for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
      days.add(new Day(e.getKey(), e.getValue()));
    }
    return days;
  }

  /**
   * Runs a search; a query that does not parse is the q parameter's fault. SearchIndex throws those
   * as StoreExceptions without a cause (failures to read the index carry theirs).
   */
  static <T> T run(java.util.function.Supplier<T> search) {
    try {
      return search.get();
    } catch (StoreException e) {
      if (e.getCause() == null) {
        throw ApiException.badParameter("q", e.getMessage());
      }
      throw e;
    }
  }

  static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
