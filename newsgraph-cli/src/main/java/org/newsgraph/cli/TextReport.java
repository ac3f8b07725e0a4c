package org.newsgraph.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Block;
import org.newsgraph.model.Count;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.LanguageGuess;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
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
      line(sb, "Title", m.title());
    }
    if (!m.authors().isEmpty()) {
      line(sb, "Authors", String.join(", ", m.authors()));
    }
    if (m.credit() != null) {
      line(sb, "Source", m.credit());
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
        sb.append("  [").append(r.label()).append("] ").append(doc.surface(r)).append('\n');
      }
    }

    List<EntityMention> mentions = doc.findLayer(Layers.MENTIONS).orElse(List.of());
    if (!mentions.isEmpty()) {
      sb.append("\nNames\n");
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (EntityMention e : mentions) {
        counts.merge(String.format(Locale.ROOT, "%-12s %s", e.type().id(), doc.surface(e)), 1, Integer::sum);
      }
      counts.forEach((k, n) -> sb.append("  ").append(k).append(n > 1 ? "  x" + n : "").append('\n'));
    }
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
      sb.append("  [in ").append(doc.surface(c.place())).append(']');
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
