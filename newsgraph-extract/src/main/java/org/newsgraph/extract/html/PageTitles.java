package org.newsgraph.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The headline. Each source proposes one (JSON-LD headline, Open Graph and Twitter titles, the
 * title metas, microdata, the first {@code <h1>}, the {@code <title>}); the proposal that most
 * other sources agree with wins, where a {@code <title>} "Headline | Site" agrees with
 * "Headline". When no two sources agree, the publisher's declared title comes first and the
 * {@code <title>}, cut before a short site suffix, before an {@code <h1>} (which on such pages is
 * often a logo or a section name).
 */
final class PageTitles {

  /** What joins a headline and a site name in a page title. */
  private static final List<String> SEPARATORS =
      List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", " _");

  /** What follows a site name in front of a headline ("Site | Headline", "Site: Headline"). */
  private static final List<String> SITE_PREFIX_SEPARATORS = List.of(" | ", " - ", " – ", " — ", ": ");

  /**
   * A {@code <title>} suffix of at most this many words is a site name ("| The Guardian",
   * "- 20 Minuten"); longer ones are part of the headline.
   */
  static final int MAX_SITE_SUFFIX_WORDS = 4;

  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /** Characters of an {@code <h1>} read: a headline, not an article. */
  private static final int MAX_HEADLINE_CHARS = 400;

  /** A proposal: where it came from and its text. */
  record Proposal(String source, String text) {}

  /** Proposals in order of trust when no two agree. */
  List<Proposal> proposals(PageIndex ix, JsonLd ld) {
    List<Proposal> out = new ArrayList<>();
    for (JsonNode a : ld.articles()) {
      add(out, "json-ld headline", JsonLd.text(a, "headline"));
      break;
    }
    add(out, "og:title", ix.meta("og:title"));
    add(out, "twitter:title", ix.meta("twitter:title"));
    for (String k : new String[] {"title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"}) {
      add(out, "meta " + k, ix.meta(k));
    }
    for (Element e : ix.microdata) {
      if (e.attr("itemprop").equalsIgnoreCase("headline") && !e.normalName().equals("meta")) {
        add(out, "itemprop headline", PageIndex.text(e, MAX_HEADLINE_CHARS));
        break;
      }
    }
    for (Element h : ix.h1) {
      String t = PageIndex.text(h, MAX_HEADLINE_CHARS);
      if (!t.isEmpty()) {
        add(out, "h1", t);
        break;
      }
    }
    add(out, "title", ix.title);
    for (JsonNode a : ld.articles()) {
      add(out, "json-ld name", JsonLd.text(a, "name"));
      break;
    }
    return out;
  }

  private static void add(List<Proposal> out, String source, String text) {
    String t = PageIndex.clean(text);
    if (t != null) {
      out.add(new Proposal(source, t));
    }
  }

  /**
   * The headline and the source it came from (its evidence: "og:title", "json-ld headline",
   * "title", ...), or {@code null}; {@code siteNames} lower case.
   */
  Proposal find(PageIndex ix, JsonLd ld, Set<String> siteNames) {
    List<Proposal> ps = new ArrayList<>();
    for (Proposal p : proposals(ix, ld)) {
      ps.add(new Proposal(p.source(), withoutSite(p.text(), siteNames)));
    }
    if (ps.isEmpty()) {
      return null;
    }
    // Each proposal's text and its readings without a site affix, compared as keys.
    List<String> keys = new ArrayList<>(ps.size());
    List<Set<String>> readings = new ArrayList<>(ps.size());
    for (Proposal p : ps) {
      keys.add(key(p.text()));
      readings.add(readings(p.text()));
    }
    Proposal best = null;
    int bestVotes = 0;
    for (int i = 0; i < ps.size(); i++) {
      int votes = 0;
      for (int j = 0; j < ps.size(); j++) {
        if (j != i && readings.get(j).contains(keys.get(i))) {
          votes++;
        }
      }
      if (votes > bestVotes) {
        best = ps.get(i);
        bestVotes = votes;
      }
    }
    if (best != null) {
      return best;
    }
    for (Proposal p : ps) {
      if (!p.source().equals("h1")) {
        return p.source().equals("title") ? new Proposal("title", cutSiteSuffix(p.text())) : p;
      }
    }
    return ps.get(0);
  }

  /** The keys of a text as it is and with a site affix cut off at a separator. */
  private static Set<String> readings(String text) {
    Set<String> out = new java.util.HashSet<>();
    out.add(key(text));
    for (String sep : SEPARATORS) {
      int last = text.lastIndexOf(sep);
      if (last > 0) {
        out.add(key(text.substring(0, last)));
        int first = text.indexOf(sep);
        out.add(key(text.substring(first + sep.length())));
      }
    }
    return out;
  }

  /** The text without a leading or trailing site name ("Headline | Site", "Site: Headline"). */
  static String withoutSite(String text, Set<String> siteNames) {
    for (String site : siteNames) {
      for (String sep : SEPARATORS) {
        String suffix = sep + site;
        if (text.length() > suffix.length()
            && text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length())) {
          return text.substring(0, text.length() - suffix.length()).strip();
        }
      }
      for (String sep : SITE_PREFIX_SEPARATORS) {
        String prefix = site + sep;
        if (text.length() > prefix.length() && text.regionMatches(true, 0, prefix, 0, prefix.length())) {
          return text.substring(prefix.length()).strip();
        }
      }
    }
    return text;
  }

  /** A page title cut before a short last part, the site name ("Headline - Site Name"). */
  static String cutSiteSuffix(String title) {
    for (String sep : SEPARATORS) {
      int i = title.lastIndexOf(sep);
      if (i > 0) {
        String suffix = title.substring(i + sep.length()).strip();
        if (suffix.split("\\s+").length <= MAX_SITE_SUFFIX_WORDS) {
          return title.substring(0, i).strip();
        }
      }
    }
    return title;
  }

  /** Texts compare after NFKC, lower case and whitespace collapsing. */
  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(n).replaceAll(" ").strip();
  }
}
