package org.newsgraph.corpus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.SearchIndex.FacetCounts;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreReader.Rows;

/**
 * The structured queries over a store: entities by name, an entity's page (names, mentions over
 * time, co-occurring entities, quotations, why its names were merged), quotations by speaker.
 * Every query is bounded in rows and time.
 */
public final class CorpusQueries {

  /** A corpus entity matching a name, with how much the corpus says of it. */
  public record EntityMatch(String id, String type, String name, long articles, long mentions) {}

  /** One day of an entity's timeline. */
  public record Day(LocalDate day, long articles, long mentions) {}

  /** An entity seen in the same articles. */
  public record CoEntity(String id, String type, String name, long articles) {}

  /** A quotation, with its article and the span of its text. */
  public record Quote(
      String articleId, String title, LocalDate published, String speaker, String speakerId,
      String text, String cue, int start, int end) {}

  /** Why an article's entity belongs to this corpus entity. */
  public record Link(String articleId, String name, String rule, String reason) {}

  /**
   * A role the articles give an entity, with the mentions that give it.
   *
   * @param how {@code description}: what the articles call it besides its names ("former
   *     intelligence chief" from "Former intelligence chief Moustafa al-Kazimi", "the country");
   *     {@code stands for}: what a name of it stands for ("government", as "Washington" does)
   */
  public record Role(String role, String how, long mentions) {}

  /** Everything the entity page shows. */
  public record EntityPage(
      EntityMatch entity, List<String> variants, List<Role> roles, List<Day> timeline,
      List<CoEntity> coEntities, List<Quote> quotes, List<Link> links) {}

  /** How many articles have a value: a site, a language, a month ({@code 2020-06}). */
  public record ValueCount(String value, long matches) {}

  /** A corpus entity and how many matches name it. */
  public record EntityCount(String id, String name, long matches) {}

  /**
   * What a search's matches hold, counted by article: their sites and languages (most matches
   * first, ties by value), their months of publication ({@code 2020-06}, oldest first), and the
   * corpus entities they name, by type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}, each
   * key always there; most matches first, ties by id).
   */
  public record Facets(
      List<ValueCount> sites, List<ValueCount> languages, List<ValueCount> months,
      Map<String, List<EntityCount>> types) {
    public Facets {
      sites = List.copyOf(sites);
      languages = List.copyOf(languages);
      months = List.copyOf(months);
      Map<String, List<EntityCount>> t = new LinkedHashMap<>();
      types.forEach((k, v) -> t.put(k, List.copyOf(v)));
      types = Collections.unmodifiableMap(t);
    }
  }

  /**
   * A place entity the gazetteer can put on the map, with the matches that name it and their
   * mentions of it.
   *
   * @param kind {@code country} or {@code capital} (see {@link Places})
   */
  public record Place(
      String id, String name, String kind, String iso3, double lat, double lon, long articles,
      long mentions) {}

  /** A place entity the gazetteer cannot place, with the matches that name it. */
  public record Unplaced(String id, String name, long articles) {}

  /** The places of a search's matches: those on the map, and the others. */
  public record PlaceCounts(List<Place> places, List<Unplaced> unplaced) {
    public PlaceCounts {
      places = List.copyOf(places);
      unplaced = List.copyOf(unplaced);
    }
  }

  /** The entity types, in the order answers list them. */
  public static final List<String> TYPES =
      Arrays.stream(EntityType.values()).map(EntityType::shortCode).toList();

  /**
   * Place entities looked at per {@link #places} call, most articles first: the gazetteer's
   * countries and capitals are among the most named places of any set of articles, and 10,000
   * articles name a few thousand places in all, so this bounds the work without losing a place
   * the map shows.
   */
  static final int PLACE_CANDIDATES = 5_000;

  private static final Duration LIMIT = Duration.ofSeconds(10);

  /** Co-occurring entities are counted over the entity's latest articles, at most this many. */
  static final int CO_ENTITY_ARTICLES = 2_000;

  private final StoreReader tables;

  public CorpusQueries(StoreReader tables) {
    this.tables = tables;
  }

