package org.newsgraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Block;
import org.newsgraph.model.Count;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Reference;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.json.RecordJson;

/**
 * Turns one analyzed article into the rows of every table. Spans are character offsets into the
 * article's canonical text ({@code articles.text}), as in the knowledge record.
 */
public final class ArticleRows {

  private ArticleRows() {}

  /**
   * Adds the article's rows to the batch.
   *
   * @param id the article's stable id
   * @param inputKey the input it came from (a path, a WARC record, a URL)
   * @param links the corpus entity of each of the document's entities, by entity id
   */
  public static void add(
      Batch batch, Document doc, String id, String inputKey, Map<String, CorpusLink> links,
      Instant ingestedAt) {
    Metadata m = doc.metadata();
    String text = doc.text();
    DateClaim published = m.published();
    java.time.LocalDate day = published == null ? null : published.date();
    String language =
        doc.find(Layers.LANGUAGE).map(g -> g.code()).orElse(m.language());
    batch.add(
        Tables.ARTICLES,
        id,
        inputKey,
        doc.source().name(),
        m.url(),
        m.canonicalUrl(),
        m.title(),
        m.siteName(),
        m.section(),
        language,
        m.authors() == null ? List.of() : m.authors(),
        published == null ? null : published.date(),
        published == null ? null : published.time(),
        published == null ? null : published.evidence(),
        m.modified() == null ? null : m.modified().date(),
        m.description(),
        m.imageUrl(),
        doc.source().mediaType(),
        doc.source().charset(),
        doc.source().bytes(),
        words(text),
        text,
        RecordJson.toJson(doc, new RecordJson.Options(false, false)),
        OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC));
    batch.add(Tables.INPUTS, inputKey, id, "ingested");

    List<Block> blocks = doc.findLayer(Layers.BLOCKS).orElse(List.of());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      batch.add(
          Tables.BLOCKS, id, i, b.kind().name().toLowerCase(Locale.ROOT), b.span().start(),
          b.span().end(), b.rule());
    }

    List<Sentence> sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
    List<Reference> refs = doc.findLayer(Layers.REFERENCES).orElse(List.of());
    Map<String, Integer> mentionCounts = new HashMap<>();
    for (Reference r : refs) {
      mentionCounts.merge(r.entity(), 1, Integer::sum);
    }
    for (Entity e : doc.entities().list()) {
      CorpusLink link = links.get(e.id());
      batch.add(
          Tables.ENTITIES,
          id,
          day,
          e.id(),
          e.type().shortCode(),
          e.subtype(),
          e.name(),
          e.variants(),
          mentionCounts.getOrDefault(e.id(), 0),
          link == null ? null : link.corpusId(),
          link == null ? null : link.rule(),
          link == null ? null : link.reason());
    }
    for (Reference r : refs) {
      CorpusLink link = links.get(r.entity());
      batch.add(
          Tables.MENTIONS,
          id,
          day,
          r.entity(),
          link == null ? null : link.corpusId(),
          r.kind().name().toLowerCase(Locale.ROOT),
          r.span().start(),
          r.span().end(),
          doc.surface(r.span()),
          r.standsFor(),
          r.role(),
          sentenceOf(sentences, r.span()));
    }
    List<Quotation> quotes = doc.findLayer(Layers.QUOTES).orElse(List.of());
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      CorpusLink link = q.speakerEntity() == null ? null : links.get(q.speakerEntity());
      batch.add(
          Tables.QUOTATIONS,
          id,
          day,
          i,
          q.kind().name().toLowerCase(Locale.ROOT),
          q.span().start(),
          q.span().end(),
          quoteText(doc, q),
          q.cue() == null ? null : doc.surface(q.cue()),
          q.speaker(),
          q.speakerEntity(),
          link == null ? null : link.corpusId());
    }
    for (TimeExpression t : doc.findLayer(Layers.TIMEXES).orElse(List.of())) {
      batch.add(
          Tables.TIMEXES,
          id,
          t.span().start(),
          t.span().end(),
          doc.surface(t.span()),
          t.type().name(),
          t.value(),
          t.mod(),
          t.resolution().name().toLowerCase(Locale.ROOT),
          t.sentence());
    }
    for (Count c : doc.findLayer(Layers.COUNTS).orElse(List.of())) {
      batch.add(
          Tables.COUNTS,
          id,
          c.span().start(),
          c.span().end(),
          doc.surface(c.span()),
          c.value(),
          c.qualifier().name().toLowerCase(Locale.ROOT),
          c.object() == null ? null : doc.surface(c.object()),
          c.kind());
    }
  }

  /** The quoted words: the pieces when the quotation is interrupted, else its whole span. */
  private static String quoteText(Document doc, Quotation q) {
    if (q.pieces() == null || q.pieces().isEmpty()) {
      return doc.surface(q.span());
    }
    List<String> parts = new ArrayList<>();
    for (Span s : q.pieces()) {
      parts.add(doc.surface(s));
    }
    return String.join(" … ", parts);
  }

  private static Integer sentenceOf(List<Sentence> sentences, Span span) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (span.start() < s.start()) {
        hi = mid - 1;
      } else if (span.start() >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return null;
  }

  /** Runs of letters and digits. */
  public static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
