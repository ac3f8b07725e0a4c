package org.newsgraph.enrich.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Guards the gazetteer tables: every row well-formed, no word on two rows, and facts spot-checked. */
class GazetteerTest {

  private static final Gazetteer G = Gazetteer.get();

  /** The 193 UN member states by ISO 3166-1 alpha-3 code. */
  private static final Set<String> UN_MEMBERS = Set.of(
      "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BFA", "BGD",
      "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA", "CAF", "CAN", "CHE", "CHL",
      "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK",
      "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA",
      "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN",
      "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO",
      "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
      "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC",
      "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY",
      "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP",
      "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN",
      "TUR", "TUV", "TZA", "UGA", "UKR", "URY", "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB",
      "ZWE");

  /**
   * Words the world shares between countries, listed on one row only, on purpose. Each maps to the country that
   * lookups give, with the reason. A word on two rows fails {@link #noWordNamesTwoCountries()}: the loader would
   * silently keep the first row.
   */
  private static final Map<String, String[]> SHARED_WORDS_RESOLVED = Map.ofEntries(
      Map.entry("Congo", new String[] {"COD",
          "also the Republic of the Congo; news mean the DRC far more often"}),
      Map.entry("Congolese", new String[] {"COD",
          "also the Republic of the Congo's demonym; news mean the DRC far more often"}),
      Map.entry("Dominican", new String[] {"DOM",
          "also Dominica's demonym; news mean the Dominican Republic far more often"}),
      Map.entry("Korea", new String[] {"KOR",
          "the peninsula holds two states; bare \"Korea\" in news (\"Bank of Korea\") is South Korea"}),
      Map.entry("Samoan", new String[] {"WSM",
          "American Samoa has \"American Samoan\""}),
      Map.entry("Guinean", new String[] {"GIN",
          "Guinea-Bissau, Equatorial Guinea and Papua New Guinea have their own compound demonyms"}),
      Map.entry("Georgia", new String[] {"GEO", "also a US state"}),
      Map.entry("Georgian", new String[] {"GEO", "also of the US state"}),
      Map.entry("Macedonia", new String[] {"MKD", "also a region of Greece"}),
      Map.entry("Macedonian", new String[] {"MKD", "also of the Greek region"}),
      Map.entry("Irish", new String[] {"IRL", "also of Northern Ireland, part of the United Kingdom"}));

  /** Shared words kept on no row at all, because no country is the usual meaning. */
  private static final Map<String, String> SHARED_WORDS_LEFT_OUT = Map.of(
      "Korean", "North or South Korea, or the language",
      "Virgin Islands", "British or US Virgin Islands",
      "Pole", "North Pole, South Pole, pole position",
      "Male", "ordinary English word (the Maldives' capital is listed as \"Malé\")",
      "Emirates", "the airline",
      "GB", "gigabytes");

  /** Organization aliases that are lowercase on purpose. */
  private static final Map<String, String> LOWERCASE_ALIASES = Map.of(
      "dpa", "Deutsche Presse-Agentur styles its own name in lowercase; not an English word");

  private static final Pattern COORD = Pattern.compile("-?\\d{1,3}\\.\\d{4}");

  // --- every row parses ---

  @Test
  void everyCountryRowParses() {
    List<String[]> rows = Gazetteer.readTable("countries.tsv", 11);
    assertThat(G.countries()).hasSize(rows.size());
    for (String[] f : rows) {
      String where = "countries.tsv row " + f[0];
      for (String field : f) {
        assertThat(field).as(where).isEqualTo(field.strip());
      }
      assertThat(f[0]).as(where).isNotBlank();
      assertThat(f[1]).as(where).matches("[A-Z]{2}");
      assertThat(f[2]).as(where).matches("[A-Z]{3}");
      assertThat(f[5]).as(where + " capital").isNotBlank();
      for (int i = 7; i <= 10; i++) {
        assertThat(f[i]).as(where + " column " + i + " (decimal degrees, 4 decimals)").matches(COORD);
      }
      for (int i : new int[] {3, 4, 6}) {
        if (!f[i].isEmpty()) {
          for (String item : f[i].split("\\|", -1)) {
            assertThat(item).as(where + " list item in column " + i).isNotBlank().isEqualTo(item.strip());
          }
        }
      }
    }
  }