  /**
   * The corpus entities a name may mean: those with the name's key or spelling key, then those
   * whose names contain it; most mentioned first.
   */
  public List<EntityMatch> findEntities(String name, int limit) {
    String key = CorpusEntities.nameKey(name);
    String spelling = CorpusEntities.spellingKey(name);
    Rows r =
        tables.query(
            "WITH hits AS ("
                + " SELECT corpus_id, 0 AS rank FROM corpus_keys WHERE key = ? OR key = ?"
                + " UNION ALL SELECT corpus_id, 1 FROM entities WHERE name ILIKE ? ESCAPE '\\'"
                + "), best AS (SELECT corpus_id, min(rank) AS rank FROM hits GROUP BY corpus_id)"
                + " SELECT b.corpus_id, any_value(e.type), mode(e.name),"
                + " count(DISTINCT e.article_id), sum(e.mentions), min(b.rank) AS rank"
                + " FROM best b JOIN entities e ON e.corpus_id = b.corpus_id"
                + " GROUP BY b.corpus_id ORDER BY rank, sum(e.mentions) DESC, b.corpus_id LIMIT ?",
            List.of(key, spelling == null ? key : spelling, "%" + likeEscape(name.strip()) + "%",
                limit),
            limit, LIMIT);
    List<EntityMatch> out = new ArrayList<>();
    for (List<Object> row : r.rows()) {
      out.add(match(row));
    }
    return out;
  }

  private static EntityMatch match(List<Object> row) {
    return new EntityMatch(
        (String) row.get(0), (String) row.get(1), (String) row.get(2), num(row.get(3)),
        num(row.get(4)));
  }

  /** The entity page of a corpus entity; empty when the id is unknown. */
  public java.util.Optional<EntityPage> entity(String corpusId, int limit) {
    Rows head =
        tables.query(
            "SELECT corpus_id, any_value(type), mode(name), count(DISTINCT article_id),"
                + " sum(mentions) FROM entities WHERE corpus_id = ? GROUP BY corpus_id",
            List.of(corpusId), 1, LIMIT);
    if (head.rows().isEmpty()) {
      return java.util.Optional.empty();
    }
    EntityMatch m = match(head.rows().get(0));
    Set<String> variants = new LinkedHashSet<>();
    for (List<Object> row :
        tables.query(
                "SELECT v, count(*) AS n FROM (SELECT unnest(list_prepend(name, variants)) AS v"
                    + " FROM entities WHERE corpus_id = ?) GROUP BY v ORDER BY n DESC, v",
                List.of(corpusId), limit, LIMIT)
            .rows()) {
      variants.add((String) row.get(0));
    }
    List<Day> timeline = timeline(corpusId);
    List<CoEntity> co = new ArrayList<>();
    for (List<Object> row :
        tables.query(
                "WITH recent AS (SELECT DISTINCT article_id, published FROM entities"
                    + " WHERE corpus_id = ? ORDER BY published DESC NULLS LAST LIMIT ?)"
                    + " SELECT o.corpus_id, any_value(o.type), mode(o.name),"
                    + " count(DISTINCT o.article_id) AS n"
                    + " FROM entities o SEMI JOIN recent r ON o.article_id = r.article_id"
                    + " WHERE o.corpus_id IS NOT NULL AND o.corpus_id <> ?"
                    + " GROUP BY o.corpus_id ORDER BY n DESC, sum(o.mentions) DESC, o.corpus_id LIMIT ?",
                List.of(corpusId, CO_ENTITY_ARTICLES, corpusId, limit), limit, LIMIT)
            .rows()) {
      co.add(new CoEntity((String) row.get(0), (String) row.get(1), (String) row.get(2),
          num(row.get(3))));
    }
    List<Link> links = new ArrayList<>();
    for (List<Object> row :
        tables.query(
                "SELECT article_id, name, link_rule, link_reason FROM entities"
                    + " WHERE corpus_id = ? ORDER BY link_rule = 'new' DESC, link_rule, article_id"
                    + " LIMIT ?",
                List.of(corpusId, limit), limit, LIMIT)
            .rows()) {
      links.add(new Link((String) row.get(0), (String) row.get(1), (String) row.get(2),
          (String) row.get(3)));
    }
    return java.util.Optional.of(
        new EntityPage(m, List.copyOf(variants), roles(corpusId, variants, limit), timeline, co,
            quotes(List.of(corpusId), null, limit), links));
  }

  /** Description and role mentions read per entity page at most. */
  static final int ROLE_MENTIONS = 5_000;

  private static final Pattern LEADING_DETERMINER =
      Pattern.compile(
          "^(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\\s+)+",
          Pattern.CASE_INSENSITIVE);

