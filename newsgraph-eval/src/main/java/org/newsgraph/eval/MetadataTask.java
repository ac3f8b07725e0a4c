package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Metadata;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval metadata} (FORMATS.md §4): title, authors, byline, date and language of
 * a web page, each scored over the records whose gold has the field.
 *
 * <p><b>Headline</b>: every scored field of every record pooled, with the pubdate rule (the
 * right value is a TP, a wrong one an FP only, none an FN): the title (exact after N), the date
 * (day), the language (primary subtag), and each author name (set comparison, so one author
 * too many is one FP). It is defined on every metadata file, whatever fields its gold has. The
 * bylines are scored by token F1 only. {@code extra} holds each field apart: {@code
 * title_exact}, {@code title_token_f1}, {@code authors_precision}, {@code authors_recall}, {@code
 * authors_f1}, {@code authors_exact}, {@code byline_token_f1}, {@code date_precision}, {@code
 * date_recall}, {@code date_f1}, {@code date_accuracy}, {@code date_instant_accuracy}, {@code
 * lang_accuracy}.
 */
public final class MetadataTask implements EvalTask<MetadataTask.Gold, MetadataTask.Answer> {

  public static final String NAME = "metadata";

  /**
   * A gold {@code metadata} record; every field but the page may be {@code null} (not scored).
   *
   * @param authors {@code null} when the gold has no author list; empty when it says "no author"
   * @param instant the gold {@code datetime} when it has a time and an offset
   */
  public record Gold(
      PageRecord page,
      String title,
      List<String> authors,
      String byline,
      LocalDate date,
      OffsetDateTime instant,
      String lang)
      implements GoldRecord {

    public Gold {
      authors = authors == null ? null : List.copyOf(authors);
    }

    @Override
    public String id() {
      return page.id();
    }

    @Override
    public int line() {
      return page.line();
    }
  }

  /** Our metadata for one record, in comparable form. */
  public record Answer(
      String title, List<String> authors, LocalDate date, String dateEvidence,
      OffsetDateTime instant, String lang) {

    public static final Answer NONE = new Answer(null, List.of(), null, null, null, null);

    public Answer {
      authors = List.copyOf(authors);
    }

    static Answer of(Metadata m) {
      DateClaim d = m.published();
      return new Answer(
          m.title(), m.authors(), d == null ? null : d.date(), d == null ? null : d.evidence(),
          d == null ? null : d.time(), m.language());
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Gold parse(GoldLine line) {
    JsonNode json = line.json();
    List<String> authors = null;
    JsonNode a = json.get("authors");
    if (a != null && !a.isNull()) {
      if (!a.isArray()) {
        throw line.error("'authors' must be an array of names or null, got " + a.getNodeType());
      }
      authors = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) {
          throw line.error("'authors[" + i + "]' must be a string, got " + a.get(i));
        }
        authors.add(a.get(i).asText());
      }
    }
    return new Gold(
        PageRecord.of(line),
        line.findString(json, "title", "title"),
        authors,
        line.findString(json, "byline", "byline"),
        line.findDate("date"),
        MetadataEval.parseInstant(line.findString(json, "datetime", "datetime")),
        line.findString(json, "lang", "lang"));
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.extractPage(gold.page().html(), gold.page().url());
  }

  @Override
  public Answer extract(Gold gold, Document doc) {
    return Answer.of(doc.metadata());
  }

  @Override
  public Answer empty() {
    return Answer.NONE;
  }