  @Test
  void everyOrganizationRowParses() {
    List<String[]> rows = Gazetteer.readTable("organizations.tsv", 2);
    assertThat(G.organizations()).hasSize(rows.size());
    for (String[] f : rows) {
      assertThat(f[0]).as("organizations.tsv name").isNotBlank().isEqualTo(f[0].strip());
      if (!f[1].isEmpty()) {
        for (String item : f[1].split("\\|", -1)) {
          assertThat(item).as("alias of " + f[0]).isNotBlank().isEqualTo(item.strip());
        }
      }
    }
    assertThat(G.organizations()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyUnMemberAndObserverIsThere() {
    Set<String> iso3 = new HashSet<>();
    G.countries().forEach(c -> iso3.add(c.iso3()));
    assertThat(UN_MEMBERS).hasSize(193);
    assertThat(iso3).containsAll(UN_MEMBERS);
    assertThat(iso3).contains("PSE", "VAT", "TWN", "XKX", "HKG", "MAC", "ESH", "GRL", "PRI");
    assertThat(G.countries()).hasSizeGreaterThanOrEqualTo(195);
  }

  // --- uniqueness ---

  @Test
  void codesAndNamesAreUnique() {
    assertUnique(G.countries().stream().map(Country::iso2).toList(), "iso2");
    assertUnique(G.countries().stream().map(Country::iso3).toList(), "iso3");
    assertUnique(G.countries().stream().map(Country::name).toList(), "country name");
    assertUnique(G.organizations().stream().map(KnownOrganization::name).toList(), "organization name");
  }

  @Test
  void coordinatesAreInRange() {
    for (Country c : G.countries()) {
      assertThat(c.lat()).as(c.name() + " lat").isBetween(-90.0, 90.0);
      assertThat(c.capitalLat()).as(c.name() + " capital lat").isBetween(-90.0, 90.0);
      assertThat(c.lon()).as(c.name() + " lon").isBetween(-180.0, 180.0);
      assertThat(c.capitalLon()).as(c.name() + " capital lon").isBetween(-180.0, 180.0);
      // A swapped sign or column shows as a capital far from its country (Russia's is the farthest, ~3,800 km).
      assertThat(km(c.lat(), c.lon(), c.capitalLat(), c.capitalLon()))
          .as(c.name() + ": capital to centroid, km").isLessThan(4000);
    }
  }

  @Test
  void noWordNamesTwoCountries() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Country c : G.countries()) {
      for (String w : countryWords(c)) {
        owners.computeIfAbsent(w, k -> new TreeSet<>()).add(c.name());
      }
    }
    Map<String, Set<String>> shared = new TreeMap<>();
    owners.forEach((w, o) -> {
      if (o.size() > 1) {
        shared.put(w, o);
      }
    });
    assertThat(shared).as("words (names, aliases, demonyms) on two rows").isEmpty();
  }

