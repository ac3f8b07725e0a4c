package org.newsgraph.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.enrich.gazetteer.Country;
import org.newsgraph.enrich.gazetteer.Gazetteer;
import org.newsgraph.enrich.gazetteer.KnownOrganization;
import org.newsgraph.enrich.text.Tokens;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;

/**
 * Resolves one document's references into entities. Rules, in order:
 *
 * <ol>
 *   <li>Names from NER, with types corrected by evidence: a country or a known organization by
 *       the gazetteer; an organization by its last word ("Institute"); group adjectives
 *       ("Shiite") as MISC.
 *   <li>Each name joins an entity with the same name once case, accents, articles ("al-") and
 *       transliteration variants are folded ("Moustafa al-Kazimi" = "Mustafa al-Kazimi"); a
 *       surname or a tail of a person's name joins that person ("Trump"); a country alias joins
 *       its country ("US" = "United States").
 *   <li>Acronyms: a known alias ("IS", "UN") or the initials of an organization named before.
 *   <li>Demonyms and country adjectives refer to their country ("American soldiers").
 *   <li>A capital in the position of an actor stands for its country's government ("Washington
 *       promised", "aid to Baghdad").
 *   <li>Titles and roles next to a person's name become its roles ("Former intelligence chief",
 *       "spokesman for their parliamentary bloc").
 *   <li>Descriptions ("this ex-American diplomat") refer back to a person when the evidence is
 *       clear: a matching role, or the only person in the last sentences.
 *   <li>The phrases around a name refer to it: the words before it ("German airline
 *       Lufthansa") and an apposition (", a market research firm"); see {@link Phrases}.
 *   <li>Pronouns and descriptions point back: "he" to a person, "it" and "the company" to an
 *       organization, "which"/"who" to the phrase before, "they" to a plural phrase, "the
 *       festival" to the name holding "festival" or to an earlier "festival", "I"/"we" to the
 *       speaker of the paragraph. Phrases nothing points to stay singletons.
 * </ol>
 */
final class Resolver {

  /** What the resolution produces. */
  record Result(Entities entities, List<Reference> references) {}

  /** Sentences back in which a description looks for the person it describes. */
  static final int DESCRIPTION_WINDOW = 2;

