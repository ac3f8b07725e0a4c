package org.newsgraph.enrich.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, capitals, demonyms and well-known organization aliases, loaded once from the
 * versioned tables {@code countries.tsv} and {@code organizations.tsv} next to this class.
 * Lookups are exact on the surface form, except that country names also match case-insensitively
 * when written in full.
 */
public final class Gazetteer {

  /** The version of the tables; bump it when their content changes meaning. */
  public static final String VERSION = "2";

  private static volatile Gazetteer instance;

  private final List<Country> countries;
  private final List<KnownOrganization> organizations;
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byDemonym = new HashMap<>();
  private final Map<String, Country> byCapital = new HashMap<>();
  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, KnownOrganization> byAlias = new HashMap<>();

  Gazetteer(List<Country> countries, List<KnownOrganization> organizations) {
    this.countries = List.copyOf(countries);
    this.organizations = List.copyOf(organizations);
    for (Country c : countries) {
      byName.putIfAbsent(c.name(), c);
      byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
      for (String a : c.aliases()) {
        byName.putIfAbsent(a, c);
      }
      for (String d : c.demonyms()) {
        byDemonym.putIfAbsent(d, c);
      }
      byCode.putIfAbsent(c.iso2(), c);
      byCode.putIfAbsent(c.iso3(), c);
      if (!c.capital().isEmpty()) {
        byCapital.putIfAbsent(c.capital(), c);
      }
      for (String a : c.capitalAliases()) {
        byCapital.putIfAbsent(a, c);
      }
    }
    for (KnownOrganization o : organizations) {
      byAlias.putIfAbsent(o.name(), o);
      for (String a : o.aliases()) {
        byAlias.putIfAbsent(a, o);
      }
    }
  }

  /** The shared instance, loaded on first use. */
  public static Gazetteer get() {
    if (instance == null) {
      synchronized (Gazetteer.class) {
        if (instance == null) {
          instance = new Gazetteer(
              readTable("countries.tsv", 11).stream().map(Gazetteer::country).toList(),
              readTable("organizations.tsv", 2).stream().map(Gazetteer::organization).toList());
        }
      }
    }
    return instance;
  }

  public List<Country> countries() {
    return countries;
  }

  public List<KnownOrganization> organizations() {
    return organizations;
  }

  /** A country by its name or an alias ("Iraq", "US", "the United States" without "the"). */
  public Optional<Country> countryByName(String surface) {
    Country c = byName.get(surface);
    if (c == null && surface.length() > 3) {
      c = byName.get(surface.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(c);
  }

  /** A country by a demonym or adjective, singular or plural ("Iraqi", "Americans"). */
  public Optional<Country> countryByDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word));
  }

  /** The country whose capital this is ("Baghdad" gives Iraq). */
  public Optional<Country> countryByCapital(String city) {
    return Optional.ofNullable(byCapital.get(city));
  }

  /**
   * A country by its ISO 3166-1 alpha-2 or alpha-3 code, in any case ("IQ", "IRQ", "gb"). Kosovo has the
   * user-assigned codes "XK" and "XKX".
   */
  public Optional<Country> countryByCode(String code) {
    return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /** A well-known organization by its name or alias ("IS", "ISIS" give Islamic State). */
  public Optional<KnownOrganization> organizationByAlias(String alias) {
    return Optional.ofNullable(byAlias.get(alias));
  }

  private static Country country(String[] f) {
    return new Country(
        f[0], f[1], f[2], list(f[3]), list(f[4]), f[5], list(f[6]),
        Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]),
        Double.parseDouble(f[10]));
  }

  private static KnownOrganization organization(String[] f) {
    return new KnownOrganization(f[0], list(f[1]));
  }

  private static List<String> list(String field) {
    return field.isBlank()
        ? List.of()
        : Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Rows of a tab-separated table; '#' lines and the header row are skipped. */
  static List<String[]> readTable(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer table " + resource + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected " + columns + " tab-separated fields, found " + f.length);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