  /**
   * The roles the articles give an entity: its descriptions without its names and determiners
   * ("Former intelligence chief Moustafa al-Kazimi" gives "former intelligence chief"), and what
   * its names stand for; most mentions first.
   */
  List<Role> roles(String corpusId, Set<String> names, int limit) {
    List<Pattern> nameAt = new ArrayList<>();
    names.stream()
        .filter(n -> !n.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(
            n ->
                nameAt.add(
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?:'s|’s)?(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, String> how = new LinkedHashMap<>();
    for (List<Object> row :
        tables.query(
                "SELECT kind, surface, role FROM mentions WHERE corpus_id = ?"
                    + " AND (kind = 'description' OR role IS NOT NULL) LIMIT ?",
                List.of(corpusId, ROLE_MENTIONS), ROLE_MENTIONS, LIMIT)
            .rows()) {
      String role = (String) row.get(2);
      String key;
      String kind;
      if (role != null) {
        key = role.toLowerCase(Locale.ROOT);
        kind = "stands for";
      } else {
        key = description((String) row.get(1), nameAt);
        kind = "description";
      }
      if (key == null) {
        continue;
      }
      counts.computeIfAbsent(kind + '\u0000' + key, k -> new long[1])[0]++;
      how.putIfAbsent(kind + '\u0000' + key, kind);
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(
            e ->
                new Role(
                    e.getKey().substring(e.getKey().indexOf('\u0000') + 1),
                    how.get(e.getKey()),
                    e.getValue()[0]))
        .toList();
  }

  /** A description without the entity's names and leading determiners, in lower case; or null. */
  static String description(String surface, List<Pattern> names) {
    if (surface == null) {
      return null;
    }
    String d = surface;
    for (Pattern n : names) {
      d = n.matcher(d).replaceAll(" ");
    }
    d = d.replaceAll("[\\s,;:()\"“”]+", " ").strip();
    d = LEADING_DETERMINER.matcher(d).replaceFirst("").strip();
    d = d.replaceAll("[.!?]+$", "").strip();
    d = d.replaceAll("\\s+(?:of|for|and|in|at|with)$", "").strip();
    if (d.length() < 3 || !d.codePoints().anyMatch(Character::isLetter)) {
      return null;
    }
    return d.toLowerCase(Locale.ROOT);
  }

  /** An entity's mentions per day of publication. */
  public List<Day> timeline(String corpusId) {
    List<Day> timeline = new ArrayList<>();
    for (List<Object> row :
        tables.query(
                "SELECT published, count(DISTINCT article_id), sum(mentions) FROM entities"
                    + " WHERE corpus_id = ? AND published IS NOT NULL"
                    + " GROUP BY published ORDER BY published",
                List.of(corpusId), 10_000, LIMIT)
            .rows()) {
      timeline.add(new Day(date(row.get(0)), num(row.get(1)), num(row.get(2))));
    }
    return timeline;
  }

  /**
   * Quotations by any of these corpus entities, or (when {@code speakerText} is given) whose
   * speaker is written so; newest first.
   */
  public List<Quote> quotes(List<String> corpusIds, String speakerText, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder("false");
    if (!corpusIds.isEmpty()) {
      where.append(" OR q.speaker_corpus_id IN (");
      for (int i = 0; i < corpusIds.size(); i++) {
        where.append(i == 0 ? "?" : ", ?");
        params.add(corpusIds.get(i));
      }
      where.append(')');
    }
    if (speakerText != null && !speakerText.isBlank()) {
      where.append(" OR q.speaker ILIKE ? ESCAPE '\\'");
      params.add("%" + likeEscape(speakerText.strip()) + "%");
    }
    params.add(limit);
    List<Quote> out = new ArrayList<>();
    for (List<Object> row :
        tables.query(
                "WITH q AS (SELECT * FROM quotations q WHERE " + where
                    + " ORDER BY q.published DESC NULLS LAST, q.article_id, q.ord LIMIT ?)"
                    + " SELECT q.article_id, a.title, q.published, q.speaker, q.speaker_corpus_id,"
                    + " q.text, q.cue, q.char_start, q.char_end"
                    + " FROM q JOIN articles a ON a.id = q.article_id"
                    + " ORDER BY q.published DESC NULLS LAST, q.article_id, q.ord",
                params, limit, LIMIT)
            .rows()) {
      out.add(new Quote((String) row.get(0), (String) row.get(1), date(row.get(2)),
          (String) row.get(3), (String) row.get(4), (String) row.get(5), (String) row.get(6),
          (int) num(row.get(7)), (int) num(row.get(8))));
    }
    return out;
  }

  /**
   * What a search's matches hold (see {@link Facets}), from the index's counts: at most {@code
   * top} sites, languages and entities of each type; every month. The tables give the entities'
   * names.
   */
  public Facets facets(FacetCounts counts, int top) {
    Map<String, List<Map.Entry<String, Integer>>> byType = new LinkedHashMap<>();
    TYPES.forEach(t -> byType.put(t, new ArrayList<>()));
    counts.entities().entrySet().stream()
        .sorted(MOST_FIRST)
        .forEach(
            e -> {
              List<Map.Entry<String, Integer>> l = byType.get(CorpusEntities.typeOf(e.getKey()));
              if (l != null && l.size() < top) {
                l.add(e);
              }
            });
    Map<String, String> names =
        names(byType.values().stream().flatMap(List::stream).map(Map.Entry::getKey).toList());
    Map<String, List<EntityCount>> types = new LinkedHashMap<>();
    byType.forEach(
        (t, l) ->
            types.put(
                t,
                l.stream()
                    .map(e -> new EntityCount(e.getKey(), names.get(e.getKey()), e.getValue()))
                    .toList()));
    Map<String, Integer> months = new TreeMap<>();
    counts.days().forEach((day, n) -> months.merge(YearMonth.from(day).toString(), n, Integer::sum));
    return new Facets(
        top(counts.sites(), top),
        top(counts.languages(), top),
        months.entrySet().stream().map(e -> new ValueCount(e.getKey(), e.getValue())).toList(),
        types);
  }

  /** Most matches first, ties by value. */
  private static final Comparator<Map.Entry<String, Integer>> MOST_FIRST =
      Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private static List<ValueCount> top(Map<String, Integer> counts, int top) {
    return counts.entrySet().stream()
        .sorted(MOST_FIRST)
        .limit(top)
        .map(e -> new ValueCount(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Corpus entities' names as the corpus first saw them (as {@code /api/search} names a resolved
   * entity filter); an id the table does not have is its own name.
   */
  private Map<String, String> names(List<String> corpusIds) {
    Map<String, String> names = new HashMap<>();
    if (!corpusIds.isEmpty()) {
      for (List<Object> row :
          tables.query(
                  "SELECT corpus_id, min(name) FROM corpus_entities"
                      + " WHERE corpus_id IN (SELECT unnest(?)) GROUP BY corpus_id",
                  List.of(corpusIds), corpusIds.size(), LIMIT)
              .rows()) {
        names.put((String) row.get(0), (String) row.get(1));
      }
    }
    corpusIds.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }

  /**
   * The place entities ({@code LOC}) a search's matches name, from the index's counts: at most
   * {@code maxPlaces} that the gazetteer places (see {@link Places}; most articles first, then
   * most mentions, then by id) and {@code maxUnplaced} that it does not (most articles first,
   * then by id). The tables give their names, and the subtypes and mentions in the matches read.
   */
  public PlaceCounts places(FacetCounts counts, int maxPlaces, int maxUnplaced) {
    List<Map.Entry<String, Integer>> candidates =
        counts.entities().entrySet().stream()
            .filter(e -> CorpusEntities.typeOf(e.getKey()).equals("LOC"))
            .sorted(MOST_FIRST)
            .limit(PLACE_CANDIDATES)
            .toList();
    Map<String, String> names = names(candidates.stream().map(Map.Entry::getKey).toList());
    List<Map.Entry<String, Integer>> placeable = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
    for (Map.Entry<String, Integer> e : candidates) {
      String name = names.get(e.getKey());
      if (Places.locate(name, null).isPresent()) {
        placeable.add(e);
      } else if (unplaced.size() < maxUnplaced) {
        unplaced.add(new Unplaced(e.getKey(), name, e.getValue()));
      }
    }
    Map<String, List<Object>> inMatches = new HashMap<>();
    if (!placeable.isEmpty() && maxPlaces > 0) {
      List<String> ids = placeable.stream().map(Map.Entry::getKey).toList();
      for (List<Object> row :
          tables.query(
                  "SELECT corpus_id, mode(subtype), sum(mentions) FROM entities"
                      + " WHERE corpus_id IN (SELECT unnest(?))"
                      + " AND article_id IN (SELECT unnest(?)) GROUP BY corpus_id",
                  List.of(ids, counts.ids()), ids.size(), LIMIT)
              .rows()) {
        inMatches.put((String) row.get(0), row);
      }
    }
    List<Place> places = new ArrayList<>();
    for (Map.Entry<String, Integer> e : placeable) {
      List<Object> row = inMatches.get(e.getKey());
      String name = names.get(e.getKey());
      Places.Location l =
          Places.locate(name, row == null ? null : (String) row.get(1)).orElseThrow();
      places.add(new Place(e.getKey(), name, l.kind(), l.iso3(), l.lat(), l.lon(), e.getValue(),
          row == null ? 0 : num(row.get(2))));
    }
    places.sort(
        Comparator.comparingLong(Place::articles).reversed()
            .thenComparing(Comparator.comparingLong(Place::mentions).reversed())
            .thenComparing(Place::id));
    return new PlaceCounts(places.subList(0, Math.min(maxPlaces, places.size())), unplaced);
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(o.toString());
  }
}
