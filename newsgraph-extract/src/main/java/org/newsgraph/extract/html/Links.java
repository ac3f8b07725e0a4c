package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/** Where a block links to, when it is mostly one link (a teaser: "&gt;&gt; Read: <a>title</a>"). */
final class Links {

  /**
   * Share of a block's text a single link must cover for the block to count as pointing there.
   * One half: a teaser's label (">> Read:") is short next to the title it links.
   */
  static final double DOMINANT_LINK_SHARE = 0.5;

  private Links() {}

  /** The absolute target of the one link that covers most of the element's text, else null. */
  static String dominantHref(Element block) {
    String text = block.text();
    if (text.isBlank()) {
      return null;
    }
    Element only = null;
    for (Element a : block.select("a[href]")) {
      if (only != null) {
        return null;
      }
      only = a;
    }
    if (only == null || only.text().length() < DOMINANT_LINK_SHARE * text.length()) {
      return null;
    }
    String href = only.absUrl("href");
    return href.isEmpty() ? null : href;
  }
}
