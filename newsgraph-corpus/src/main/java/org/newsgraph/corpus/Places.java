package org.newsgraph.corpus;

import java.util.Optional;
import org.newsgraph.enrich.gazetteer.Country;
import org.newsgraph.enrich.gazetteer.Gazetteer;

/**
 * Where the gazetteer puts a place entity: a country at its centroid, a capital at the city. The
 * entity's {@code subtype} (what the article's resolver took it for: {@code country} or {@code
 * capital}) decides first; a name the gazetteer knows both ways ("Djibouti", "Singapore") is a
 * country when nothing says otherwise. Other places (cities, regions, rivers) have no
 * coordinates yet.
 */
public final class Places {

  private Places() {}

  /** A country's kind. */
  public static final String COUNTRY = "country";

  /** A capital's kind. */
  public static final String CAPITAL = "capital";

  /**
   * A place on the map.
   *
   * @param kind {@link #COUNTRY} (lat/lon the country's centroid) or {@link #CAPITAL} (the city's)
   * @param iso3 the country's ISO 3166-1 alpha-3 code, the capital's country's for a capital
   */
  public record Location(String kind, String iso3, double lat, double lon) {}

  /** Where a place with this name and subtype (null when unknown) is; empty when unknown. */
  public static Optional<Location> locate(String name, String subtype) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Optional<Location> country = Gazetteer.get().countryByName(name).map(Places::country);
    Optional<Location> capital = Gazetteer.get().countryByCapital(name).map(Places::capital);
    return CAPITAL.equals(subtype) ? capital.or(() -> country) : country.or(() -> capital);
  }

  private static Location country(Country c) {
    return new Location(COUNTRY, c.iso3(), c.lat(), c.lon());
  }

  private static Location capital(Country c) {
    return new Location(CAPITAL, c.iso3(), c.capitalLat(), c.capitalLon());
  }
}
