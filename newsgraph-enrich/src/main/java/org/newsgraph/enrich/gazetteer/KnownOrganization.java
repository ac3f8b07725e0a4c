package org.newsgraph.enrich.gazetteer;

import java.util.List;

/**
 * An organization often named by an alias in the news ("IS" for Islamic State, "UN").
 *
 * @param name the canonical English name
 * @param aliases acronyms and other names, matched case-sensitively
 */
public record KnownOrganization(String name, List<String> aliases) {

  public KnownOrganization {
    aliases = List.copyOf(aliases);
  }
}
