package org.newsgraph.corpus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /** Everything the entity page shows. */
  public record EntityPage(
      EntityMatch entity, List<String> variants, List<Day> timeline, List<CoEntity> coEntities,
      List<Quote> quotes, List<Link> links) {}

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
        new EntityPage(m, List.copyOf(variants), timeline, co, quotes(List.of(corpusId), null,
            limit), links));
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
