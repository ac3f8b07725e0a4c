package org.newsgraph.enrich.entities;

import java.util.Set;

/**
 * Word lists the entity rules use. Facts of English usage in news, each list with its purpose.
 */
public final class Lexicon {

  private Lexicon() {}

  /** A set of words; repetitions are harmless (Set.of would refuse them at class load). */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Last words that make a name an organization whatever the NER model said ("Middle East
   * Institute", "Hezbollah brigades", "Irving Police Department"). Facility words (center,
   * hospital, church) are left out: news and the gold sets treat buildings as places.
   */
  public static final Set<String> ORG_HEADS =
      words(
          "institute", "institution", "university", "college", "academy", "organization",
          "organisation", "council", "committee", "commission", "party", "ministry", "agency",
          "bank", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
          "company", "co.", "association", "union", "federation", "foundation", "group",
          "brigades", "brigade", "army", "forces", "front", "movement", "court", "department",
          "office", "service", "services", "press", "news", "times", "post", "network", "club",
          "league", "fund", "bureau", "authority", "police", "guard", "guards", "parliament",
          "assembly", "senate", "congress", "airlines", "airways", "railways", "systems",
          "technologies", "industries", "holdings", "partners", "society", "alliance",
          "coalition", "caucus", "board", "tribunal", "cabinet", "administration", "government",
          "regime", "militia", "channel", "tv", "radio", "magazine", "journal", "herald",
          "tribune", "gazette", "exchange");

  /**
   * The organization heads that also override a PERSON reading: words that are not surnames.
   * "Jim Press" stays a person; "Lincoln Institute" becomes an organization.
   */
  public static final Set<String> ORG_HEADS_OVER_PERSON =
      words("institute", "institution", "university", "college", "academy", "organization",
          "organisation", "council", "committee", "commission", "ministry", "agency",
          "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "association", "federation",
          "foundation", "brigades", "department", "bureau", "authority", "parliament",
          "airlines", "airways", "industries", "holdings", "tribunal");

  /** Personal pronouns that refer to a person named before. */
  static final Set<String> PERSON_PRONOUNS =
      words("he", "him", "his", "himself", "she", "her", "hers", "herself");

  /** Pronouns for a thing: an organization named before ("it", "its"). */
  static final Set<String> THING_PRONOUNS = words("it", "its", "itself");

  /**
   * Plural pronouns. In news they most often point back to an organization, which English
   * treats as a group ("Airbus said they").
   */
  static final Set<String> PLURAL_PRONOUNS = words("they", "them", "their", "theirs", "themselves");

  /** First person singular: within a quotation, its speaker. */
  static final Set<String> FIRST_SINGULAR = words("i", "me", "my", "mine", "myself");

  /** First person plural: within a quotation, the speaker's group. */
  static final Set<String> FIRST_PLURAL = words("we", "us", "our", "ours", "ourselves");

  /** Relative pronouns that refer to the noun phrase right before them ("Airbus, which"). */
  static final Set<String> RELATIVE_PRONOUNS = words("which", "who", "whom", "whose");

  /**
   * Nouns that, after "the", refer back to an organization named before ("the company"),
   * with the type they point to.
   */
  static final Set<String> ORGANIZATION_NOUNS =
      words("company", "firm", "group", "organization", "organisation", "carrier", "airline",
          "automaker", "carmaker", "manufacturer", "maker", "bank", "retailer", "agency",
          "party", "network", "newspaper", "team", "club", "militia", "movement", "coalition",
          "alliance", "ministry", "institute", "university", "giant", "conglomerate", "startup",
          "corporation", "business", "operator", "insurer", "lender", "broadcaster");

  /** Nouns that, after "the", refer back to a country named before ("the country"). */
  static final Set<String> COUNTRY_NOUNS = words("country", "nation", "kingdom", "republic");

  /** Nouns that, after "the", refer back to a city named before ("the city"). */
  static final Set<String> CITY_NOUNS = words("city", "capital", "town");

  /** Time-zone abbreviations, which NER models often take for organizations ("UTC"). */
  static final Set<String> TIME_ZONES =
      words("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST",
          "BST", "IST", "JST", "AEST", "AEDT", "MSK", "EET", "EEST", "WET", "WEST", "HKT", "SGT");

