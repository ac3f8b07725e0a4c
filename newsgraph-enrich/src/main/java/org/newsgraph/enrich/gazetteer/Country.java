package org.newsgraph.enrich.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory, with the words news use for it.
 *
 * @param name the English short name ("United States", "Iraq")
 * @param iso2 ISO 3166-1 alpha-2 code ("US")
 * @param iso3 ISO 3166-1 alpha-3 code ("USA")
 * @param aliases other names and abbreviations ("US", "U.S.", "USA", "America")
 * @param demonyms adjectives and nouns for its people ("American", "Americans")
 * @param capital the capital city ("Washington"), or empty
 * @param capitalAliases other names of the capital ("Washington, D.C.", "Washington DC")
 * @param lat latitude of the country's centroid, WGS84
 * @param lon longitude of the country's centroid
 * @param capitalLat latitude of the capital
 * @param capitalLon longitude of the capital
 */
public record Country(
    String name,
    String iso2,
    String iso3,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    List<String> capitalAliases,
    double lat,
    double lon,
    double capitalLat,
    double capitalLon) {

  public Country {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitalAliases = List.copyOf(capitalAliases);
  }
}