  /** Tokens after a country word within which a government noun makes it an actor. */
  static final int GOVERNMENT_LOOKAHEAD = 3;

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,4}");

  /** An entity being built. */
  private static final class Cluster {
    EntityType type;
    /** What the names, titles and pronouns say of a person's gender, or null. */
    Gender gender;
    /** A person described, not named ("a 14-year-old boy", "the teacher"). */
    boolean person;
    String subtype;
    Country country;
    KnownOrganization org;
    final List<String> names = new ArrayList<>();
    final List<List<String>> nameTokens = new ArrayList<>();
    final Set<String> variants = new LinkedHashSet<>();
    final List<Span> roles = new ArrayList<>();
    final Set<String> evidence = new LinkedHashSet<>();
    /** For an entity described, never named ("the girls"): the description. */
    String description;
    int lastToken = -1;

    Cluster(EntityType type) {
      this.type = type;
    }

    void addName(String surface, List<String> tokens) {
      variants.add(surface);
      if (!tokens.isEmpty()) {
        names.add(surface);
        nameTokens.add(tokens);
      }
    }

    String canonical() {
      if (country != null) {
        return country.name();
      }
      if (org != null) {
        return org.name();
      }
      String best = null;
      int bestLen = -1;
      int bestFrench = 0;
      for (int i = 0; i < names.size(); i++) {
        int len = nameTokens.get(i).size();
        int french = frenchSpellings(names.get(i));
        if (len > bestLen || (len == bestLen && french < bestFrench)) {
          best = names.get(i);
          bestLen = len;
          bestFrench = french;
        }
      }
      if (best != null) {
        return best;
      }
      return variants.isEmpty() ? description : variants.iterator().next();
    }
  }

  /**
   * French transliterations of Arabic and Persian names ("Moustafa", "Djalal", "Tchad"): among
   * spellings of one name, the English one ("Mustafa") is preferred as canonical.
   */
  private static final Pattern FRENCH_SPELLING = Pattern.compile("(?i)ou|dj|tch");

  static int frenchSpellings(String name) {
    int n = 0;
    var m = FRENCH_SPELLING.matcher(name);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** A reference being built. */
  private static final class Ref {
    final Span span;
    final int firstToken;
    Cluster cluster;
    final ReferenceKind kind;
    Cluster standsFor;
    String role;
    /** The last token of the phrase's head part (a name, or a noun phrase up to its head). */
    int lastCore;

    Ref(Span span, int firstToken, Cluster cluster, ReferenceKind kind) {
      this.span = span;
      this.firstToken = firstToken;
      this.cluster = cluster;
      this.kind = kind;
    }
  }

  private final Document doc;
  private final Gazetteer gaz;
  private final Tokens tokens;
  private final List<Cluster> clusters = new ArrayList<>();
  private final List<Ref> refs = new ArrayList<>();
  private final boolean[] covered;

  Resolver(Document doc, Gazetteer gaz) {
    this.doc = doc;
    this.gaz = gaz;
    this.tokens = new Tokens(doc);
    this.covered = new boolean[tokens.size()];
  }

  Result run() {
    for (EntityMention m : doc.mentions()) {
      if (!Lexicon.TIME_ZONES.contains(doc.surface(m))) {
        addName(m);
      }
    }
    propagateNames();
    addAcronyms();
    addDemonyms();
    readCapitalsAsGovernments();
    for (Ref r : List.copyOf(refs)) {
      if (r.cluster.type == EntityType.PERSON && r.kind == ReferenceKind.NAME) {
        Roles.attach(tokens, r.span, r.cluster.roles);
      }
    }
    for (Cluster c : clusters) {
      if (c.type == EntityType.PERSON && c.gender == null) {
        for (Span role : c.roles) {
          for (String w : roleWordsOf(role)) {
            Gender g = Gender.ofWord(w);
            if (g != null && c.gender == null) {
              c.gender = g;
              c.evidence.add("'" + c.canonical() + "' is " + (g == Gender.FEMALE ? "a woman" : "a man")
                  + ": the role '" + doc.surface(role) + "'");
            }
          }
        }
      }
    }
    addDescriptions();
    addNamePhrases();
    addBackReferences();
    return build();
  }

  // ---- 1 and 2: names --------------------------------------------------------------------

  private void addName(EntityMention m) {
    String surface = doc.surface(m);
    int[] range = tokens.covering(m.span());
    if (range[0] >= range[1]) {
      return;
    }
    List<String> core = Names.tokens(surface);
    Cluster c;
    String why = null;
    Optional<Country> country = gaz.countryByName(surface);
    Optional<KnownOrganization> org = gaz.organizationByAlias(surface);
    EntityType type = m.type();
    if (Lexicon.GROUP_WORDS.contains(surface)) {
      type = EntityType.MISC;
      why = "'" + surface + "' typed misc: a religious, ethnic or political group word";
    } else if (country.isPresent() && type != EntityType.PERSON) {
      type = EntityType.LOCATION;
    } else if (org.isPresent() && type != EntityType.LOCATION) {
      // A known organization's name; NER's location reading stays ("EU" as a place).
      if (type != EntityType.ORGANIZATION) {
        why = "'" + surface + "' typed organization: a known organization (" + org.get().name() + ")";
      }
      type = EntityType.ORGANIZATION;
    } else if (type != EntityType.ORGANIZATION && !core.isEmpty()
        && (type == EntityType.PERSON ? Lexicon.ORG_HEADS_OVER_PERSON : Lexicon.ORG_HEADS)
            .contains(core.get(core.size() - 1))) {
      why = "'" + surface + "' typed organization: its last word is '" + core.get(core.size() - 1)
          + "' (NER said " + m.label().toLowerCase(Locale.ROOT) + ")";
      type = EntityType.ORGANIZATION;
    }
    if (country.isPresent() && type == EntityType.LOCATION) {
      c = countryCluster(country.get(), surface);
    } else if (org.isPresent() && type == EntityType.ORGANIZATION) {
      c = orgCluster(org.get(), surface);
    } else {
      c = match(surface, core, type);
      if (c == null) {
        c = new Cluster(type);
        clusters.add(c);
        Optional<Country> capitalOf = gaz.countryByCapital(surface);
        if (type == EntityType.LOCATION && capitalOf.isPresent()) {
          c.subtype = "capital";
        }
      }
    }
    if (why != null) {
      c.evidence.add(why);
    }
    c.addName(surface, core);
    if (c.type == EntityType.PERSON && c.gender == null) {
      Gender g = range[0] > 0 && tokens.sentence(range[0] - 1) == tokens.sentence(range[0])
          ? Gender.ofWord(tokens.lower(range[0] - 1)) : null;
      String first = surface.split("\\s+")[0];
      Gender byName = core.size() > 1 ? Gender.ofFirstName(first) : null;
      c.gender = g != null ? g : byName;
      if (c.gender != null) {
        c.evidence.add("'" + surface + "' is " + (c.gender == Gender.FEMALE ? "a woman" : "a man")
            + ": " + (g != null ? "the title '" + tokens.word(range[0] - 1) + "'"
                : "the first name '" + first + "'"));
      }
    }
    addRef(new Ref(m.span(), range[0], c, ReferenceKind.NAME), range);
  }

  /**
   * One sense per article: a name NER found somewhere refers to the same entity where NER
   * missed it (headlines, sentence starts, a surname alone: "Apple", "Jobs"). Only exact,
   * capitalised, proper-noun tokens that no other reference covers are taken.
   */
  private void propagateNames() {
    List<Cluster> named = List.copyOf(clusters);
    for (Cluster c : named) {
      if (c.type == EntityType.MISC) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>(c.names);
      if (c.type == EntityType.PERSON) {
        for (String n : c.names) {
          String[] parts = n.split("\\s+");
          if (parts.length > 1 && Character.isUpperCase(parts[parts.length - 1].codePointAt(0))) {
            forms.add(parts[parts.length - 1]);
          }
        }
      }
      for (String form : forms) {
        String[] words = form.split("\\s+");
        for (int i = 0; i + words.length <= tokens.size(); i++) {
          boolean match = true;
          for (int k = 0; k < words.length && match; k++) {
            match = !covered[i + k] && tokens.word(i + k).equals(words[k])
                && tokens.pos(i + k).startsWith("NNP")
                && tokens.sentence(i + k) == tokens.sentence(i);
          }
          if (!match || (i + words.length < tokens.size() && covered[i + words.length]
              && tokens.pos(i + words.length).startsWith("NNP"))) {
            continue;
          }
          Span span = tokens.span(i, i + words.length);
          c.variants.add(form);
          addRef(new Ref(span, i, c, ReferenceKind.NAME), new int[] {i, i + words.length});
        }
      }
    }
  }

  /** The existing entity a name refers to, or null. Records the evidence of the match. */
  private Cluster match(String surface, List<String> core, EntityType type) {
    if (core.isEmpty()) {
      return null;
    }
    String key = String.join(" ", core);
    Cluster best = null;
    String why = null;
    for (Cluster c : clusters) {
      boolean compatible = c.type == type || c.type == EntityType.MISC || type == EntityType.MISC
          || (core.size() == 1 && c.type == EntityType.PERSON && type != EntityType.LOCATION);
      if (!compatible || c.country != null || c.org != null) {
        continue;
      }
      for (int i = 0; i < c.nameTokens.size(); i++) {
        List<String> other = c.nameTokens.get(i);
        String otherName = c.names.get(i);
        String reason = null;
        if (String.join(" ", other).equals(key)) {
          reason = surface.equals(otherName) ? "" : "'" + surface + "' = '" + otherName + "': same name";
        } else if (Names.variants(core, other)) {
          reason = "'" + surface + "' = '" + otherName + "': spelling variants of the same name";
        } else if (c.type == EntityType.PERSON && isTail(core, other)) {
          reason = "'" + surface + "' = '" + otherName + "': " + (core.size() == 1 ? "surname" : "short form");
        } else if (c.type == EntityType.PERSON && type == EntityType.PERSON && isTail(other, core)) {
          reason = "'" + surface + "' = '" + otherName + "': full name of a short form seen before";
        }
        if (reason != null) {
          // The most recently mentioned candidate wins: a surname goes to the last person named so.
          if (best == null || c.lastToken > best.lastToken) {
            best = c;
            why = reason;
          }
          break;
        }
      }
    }
    if (best != null) {
      if (!why.isEmpty()) {
        best.evidence.add(why);
      }
      if (best.type == EntityType.MISC && type != EntityType.MISC) {
        best.type = type;
      }
    }
    return best;
  }

  /** Whether {@code shorter} is a tail of {@code longer} ("Trump" of "Donald Trump"). */
  private static boolean isTail(List<String> shorter, List<String> longer) {
    if (shorter.size() >= longer.size()) {
      return false;
    }
    int off = longer.size() - shorter.size();
    for (int i = 0; i < shorter.size(); i++) {
      if (!Names.variantTokens(shorter.get(i), longer.get(off + i))) {
        return false;
      }
    }
    return true;
  }

  private Cluster countryCluster(Country country, String surface) {
    for (Cluster c : clusters) {
      if (c.country == country) {
        if (!surface.equals(country.name()) && c.variants.add(surface)) {
          c.evidence.add("'" + surface + "' = '" + country.name() + "': a name of the country");
        }
        return c;
      }
    }
    Cluster c = new Cluster(EntityType.LOCATION);
    c.country = country;
    c.subtype = "country";
    clusters.add(c);
    return c;
  }

  private Cluster orgCluster(KnownOrganization org, String surface) {
    for (Cluster c : clusters) {
      if (c.org == org || (c.org == null && c.type == EntityType.ORGANIZATION
          && c.nameTokens.contains(Names.tokens(org.name())))) {
        if (c.org == null) {
          c.org = org;
        }
        if (!surface.equals(org.name()) && !c.variants.contains(surface)) {
          c.evidence.add("'" + surface + "' = '" + org.name() + "': a known alias");
        }
        return c;
      }
    }
    Cluster c = new Cluster(EntityType.ORGANIZATION);
    c.org = org;
    clusters.add(c);
    return c;
  }

  private void addRef(Ref r, int[] range) {
    r.lastCore = range[1] - 1;
    refs.add(r);
    for (int i = range[0]; i < range[1]; i++) {
      covered[i] = true;
    }
    r.cluster.lastToken = Math.max(r.cluster.lastToken, range[1] - 1);
  }

  // ---- 3: acronyms -----------------------------------------------------------------------

  private void addAcronyms() {
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i] || !ACRONYM.matcher(tokens.word(i)).matches() || shouting(i)) {
        continue;
      }
      String w = tokens.word(i);
      Cluster c = null;
      String why = null;
      Optional<Country> country = gaz.countryByName(w);
      Optional<KnownOrganization> org = gaz.organizationByAlias(w);
      ReferenceKind kind = ReferenceKind.ALIAS;
      if (country.isPresent()) {
        c = countryCluster(country.get(), w);
        // "US soldiers", "UK economy": a country abbreviation used as an adjective.
        if (i + 1 < tokens.size() && tokens.pos(i + 1).startsWith("NN")
            && !tokens.pos(i + 1).startsWith("NNP")) {
          kind = ReferenceKind.DEMONYM;
        }
      } else if (org.isPresent()) {
        c = orgCluster(org.get(), w);
      } else {
        for (Cluster k : clusters) {
          if (k.type == EntityType.ORGANIZATION) {
            for (String n : k.names) {
              if (Names.initials(n).equals(w.replace(".", "")) && n.contains(" ")) {
                c = k;
                why = "'" + w + "' = '" + n + "': its initials";
              }
            }
          }
        }
      }
      if (c == null) {
        continue;
      }
      if (why != null) {
        c.evidence.add(why);
      }
      c.variants.add(w);
      addRef(new Ref(tokens.span(i, i + 1), i, c, kind), new int[] {i, i + 1});
    }
  }

  /** A token in an all-capitals sentence (a headline shouting) is not an acronym. */
  private boolean shouting(int i) {
    int s = tokens.sentence(i);
    int upper = 0;
    int words = 0;
    for (int k = tokens.sentenceStart(s); k < tokens.sentenceEnd(s); k++) {
      String w = tokens.word(k);
      if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
        words++;
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
          upper++;
        }
      }
    }
    return words >= 4 && upper * 2 > words;
  }

  // ---- 4: demonyms -----------------------------------------------------------------------

  private void addDemonyms() {
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      String w = tokens.word(i);
      int offset = tokens.get(i).start();
      // "ex-American", "US-Iraqi": look at each part; "non-American" is not a reference.
      String[] parts = w.split("(?<=-)|(?=-)");
      int pos = 0;
      String before = "";
      for (String part : parts) {
        int start = offset + pos;
        pos += part.length();
        if (part.equals("-")) {
          continue;
        }
        boolean negated = before.equalsIgnoreCase("non");
        before = part;
        if (negated) {
          continue;
        }
        Optional<Country> country = gaz.countryByDemonym(part);
        ReferenceKind kind = ReferenceKind.DEMONYM;
        if (country.isEmpty() && parts.length > 1) {
          country = gaz.countryByName(part);
          kind = ReferenceKind.NAME;
        }
        if (country.isEmpty()) {
          continue;
        }
        Cluster c = countryCluster(country.get(), part);
        Ref r = new Ref(new Span(start, start + part.length()), i, c, kind);
        if (governmentFollows(i)) {
          r.role = "government";
        }
        addRef(r, new int[] {i, i + 1});
      }
    }
    // Country names and aliases followed by "government" are actors too ("the US and Iraqi
    // governments").
    for (Ref r : refs) {
      if (r.cluster.country != null && r.role == null && r.kind != ReferenceKind.DEMONYM) {
        int last = tokens.covering(r.span)[1] - 1;
        if (governmentFollows(last)) {
          r.role = "government";
        }
      }
    }
  }

  /** Whether a government noun follows token i, over other country words and "and". */
  private boolean governmentFollows(int i) {
    int s = tokens.sentence(i);
    for (int k = i + 1; k <= i + GOVERNMENT_LOOKAHEAD && k < tokens.sentenceEnd(s); k++) {
      String l = tokens.lower(k);
      if (Lexicon.GOVERNMENT_NOUNS.contains(l)) {
        return true;
      }
      boolean connector = l.equals("and") || l.equals(",") || l.equals("&");
      boolean countryWord = gaz.countryByDemonym(tokens.word(k)).isPresent()
          || gaz.countryByName(tokens.word(k)).isPresent();
      if (!connector && !countryWord) {
        return false;
      }
    }
    return false;
  }

  // ---- 5: capitals standing for governments ----------------------------------------------

  private void readCapitalsAsGovernments() {
    for (Ref r : refs) {
      if (r.kind != ReferenceKind.NAME || r.cluster.type != EntityType.LOCATION
          || !"capital".equals(r.cluster.subtype)) {
        continue;
      }
      Optional<Country> country = gaz.countryByCapital(doc.surface(r.span));
      if (country.isEmpty()) {
        continue;
      }
      int[] range = tokens.covering(r.span);
      String why = actorPosition(range[0], range[1]);
      if (why != null) {
        r.standsFor = countryCluster(country.get(), country.get().name());
        r.role = "government";
        r.cluster.evidence.add(
            "'" + doc.surface(r.span) + "' at " + r.span.start() + " stands for the government of "
                + country.get().name() + ": " + why);
      }
    }
  }

  /** Why tokens [a, b) are in the position of an actor, or null. */
  private String actorPosition(int a, int b) {
    int s = tokens.sentence(a);
    int end = tokens.sentenceEnd(s);
    int start = tokens.sentenceStart(s);
    if (b < end && (tokens.isVerb(b) && !tokens.pos(b).equals("VBG") && !tokens.pos(b).equals("VBN"))) {
      return "subject of '" + tokens.word(b) + "'";
    }
    if (a - 1 >= start && tokens.lower(a - 1).equals("by")) {
      return "agent after 'by'";
    }
    if (a - 2 >= start && tokens.lower(a - 1).equals("to")) {
      for (int k = a - 2; k >= Math.max(start, a - 3); k--) {
        if (Lexicon.TOWARD_GOVERNMENT.contains(tokens.lower(k))) {
          return "'" + tokens.word(k) + " to'";
        }
      }
    }
    return null;
  }

  // ---- 7: descriptions -------------------------------------------------------------------

  private void addDescriptions() {
    for (int i = 0; i < tokens.size(); i++) {
      String det = tokens.lower(i);
      if (covered[i] || !(det.equals("this") || det.equals("that") || det.equals("the"))) {
        continue;
      }
      int s = tokens.sentence(i);
      int k = i + 1;
      int role = -1;
      while (k < tokens.sentenceEnd(s) && (!covered[k] || demonymAt(k))) {
        String p = tokens.pos(k);
        if ((p.equals("NN") || p.equals("NNP")) && Lexicon.ROLE_NOUNS.contains(roleWord(k))) {
          role = k;
          k++;
          // "Prime Minister": the role is the last of consecutive role words.
          while (k < tokens.sentenceEnd(s) && Lexicon.ROLE_NOUNS.contains(roleWord(k))
              && tokens.pos(k).startsWith("NN")) {
            role = k;
            k++;
          }
          break;
        }
        if (p.startsWith("JJ") || p.equals("NN") || p.equals("VBN") || p.equals("HYPH")) {
          k++;
          continue;
        }
        break;
      }
      if (role < 0 || (k < tokens.sentenceEnd(s) && tokens.pos(k).startsWith("NNP"))) {
        continue; // no role noun, or a title before a name ("the President Trump")
      }
      Cluster person = describedPerson(i, roleWord(role), !det.equals("the"));
      if (person == null) {
        continue;
      }
      Span span = tokens.span(i, Phrases.maximalEnd(tokens, role));
      String noun = roleWord(role);
      boolean sameRole = person.roles.stream().anyMatch(x -> roleWordsOf(x).contains(noun));
      person.evidence.add("'" + doc.surface(span) + "' at " + span.start() + " = "
          + person.canonical() + ": "
          + (sameRole ? "the same role" : "the only person named in the sentences before"));
      addRef(new Ref(span, i, person, ReferenceKind.DESCRIPTION), new int[] {i, role + 1});
      i = role;
    }
  }

  private boolean demonymAt(int k) {
    for (Ref r : refs) {
      if (r.kind == ReferenceKind.DEMONYM && r.firstToken == k) {
        return true;
      }
    }
    return false;
  }

  private String roleWord(int k) {
    String l = tokens.lower(k);
    int dash = l.lastIndexOf('-');
    return dash >= 0 && dash < l.length() - 1 ? l.substring(dash + 1) : l;
  }

  private Set<String> roleWordsOf(Span roleSpan) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : doc.surface(roleSpan).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      out.add(w);
    }
    return out;
  }

  /**
   * The person a description at token i describes: one whose roles hold the role word, named
   * within the window; else, for "this"/"that", the only person named within the window.
   */
  private Cluster describedPerson(int i, String roleWord, boolean demonstrative) {
    int s = tokens.sentence(i);
    int from = tokens.sentenceStart(Math.max(0, s - DESCRIPTION_WINDOW));
    List<Cluster> persons = new ArrayList<>();
    for (Ref r : refs) {
      if (r.cluster.type == EntityType.PERSON && r.firstToken >= from && r.firstToken < i
          && !persons.contains(r.cluster)) {
        persons.add(r.cluster);
      }
    }
    Cluster withRole = null;
    for (Cluster p : persons) {
      for (Span role : p.roles) {
        if (roleWordsOf(role).contains(roleWord)) {
          withRole = p;
        }
      }
    }
    if (withRole != null) {
      return withRole;
    }
    return demonstrative && persons.size() == 1 ? persons.get(0) : null;
  }

  // ---- 8: pronouns and nouns pointing back ----------------------------------------------

  /** Sentences back in which a pronoun or "the company" looks for what it refers to. */
  static final int BACK_REFERENCE_WINDOW = 3;

  /**
   * "he", "her" refer to the last person named; "it", "its" and "the company" to the last
   * organization; "they", "their" to the last organization; "which" and "who" to the phrase
   * right before them; "the country" to the last country; "the city" to the last city. Only
   * within {@link #BACK_REFERENCE_WINDOW} sentences, and only when such an entity is there.
   */
  private void addBackReferences() {
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      String l = tokens.lower(i);
      String p = tokens.pos(i);
      if ((p.equals("PRP") || p.equals("PRP$")) && Lexicon.PLURAL_PRONOUNS.contains(l)) {
        addPluralPronoun(i);
      } else if ((p.equals("PRP") || p.equals("PRP$"))
          && (Lexicon.FIRST_SINGULAR.contains(l) || Lexicon.FIRST_PLURAL.contains(l))) {
        addFirstPerson(i, Lexicon.FIRST_SINGULAR.contains(l));
      } else if (p.equals("PRP") || p.equals("PRP$")) {
        Pronoun pronoun = Pronoun.of(l);
        if (pronoun != null) {
          Ref antecedent = lastRefBefore(i, pronoun.fits, false);
          if (antecedent != null) {
            addPointer(i, i + 1, antecedent.cluster, ReferenceKind.PRONOUN, pronoun.why);
            Gender g = Gender.ofWord(l);
            if (g != null && antecedent.cluster.gender == null) {
              antecedent.cluster.gender = g;
            }
          }
        }
      } else if (Lexicon.RELATIVE_PRONOUNS.contains(l) && i > 0) {
        Ref antecedent = phraseEndingAt(tokens.word(i - 1).equals(",") ? i - 2 : i - 1);
        boolean person = !l.equals("which");
        if (antecedent != null && (antecedent.cluster.type == EntityType.PERSON) == person
            && antecedent.kind != ReferenceKind.DEMONYM) {
          addPointer(i, i + 1, antecedent.cluster, ReferenceKind.PRONOUN,
              "the relative pronoun after '" + doc.surface(antecedent.span) + "'");
        }
      } else if (Phrases.isDeterminer(tokens, i)) {
        int head = Phrases.definiteHead(tokens, i);
        if (head < 0 || covered[head]) {
          continue;
        }
        String noun = tokens.lower(head);
        java.util.function.Predicate<Cluster> kind =
            Lexicon.ORGANIZATION_NOUNS.contains(noun) ? x -> x.type == EntityType.ORGANIZATION
                : Lexicon.COUNTRY_NOUNS.contains(noun) ? x -> x.country != null
                : Lexicon.CITY_NOUNS.contains(noun)
                    ? x -> x.type == EntityType.LOCATION && x.country == null
                    : null;
        if (kind == null || !Phrases.DEFINITE.contains(l)) {
          i = addNominal(i, head);
          continue;
        }
        // "the coalition" after "an international coalition": the phrase with the same head
        // noun, when it is nearer than the last organization, country or city.
        Ref antecedent = lastRefBefore(i, kind, true);
        Ref sameHead = nominals.get(noun);
        if (sameHead != null && modifiersWithin(i + 1, head, sameHead.span)
            && (antecedent == null || sameHead.firstToken > antecedent.firstToken)) {
          i = addNominal(i, head);
          continue;
        }
        if (antecedent != null) {
          addPointer(i, head + 1, Phrases.maximalEnd(tokens, head), antecedent.cluster,
              ReferenceKind.DESCRIPTION,
              "the last " + (antecedent.cluster.type == EntityType.ORGANIZATION ? "organization"
                  : antecedent.cluster.country != null ? "country" : "city") + " named before");
          i = head;
        } else {
          i = addNominal(i, head);
          continue;
        }
      }
      if ((p.equals("NN") || p.equals("NNS")) && !covered[i]) {
        addBare(i);
      }
      // "his school", "their country": the phrase a possessive pronoun opens is a reference of
      // its own, next to the pronoun.
      if (p.equals("PRP$")) {
        int head = Phrases.definiteHead(tokens, i);
        if (head >= 0 && !covered[head]) {
          i = addNominal(i, head);
        }
      }
    }
  }

  /**
   * "they", "their" point back to the nearest plural noun phrase ("the girls", "Afghans") in
   * the sentence or the {@link #PLURAL_WINDOW} before, or to the plural pronoun before it when
   * that is nearer; without either, to an organization of the same sentence. A phrase no
   * entity holds yet becomes an entity of its own: a group described, not named.
   */
  private void addPluralPronoun(int i) {
    int s = tokens.sentence(i);
    int from = tokens.sentenceStart(Math.max(0, s - PLURAL_WINDOW));
    for (int k = i - 1; k >= from; k--) {
      Ref pronoun = refStartingAt(k, ReferenceKind.PRONOUN);
      if (pronoun != null && Lexicon.PLURAL_PRONOUNS.contains(tokens.lower(k))) {
        addPointer(i, i + 1, pronoun.cluster, ReferenceKind.PRONOUN,
            "the plural pronoun before ('" + tokens.word(k) + "')");
        return;
      }
      int start = Phrases.pluralPhraseStart(tokens, k);
      if (start < 0 || samePhrase(k, i)) {
        continue;
      }
      Ref existing = phraseEndingAt(k);
      Cluster c;
      if (existing != null && existing.kind != ReferenceKind.PRONOUN) {
        c = existing.cluster;
      } else if (covered[k]) {
        return;
      } else {
        c = new Cluster(EntityType.MISC);
        c.description = tokens.text(start, k + 1);
        clusters.add(c);
        addRef(new Ref(tokens.span(start, Phrases.maximalEnd(tokens, k)), start, c,
                ReferenceKind.DESCRIPTION),
            new int[] {start, k + 1});
      }
      addPointer(i, i + 1, c, ReferenceKind.PRONOUN,
          "the last plural noun phrase before ('" + tokens.text(start, k + 1) + "')");
      return;
    }
    // No group of people or things: a team or organization in the sentence ("the team ...
    // their coach").
    Ref group = lastRefBefore(i, x -> x.type == EntityType.ORGANIZATION, false);
    if (group != null && tokens.sentence(group.firstToken) == s) {
      addPointer(i, i + 1, group.cluster, ReferenceKind.PRONOUN,
          "the organization before, with no plural noun phrase nearer");
    }
  }

  /** The speaker of each paragraph's "I" and "we" (keys: block index, then singular or not). */
  private final java.util.Map<String, Cluster> speakers = new java.util.HashMap<>();

  /**
   * "I", "my" (and apart from them "we", "our") within one paragraph are one speaker: the
   * words of one quoted source. "I" is the person the paragraph names when it names exactly
   * one; otherwise the speaker is an entity of its own.
   */
  private void addFirstPerson(int i, boolean singular) {
    int block = doc.sentences().get(tokens.sentence(i)).block();
    String key = block + (singular ? ":I" : ":we");
    Cluster c = speakers.get(key);
    String why = "the same speaker as the '" + (singular ? "I" : "we") + "' before in the paragraph";
    if (c == null) {
      Cluster person = singular ? onlyPersonOf(block) : null;
      if (person != null) {
        c = person;
        why = "the only person the paragraph names speaks";
      } else {
        c = new Cluster(EntityType.MISC);
        c.description = tokens.word(i);
        clusters.add(c);
        addRef(new Ref(tokens.span(i, i + 1), i, c, ReferenceKind.PRONOUN), new int[] {i, i + 1});
        speakers.put(key, c);
        return;
      }
      speakers.put(key, c);
    }
    addPointer(i, i + 1, c, ReferenceKind.PRONOUN, why);
  }

  /** The one person named or described in a block, or null when none or several. */
  private Cluster onlyPersonOf(int block) {
    Cluster found = null;
    for (Ref r : refs) {
      if (r.kind != ReferenceKind.PRONOUN && r.cluster.type == EntityType.PERSON
          && doc.sentences().get(tokens.sentence(r.firstToken)).block() == block) {
        if (found != null && found != r.cluster) {
          return null;
        }
        found = r.cluster;
      }
    }
    return found;
  }

  /** Nominal entities by the head noun of their last description ("constituency"). */
  private final java.util.Map<String, Ref> nominals = new java.util.HashMap<>();

  /**
   * A noun phrase led by a determiner, tokens [det, head]: a definite one ("the festival")
   * refers to a non-person entity named before whose name holds its head noun ("Taiwan Lantern
   * Festival"), else to the last phrase with the same head noun whose words include its
   * modifiers ("this constituency" after "the constituency"); any other phrase starts an
   * entity of its own, which later phrases can point back to. Returns the last token taken.
   */
  private int addNominal(int det, int head) {
    String noun = tokens.lower(head);
    int extent = Phrases.maximalEnd(tokens, head);
    Span span = tokens.span(det, extent);
    boolean possessive = tokens.pos(det).equals("PRP$");
    boolean definite = Phrases.DEFINITE.contains(tokens.lower(det));
    if (possessive) {
      // "his father" again, not "her father": the same head noun and the same possessive.
      Ref before = nominals.get(noun);
      if (before != null && modifiersWithin(det, head, before.span)) {
        addPointer(det, head + 1, extent, before.cluster, ReferenceKind.DESCRIPTION,
            "the same head noun and possessive as '" + doc.surface(before.span) + "'");
        nominals.put(noun, refs.get(refs.size() - 1));
        return head;
      }
    } else if (definite) {
      Ref named = null;
      for (Ref r : refs) {
        if (r.firstToken < det && r.kind == ReferenceKind.NAME && r.cluster.type != EntityType.PERSON
            && !samePhrase(r.firstToken, det) && Names.tokens(doc.surface(r.span)).stream()
                .anyMatch(w -> w.equalsIgnoreCase(noun))
            && (named == null || r.firstToken > named.firstToken)) {
          named = r;
        }
      }
      if (named != null) {
        addPointer(det, head + 1, extent, named.cluster, ReferenceKind.DESCRIPTION,
            "its head noun '" + noun + "' is in the name '" + doc.surface(named.span) + "'");
        return head;
      }
      Ref before = nominals.get(noun);
      if (before != null && modifiersWithin(det + 1, head, before.span)) {
        addPointer(det, head + 1, extent, before.cluster, ReferenceKind.DESCRIPTION,
            "the same head noun as '" + doc.surface(before.span) + "'");
        nominals.put(noun, refs.get(refs.size() - 1));
        return head;
      }
      Ref bare = bareAntecedent(det, head);
      if (bare != null) {
        addPointer(det, head + 1, extent, bare.cluster, ReferenceKind.DESCRIPTION,
            "the same head noun as '" + doc.surface(bare.span) + "', without determiner before");
        nominals.put(noun, refs.get(refs.size() - 1));
        return head;
      }
    }
    for (int k = possessive ? det + 1 : det; k <= head; k++) {
      if (covered[k]) {
        return det;
      }
    }
    Cluster c = new Cluster(EntityType.MISC);
    c.description = tokens.text(det, head + 1);
    String headWord = roleWord(head);
    c.person = tokens.pos(head).equals("NN")
        && (Lexicon.PERSON_NOUNS.contains(headWord) || Lexicon.ROLE_NOUNS.contains(headWord));
    c.gender = c.person ? Gender.ofWord(headWord) : null;
    clusters.add(c);
    Ref r = new Ref(span, det, c, ReferenceKind.DESCRIPTION);
    addRef(r, new int[] {det, head + 1});
    nominals.put(noun, r);
    return head;
  }

  /**
   * The earlier noun phrase without determiner ("Parents", "ancient Greek deities") that a
   * definite phrase at tokens [det, head] takes up ("the parents", "the ancient deities"): the
   * last one before with the same head noun, in the same number, whose words hold the
   * definite phrase's modifiers. Its reference is added when it has none yet; null when there
   * is no such phrase.
   */
  private Ref bareAntecedent(int det, int head) {
    String noun = tokens.lower(head);
    String number = tokens.pos(head);
    for (int k = det - 1; k >= 0; k--) {
      if (!tokens.lower(k).equals(noun) || !tokens.pos(k).equals(number)) {
        continue;
      }
      int sentenceEnd = tokens.sentenceEnd(tokens.sentence(k));
      if (k + 1 < sentenceEnd && (tokens.pos(k + 1).startsWith("NN")
          || tokens.pos(k + 1).equals("POS"))) {
        continue; // a modifier of a longer phrase ("parents group")
      }
      Ref existing = phraseEndingAt(k);
      if (existing != null) {
        return existing.kind == ReferenceKind.PRONOUN
            || !modifiersWithin(det + 1, head, existing.span) ? null : existing;
      }
      if (covered[k]) {
        return null;
      }
      int start = Phrases.bareStart(tokens, k);
      if (start < 0) {
        return null;
      }
      Span span = tokens.span(start, Phrases.maximalEnd(tokens, k));
      if (!modifiersWithin(det + 1, head, span)) {
        return null;
      }
      Cluster c = new Cluster(EntityType.MISC);
      c.description = tokens.text(start, k + 1);
      clusters.add(c);
      Ref r = new Ref(span, start, c, ReferenceKind.DESCRIPTION);
      addRef(r, new int[] {start, k + 1});
      return r;
    }
    return null;
  }

  /** Noun phrases without determiner by head noun and number ("iodine/NN"). */
  private final java.util.Map<String, Ref> bareNominals = new java.util.HashMap<>();

  /**
   * A noun phrase without determiner whose head is token {@code head} ("iodine", "pregnant
   * women", "refugees"): the same noun again without determiner, in the same number and
   * without modifiers the earlier one lacks, is the same thing or kind ("iodine ... enough
   * iodine" no: "iodine ... iodine" yes); else it starts an entity of its own, which "they"
   * and "the refugees" can point back to.
   */
  private void addBare(int head) {
    int sentenceEnd = tokens.sentenceEnd(tokens.sentence(head));
    if (head + 1 < sentenceEnd && (tokens.pos(head + 1).startsWith("NN")
        || tokens.pos(head + 1).equals("POS")) || Phrases.isMeasure(tokens.lower(head))) {
      return;
    }
    int start = Phrases.bareStart(tokens, head);
    if (start < 0) {
      return;
    }
    for (int k = start; k <= head; k++) {
      if (covered[k]) {
        return;
      }
    }
    String key = tokens.lower(head) + "/" + tokens.pos(head);
    int extent = Phrases.maximalEnd(tokens, head);
    Ref before = bareNominals.get(key);
    if (before != null && modifiersWithin(start, head, before.span)) {
      addPointer(start, head + 1, extent, before.cluster, ReferenceKind.DESCRIPTION,
          "the same noun without determiner as '" + doc.surface(before.span) + "'");
    } else {
      Cluster c = new Cluster(EntityType.MISC);
      c.description = tokens.text(start, head + 1);
      clusters.add(c);
      addRef(new Ref(tokens.span(start, extent), start, c, ReferenceKind.DESCRIPTION),
          new int[] {start, head + 1});
    }
    bareNominals.put(key, refs.get(refs.size() - 1));
  }

  /** Whether every word of tokens [a, b) occurs in {@code earlier}. */
  private boolean modifiersWithin(int a, int b, Span earlier) {
    Set<String> words = new java.util.HashSet<>(
        java.util.Arrays.asList(doc.surface(earlier).toLowerCase(Locale.ROOT).split("\\s+")));
    for (int k = a; k < b; k++) {
      if (!words.contains(tokens.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** Sentences back in which "they" looks for the plural noun phrase it refers to. */
  static final int PLURAL_WINDOW = 2;

  private Ref refStartingAt(int token, ReferenceKind kind) {
    for (Ref r : refs) {
      if (r.firstToken == token && r.kind == kind) {
        return r;
      }
    }
    return null;
  }

  /** What a pronoun can point back to, and why that is its antecedent. */
  private record Pronoun(java.util.function.Predicate<Cluster> fits, String why) {

    static Pronoun of(String lower) {
      if (Lexicon.PERSON_PRONOUNS.contains(lower)) {
        Gender g = Gender.ofWord(lower);
        return new Pronoun(x -> (x.type == EntityType.PERSON || x.person)
                && (g == null || x.gender == null || x.gender == g),
            "the last " + (g == Gender.FEMALE ? "woman" : "man") + " named or described before");
      }
      if (Lexicon.THING_PRONOUNS.contains(lower)) {
        return new Pronoun(x -> x.type == EntityType.ORGANIZATION
                || (x.type == EntityType.MISC && !x.names.isEmpty() && !x.person),
            "the last organization or thing named before");
      }
      return null;
    }
  }

  /** Adds a pronoun or description at tokens [a, b) for entity c, with the evidence. */
  private void addPointer(int a, int b, Cluster c, ReferenceKind kind, String why) {
    addPointer(a, b, b, c, kind, why);
  }

  /**
   * Adds a description at tokens [a, extent) whose own part is tokens [a, b) (the rest are its
   * post-modifiers, where other references can start), for entity c, with the evidence.
   */
  private void addPointer(int a, int b, int extent, Cluster c, ReferenceKind kind, String why) {
    Span span = tokens.span(a, extent);
    c.evidence.add("'" + doc.surface(span) + "' at " + span.start() + " = " + c.canonical() + ": "
        + why);
    addRef(new Ref(span, a, c, kind), new int[] {a, b});
  }

  /** The longest non-pronoun reference whose last token is {@code last}, or null. */
  private Ref phraseEndingAt(int last) {
    if (last < 0) {
      return null;
    }
    Ref best = null;
    for (Ref r : refs) {
      if (r.lastCore == last && r.kind != ReferenceKind.PRONOUN
          && (best == null || r.span.length() > best.span.length())) {
        best = r;
      }
    }
    return best;
  }

  // ---- 10: phrases around names --------------------------------------------------------

  /**
   * The noun phrase around a name refers to what the name refers to: the words before it that
   * describe it ("German airline Lufthansa", "Airbus chief executive Noel Forgeard"), an
   * apposition after it ("NPD Group, a market research firm") alone and with the name, and
   * "Mobile, Alabama" (a place and the place it lies in). A name followed by a noun or "'s"
   * is a modifier of a longer phrase and gets none.
   */
  private void addNamePhrases() {
    Set<Span> taken = new java.util.HashSet<>();
    refs.forEach(r -> taken.add(r.span));
    for (Ref r : List.copyOf(refs)) {
      if (!r.kind.isNamed()) {
        continue;
      }
      int[] range = tokens.covering(r.span);
      int a = range[0];
      int b = range[1];
      if (a >= b || (b < tokens.size() && tokens.sentence(b) == tokens.sentence(a)
          && (tokens.pos(b).startsWith("NN") || tokens.pos(b).equals("POS")))) {
        continue;
      }
      if (phraseEndingAt(b - 1) != r) {
        continue; // inside a longer name ("Airbus" of "Airbus Industrie")
      }
      String name = doc.surface(r.span);
      int pre = Phrases.premodifierStart(tokens, a, k -> covered[k]);
      int from = a;
      if (pre >= 0) {
        addPhrase(taken, pre, b, r.cluster, "the words before '" + name + "' describe it");
        from = pre;
      }
      if (b >= tokens.size() || tokens.sentence(b) != tokens.sentence(a)) {
        continue;
      }
      int app = Phrases.appositionEnd(tokens, b);
      if (app >= 0) {
        addPhrase(taken, b + 1, app, r.cluster, "an apposition to '" + name + "'");
        addPhrase(taken, from, app, r.cluster, "'" + name + "' with its apposition");
      } else if (r.cluster.type == EntityType.LOCATION && tokens.word(b).equals(",")) {
        Ref region = refStartingAt(b + 1);
        if (region != null && region.cluster != r.cluster
            && region.cluster.type == EntityType.LOCATION) {
          int end = tokens.covering(region.span)[1];
          if (end >= tokens.size() || tokens.isPunctuation(end)) {
            addPhrase(taken, from, end, r.cluster,
                "'" + name + "' located in '" + doc.surface(region.span) + "'");
          }
        }
      }
    }
  }

  private void addPhrase(Set<Span> taken, int a, int b, Cluster c, String why) {
    Span span = tokens.span(a, b);
    if (!taken.add(span)) {
      return;
    }
    c.evidence.add("'" + doc.surface(span) + "' at " + span.start() + " = " + c.canonical() + ": "
        + why);
    addRef(new Ref(span, a, c, ReferenceKind.DESCRIPTION), new int[] {a, b});
  }

  private Ref refStartingAt(int token) {
    for (Ref r : refs) {
      if (r.firstToken == token && r.kind.isNamed()) {
        return r;
      }
    }
    return null;
  }

  /**
   * The entity of the last reference before token i, within the window, that fits. A noun
   * ("the country") does not point back into its own phrase: a reference with neither verb nor
   * punctuation between it and token i ("American soldiers in the country") is skipped.
   */
  private Ref lastRefBefore(int i, java.util.function.Predicate<Cluster> fits, boolean noun) {
    int from = tokens.sentenceStart(Math.max(0, tokens.sentence(i) - BACK_REFERENCE_WINDOW));
    Ref best = null;
    for (Ref r : refs) {
      if (r.firstToken >= from && r.firstToken < i && (r.kind != ReferenceKind.PRONOUN || !noun)
          && fits.test(r.cluster) && (best == null || r.firstToken > best.firstToken)
          && !(noun && samePhrase(r.firstToken, i))) {
        best = r;
      }
    }
    return best;
  }

  private boolean samePhrase(int a, int b) {
    if (tokens.sentence(a) != tokens.sentence(b)) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      if (tokens.isVerb(k) || tokens.isPunctuation(k)) {
        return false;
      }
    }
    return true;
  }

  // ---- output ----------------------------------------------------------------------------

  private Result build() {
    dropUnsharedDescriptions();
    refs.sort(Comparator.comparing((Ref r) -> r.span));
    List<Cluster> order = new ArrayList<>();
    for (Ref r : refs) {
      if (!order.contains(r.cluster)) {
        order.add(r.cluster);
      }
      if (r.standsFor != null && !order.contains(r.standsFor)) {
        order.add(r.standsFor);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      Cluster c = order.get(k);
      List<String> variants = new ArrayList<>(c.variants);
      if (variants.isEmpty()) {
        variants.add(c.canonical());
      }
      entities.add(
          new Entity(id(k), c.type, c.canonical(), c.subtype, variants, c.roles,
              new ArrayList<>(c.evidence)));
    }
    List<Reference> references = new ArrayList<>();
    for (Ref r : refs) {
      references.add(
          new Reference(r.span, id(order.indexOf(r.cluster)), r.kind,
              r.standsFor == null ? null : id(order.indexOf(r.standsFor)), r.role));
    }
    return new Result(new Entities(entities), references);
  }

  /**
   * A description or pronoun that refers to no named entity and that nothing else refers to
   * ("a practising homeopath" never taken up) is a reference to nothing the article tells more
   * about: it is left out, with its entity, so the entities facet lists what the article is
   * about. Later phrases can still point back to it while resolving; only the output drops it.
   */
  private void dropUnsharedDescriptions() {
    java.util.Map<Cluster, Integer> count = new java.util.HashMap<>();
    Set<Cluster> standing = new java.util.HashSet<>();
    for (Ref r : refs) {
      count.merge(r.cluster, 1, Integer::sum);
      if (r.standsFor != null) {
        standing.add(r.standsFor);
      }
    }
    refs.removeIf(r -> count.get(r.cluster) == 1 && !standing.contains(r.cluster)
        && (r.kind == ReferenceKind.DESCRIPTION || r.kind == ReferenceKind.PRONOUN)
        && r.cluster.names.isEmpty() && r.cluster.country == null && r.cluster.org == null
        && r.cluster.variants.isEmpty());
  }

  private static String id(int index) {
    return "e" + (index + 1);
  }
}