  @Override
  public ObjectNode toJson(Gold gold, Answer system) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", gold.id());
    o.put("url", gold.page().url());
    o.put("html", gold.page().html().toString());
    o.put("title", system.title());
    ArrayNode authors = o.putArray("authors");
    system.authors().forEach(authors::add);
    o.put("byline", system.authors().isEmpty() ? null : String.join(", ", system.authors()));
    o.put("date", system.date() == null ? null : system.date().toString());
    o.put("datetime", system.instant() == null ? null : system.instant().toString());
    o.put("date_evidence", system.dateEvidence());
    o.put("lang", system.lang());
    return o;
  }

  @Override
  public Tally<Gold, Answer> newTally() {
    return new MetadataTally();
  }

  private static final class MetadataTally implements Tally<Gold, Answer> {

    private Counts headline = Counts.ZERO;
    private Accuracy titleExact = Accuracy.ZERO;
    private double titleF1Sum;
    private Counts authors = Counts.ZERO;
    private Accuracy authorsExact = Accuracy.ZERO;
    private double bylineF1Sum;
    private int bylines;
    private DateCounts dates = DateCounts.ZERO;
    private Accuracy instants = Accuracy.ZERO;
    private Accuracy langs = Accuracy.ZERO;

    @Override
    public void add(Gold gold, Answer system) {
      if (gold.title() != null) {
        boolean right = MetadataEval.sameText(gold.title(), system.title());
        titleExact = titleExact.plus(new Accuracy(right ? 1 : 0, 1));
        titleF1Sum += MetadataEval.tokenF1(gold.title(), system.title());
        headline = headline.plus(MetadataEval.single(system.title() != null, right));
      }
      if (gold.authors() != null) {
        Counts c = MetadataEval.authorCounts(gold.authors(), system.authors());
        authors = authors.plus(c);
        authorsExact = authorsExact.plus(new Accuracy(c.fp() == 0 && c.fn() == 0 ? 1 : 0, 1));
        headline = headline.plus(c);
      }
      if (gold.byline() != null) {
        bylines++;
        bylineF1Sum +=
            MetadataEval.tokenF1(
                gold.byline(), system.authors().isEmpty() ? null : String.join(", ", system.authors()));
      }
      if (gold.date() != null) {
        DateCounts c = DateCounts.of(gold.date(), system.date());
        dates = dates.plus(c);
        headline = headline.plus(new Counts(c.tp(), c.fp(), c.fn()));
        if (gold.instant() != null) {
          boolean same = MetadataEval.sameInstant(gold.instant(), system.instant());
          instants = instants.plus(new Accuracy(same ? 1 : 0, 1));
        }
      }
      if (gold.lang() != null) {
        String g = MetadataEval.primaryLanguage(gold.lang());
        String s = MetadataEval.primaryLanguage(system.lang());
        boolean right = g.equals(s);
        langs = langs.plus(new Accuracy(right ? 1 : 0, 1));
        headline = headline.plus(MetadataEval.single(s != null && !s.isEmpty(), right));
      }
    }

    @Override
    public Report report() {
      Map<String, Double> extra = new LinkedHashMap<>();
      double titleF1 = titleExact.total() == 0 ? Double.NaN : titleF1Sum / titleExact.total();
      Prf a = authors.prf();
      Prf d = dates.prf();
      double bylineF1 = bylines == 0 ? Double.NaN : bylineF1Sum / bylines;
      extra.put("title_exact", titleExact.value());
      extra.put("title_token_f1", titleF1);
      extra.put("authors_precision", a.precision());
      extra.put("authors_recall", a.recall());
      extra.put("authors_f1", a.f1());
      extra.put("authors_exact", authorsExact.value());
      extra.put("byline_token_f1", bylineF1);
      extra.put("date_precision", d.precision());
      extra.put("date_recall", d.recall());
      extra.put("date_f1", d.f1());
      extra.put("date_accuracy", dates.accuracy().value());
      extra.put("date_instant_accuracy", instants.value());
      extra.put("lang_accuracy", langs.value());
      List<String> lines = new ArrayList<>();
      lines.add("field     records  scores");
      lines.add(
          String.format(
              Locale.ROOT, "title     %7d  exact %s  token F1 %s", titleExact.total(),
              Prf.format(titleExact.value()), Prf.format(titleF1)));
      lines.add(
          String.format(
              Locale.ROOT, "authors   %7d  P %s  R %s  F1 %s  exact sets %s  (names: TP %d FP %d FN %d)",
              authorsExact.total(), Prf.format(a.precision()), Prf.format(a.recall()),
              Prf.format(a.f1()), Prf.format(authorsExact.value()), authors.tp(), authors.fp(),
              authors.fn()));
      lines.add(String.format(Locale.ROOT, "byline    %7d  token F1 %s", bylines, Prf.format(bylineF1)));
      lines.add(
          String.format(
              Locale.ROOT, "date      %7d  P %s  R %s  F %s  accuracy %s  (TP %d FP %d FN %d)",
              dates.pages(), Prf.format(d.precision()), Prf.format(d.recall()), Prf.format(d.f1()),
              Prf.format(dates.accuracy().value()), dates.tp(), dates.fp(), dates.fn()));
      lines.add(
          String.format(
              Locale.ROOT, "instant   %7d  accuracy %s (to the second)", instants.total(),
              Prf.format(instants.value())));
      lines.add(
          String.format(
              Locale.ROOT, "lang      %7d  accuracy %s (primary subtag)", langs.total(),
              Prf.format(langs.value())));
      lines.add(
          "headline: title, date, lang and each author name pooled; right = TP, wrong = FP, none = FN");
      return new Report(headline.prf(), extra, lines);
    }
  }
}
