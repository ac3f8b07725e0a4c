package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.eval.Alignment.Mode;
import org.newsgraph.eval.Alignment.Pair;
import org.newsgraph.model.Spanned;

/**
 * The {@code entities} metrics of FORMATS.md §11 over all records of a file: mention alignment
 * (exact and relaxed), MUC, B³, CEAF-e and CoNLL F1 on corpus-wide clusters, the named-only
 * variant, and linking.
 *
 * <p>Mentions are keyed by (record, index of the gold mention), so two gold mentions with the
 * same span but different entities (three in MEANTIME) stay two mentions. Per record, system
 * mentions are aligned one-to-one to gold mentions ({@link Alignment}); an unaligned gold mention
 * joins the system side as a singleton, an unaligned system mention is dropped (it counts
 * against mention precision only). Both clusterings then cover exactly the gold mentions.
 */
public final class EntitiesEval {

  /** One record's gold and system mentions. */
  public record RecordMentions(String id, List<GoldMention> gold, List<SystemMention> system) {

    public RecordMentions {
      Objects.requireNonNull(id, "id");
      gold = List.copyOf(gold);
      system = List.copyOf(system);
    }
  }

  private EntitiesEval() {}

  /** Every figure over the records of a file. */
  public static EntityScores score(List<RecordMentions> records) {
    List<int[]> exact = new ArrayList<>();
    List<int[]> relaxed = new ArrayList<>();
    List<int[]> nothing = new ArrayList<>();
    Counts mentionsExact = Counts.ZERO;
    Counts mentionsRelaxed = Counts.ZERO;
    for (RecordMentions r : records) {
      int[] e = align(r, Mode.STRICT);
      int[] x = align(r, Mode.RELAXED);
      exact.add(e);
      relaxed.add(x);
      int[] none = new int[r.gold().size()];
      Arrays.fill(none, -1);
      nothing.add(none);
      mentionsExact = mentionsExact.plus(Counts.ofAlignment(r.gold().size(), r.system().size(), aligned(e)));
      mentionsRelaxed =
          mentionsRelaxed.plus(Counts.ofAlignment(r.gold().size(), r.system().size(), aligned(x)));
    }
    Accuracy linkAccuracy = Accuracy.ZERO;
    Counts links = Counts.ZERO;
    long systemLinks = 0;
    Set<String> goldEntities = new HashSet<>();
    Set<String> localEntities = new HashSet<>();
    Set<String> corpusEntities = new HashSet<>();
    for (int k = 0; k < records.size(); k++) {
      RecordMentions r = records.get(k);
      linkAccuracy = linkAccuracy.plus(linkAccuracy(r, exact.get(k)));
      links = links.plus(linkCounts(r, exact.get(k)));
      r.gold().forEach(g -> goldEntities.add(g.entity()));
      for (SystemMention s : r.system()) {
        localEntities.add(s.localEntity());
        corpusEntities.add(s.entity());
        systemLinks += s.link() == null ? 0 : 1;
      }
    }
    return new EntityScores(
        mentionsExact,
        mentionsRelaxed,
        coref(records, exact, false),
        coref(records, relaxed, false),
        coref(records, exact, true),
        coref(records, relaxed, true),
        coref(records, nothing, false),
        linkAccuracy,
        links,
        systemLinks,
        goldEntities.size(),
        localEntities.size(),
        corpusEntities.size());
  }

  /** For each gold mention of the record, the index of its aligned system mention, or -1. */
  static int[] align(RecordMentions r, Mode mode) {
    List<Spanned> gold = List.copyOf(r.gold());
    List<Spanned> system = List.copyOf(r.system());
    int[] systemOf = new int[gold.size()];
    Arrays.fill(systemOf, -1);
    for (Pair p : Alignment.align(gold, system, mode)) {
      systemOf[p.gold()] = p.system();
    }
    return systemOf;
  }

  private static int aligned(int[] systemOf) {
    return (int) Arrays.stream(systemOf).filter(s -> s >= 0).count();
  }

