package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.Alignment.Mode;

/**
 * The {@code ner} metrics of FORMATS.md §5, as pure functions over mention lists: strict and
 * relaxed typed micro P/R/F1, untyped strict, per type, and the headline PER+ORG+LOC strict F1.
 */
public final class NerEval {

  public static final String PER = "PER";
  public static final String ORG = "ORG";
  public static final String LOC = "LOC";
  public static final String MISC = "MISC";

  /** The types of the gold format, in report order. */
  public static final List<String> TYPES = List.of(PER, ORG, LOC, MISC);

  /**
   * The types of the headline figure. MISC is removed on both sides because it means different
   * things in each gold set (MEANTIME: products and financial instruments; GUM: events, works,
   * groups) and neither tags nationality adjectives, which CoreNLP calls MISC/NATIONALITY.
   */
  public static final List<String> HEADLINE_TYPES = List.of(PER, ORG, LOC);

  private NerEval() {}

  /** All counts for one record. */
  public static NerCounts score(List<Entity> gold, List<Entity> system) {
    List<Entity> goldNoMisc = withoutMisc(gold);
    List<Entity> systemNoMisc = withoutMisc(system);
    Map<String, Counts> strictByType = new LinkedHashMap<>();
    Map<String, Counts> relaxedByType = new LinkedHashMap<>();
    for (String type : TYPES) {
      List<Entity> g = ofType(gold, type);
      List<Entity> s = ofType(system, type);
      strictByType.put(type, Alignment.count(g, s, Mode.STRICT));
      relaxedByType.put(type, Alignment.count(g, s, Mode.RELAXED));
    }
    return new NerCounts(
        Alignment.count(gold, system, Mode.STRICT, Entity::sameType),
        Alignment.count(gold, system, Mode.RELAXED, Entity::sameType),
        Alignment.count(gold, system, Mode.STRICT),
        Alignment.count(gold, system, Mode.RELAXED),
        Alignment.count(goldNoMisc, systemNoMisc, Mode.STRICT, Entity::sameType),
        Alignment.count(goldNoMisc, systemNoMisc, Mode.RELAXED, Entity::sameType),
        strictByType,
        relaxedByType);
  }

  /** The headline, the extra figures for scripts and the table for people. */
  public static Report report(NerCounts c) {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("relaxed_f1", c.headlineRelaxed().prf().f1());
    extra.put("strict_all_f1", c.strict().prf().f1());
    extra.put("relaxed_all_f1", c.relaxed().prf().f1());
    extra.put("untyped_strict_f1", c.untypedStrict().prf().f1());
    for (String type : TYPES) {
      extra.put(type.toLowerCase(Locale.ROOT) + "_f1", c.strictByType().get(type).prf().f1());
    }
    CountsTable t = new CountsTable();
    t.row("PER+ORG+LOC strict (headline)", c.headline());
    t.row("PER+ORG+LOC relaxed", c.headlineRelaxed());
    t.row("all types strict", c.strict());
    t.row("all types relaxed", c.relaxed());
    t.row("untyped strict", c.untypedStrict());
    t.row("untyped relaxed", c.untypedRelaxed());
    for (String type : TYPES) {
      t.row(type + " strict", c.strictByType().get(type));
      t.row(type + " relaxed", c.relaxedByType().get(type));
    }
    return new Report(c.headline().prf(), extra, t.lines());
  }

  private static List<Entity> withoutMisc(List<Entity> mentions) {
    return mentions.stream().filter(e -> !e.type().equals(MISC)).toList();
  }

  private static List<Entity> ofType(List<Entity> mentions, String type) {
    return mentions.stream().filter(e -> e.type().equals(type)).toList();
  }
}
