package org.newsgraph.serve;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.newsgraph.corpus.CorpusQueries.EntityCount;
import org.newsgraph.corpus.CorpusQueries.Facets;
import org.newsgraph.corpus.CorpusQueries.Place;
import org.newsgraph.corpus.CorpusQueries.PlaceCounts;
import org.newsgraph.corpus.CorpusQueries.Unplaced;
import org.newsgraph.corpus.CorpusQueries.ValueCount;
import org.newsgraph.serve.SearchRoutes.Filters;
import org.newsgraph.serve.SearchRoutes.ResolvedEntity;
import org.newsgraph.store.SearchIndex.FacetCounts;

/**
 * {@code /api/facets} and {@code /api/places}: what a search's matches hold — their sites,
 * languages, months, days (the timeline's, from the same pass) and entities, and the places they name, on the map. Both take the filters of
 * {@code /api/search} and read the newest matches as the timeline does (at most {@link
 * SearchRoutes#MAX_READ}); the index counts their values, the tables give names, subtypes and
 * mentions.
 */
final class FacetRoutes {

  /** Values per facet list (sites, languages, entities of each type). */
  static final int TOP = 20;

  /** Places on the map at most, most articles first. */
  static final int MAX_PLACES = 200;

  /** Places the gazetteer cannot place, at most. */
  static final int MAX_UNPLACED = 50;

  private final ServerStore store;
  private final SearchRoutes search;

  FacetRoutes(ServerStore store, SearchRoutes search) {
    this.store = store;
    this.search = search;
  }

  void register(Routes r) {
    r.get("/api/facets", SearchRoutes.FILTERS, this::facets);
    r.get("/api/places", SearchRoutes.FILTERS, this::places);
  }

  record FacetsResponse(
      long total,
      int read,
      boolean capped,
      String note,
      List<ResolvedEntity> entities,
      List<ValueCount> sites,
      List<ValueCount> languages,
      List<ValueCount> months,
      List<SearchRoutes.Day> days,
      int undated,
      Map<String, List<EntityCount>> types,
      long tookMs) {}

  record PlacesResponse(
      long total,
      int read,
      boolean capped,
      String note,
      List<ResolvedEntity> entities,
      List<Place> places,
      List<Unplaced> unplaced,
      long tookMs) {}

  private void facets(Context ctx, Params p) {
    long t0 = System.nanoTime();
    Filters f = search.filters(p);
    FacetCounts m = counts(f);
    Facets c = store.queries().facets(m, TOP);
    ctx.json(
        new FacetsResponse(
            m.total(),
            m.read(),
            m.capped(),
            note("the facets count", m),
            f.entities(),
            c.sites(),
            c.languages(),
            c.months(),
            SearchRoutes.days(m.days()),
            m.undated(),
            c.types(),
            SearchRoutes.millis(t0)));
  }

  private void places(Context ctx, Params p) {
    long t0 = System.nanoTime();
    Filters f = search.filters(p);
    FacetCounts m = counts(f);
    PlaceCounts c = store.queries().places(m, MAX_PLACES, MAX_UNPLACED);
    ctx.json(
        new PlacesResponse(
            m.total(),
            m.read(),
            m.capped(),
            note("the places are those of", m),
            f.entities(),
            c.places(),
            c.unplaced(),
            SearchRoutes.millis(t0)));
  }

  private FacetCounts counts(Filters f) {
    return SearchRoutes.run(() -> store.index().facetCounts(f.newest(), SearchRoutes.MAX_READ));
  }

  /** Null, or when matches were left unread, what was counted. */
  static String note(String what, FacetCounts m) {
    return m.capped()
        ? "capped: "
            + what
            + " the "
            + m.read()
            + " newest of "
            + m.total()
            + " matches; narrow the query or the dates to count them all"
        : null;
  }
}
