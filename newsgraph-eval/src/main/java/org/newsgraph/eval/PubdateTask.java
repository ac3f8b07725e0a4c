package org.newsgraph.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval pubdate} (FORMATS.md §3): the publication day of a web page.
 *
 * <p>Our answer is the published date of the extracted metadata ({@code Newsgraph.extract}, no
 * models). Headline: P/R/F with F = 2TP/(2TP+FP+FN); {@code extra}: {@code accuracy}, {@code
 * accuracy.<subset>} per subset, and the counts. The table also shows, per evidence, how many
 * answers it gave and how many were right.
 */
public final class PubdateTask implements EvalTask<PubdateTask.Gold, PubdateTask.Answer> {

  public static final String NAME = "pubdate";

  /** A gold {@code pubdate} record; {@code date} null = the page has no publication date. */
  public record Gold(PageRecord page, LocalDate date, String subset) implements GoldRecord {

    @Override
    public String id() {
      return page.id();
    }

    @Override
    public int line() {
      return page.line();
    }
  }

  /** Our date (or none) and its evidence. */
  public record Answer(LocalDate date, String evidence) {

    public static final Answer NONE = new Answer(null, null);

    static Answer of(DateClaim claim) {
      return claim == null ? NONE : new Answer(claim.date(), claim.evidence());
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Gold parse(GoldLine line) {
    if (!line.json().has("date")) {
      throw line.error("'date' is missing; it is a date YYYY-MM-DD, or null for a page without one");
    }
    return new Gold(
        PageRecord.of(line), line.findDate("date"), line.findString(line.json(), "subset", "subset"));
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.extractPage(gold.page().html(), gold.page().url());
  }

  @Override
  public Answer extract(Gold gold, Document doc) {
    return Answer.of(doc.metadata().published());
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
    o.put("date", system.date() == null ? null : system.date().toString());
    o.put("evidence", system.evidence());
    o.put("gold_date", gold.date() == null ? null : gold.date().toString());
    if (gold.subset() != null) {
      o.put("subset", gold.subset());
    }
    return o;
  }

  @Override
  public Tally<Gold, Answer> newTally() {
    return new PubdateTally();
  }

  private static final class PubdateTally implements Tally<Gold, Answer> {

    private DateCounts all = DateCounts.ZERO;
    private final Map<String, DateCounts> subsets = new TreeMap<>();
    /** Per evidence: {answers, right answers}. */
    private final Map<String, long[]> evidence = new TreeMap<>();

    @Override
    public void add(Gold gold, Answer system) {
      DateCounts c = DateCounts.of(gold.date(), system.date());
      all = all.plus(c);
      if (gold.subset() != null) {
        subsets.merge(gold.subset(), c, DateCounts::plus);
      }
      if (system.date() != null) {
        long[] e = evidence.computeIfAbsent(system.evidence(), k -> new long[2]);
        e[0]++;
        e[1] += c.tp();
      }
    }

    @Override
    public Report report() {
      Map<String, Double> extra = new LinkedHashMap<>();
      extra.put("accuracy", all.accuracy().value());
      subsets.forEach((s, c) -> extra.put("accuracy." + s, c.accuracy().value()));
      extra.put("tp", (double) all.tp());
      extra.put("fp", (double) all.fp());
      extra.put("fn", (double) all.fn());
      extra.put("tn", (double) all.tn());
      List<String> lines = new ArrayList<>();
      Prf p = all.prf();
      lines.add(
          String.format(
              Locale.ROOT, "pages %d: TP %d  FP %d  FN %d  TN %d", all.pages(), all.tp(), all.fp(),
              all.fn(), all.tn()));
      lines.add(
          String.format(
              Locale.ROOT, "P %s  R %s  F %s  accuracy %s", Prf.format(p.precision()),
              Prf.format(p.recall()), Prf.format(p.f1()), Prf.format(all.accuracy().value())));
      if (!subsets.isEmpty()) {
        lines.add("accuracy per subset:");
        subsets.forEach(
            (s, c) ->
                lines.add(
                    String.format(
                        Locale.ROOT, "  %-24s %s (%d pages)", s, Prf.format(c.accuracy().value()),
                        c.pages())));
      }
      lines.add("answers by evidence (right / given):");
      evidence.forEach(
          (e, n) -> lines.add(String.format(Locale.ROOT, "  %-36s %4d / %4d", e, n[1], n[0])));
      return new Report(p, extra, lines);
    }
  }
}