  @Test
  void noCapitalNamesTwoCountriesOrAnotherCountry() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Country c : G.countries()) {
      for (String w : capitalWords(c)) {
        owners.computeIfAbsent(w, k -> new TreeSet<>()).add(c.name());
      }
    }
    owners.forEach((w, o) -> assertThat(o).as("capital name " + w).hasSize(1));
    for (Country c : G.countries()) {
      for (String w : capitalWords(c)) {
        G.countryByName(w).ifPresent(other ->
            assertThat(other).as("capital " + w + " of " + c.name() + " names a country").isEqualTo(c));
      }
    }
  }

  @Test
  void noOrganizationAliasOnTwoOrganizations() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (KnownOrganization o : G.organizations()) {
      for (String w : orgWords(o)) {
        owners.computeIfAbsent(w, k -> new TreeSet<>()).add(o.name());
      }
    }
    owners.forEach((w, o) -> assertThat(o).as("organization alias " + w).hasSize(1));
  }

  @Test
  void noCountryWordIsAnOrganizationAlias() {
    Set<String> orgWords = new HashSet<>();
    G.organizations().forEach(o -> orgWords.addAll(orgWords(o)));
    List<String> clashes = new ArrayList<>();
    for (Country c : G.countries()) {
      for (String w : countryWords(c)) {
        if (orgWords.contains(w)) {
          clashes.add(w + " (" + c.name() + ")");
        }
      }
      for (String w : capitalWords(c)) {
        if (orgWords.contains(w)) {
          clashes.add(w + " (capital of " + c.name() + ")");
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  // --- words in the right form ---

  @Test
  void demonymsAreCapitalised() {
    for (Country c : G.countries()) {
      for (String d : c.demonyms()) {
        assertThat(Character.isUpperCase(d.codePointAt(0))).as(c.name() + " demonym " + d).isTrue();
      }
    }
  }

  @Test
  void organizationAliasesAreNotLowercaseWords() {
    for (KnownOrganization o : G.organizations()) {
      for (String w : orgWords(o)) {
        boolean hasCapitalOrDigit = w.codePoints().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        if (!hasCapitalOrDigit) {
          assertThat(LOWERCASE_ALIASES).as("lowercase alias " + w + " of " + o.name()).containsKey(w);
        }
      }
    }
    assertThat(G.organizationByAlias("who")).isEmpty();
    assertThat(G.organizationByAlias("Who")).isEmpty();
    assertThat(G.organizationByAlias("Amnesty")).isEmpty();
    assertThat(G.organizationByAlias("is")).isEmpty();
    assertThat(G.organizationByAlias("Is")).isEmpty();
  }

  @Test
  void sharedWordsResolveAsChosen() {
    SHARED_WORDS_RESOLVED.forEach((word, choice) -> {
      Country want = G.countryByCode(choice[0]).orElseThrow();
      Country got = G.countryByName(word).or(() -> G.countryByDemonym(word)).orElse(null);
      assertThat(got).as(word + " -> " + choice[0] + " (" + choice[1] + ")").isEqualTo(want);
    });
    SHARED_WORDS_LEFT_OUT.forEach((word, reason) -> {
      assertThat(G.countryByName(word)).as(word + ": " + reason).isEmpty();
      assertThat(G.countryByDemonym(word)).as(word + ": " + reason).isEmpty();
      assertThat(G.countryByCapital(word)).as(word + ": " + reason).isEmpty();
    });
  }

  // --- spot checks of facts ---

  @Test
  void iraq() {
    Country iq = G.countryByName("Iraq").orElseThrow();
    assertThat(iq.iso2()).isEqualTo("IQ");
    assertThat(iq.iso3()).isEqualTo("IRQ");
    assertThat(iq.capital()).isEqualTo("Baghdad");
    assertThat(iq.capitalLat()).isCloseTo(33.3, within(0.1));
    assertThat(iq.capitalLon()).isCloseTo(44.4, within(0.1));
    assertThat(G.countryByCapital("Baghdad")).contains(iq);
    assertThat(G.countryByDemonym("Iraqis")).contains(iq);
  }

  @Test
  void unitedStates() {
    Country us = G.countryByCode("US").orElseThrow();
    assertThat(us.name()).isEqualTo("United States");
    assertThat(us.capital()).isEqualTo("Washington");
    assertThat(us.capitalLat()).isCloseTo(38.9, within(0.1));
    assertThat(us.capitalLon()).isCloseTo(-77.0, within(0.1));
    assertThat(G.countryByDemonym("American")).contains(us);
    assertThat(G.countryByCapital("Washington, D.C.")).contains(us);
    for (String n : List.of("US", "U.S.", "USA", "America", "United States of America", "UNITED STATES")) {
      assertThat(G.countryByName(n)).as(n).contains(us);
    }
  }

  @Test
  void namesAndAliases() {
    Map<String, String> expect = new HashMap<>();
    expect.put("UK", "GBR");
    expect.put("U.K.", "GBR");
    expect.put("Britain", "GBR");
    expect.put("Great Britain", "GBR");
    expect.put("Russian Federation", "RUS");
    expect.put("DRC", "COD");
    expect.put("DR Congo", "COD");
    expect.put("Congo-Kinshasa", "COD");
    expect.put("Congo-Brazzaville", "COG");
    expect.put("Republic of Congo", "COG");
    expect.put("UAE", "ARE");
    expect.put("U.A.E.", "ARE");
    expect.put("DPRK", "PRK");
    expect.put("North Korea", "PRK");
    expect.put("South Korea", "KOR");
    expect.put("Burma", "MMR");
    expect.put("Türkiye", "TUR");
    expect.put("Ivory Coast", "CIV");
    expect.put("Côte d'Ivoire", "CIV");
    expect.put("Czechia", "CZE");
    expect.put("Eswatini", "SWZ");
    expect.put("Swaziland", "SWZ");
    expect.put("Timor-Leste", "TLS");
    expect.put("Cabo Verde", "CPV");
    expect.put("Holy See", "VAT");
    expect.put("Vatican", "VAT");
    expect.put("State of Palestine", "PSE");
    expect.put("Chinese Taipei", "TWN");
    expect.put("Holland", "NLD");
    expect.put("Persia", "IRN");
    expect.put("Malvinas", "FLK");
    for (Map.Entry<String, String> e : expect.entrySet()) {
      assertThat(G.countryByName(e.getKey()).map(Country::iso3)).as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void demonyms() {
    Map<String, String> expect = new HashMap<>();
    expect.put("Britons", "GBR");
    expect.put("British", "GBR");
    expect.put("Briton", "GBR");
    expect.put("Americans", "USA");
    expect.put("Dutch", "NLD");
    expect.put("Filipino", "PHL");
    expect.put("Filipinos", "PHL");
    expect.put("Philippine", "PHL");
    expect.put("Emirati", "ARE");
    expect.put("Emiratis", "ARE");
    expect.put("Congolese", "COD");
    expect.put("Ivorian", "CIV");
    expect.put("North Korean", "PRK");
    expect.put("South Koreans", "KOR");
    expect.put("Burmese", "MMR");
    expect.put("Kosovar", "XKX");
    expect.put("Palestinians", "PSE");
    expect.put("Israelis", "ISR");
    expect.put("Afghan", "AFG");
    expect.put("Nigerien", "NER");
    expect.put("Nigerian", "NGA");
    expect.put("Sudanese", "SDN");
    expect.put("South Sudanese", "SSD");
    expect.put("Kiwi", null);
    for (Map.Entry<String, String> e : expect.entrySet()) {
      if (e.getValue() == null) {
        assertThat(G.countryByDemonym(e.getKey())).as(e.getKey()).isEmpty();
      } else {
        assertThat(G.countryByDemonym(e.getKey()).map(Country::iso3)).as(e.getKey()).contains(e.getValue());
      }
    }
  }

  @Test
  void capitals() {
    Country ua = G.countryByCapital("Kiev").orElseThrow();
    assertThat(ua.iso3()).isEqualTo("UKR");
    assertThat(ua.capital()).isEqualTo("Kyiv");
    assertThat(G.countryByCapital("Kyiv")).contains(ua);
    assertThat(G.countryByCapital("Tehran").map(Country::iso3)).contains("IRN");
    assertThat(G.countryByCapital("Beijing").map(Country::iso3)).contains("CHN");
    assertThat(G.countryByCapital("Peking").map(Country::iso3)).contains("CHN");
    assertThat(G.countryByCapital("Nur-Sultan").map(Country::iso3)).contains("KAZ");
    assertThat(G.countryByCapital("London").map(Country::iso3)).contains("GBR");
    // Split capitals: the seat of government (see the comment lines in countries.tsv).
    assertThat(G.countryByCode("BOL").orElseThrow().capital()).isEqualTo("La Paz");
    assertThat(G.countryByCode("ZAF").orElseThrow().capital()).isEqualTo("Pretoria");
    assertThat(G.countryByCode("NLD").orElseThrow().capital()).isEqualTo("The Hague");
    assertThat(G.countryByCode("PSE").orElseThrow().capital()).isEqualTo("Ramallah");
    Country gb = G.countryByCode("gb").orElseThrow();
    assertThat(gb.capitalLat()).isCloseTo(51.5, within(0.1));
    assertThat(gb.capitalLon()).isCloseTo(-0.1, within(0.1));
  }

  @Test
  void codes() {
    assertThat(G.countryByCode("IQ").map(Country::name)).contains("Iraq");
    assertThat(G.countryByCode("irq").map(Country::name)).contains("Iraq");
    assertThat(G.countryByCode("GB").map(Country::name)).contains("United Kingdom");
    assertThat(G.countryByCode("UK")).isEmpty();
    assertThat(G.countryByCode("XK").map(Country::name)).contains("Kosovo");
    assertThat(G.countryByCode("ZZ")).isEmpty();
  }

  @Test
  void organizations() {
    Map<String, String> expect = new HashMap<>();
    expect.put("IS", "Islamic State");
    expect.put("ISIS", "Islamic State");
    expect.put("ISIL", "Islamic State");
    expect.put("Daesh", "Islamic State");
    expect.put("Hizbollah", "Hezbollah");
    expect.put("Hizballah", "Hezbollah");
    expect.put("Hezbollah", "Hezbollah");
    expect.put("al-Qaida", "al-Qaeda");
    expect.put("Al Qaeda", "al-Qaeda");
    expect.put("Hashed al-Shaabi", "Popular Mobilization Forces");
    expect.put("PMF", "Popular Mobilization Forces");
    expect.put("UN", "United Nations");
    expect.put("U.N.", "United Nations");
    expect.put("WHO", "World Health Organization");
    expect.put("NATO", "North Atlantic Treaty Organization");
    expect.put("Nato", "North Atlantic Treaty Organization");
    expect.put("EU", "European Union");
    expect.put("Pentagon", "United States Department of Defense");
    expect.put("State Department", "United States Department of State");
    expect.put("Fed", "Federal Reserve");
    expect.put("AFP", "Agence France-Presse");
    expect.put("AP", "Associated Press");
    expect.put("dpa", "Deutsche Presse-Agentur");
    expect.put("PA", "Palestinian Authority");
    expect.put("ICC", "International Criminal Court");
    expect.put("Houthi", "Houthis");
    expect.put("Islamic State", "Islamic State");
    for (Map.Entry<String, String> e : expect.entrySet()) {
      assertThat(G.organizationByAlias(e.getKey()).map(KnownOrganization::name))
          .as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void loadsOnce() {
    assertThat(Gazetteer.get()).isSameAs(G);
    assertThat(Gazetteer.VERSION).isNotBlank();
  }

  // --- helpers ---

  /** Every word that names a country in {@link Gazetteer#countryByName} or {@link Gazetteer#countryByDemonym}. */
  private static Set<String> countryWords(Country c) {
    Set<String> w = new HashSet<>();
    w.add(c.name());
    w.add(c.name().toLowerCase(Locale.ROOT));
    w.addAll(c.aliases());
    w.addAll(c.demonyms());
    return w;
  }

  private static Set<String> capitalWords(Country c) {
    Set<String> w = new HashSet<>(c.capitalAliases());
    w.add(c.capital());
    return w;
  }

  private static Set<String> orgWords(KnownOrganization o) {
    Set<String> w = new HashSet<>(o.aliases());
    w.add(o.name());
    return w;
  }

  private static void assertUnique(List<String> values, String what) {
    Set<String> seen = new HashSet<>();
    List<String> dup = new ArrayList<>();
    for (String v : values) {
      if (!seen.add(v)) {
        dup.add(v);
      }
    }
    assertThat(dup).as("duplicate " + what).isEmpty();
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
        + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }
}
