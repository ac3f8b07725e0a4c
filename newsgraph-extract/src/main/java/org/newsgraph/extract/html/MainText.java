package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.newsgraph.model.BlockKind;

/**
 * Finds a page's main text: the container that holds most of the paragraph text, read in order
 * as blocks. Site furniture (navigation, footers, share bars, comments, promos) is left out by
 * tag and by class or id.
 */
public final class MainText {

  /** Elements that never hold article text. */
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav",
          "footer", "aside", "select", "input", "textarea", "canvas", "object", "embed", "head");

  /** Class or id words of site furniture. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(^|[-_ ])(comments?|share|sharing|social|newsletter|cookie|consent|related|promo"
              + "|sidebar|footer|nav|navbar|menu|breadcrumbs?|subscribe|subscription|advert|ad"
              + "|ads|banner|popup|modal|widget|outbrain|taboola|recommended)($|[-_ ])");

  /** Paragraph text shorter than this (characters) scores nothing: menus and labels. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  public List<HtmlBlock> extract(org.jsoup.nodes.Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    Element root = body.clone();
    clean(root);
    Element best = bestContainer(root);
    List<HtmlBlock> out = new ArrayList<>();
    collect(best, out);
    return out;
  }

  private static void clean(Element root) {
    for (Element e : new ArrayList<>(root.getAllElements())) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag)
          || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden"))
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
          || (!tag.equals("body") && !tag.equals("article") && isFurniture(e))) {
        e.remove();
      }
    }
  }

  private static boolean isFurniture(Element e) {
    String words = e.className() + " " + e.id();
    return !words.isBlank() && FURNITURE.matcher(words).find();
  }

  /** Scores each parent by the paragraph text it holds (half for grandparents). */
  private static Element bestContainer(Element root) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : root.select("p, pre, td, blockquote")) {
      int len = p.text().length();
      if (len < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double s = 1 + Math.min(len, 1000) / 100.0;
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, s, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          score.merge(grand, s / 2, Double::sum);
        }
      }
    }
    Element best = root;
    double bestScore = 0;
    for (var e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  private static void collect(Element e, List<HtmlBlock> out) {
    for (Node child : e.childNodes()) {
      if (!(child instanceof Element el)) {
        if (child instanceof TextNode t && !t.isBlank() && t.text().strip().length() >= MIN_PARAGRAPH_CHARS) {
          out.add(HtmlBlock.of(BlockKind.PARAGRAPH, t.text().strip(), "loose-text"));
        }
        continue;
      }
      String tag = el.normalName();
      String text = el.text().strip();
      switch (tag) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> add(out, BlockKind.HEADING, text, "heading-tag");
        case "p", "pre" -> {
          if (!text.isBlank()) {
            out.add(new HtmlBlock(BlockKind.PARAGRAPH, text, "paragraph-tag", Links.dominantHref(el)));
          }
        }
        case "li" -> add(out, BlockKind.LIST_ITEM, text, "list-item-tag");
        case "blockquote" -> add(out, BlockKind.BLOCKQUOTE, text, "blockquote-tag");
        case "figcaption" -> add(out, BlockKind.CAPTION, text, "figcaption-tag");
        case "table" -> add(out, BlockKind.TABLE, tableText(el), "table-tag");
        default -> {
          if (hasBlockChildren(el)) {
            collect(el, out);
          } else {
            add(out, BlockKind.PARAGRAPH, text, "text-container");
          }
        }
      }
    }
  }

  private static boolean hasBlockChildren(Element el) {
    for (Element c : el.children()) {
      if (c.isBlock() || c.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private static String tableText(Element table) {
    StringBuilder sb = new StringBuilder();
    for (Element row : table.select("tr")) {
      Elements cells = row.select("th, td");
      if (cells.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(cells.get(i).text().strip());
      }
    }
    return sb.toString();
  }

  private static void add(List<HtmlBlock> out, BlockKind kind, String text, String rule) {
    if (!text.isBlank()) {
      out.add(HtmlBlock.of(kind, text, rule));
    }
  }
}