  /**
   * MUC, B³ and CEAF-e over the gold mentions of all records (only the named ones when {@code
   * namedOnly}): gold clusters by gold entity id, system clusters by the aligned system
   * mention's entity id, a singleton of its own for an unaligned gold mention.
   */
  static CorefScores coref(List<RecordMentions> records, List<int[]> alignments, boolean namedOnly) {
    Map<String, Integer> goldIds = new HashMap<>();
    Map<String, Integer> systemIds = new HashMap<>();
    int singleton = 0;
    List<Integer> goldLabels = new ArrayList<>();
    List<Integer> systemLabels = new ArrayList<>();
    for (int k = 0; k < records.size(); k++) {
      RecordMentions r = records.get(k);
      int[] systemOf = alignments.get(k);
      for (int i = 0; i < r.gold().size(); i++) {
        GoldMention g = r.gold().get(i);
        if (namedOnly && !g.named()) {
          continue;
        }
        goldLabels.add(goldIds.computeIfAbsent(g.entity(), id -> goldIds.size()));
        if (systemOf[i] >= 0) {
          String id = r.system().get(systemOf[i]).entity();
          systemLabels.add(systemIds.computeIfAbsent(id, x -> systemIds.size()));
        } else {
          systemLabels.add(-(++singleton)); // negative labels: never equal to an entity's
        }
      }
    }
    return CorefEval.score(toArray(goldLabels), toArray(systemLabels));
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** On aligned gold mentions with a link: is the system's link the same? */
  static Accuracy linkAccuracy(RecordMentions r, int[] systemOf) {
    Accuracy a = Accuracy.ZERO;
    for (int i = 0; i < r.gold().size(); i++) {
      GoldMention g = r.gold().get(i);
      if (g.link() != null && systemOf[i] >= 0) {
        boolean same = Links.same(g.link(), r.system().get(systemOf[i]).link());
        a = a.plus(new Accuracy(same ? 1 : 0, 1));
      }
    }
    return a;
  }

  /**
   * (mention, link) pairs of named mentions: a gold pair is a named gold mention with a link; a
   * system pair is a link on a system mention aligned to a named gold mention (an FP when that
   * gold mention has no link or another one), or on an unaligned system name or alias.
   */
  static Counts linkCounts(RecordMentions r, int[] systemOf) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    boolean[] systemAligned = new boolean[r.system().size()];
    for (int i = 0; i < r.gold().size(); i++) {
      GoldMention g = r.gold().get(i);
      String systemLink = null;
      if (systemOf[i] >= 0) {
        systemAligned[systemOf[i]] = true;
        systemLink = r.system().get(systemOf[i]).link();
      }
      if (!g.named()) {
        continue;
      }
      if (Links.same(g.link(), systemLink)) {
        tp++;
      } else {
        fn += g.link() == null ? 0 : 1;
        fp += systemLink == null ? 0 : 1;
      }
    }
    for (int s = 0; s < r.system().size(); s++) {
      SystemMention m = r.system().get(s);
      if (!systemAligned[s] && m.kind().isNamed() && m.link() != null) {
        fp++;
      }
    }
    return new Counts(tp, fp, fn);
  }

  /** The headline (CoNLL on the exact alignment), the extra figures and the table. */
  public static Report report(EntityScores c) {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("named_conll_f1", c.namedExact().conll().f1());
    extra.put("relaxed_conll_f1", c.relaxed().conll().f1());
    extra.put("named_relaxed_conll_f1", c.namedRelaxed().conll().f1());
    extra.put("singletons_conll_f1", c.singletons().conll().f1());
    putPrf(extra, "muc", c.exact().muc());
    putPrf(extra, "b3", c.exact().bCubed());
    putPrf(extra, "ceafe", c.exact().ceafE());
    putPrf(extra, "mention", c.mentionsExact().prf());
    putPrf(extra, "relaxed_mention", c.mentionsRelaxed().prf());
    extra.put("link_accuracy", c.linkAccuracy().value());
    putPrf(extra, "link", c.links().prf());

    CountsTable mentions = new CountsTable();
    mentions.row("mentions exact", c.mentionsExact());
    mentions.row("mentions relaxed", c.mentionsRelaxed());
    mentions.row("links of named mentions", c.links());
    List<String> lines = new ArrayList<>(mentions.lines());
    lines.add("");
    lines.add(corefRow("", "MUC P", "R", "F1", "B3 P", "R", "F1", "CEAF-e P", "R", "F1", "CoNLL"));
    lines.add(corefRow("exact (headline)", c.exact()));
    lines.add(corefRow("relaxed", c.relaxed()));
    lines.add(corefRow("named only, exact", c.namedExact()));
    lines.add(corefRow("named only, relaxed", c.namedRelaxed()));
    lines.add(corefRow("no output (baseline)", c.singletons()));
    lines.add("  baseline: every gold mention a singleton, what a system without mentions scores;");
    lines.add("  B3 and CEAF-e reward it, so compare CoNLL F1 with this line, not with 0");
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT, "link accuracy (aligned gold mentions with a link): %d / %d  %s",
            c.linkAccuracy().correct(), c.linkAccuracy().total(), Prf.format(c.linkAccuracy().value())));
    if (c.systemLinks() == 0) {
      lines.add("  the system gives no links: link precision is n/a, recall and F1 are 0");
    }
    lines.add(
        String.format(
            Locale.ROOT, "entities: gold %d; system %d within documents, %d after linking across records"
                + " (CorpusEntityIds: type + normalised name)",
            c.goldEntities(), c.localEntities(), c.corpusEntities()));
    return new Report(c.exact().conll(), extra, lines);
  }

  private static void putPrf(Map<String, Double> extra, String name, Prf p) {
    extra.put(name + "_precision", p.precision());
    extra.put(name + "_recall", p.recall());
    extra.put(name + "_f1", p.f1());
  }

  private static String corefRow(String name, CorefScores s) {
    Prf m = s.muc();
    Prf b = s.bCubed();
    Prf e = s.ceafE();
    return corefRow(
        name,
        Prf.format(m.precision()), Prf.format(m.recall()), Prf.format(m.f1()),
        Prf.format(b.precision()), Prf.format(b.recall()), Prf.format(b.f1()),
        Prf.format(e.precision()), Prf.format(e.recall()), Prf.format(e.f1()),
        Prf.format(s.conll().f1()));
  }

  private static String corefRow(String name, String... cells) {
    Object[] args = new Object[cells.length + 1];
    args[0] = name;
    System.arraycopy(cells, 0, args, 1, cells.length);
    return String.format(Locale.ROOT, "%-20s %6s %6s %6s  %6s %6s %6s  %8s %6s %6s  %6s", args);
  }
}