  /**
   * Adjectives and nouns for religious, ethnic and political groups. Named, but not entities
   * of their own: typed MISC ("Shiite deputies", "Sunni tribes").
   */
  static final Set<String> GROUP_WORDS =
      words(
          "Shiite", "Shiites", "Shia", "Shi'ite", "Sunni", "Sunnis", "Muslim", "Muslims",
          "Christian", "Christians", "Jewish", "Jews", "Catholic", "Catholics", "Protestant",
          "Protestants", "Orthodox", "Hindu", "Hindus", "Buddhist", "Buddhists", "Kurdish",
          "Kurds", "Arab", "Arabs", "Alawite", "Alawites", "Druze", "Yazidi", "Yazidis",
          "Democrat", "Democrats", "Republican", "Republicans", "Islamist", "Islamists",
          "Jihadist", "Jihadists", "Salafist", "Salafists", "Pashtun", "Tamil", "Tamils",
          "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya", "Latino", "Latinos", "Hispanic");

  /**
   * Nouns that name a role, office or trade. A phrase holding one, next to a person's name, is
   * a title or a role of that person; with "this"/"the" it can describe a person mentioned
   * before.
   */
  static final Set<String> ROLE_NOUNS =
      words(
          "president", "vice-president", "prime", "minister", "premier", "chancellor", "secretary",
          "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "director",
          "general", "commander", "colonel", "major", "captain", "lieutenant", "officer",
          "ambassador", "envoy", "diplomat", "official", "officials", "analyst", "expert",
          "governor", "mayor", "senator", "congressman", "congresswoman", "representative",
          "deputy", "lawmaker", "mp", "king", "queen", "prince", "princess", "emir", "sheikh",
          "ayatollah", "cleric", "imam", "pope", "bishop", "archbishop", "judge", "justice",
          "prosecutor", "attorney", "lawyer", "founder", "co-founder", "chairman", "chairwoman",
          "chair", "ceo", "executive", "manager", "owner", "editor", "reporter", "journalist",
          "correspondent", "researcher", "professor", "scientist", "doctor", "dr.", "economist",
          "strategist", "adviser", "advisor", "aide", "counsellor", "counselor", "candidate",
          "nominee", "activist", "campaigner", "author", "writer", "artist", "actor", "actress",
          "singer", "player", "coach", "striker", "goalkeeper", "captain", "predecessor",
          "successor", "president-elect", "member", "founder", "negotiator", "mediator",
          "inspector", "commissioner", "superintendent", "sergeant", "admiral", "marshal",
          "warlord", "militant", "rebel", "fighter", "soldier", "student", "teacher", "resident",
          "witness", "victim", "survivor", "father", "mother", "son", "daughter", "wife",
          "husband", "brother", "sister", "lieutenant", "intelligence", "speaker", "whip",
          "treasurer", "auditor", "clerk", "dean", "rector", "principal", "head");

  /** Honorifics before names: part of a title, never part of the name. */
  static final Set<String> HONORIFICS =
      words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord",
          "lady", "prof", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "capt.", "sgt.");

  /**
   * Nouns after a country's name or adjective that make it an actor: "the Iraqi government",
   * "US forces", "Iranian authorities".
   */
  static final Set<String> GOVERNMENT_NOUNS =
      words("government", "governments", "authorities", "administration", "cabinet", "regime",
          "leadership", "officials", "state", "executive");

  /**
   * Words before "to CAPITAL" that make the capital stand for its government: "favorable to
   * Washington", "aid to Baghdad" (not "an invitation to Washington": a place to go to).
   */
  static final Set<String> TOWARD_GOVERNMENT =
      words("favorable", "favourable", "close", "closer", "loyal", "hostile", "allied",
          "friendly", "opposed", "aid", "support", "assistance", "loans", "loan", "message",
          "letter", "ultimatum", "warning", "request", "appeal", "concessions", "pledge");

  /**
   * Singular nouns for people that are not roles or offices: a phrase with one of them as head
   * ("a 14-year-old boy", "the teenager") or with a role noun ("the teacher") is a person "he"
   * or "she" can point back to.
   */
  static final Set<String> PERSON_NOUNS =
      words("person", "man", "woman", "boy", "girl", "child", "kid", "teenager", "teen",
          "citizen", "worker", "employee", "passenger", "driver", "patient", "suspect", "user",
          "fan", "customer", "voter", "friend", "colleague", "neighbour", "neighbor", "pilot",
          "nurse", "engineer", "detective", "defector", "gentleman", "lady", "baby", "youth",
          "pupil", "athlete", "winner", "mother", "father", "businessman", "businesswoman",
          "entrepreneur", "politician", "priest", "monk", "guard", "policeman", "policewoman",
          "farmer", "doctor", "physician", "surgeon", "homeopath", "practitioner", "volunteer",
          "protester", "demonstrator", "individual", "adult", "boyfriend", "girlfriend");
}
