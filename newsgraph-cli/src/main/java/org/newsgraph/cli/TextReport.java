package org.newsgraph.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Block;
import org.newsgraph.model.Count;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.LanguageGuess;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Reference;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.model.TimeAnchor;
import org.newsgraph.model.TimeExpression;

/** The knowledge record as a report for people: what the article is, and what it mentions. */
final class TextReport {

  private TextReport() {}

  static String render(Document doc) {
    StringBuilder sb = new StringBuilder();
    Metadata m = doc.metadata();
    line(sb, "Article", doc.id() + "  (" + doc.source().name() + ")");
    if (m.title() != null) {
      line(sb, "Title", m.title() + "  (" + m.titleEvidence() + ")");
    }
    if (!m.authors().isEmpty()) {
      line(sb, "Authors", String.join(", ", m.authors()));
    }
    if (m.credit() != null) {
      line(sb, "Source", m.credit());
    }
    if (m.published() != null) {
      line(sb, "Published", m.published().date() + "  (" + m.published().evidence() + ")");
    }
    if (m.modified() != null) {
      line(sb, "Modified", m.modified().date() + "  (" + m.modified().evidence() + ")");
    }
    if (m.siteName() != null) {
      line(sb, "Site", m.siteName() + (m.section() == null ? "" : " / " + m.section()));
    }
    if (m.canonicalUrl() != null) {
      line(sb, "Canonical", m.canonicalUrl());
    } else if (m.url() != null) {
      line(sb, "URL", m.url());
    }
    if (m.description() != null) {
      line(sb, "Description", abbreviate(m.description(), 100));
    }
    doc.find(Layers.LANGUAGE)
        .ifPresent(
            (LanguageGuess l) ->
                line(sb, "Language", String.format(Locale.ROOT, "%s (%.2f, %s)", l.code(), l.confidence(), l.method())));
    doc.find(Layers.ANCHOR)
        .ifPresent(
            (TimeAnchor a) ->
                line(
                    sb,
                    "Anchor",
                    (a.isKnown() ? a.date() + " " : "")
                        + "[" + a.status().id() + "] " + a.evidence()));
    sb.append('\n');

    sb.append("Structure\n");
    for (Block b : doc.blocks()) {
      if (b.kind() == org.newsgraph.model.BlockKind.PARAGRAPH) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "  %-11s %s%n", b.kind().id(), abbreviate(doc.surface(b), 90)));
    }
    long paragraphs =
        doc.blocks().stream().filter(b -> b.kind() == org.newsgraph.model.BlockKind.PARAGRAPH).count();
    sb.append(String.format(Locale.ROOT, "  %d paragraphs", paragraphs));
    doc.findLayer(Layers.SENTENCES).ifPresent(s -> sb.append(", ").append(s.size()).append(" sentences"));
    doc.findLayer(Layers.TOKENS).ifPresent(t -> sb.append(", ").append(t.size()).append(" tokens"));
    sb.append("\n");
    List<RelatedLink> related = doc.findLayer(Layers.RELATED_LINKS).orElse(List.of());
    if (!related.isEmpty()) {
      sb.append("\nRelated articles\n");
      for (RelatedLink r : related) {
        sb.append("  ").append(r.label().isEmpty() ? "" : "[" + r.label() + "] ")
            .append(doc.surface(r)).append(r.url() == null ? "" : "  <" + r.url() + ">").append('\n');
      }
    }

    List<EntityMention> mentions = doc.findLayer(Layers.MENTIONS).orElse(List.of());
    if (doc.has(Layers.ENTITIES)) {
      entities(doc, sb);
    } else if (!mentions.isEmpty()) {
      sb.append("\nNames\n");
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (EntityMention e : mentions) {
        counts.merge(String.format(Locale.ROOT, "%-12s %s", e.type().id(), doc.surface(e)), 1, Integer::sum);
      }
      counts.forEach((k, n) -> sb.append("  ").append(k).append(n > 1 ? "  x" + n : "").append('\n'));
    }
    quotations(doc, sb);
    List<TimeExpression> timexes = doc.findLayer(Layers.TIMEXES).orElse(List.of());
    if (!timexes.isEmpty()) {
      sb.append("\nTime expressions\n");
      for (TimeExpression t : timexes) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-28s %-8s %-16s %s%n",
                abbreviate(doc.surface(t), 28),
                t.type().id(),
                t.value() + (t.mod() == null ? "" : " " + t.mod()),
                t.resolution().id()));
      }
    }
    List<Count> counts = doc.findLayer(Layers.COUNTS).orElse(List.of());
    if (!counts.isEmpty()) {
      sb.append("\nCounts\n");
      for (Count c : counts) {
        sb.append(countLine(doc, c)).append('\n');
      }
    }
    return sb.toString();
  }

  private static void entities(Document doc, StringBuilder sb) {
    List<Entity> list = doc.entities().list();
    if (list.isEmpty()) {
      return;
    }
    sb.append("\nEntities\n");
    List<Reference> refs = doc.findLayer(Layers.REFERENCES).orElse(List.of());
    for (Entity e : list) {
      long n = refs.stream().filter(r -> r.entity().equals(e.id())).count();
      sb.append(String.format(Locale.ROOT, "  %-4s %-12s %s", e.id(), e.type().id(), e.name()));
      List<String> others = e.variants().stream().filter(v -> !v.equals(e.name())).toList();
      if (!others.isEmpty()) {
        sb.append("  (").append(String.join(", ", others)).append(')');
      }
      sb.append("  x").append(n).append('\n');
      e.roles().stream().map(doc::surface).distinct().forEach(
          role -> sb.append("         role: ").append(abbreviate(role, 80)).append('\n'));
      long asActor = refs.stream().filter(r -> e.id().equals(r.standsFor())).count();
      if (asActor > 0) {
        sb.append("         stood for by ").append(asActor).append(" reference(s), e.g. a capital for its government\n");
      }
    }
  }

  private static void quotations(Document doc, StringBuilder sb) {
    List<Quotation> quotes = doc.findLayer(Layers.QUOTES).orElse(List.of());
    if (quotes.isEmpty()) {
      return;
    }
    sb.append("\nQuotations\n");
    for (Quotation q : quotes) {
      String content = q.pieces().stream().map(doc::surface).reduce((a, b) -> a + " … " + b).orElse("");
      if (q.kind() == QuoteKind.SCARE) {
        sb.append(String.format(Locale.ROOT, "  %-8s \"%s\"%n", "scare", abbreviate(content, 60)));
        continue;
      }
      String who = q.speaker() != null ? q.speaker() : "(no speaker)";
      String cue = q.cue() != null ? doc.surface(q.cue()) : "-";
      sb.append(String.format(Locale.ROOT, "  %-8s %s [%s]: \"%s\"%n", q.kind().id(), who, cue,
          abbreviate(content, 90)));
    }
  }

  /** " = Iraq" when a reference at the span resolves to an entity named otherwise. */
  private static String resolved(Document doc, org.newsgraph.model.Span span) {
    for (org.newsgraph.model.Reference r : doc.findLayer(Layers.REFERENCES).orElse(List.of())) {
      if (r.span().equals(span)) {
        String name = doc.entities().find(r.actor()).map(e -> e.name()).orElse(null);
        if (name != null && !name.equals(doc.surface(span))) {
          return " = " + name;
        }
      }
    }
    return "";
  }

  /** {@code value qualifier object [kind] [place] [time]}, then the phrase in the text. */
  static String countLine(Document doc, Count c) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-10s %-11s %s",
            plain(c.value()),
            c.qualifier().id(),
            c.object() == null ? "-" : abbreviate(doc.surface(c.object()), 40)));
    if (c.kind() != null) {
      sb.append("  [").append(c.kind()).append(']');
    }
    if (c.place() != null) {
      sb.append("  [in ").append(doc.surface(c.place())).append(resolved(doc, c.place())).append(']');
    }
    if (c.time() != null) {
      sb.append("  [at ").append(abbreviate(doc.surface(c.time()), 28)).append(']');
    }
    sb.append("  \"").append(abbreviate(doc.surface(c), 60)).append('"');
    return sb.toString();
  }

  /** 5200, 2.5, 1500000: no exponent, no trailing zeros. */
  private static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "%-9s %s%n", label + ":", value));
  }

  static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
