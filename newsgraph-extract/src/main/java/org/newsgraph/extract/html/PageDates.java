package org.newsgraph.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.DateTexts;
import org.newsgraph.extract.DateTexts.DayOrder;
import org.newsgraph.extract.DateTexts.MachineDate;
import org.newsgraph.extract.DateTexts.WrittenDate;
import org.newsgraph.model.DateClaim;

/**
 * The publication and modification dates of a page, each with its evidence.
 *
 * <p>Candidates come from JSON-LD, meta tags, microdata, {@code <time>} elements, the URL path,
 * elements whose class speaks of dates, the text around the headline and, last, the page text.
 */
final class PageDates {

  /** What a candidate date says. */
  enum Kind {
    PUBLISHED,
    MODIFIED,
    /** A date of the page without saying which (a bare {@code <time>}, a date element). */
    UNKNOWN
  }

  /** A date found on the page. */
  record Candidate(LocalDate date, OffsetDateTime time, Kind kind, String evidence, int order) {

    DateClaim claim() {
      return new DateClaim(date, evidence, time);
    }
  }

  /** The page's dates: publication and last modification, each {@code null} when unknown. */
  record Dates(DateClaim published, DateClaim modified) {}

  /** Meta keys of the publication date (lower case), most specific first. */
  static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time", "og:article:published_time", "og:published_time",
          "article:published", "datepublished", "published_time", "publish-date", "publishdate",
          "publish_date", "published-date", "published_date", "pubdate", "pub_date",
          "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
          "dc.date.created", "dcterms.created", "datecreated", "dc.date", "dcterms.date",
          "citation_publication_date", "citation_date", "article.published",
          "originalpublicationdate", "cxenseparse:recs:publishtime", "date_published",
          "publication_date", "date.release", "release_date", "date");

  /** JSON-LD types whose dates are not the page's (lower case). */
  private static final java.util.function.Predicate<String> OTHER_TYPES =
      t -> t.endsWith("page") || t.equals("website") || t.endsWith("organization")
          || t.equals("person") || t.equals("breadcrumblist") || t.equals("imageobject")
          || t.equals("itemlist") || t.equals("listitem") || t.equals("place") || t.equals("event");

  /** Meta keys of the last modification (lower case). */
  static final List<String> MODIFIED_META =
      List.of(
          "article:modified_time", "og:updated_time", "article:modified", "datemodified",
          "modified_time", "dcterms.modified", "dc.date.modified", "article.updated",
          "last-modified", "lastmod", "last_modified", "revised", "updated_time");

  /** A full date in the URL path: /2020/06/11/, /2020-06-11-, /20200611/. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})(?:([/_-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2}))(?=[/_.-]|$|[?#])");

  /** Class or id words of a publication date. */
  private static final Pattern PUBLISHED_WORDS =
      Pattern.compile("(?i)publish|posted|created|entry-date|post-date|pubdate|erstellt|veroeffentlicht");

  /** Class or id words, or text, of a modification date. */
  private static final Pattern MODIFIED_WORDS =
      Pattern.compile(
          "(?iu)updated|modified|aktualisiert|geändert|mis à jour|actualizado|atualizado"
              + "|aggiornat|bijgewerkt|zuletzt|last edited|revised");

  /** Characters read from a date element: a dateline, not an article. */
  static final int MAX_DATE_ELEMENT_CHARS = 200;

  /** Dates taken from one string: a dateline states one or two. */
  private static final int MAX_DATES_PER_TEXT = 4;

  /** The machine dates: JSON-LD, meta tags, microdata, time elements, the URL path. */
  List<Candidate> machineCandidates(PageIndex ix, JsonLd ld, String url, String language) {
    List<Candidate> out = new ArrayList<>();
    DayOrder order = DayOrder.of(language);
    for (JsonNode a : ld.articles()) {
      add(out, JsonLd.text(a, "datePublished"), Kind.PUBLISHED, "json-ld datePublished", order);
      add(out, JsonLd.text(a, "dateCreated"), Kind.PUBLISHED, "json-ld dateCreated", order);
      add(out, JsonLd.text(a, "dateModified"), Kind.MODIFIED, "json-ld dateModified", order);
    }
    for (JsonNode p : ld.pages()) {
      add(out, JsonLd.text(p, "datePublished"), Kind.PUBLISHED, "json-ld page datePublished", order);
      add(out, JsonLd.text(p, "dateModified"), Kind.MODIFIED, "json-ld page dateModified", order);
    }
    // Other creative works the page is about (a video, a recipe, a how-to); not the
    // organisation, the site or the breadcrumbs, whose dates are not the page's.
    for (JsonNode t : ld.select(n -> !JsonLd.isArticle(n) && !JsonLd.hasType(n, OTHER_TYPES))) {
      add(out, JsonLd.text(t, "datePublished"), Kind.PUBLISHED, "json-ld work datePublished", order);
      add(out, JsonLd.text(t, "uploadDate"), Kind.PUBLISHED, "json-ld work uploadDate", order);
    }
    for (String key : PUBLISHED_META) {
      for (String v : ix.metaAll(key)) {
        add(out, v, Kind.PUBLISHED, "meta " + key, order);
      }
    }
    for (String key : MODIFIED_META) {
      for (String v : ix.metaAll(key)) {
        add(out, v, Kind.MODIFIED, "meta " + key, order);
      }
    }
    for (Element e : ix.microdata) {
      if (e.normalName().equals("meta")) {
        continue; // read as meta tags
      }
      String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      Kind kind =
          prop.contains("datepublished") || prop.contains("datecreated")
              ? Kind.PUBLISHED
              : prop.contains("datemodified") ? Kind.MODIFIED : null;
      if (kind != null) {
        String v = firstAttr(e, "datetime", "content", "title");
        add(out, v != null ? v : PageIndex.text(e, MAX_DATE_ELEMENT_CHARS), kind,
            "itemprop " + (kind == Kind.PUBLISHED ? "datePublished" : "dateModified"), order);
      }
    }
    for (Element e : ix.times) {
      Kind kind = e.hasAttr("pubdate") ? Kind.PUBLISHED : kindOfWords(e);
      String evidence = e.hasAttr("pubdate") ? "time pubdate" : "time datetime";
      String v = e.attr("datetime");
      add(out, v.isBlank() ? PageIndex.text(e, MAX_DATE_ELEMENT_CHARS) : v, kind, evidence, order);
    }
    urlDate(url).ifPresent(out::add);
    return out;
  }

  /** Every candidate: the machine dates, then the dates of date elements. */
  List<Candidate> candidates(PageIndex ix, JsonLd ld, String url, String language) {
    List<Candidate> out = machineCandidates(ix, ld, url, language);
    addDateElements(ix, DayOrder.of(language), out);
    return out;
  }

  /**
   * The dates of elements whose class or id speaks of dates, appended to {@code out}: read only
   * when the machine dates did not decide (their text costs more than the rest).
   */
  void addDateElements(PageIndex ix, DayOrder order, List<Candidate> out) {
    List<Element> dated = ix.dateElements;
    for (int i = 0; i < dated.size(); i++) {
      Element e = dated.get(i);
      if (e.normalName().equals("time") || e.normalName().equals("meta")) {
        continue;
      }
      String v = firstAttr(e, "datetime", "content", "title", "data-date", "data-timestamp");
      int before = out.size();
      if (v != null) {
        add(out, v, kindOfWords(e), "date element", order);
      }
      if (out.size() == before && !(i + 1 < dated.size() && isAncestor(e, dated.get(i + 1)))) {
        // A container of a date element is read through it (its text is the same date).
        String text = PageIndex.text(e, MAX_DATE_ELEMENT_CHARS);
        List<WrittenDate> found = DateTexts.findDates(text, order, MAX_DATES_PER_TEXT);
        if (found.isEmpty()) {
          continue;
        }
        Kind kind = kindOfWords(e);
        if (kind == Kind.UNKNOWN && MODIFIED_WORDS.matcher(text).find()) {
          kind = Kind.MODIFIED;
        }
        for (WrittenDate w : found) {
          out.add(new Candidate(w.date(), null, kind, "date element", out.size()));
        }
      }
    }
  }

  /** Whether {@code a} holds {@code b}, looking a few levels up from {@code b}. */
  private static boolean isAncestor(Element a, Element b) {
    Element p = b.parent();
    for (int depth = 0; p != null && depth < 6; depth++, p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /** The first non-blank of the attributes, or {@code null}. */
  private static String firstAttr(Element e, String... names) {
    for (String n : names) {
      String v = e.attr(n);
      if (!v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static Kind kindOfWords(Element e) {
    String words = e.className() + " " + e.id() + " " + e.attr("itemprop");
    if (MODIFIED_WORDS.matcher(words).find()) {
      return Kind.MODIFIED;
    }
    if (PUBLISHED_WORDS.matcher(words).find()) {
      return Kind.PUBLISHED;
    }
    return Kind.UNKNOWN;
  }

  /** A machine date, else the first written date of the value. */
  private static void add(List<Candidate> out, String value, Kind kind, String evidence, DayOrder order) {
    if (value == null || value.isBlank()) {
      return;
    }
    Optional<MachineDate> m = DateTexts.parseMachineDate(value);
    if (m.isPresent()) {
      out.add(new Candidate(m.get().date(), m.get().time(), kind, evidence, out.size()));
      return;
    }
    List<WrittenDate> w = DateTexts.findDates(value, order, 1);
    if (!w.isEmpty()) {
      out.add(new Candidate(w.get(0).date(), null, kind, evidence, out.size()));
    }
  }

  static Optional<Candidate> urlDate(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      try {
        int y = Integer.parseInt(m.group(1));
        if (y < DateTexts.MIN_YEAR || y > DateTexts.MAX_YEAR) {
          continue;
        }
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String day = m.group(4) != null ? m.group(4) : m.group(6);
        LocalDate d = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        return Optional.of(new Candidate(d, null, Kind.PUBLISHED, "url path", 0));
      } catch (java.time.DateTimeException e) {
        // /2020/13/45/ is no date; look further
      }
    }
    return Optional.empty();
  }

  /**
   * Text read after the headline for its dateline: the byline and date sit within the first few
   * lines under the headline (within 600 characters on 95% of htmldate-eval pages that show one);
   * farther down, dates belong to the article's story or to teasers.
   */
  static final int DATELINE_CHARS = 600;

  /**
   * Characters of page text searched when the markup states no date. The dates that date a page
   * sit in its header, byline or footer; on htmldate-eval no deciding date lies beyond 50,000
   * characters (at 30,000 one is lost).
   */
  static final int MAX_TEXT_CHARS = 50_000;

  /** Dates taken from the page text: enough for a page with a long list of dated teasers. */
  static final int MAX_TEXT_DATES = 200;

  /**
   * How far before a date its label may end: "Veröffentlicht am Donnerstag, 3. Mai 2024" puts
   * 14 characters between the label and the date, "Published: May 3, 2024" two.
   */
  private static final int LABEL_REACH = 25;

  /** Words that label a publication date (lower case, at the end of the text before the date). */
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?iu)(published|posted|ver(ö|oe)ffentlicht|erschienen|erstellt|publi(é|ée|e)"
              + "|publicad[oa]|pubblicat[oa]|gepubliceerd|publicerad|datum|date|written"
              + "|geschrieben|gespeichert|uploaded|created|fecha|data)\\b[^\\n]{0,"
              + LABEL_REACH + "}(\\n\\s*)?$");

  /** Words that label a modification date. */
  private static final Pattern MODIFIED_LABEL =
      Pattern.compile(
          "(?iu)(updated|aktualisiert|zuletzt|letzte (ä|ae)nderung|ge(ä|ae)ndert|modified"
              + "|last edited|stand|mis (à|a) jour|actualizad[oa]|aggiornat[oa]|bijgewerkt"
              + "|revised|edited|editiert)\\b[^\\n]{0," + LABEL_REACH + "}(\\n\\s*)?$");

  /** Characters before a date examined for its label. */
  private static final int LABEL_WINDOW = 40;

  /**
   * Meta names that say "a date" without saying which: on pages that also show a labelled date
   * they are wrong about one time in two (htmldate-eval), so they rank below labelled text.
   */
  private static final java.util.Set<String> GENERIC_META =
      java.util.Set.of(
          "meta date", "meta dc.date", "meta dcterms.date", "meta datecreated",
          "meta dcterms.created", "meta dc.date.created");

  /** The page's publication and modification dates. */
  Dates find(
      org.jsoup.nodes.Document page, PageIndex ix, JsonLd ld, String url, String language) {
    List<Candidate> all = machineCandidates(ix, ld, url, language);
    DayOrder order = DayOrder.of(language);
    Candidate modified = first(all, c -> c.kind() == Kind.MODIFIED && structured(c));
    Candidate published = choosePublished(page, ix, all, order);
    DateClaim pub = published == null ? null : withTime(published, all);
    DateClaim mod = modified == null ? null : withTime(modified, all);
    if (pub != null && mod != null && mod.date().isBefore(pub.date())) {
      mod = null; // a modification before the publication is one of the two misread
    }
    return new Dates(pub, mod);
  }

  private Candidate choosePublished(
      org.jsoup.nodes.Document page, PageIndex ix, List<Candidate> all, DayOrder order) {
    // 1. The date shown under the headline, when the markup states the same day.
    Element headline = ix.h1.isEmpty() ? null : ix.h1.get(0);
    if (headline != null) {
      PageText after = PageText.after(headline, DATELINE_CHARS);
      List<WrittenDate> shown = DateTexts.findDates(after.text(), order, 1);
      if (!shown.isEmpty() && shown.get(0).start() <= DATELINE_CHARS) {
        LocalDate d = shown.get(0).date();
        Candidate agrees = first(all, c -> structured(c) && c.date().equals(d));
        if (agrees != null) {
          return new Candidate(d, null, agrees.kind(), "visible dateline", 0);
        }
      }
    }
    // 2. The URL path, then the specific published dates of the markup.
    Candidate c = first(all, x -> x.evidence().equals("url path"));
    if (c == null) {
      c = first(all, x -> x.kind() == Kind.PUBLISHED && structured(x) && !GENERIC_META.contains(x.evidence()));
    }
    if (c != null) {
      return c;
    }
    // 3. A date the text labels as the publication date. From here on, dates read from text
    //    are taken only when not years after the page's other dates (an event announced for
    //    next year, a date picker).
    PageText text = PageText.of(page, MAX_TEXT_CHARS);
    LocalDate horizon = horizon(all);
    List<WrittenDate> dates = new ArrayList<>();
    for (WrittenDate w : DateTexts.findDates(text.text(), order, MAX_TEXT_DATES)) {
      if (horizon == null || !w.date().isAfter(horizon)) {
        dates.add(w);
      }
    }
    LocalDate bound = horizon;
    java.util.function.Predicate<Candidate> plausible =
        x -> structured(x) || bound == null || !x.date().isAfter(bound);
    for (WrittenDate w : dates) {
      if (labelled(text.text(), w, PUBLISHED_LABEL)) {
        return new Candidate(w.date(), null, Kind.PUBLISHED, "text published label", 0);
      }
    }
    // 4. Generic date metas, elements whose class says "published", then any date element.
    addDateElements(ix, order, all);
    c = first(all, x -> x.kind() == Kind.PUBLISHED && plausible.test(x));
    if (c == null) {
      c = first(all, x -> x.kind() == Kind.UNKNOWN && plausible.test(x));
    }
    // 5. Only modification dates: the page was there then (the evidence says which it is).
    if (c == null) {
      c = first(all, x -> x.kind() == Kind.MODIFIED && structured(x));
    }
    if (c == null) {
      c = first(all, x -> x.kind() == Kind.MODIFIED && plausible.test(x));
    }
    if (c != null) {
      return c;
    }
    // 6. Nothing in the markup: a date labelled as a modification, then the first date under
    //    the headline, then the first date of the page.
    for (WrittenDate w : dates) {
      if (labelled(text.text(), w, MODIFIED_LABEL)) {
        return new Candidate(w.date(), null, Kind.MODIFIED, "text modified label", 0);
      }
    }
    for (WrittenDate w : dates) {
      if (text.headline() >= 0 && w.start() >= text.headline()) {
        return new Candidate(w.date(), null, Kind.UNKNOWN, "text after headline", 0);
      }
    }
    if (!dates.isEmpty()) {
      return new Candidate(dates.get(0).date(), null, Kind.UNKNOWN, "text first date", 0);
    }
    // 7. A page built by scripts: the article's date in the data they render from.
    return scriptData(ix);
  }

  /**
   * A publication date in the data of a page's scripts ({@code "publishedAt":"2022-01-31"}),
   * for pages whose markup and text are rendered by scripts and state no date.
   */
  static Candidate scriptData(PageIndex ix) {
    int budget = MAX_SCRIPT_CHARS;
    for (String data : ix.scripts) {
      if (budget <= 0) {
        break;
      }
      int len = Math.min(data.length(), budget);
      budget -= len;
      Candidate best = null;
      int bestAt = len;
      for (String key : SCRIPT_DATE_KEYS) {
        // indexOf is fast on long strings; the value check runs only where a key is.
        for (int at = data.indexOf(key); at >= 0 && at < bestAt; at = data.indexOf(key, at + 1)) {
          Matcher m = SCRIPT_VALUE.matcher(data);
          m.region(at + key.length(), Math.min(data.length(), at + key.length() + 40));
          if (m.lookingAt()) {
            Optional<MachineDate> d = DateTexts.parseMachineDate(m.group(1));
            if (d.isPresent()) {
              best = new Candidate(d.get().date(), d.get().time(), Kind.PUBLISHED, "script data", 0);
              bestAt = at;
              break;
            }
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /**
   * Characters of script data searched: the state of a script-built page is often a few
   * hundred kilobytes; the article's own record comes early in it.
   */
  static final int MAX_SCRIPT_CHARS = 1_000_000;

  /** Publication fields of script data (JSON or JavaScript), as written in their keys. */
  private static final List<String> SCRIPT_DATE_KEYS =
      List.of(
          "datePublished", "publishedAt", "published_at", "publishDate", "publish_date",
          "pubDate", "dateCreated", "createdAt", "created_at", "uploadDate", "firstPublished",
          "date_published", "publicationDate");

  /** What follows a key up to its date value: {@code ":"2019-03-02T06:22:28+01:00"}. */
  private static final Pattern SCRIPT_VALUE =
      Pattern.compile("[\"']?\\s*[:=]\\s*[\"']?(\\d{4}-\\d{2}-\\d{2}[T \\d:.+\\-Z]{0,25})");

  /**
   * The latest day a date read from text may be: a year after the latest machine date of the
   * page; {@code null} when it states none. A year of slack, because the judgement is "years in
   * the future", not days: a modification date may be missing. (Copyright years make no bound:
   * on htmldate-eval, stale footers ("© 2008" on a 2012 post) cost seven right dates and saved
   * none.)
   */
  static LocalDate horizon(List<Candidate> all) {
    LocalDate latest = null;
    for (Candidate c : all) {
      if (structured(c) && (latest == null || c.date().isAfter(latest))) {
        latest = c.date();
      }
    }
    return latest == null ? null : latest.plusYears(FUTURE_SLACK_YEARS);
  }

  /** See {@link #horizon}. */
  static final int FUTURE_SLACK_YEARS = 1;

  private static boolean labelled(String text, WrittenDate w, Pattern label) {
    int from = Math.max(0, w.start() - LABEL_WINDOW);
    return label.matcher(text.substring(from, w.start())).find();
  }

  /** Found in the markup's machine dates (not in a date element's text). */
  private static boolean structured(Candidate c) {
    return !c.evidence().equals("date element");
  }

  private static Candidate first(List<Candidate> all, java.util.function.Predicate<Candidate> p) {
    for (Candidate c : all) {
      if (p.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** The claim, with the time of day of the first candidate of the same day that states one. */
  private static DateClaim withTime(Candidate chosen, List<Candidate> all) {
    OffsetDateTime time = chosen.time();
    if (time == null) {
      Candidate timed =
          first(all, c -> c.time() != null && c.date().equals(chosen.date()) && c.kind() == chosen.kind());
      if (timed == null) {
        timed = first(all, c -> c.time() != null && c.date().equals(chosen.date()));
      }
      time = timed == null ? null : timed.time();
    }
    return new DateClaim(chosen.date(), chosen.evidence(), time);
  }
}
