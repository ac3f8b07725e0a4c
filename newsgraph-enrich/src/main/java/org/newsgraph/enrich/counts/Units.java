package org.newsgraph.enrich.counts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Words that turn a number into something other than a count of things: units of time,
 * measurement and money, percent signs, multiples. Lower-case surface forms and lemmas.
 */
final class Units {

  /** A number of these is a duration or an age, not a count. */
  static final Set<String> TIME =
      Set.of(
          "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
          "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight",
          "fortnights", "month", "months", "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades",
          "century", "centuries", "millennium", "millennia");

  /** A number of these is a measurement. */
  static final Set<String> MEASURE =
      Set.of(
          "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
          "metre", "metres", "meter", "meters", "m", "cm", "mm", "foot", "feet", "ft", "inch",
          "inches", "yard", "yards", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
          "gram", "grams", "g", "lb", "lbs", "ounce", "ounces", "oz", "tonne", "tonnes", "ton",
          "tons", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel",
          "barrels", "bpd", "hectare", "hectares", "acre", "acres", "degree", "degrees", "°",
          "°c", "°f", "mph", "kph", "km/h", "knot", "knots", "watt", "watts", "kw", "mw", "gw",
          "kwh", "megawatt", "megawatts", "gigawatt", "gigawatts", "volt", "volts", "calorie",
          "calories", "magnitude", "point", "points", "bps", "basis", "mb", "gb", "tb", "mbps",
          "ghz", "mhz", "millimetre", "millimetres", "millimeter", "millimeters", "centimetre",
          "centimetres", "centimeter", "centimeters", "pixel", "pixels", "megapixel",
          "megapixels", "byte", "bytes", "kilobytes", "megabyte", "megabytes", "gigabyte",
          "gigabytes", "terabyte", "terabytes", "decibel", "decibels", "db", "horsepower", "hp",
          "mpg");

  /** A number of these is an amount of money. */
  static final Set<String> CURRENCY =
      Set.of(
          "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
          "renminbi", "rmb", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "peso",
          "pesos", "reais", "franc", "francs", "dinar", "dinars", "dirham", "dirhams",
          "riyal", "riyals", "rial", "rials", "rand", "shekel", "shekels", "lira", "lire",
          "naira", "baht", "ringgit", "rupiah", "zloty", "zlotys", "krona", "kronor", "krone",
          "kroner", "hryvnia", "bitcoin", "bitcoins", "cent", "cents", "pence", "penny",
          "usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "aud", "cad", "rs", "rs.");

  /** Tokens before a number that make it money: "$", "US$", "€", "£", "¥", "₹". */
  static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₦");

  /** Words right after a number that make it a percentage. */
  static final Set<String> PERCENT = Set.of("%", "percent", "pct", "percentage", "per-cent");

  /** Words right after a number that make it a multiple. */
  static final Set<String> MULTIPLE = Set.of("times", "fold", "-fold");

  /**
   * Nouns whose plural is their singular form: "91 aircraft" and "500 staff" count things even
   * though the tagger calls the noun singular.
   */
  static final Set<String> INVARIANT_PLURALS =
      Set.of("aircraft", "spacecraft", "personnel", "staff", "police", "crew", "cattle",
          "livestock", "sheep", "deer", "fish", "offspring", "series", "species", "militia",
          "infantry", "artillery", "clergy", "poultry", "people");

  /** Label words before a number that are not nouns: "No. 3", "#1", "number 3". */
  static final Set<String> LABELS = Set.of("no.", "nr.", "#", "number", "num.");

  private Units() {}

  /** Whether a token is a currency sign ("$", "US$", "NZ$", "€"). */
  static boolean isCurrencySign(String word) {
    if (CURRENCY_SIGNS.contains(word)) {
      return true;
    }
    // "US$", "NZ$", "HK$", "A$": letters and a dollar sign.
    return word.length() <= 4 && word.endsWith("$")
        && word.substring(0, word.length() - 1).chars().allMatch(Character::isLetter);
  }

  /** The exclusion a unit word makes of the number it follows, if it is one. */
  static Optional<Exclusion> of(String word, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma.toLowerCase(Locale.ROOT);
    if (CURRENCY.contains(w) || CURRENCY.contains(l) || isCurrencySign(w)) {
      return Optional.of(Exclusion.MONEY);
    }
    if (PERCENT.contains(w)) {
      return Optional.of(Exclusion.PERCENT);
    }
    if (TIME.contains(w) || TIME.contains(l)) {
      return Optional.of(Exclusion.DURATION);
    }
    if (MEASURE.contains(w)) {
      return Optional.of(Exclusion.MEASURE);
    }
    if (MULTIPLE.contains(w)) {
      return Optional.of(Exclusion.MULTIPLE);
    }
    return Optional.empty();
  }
}
