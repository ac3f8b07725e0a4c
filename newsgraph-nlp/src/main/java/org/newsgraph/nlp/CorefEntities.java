package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.CorefOutput.Chain;
import org.newsgraph.nlp.CorefOutput.Mention;
import org.newsgraph.nlp.CorefOutput.MentionType;
import org.newsgraph.nlp.CorefOutput.Name;

/**
 * Plain CoreNLP's chains and names as the {@code entities} facet and the {@code references}
 * layer, the two things newsgraph's entity stage adds, so that {@code newsgraph eval} scores
 * both systems by the same code.
 *
 * <ul>
 *   <li>Each chain is one entity; each of its mentions one reference. A mention whose head token
 *       lies in a name of CoreNLP's NER (PERSON, ORGANIZATION, LOCATION, MISC, CITY, COUNTRY,
 *       STATE_OR_PROVINCE, NATIONALITY) is a {@code name}, with the name's extent when the name
 *       lies inside the mention ("President Donald Trump" gives "Donald Trump", as name gold and
 *       newsgraph's names have it); other mentions keep their extent and are a {@code name}
 *       (proper), {@code description} (nominal, list) or {@code pronoun}. A list's head is one of
 *       its members, so a list never takes a member's name.
 *   <li>The entity's type is that of the representative mention's name, else the most frequent
 *       type of the chain's names, else MISC; types map as newsgraph maps CoreNLP's labels
 *       (CITY, COUNTRY, STATE_OR_PROVINCE to location, NATIONALITY to MISC). Its name is the
 *       representative's name, else the chain's longest name, else the representative's words.
 *   <li>A name in no chain is an entity of its own with one reference.
 *   <li>One reference per span: when two mentions come to the same span, the first chain keeps
 *       it. Entities are numbered in order of first reference, as newsgraph numbers its own.
 * </ul>
 */
final class CorefEntities {

  /** The two outputs, as {@code EntityStage} adds them. */
  record Result(Entities entities, List<Reference> references) {}

  /** An entity being built. */
  private static final class Cluster {
    final List<Name> names = new ArrayList<>();
    final List<String> evidence = new ArrayList<>();
    EntityType type = EntityType.MISC;
    String name;
  }

  private record Ref(Span span, Cluster cluster, ReferenceKind kind) {}

  private CorefEntities() {}

  /**
   * @param text the text CoreNLP read; every span indexes into it
   * @param system how the chains were made, for the evidence ("CoreNLP statistical")
   */
  static Result convert(String text, CorefOutput output, String system) {
    List<Name> names = new ArrayList<>();
    for (Name n : output.names()) {
      if (CoreNlpStage.entityLabel(n.label()) != null && !n.span().isEmpty()) {
        names.add(n);
      }
    }
    names.sort(Comparator.comparing(Name::span));
    Map<Span, Ref> refs = new LinkedHashMap<>();
    Set<Name> claimed = new HashSet<>();
    List<Chain> chains = new ArrayList<>(output.chains());
    chains.sort(Comparator.comparing((Chain c) -> c.mentions().get(0).span()));
    for (Chain chain : chains) {
      Cluster c = new Cluster();
      for (Mention m : chain.mentions()) {
        Name n = nameAtHead(names, m);
        if (n != null && claimed.contains(n)) {
          continue; // an earlier chain holds this name
        }
        Span span = n != null && m.span().contains(n.span()) ? n.span() : m.span();
        if (refs.containsKey(span) || span.isEmpty()) {
          continue;
        }
        if (n != null) {
          claimed.add(n);
          c.names.add(n);
        }
        refs.put(span, new Ref(span, c, n != null ? ReferenceKind.NAME : kindOf(m.type())));
      }
      Mention rep = chain.representativeMention();
      Name repName = nameAtHead(names, rep);
      if (repName != null && c.names.contains(repName)) {
        c.type = CoreNlpStage.typeOf(repName.label());
        c.name = repName.span().in(text);
        c.evidence.add(
            system + " chain of " + chain.mentions().size() + " mentions; type from the"
                + " representative's NER label " + repName.label());
      } else {
        Name common = mostCommonType(c.names);
        if (common != null) {
          c.type = CoreNlpStage.typeOf(common.label());
        }
        c.name = longest(c.names, text);
        if (c.name == null) {
          c.name = rep.span().in(text);
        }
        c.evidence.add(
            system + " chain of " + chain.mentions().size() + " mentions; "
                + (common == null ? "no NER name in it: type MISC" : "type from its names' NER label " + common.label()));
      }
    }
    for (Name n : names) {
      if (!claimed.contains(n) && !refs.containsKey(n.span())) {
        Cluster c = new Cluster();
        c.names.add(n);
        c.type = CoreNlpStage.typeOf(n.label());
        c.name = n.span().in(text);
        c.evidence.add("CoreNLP NER mention (" + n.label() + ") in no coreference chain");
        refs.put(n.span(), new Ref(n.span(), c, ReferenceKind.NAME));
      }
    }
    return build(text, refs.values());
  }

  /** The NER name that holds the mention's head token; none for a list. */
  private static Name nameAtHead(List<Name> names, Mention m) {
    if (m.type() == MentionType.LIST) {
      return null;
    }
    for (Name n : names) {
      if (n.span().contains(m.head())) {
        return n;
      }
    }
    return null;
  }

  private static ReferenceKind kindOf(MentionType type) {
    return switch (type) {
      case PROPER -> ReferenceKind.NAME;
      case NOMINAL, LIST -> ReferenceKind.DESCRIPTION;
      case PRONOMINAL -> ReferenceKind.PRONOUN;
    };
  }

  /** A name of the most frequent entity type (the first such name), or null when none. */
  private static Name mostCommonType(List<Name> names) {
    Map<EntityType, Integer> counts = new LinkedHashMap<>();
    for (Name n : names) {
      counts.merge(CoreNlpStage.typeOf(n.label()), 1, Integer::sum);
    }
    Name best = null;
    int bestCount = 0;
    for (Name n : names) {
      int k = counts.get(CoreNlpStage.typeOf(n.label()));
      if (k > bestCount) {
        best = n;
        bestCount = k;
      }
    }
    return best;
  }

  private static String longest(List<Name> names, String text) {
    String best = null;
    for (Name n : names) {
      String s = n.span().in(text);
      if (best == null || s.length() > best.length()) {
        best = s;
      }
    }
    return best;
  }

  private static Result build(String text, Collection<Ref> all) {
    List<Ref> refs = new ArrayList<>(all);
    refs.sort(Comparator.comparing(Ref::span));
    List<Cluster> order = new ArrayList<>();
    Map<Cluster, String> ids = new LinkedHashMap<>();
    for (Ref r : refs) {
      if (!ids.containsKey(r.cluster())) {
        order.add(r.cluster());
        ids.put(r.cluster(), "e" + order.size());
      }
    }
    List<Entity> entities = new ArrayList<>(order.size());
    for (Cluster c : order) {
      Set<String> variants = new LinkedHashSet<>();
      for (Ref r : refs) {
        if (r.cluster() == c && r.kind() == ReferenceKind.NAME) {
          variants.add(r.span().in(text));
        }
      }
      if (variants.isEmpty()) {
        variants.add(c.name);
      }
      entities.add(
          new Entity(ids.get(c), c.type, c.name, null, List.copyOf(variants), List.of(), c.evidence));
    }
    List<Reference> references = new ArrayList<>(refs.size());
    for (Ref r : refs) {
      references.add(new Reference(r.span(), ids.get(r.cluster()), r.kind(), null, null));
    }
    return new Result(new Entities(entities), references);
  }
}
