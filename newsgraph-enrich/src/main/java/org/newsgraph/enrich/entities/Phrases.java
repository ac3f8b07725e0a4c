package org.newsgraph.enrich.entities;

import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.enrich.text.Tokens;

/**
 * Noun-phrase extents from part-of-speech tags, for the references that are not names: the
 * words before a name that describe it ("German airline Lufthansa", "the Airbus chief executive
 * Noel Forgeard"), an apposition after it (", a market research firm"), and a phrase led by a
 * determiner ("the US manufacturer"). Extents are whole noun phrases up to their head, as news
 * coreference annotates them; post-modifiers other than "of"/"for" phrases inside an apposition
 * are left out. All indices are token indices; ends are exclusive.
 */
final class Phrases {

  private Phrases() {}

  /** The most words before a name that can describe it ("US electronics retailer" is 3). */
  static final int MAX_PREMODIFIERS = 6;

  /** The longest apposition, in tokens ("president and CEO of Boeing Commercial Airplanes"). */
  static final int MAX_APPOSITION_TOKENS = 12;

  /** The most modifiers between a determiner and the head noun ("the world's largest passenger plane"). */
  static final int MAX_NOUN_PHRASE_TOKENS = 6;

  /** Determiners that open a noun phrase referring to one definite thing or group. */
  static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "a", "an");

  /**
   * Whether token k is a determiner opening a noun phrase: one of {@link #DETERMINERS}, tagged
   * DT ("that" in "said that companies" is a conjunction, IN).
   */
  static boolean isDeterminer(Tokens t, int k) {
    return t.pos(k).equals("DT") && DETERMINERS.contains(t.lower(k));
  }

  /** The determiners of a phrase referring to something the reader already knows. */
  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** Words that join the parts of an apposition's noun phrase ("president and CEO of X"). */
  private static final Set<String> APPOSITION_JOINERS = Set.of("of", "for", "and", "at");

  /**
   * Where the description before a name starts: the first of the adjectives and nouns right
   * before token {@code first}, with the determiner or possessive pronoun that opens them, when
   * they hold a common noun or a role word ("German airline Lufthansa", "the Prime Minister",
   * "JSA Research defence analyst"); -1 when there is none. A proper noun before the name is
   * taken only when {@code named} says another name covers it ("Airbus chief executive"), so
   * dates and sentence openers stay out.
   */
  static int premodifierStart(Tokens t, int first, IntPredicate named) {
    int start = t.sentenceStart(t.sentence(first));
    int k = first - 1;
    boolean noun = false;
    while (k >= start && first - k <= MAX_PREMODIFIERS) {
      String p = t.pos(k);
      String l = t.lower(k);
      boolean common = p.equals("NN") || p.equals("NNS");
      boolean role = Lexicon.ROLE_NOUNS.contains(lastPart(l)) && !Lexicon.HONORIFICS.contains(l);
      if (common || role) {
        noun = true;
      } else if (!(p.startsWith("JJ") || p.equals("HYPH") || p.equals("VBN")
          || (p.startsWith("NNP") && named.test(k)))) {
        break;
      }
      k--;
    }
    if (!noun) {
      return -1;
    }
    int a = k + 1;
    while (a < first && (t.pos(a).equals("HYPH") || t.pos(a).equals("VBN"))) {
      a++;
    }
    if (k >= start && (t.pos(k).equals("PRP$") || isDeterminer(t, k))) {
      a = k;
    }
    return a < first && hasNoun(t, a, first) ? a : -1;
  }

  private static boolean hasNoun(Tokens t, int a, int b) {
    for (int i = a; i < b; i++) {
      String p = t.pos(i);
      if (p.equals("NN") || p.equals("NNS") || Lexicon.ROLE_NOUNS.contains(lastPart(t.lower(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of an apposition opened by the comma at token {@code comma} (", the Airbus chief
   * executive", ", president and CEO of Boeing Commercial Airplanes"): a noun phrase with a
   * common noun, closed by punctuation or the sentence end; -1 when there is none. Clauses
   * ("who", a verb) end the search without an apposition.
   */
  static int appositionEnd(Tokens t, int comma) {
    if (!t.word(comma).equals(",")) {
      return -1;
    }
    int end = t.sentenceEnd(t.sentence(comma));
    int k = comma + 1;
    // A proper noun opens the next item of a list ("Chrysler Aspen, PT Cruiser"), unless it is
    // a possessive ("Europe's biggest aircraft manufacturer").
    if (k < end && t.pos(k).startsWith("NNP") && !(k + 1 < end && t.pos(k + 1).equals("POS"))) {
      return -1;
    }
    boolean common = false;
    int lastNoun = -1;
    while (k < end && k - comma <= MAX_APPOSITION_TOKENS) {
      String p = t.pos(k);
      String l = t.lower(k);
      if (p.equals("NN") || p.equals("NNS")) {
        common = true;
        lastNoun = k;
      } else if (p.startsWith("NNP") || p.equals("CD")) {
        lastNoun = k;
      } else if (APPOSITION_JOINERS.contains(l)) {
        if (lastNoun != k - 1) {
          return -1;
        }
      } else if (!(p.startsWith("JJ") || p.equals("HYPH") || p.equals("POS") || p.equals("PRP$")
          || (k == comma + 1 && isDeterminer(t, k)))) {
        break;
      }
      k++;
    }
    boolean closed = k == end || (t.isPunctuation(k) && !t.pos(k).equals("HYPH"));
    // ", a maker of planes, and Boeing": the phrase is an item of a list, not an apposition.
    boolean listItem = k + 1 < end && t.word(k).equals(",") && t.pos(k + 1).equals("CC");
    return common && closed && !listItem && lastNoun == k - 1 ? k : -1;
  }

  /**
   * The head noun of the phrase opened by the determiner or possessive at token {@code det}
   * ("the US manufacturer", "its parent company"): the last of the nouns after its modifiers,
   * when no proper noun follows (a title: "the President Trump"); -1 when there is none.
   */
  static int definiteHead(Tokens t, int det) {
    int end = t.sentenceEnd(t.sentence(det));
    int k = det + 1;
    int head = -1;
    while (k < end && k - det <= MAX_NOUN_PHRASE_TOKENS) {
      String p = t.pos(k);
      if (p.equals("NN") || p.equals("NNS")) {
        head = k;
      } else if (head >= 0) {
        // "The six-member Afghan team": modifiers after a noun belong to the phrase when a
        // noun follows them.
        int j = k;
        while (j < end && j - det <= MAX_NOUN_PHRASE_TOKENS && isModifier(t.pos(j))
            && !t.pos(j).equals("POS")) {
          j++;
        }
        if (j == k || j >= end || j - det > MAX_NOUN_PHRASE_TOKENS
            || !(t.pos(j).equals("NN") || t.pos(j).equals("NNS"))) {
          break;
        }
        k = j;
        continue;
      } else if (!isModifier(p)) {
        break;
      }
      k++;
    }
    if (head < 0 || head != k - 1 || (k < end && (t.pos(k).startsWith("NNP")
        || t.pos(k).equals("POS")))) {
      return -1;
    }
    return head;
  }

  private static boolean isModifier(String p) {
    return p.startsWith("JJ") || p.equals("HYPH") || p.equals("VBN") || p.equals("VBG")
        || p.equals("CD") || p.startsWith("NNP") || p.equals("POS");
  }

  /** The longest noun phrase with its post-modifiers, in tokens. */
  static final int MAX_EXTENT_TOKENS = 40;

  /**
   * Prepositions whose phrase, right after a noun, modifies it ("a group of Afghan
   * teenagers", "the 163 teams in the competition", "a boy from Irving"): part of the noun
   * phrase, as OntoNotes-style coreference (GUM, MEANTIME) annotates it.
   */
  static final Set<String> POST_PREPOSITIONS = Set.of("of", "from");

  /** Relative pronouns that open a relative clause after a noun ("girls who ...", ", which"). */
  private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$");

  /**
   * The exclusive end of the maximal noun phrase whose head is token {@code head}: the head
   * with its post-modifiers, the standard extent of coreference annotation (OntoNotes, GUM,
   * MEANTIME): prepositional phrases ("the participation of this team in this competition"),
   * participial phrases ("the asylum seekers found in the water") and relative clauses ("girls
   * who ...", ", which consists entirely of girls", up to the next punctuation). Built from
   * part-of-speech tags: a preposition joins only when a noun phrase follows it.
   */
  static int maximalEnd(Tokens t, int head) {
    int end = t.sentenceEnd(t.sentence(head));
    int limit = Math.min(end, head + MAX_EXTENT_TOKENS);
    int e = head + 1;
    while (e < limit) {
      String p = t.pos(e);
      if ((p.equals("IN") || p.equals("TO")) && POST_PREPOSITIONS.contains(t.lower(e))) {
        int h = simpleHeadAfter(t, e + 1, limit);
        if (h < 0) {
          break;
        }
        e = h + 1;
      } else if ((p.equals("VBN") || p.equals("VBG")) && e + 1 < limit
          && (t.pos(e + 1).equals("IN") || t.pos(e + 1).equals("TO"))) {
        int h = simpleHeadAfter(t, e + 2, limit);
        if (h < 0) {
          break;
        }
        e = h + 1;
      } else if (RELATIVE_TAGS.contains(p)
          || (p.equals(",") && e + 1 < limit && RELATIVE_TAGS.contains(t.pos(e + 1)))) {
        int first = p.equals(",") ? e + 2 : e + 1;
        int k = first;
        while (k < limit && !(t.isPunctuation(k) && !t.pos(k).equals("HYPH"))) {
          k++;
        }
        return k > first ? k : e;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * The head of a simple noun phrase starting at token {@code k} (determiner, possessives,
   * numbers, adjectives and nouns: "its new mid-sized A350 jets", "Boeing's larger 777
   * planes"): its last noun or number, or -1 when none starts there.
   */
  private static int simpleHeadAfter(Tokens t, int k, int limit) {
    int head = -1;
    while (k < limit) {
      String p = t.pos(k);
      if (p.startsWith("NN") || p.equals("CD")) {
        head = k;
      } else if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("POS")
          || p.equals("HYPH") || p.equals("VBN") || p.equals("PDT"))) {
        break;
      }
      k++;
    }
    return head == k - 1 ? head : -1;
  }

  /** Plural heads that measure time or amounts; "they" does not refer to them. */
  private static final Set<String> MEASURE_NOUNS =
      Set.of("years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
          "percent", "dollars", "euros", "pounds", "points", "times", "cents", "miles",
          "kilometres", "kilometers", "metres", "meters", "tonnes", "tons");

  /**
   * The start of the plural noun phrase whose head is token {@code head} ("the girls", "two
   * Syrian teams", "Afghans"): its modifiers and determiner; -1 when the token is no plural
   * head (a noun follows, or it measures time or amounts).
   */
  static int pluralPhraseStart(Tokens t, int head) {
    String p = t.pos(head);
    if (!(p.equals("NNS") || p.equals("NNPS")) || MEASURE_NOUNS.contains(t.lower(head))) {
      return -1;
    }
    int end = t.sentenceEnd(t.sentence(head));
    if (head + 1 < end && (t.pos(head + 1).startsWith("NN") || t.pos(head + 1).equals("POS"))) {
      return -1;
    }
    int start = t.sentenceStart(t.sentence(head));
    int k = head - 1;
    while (k >= start && head - k <= MAX_NOUN_PHRASE_TOKENS) {
      String q = t.pos(k);
      if (!(q.startsWith("JJ") || q.startsWith("NN") || q.equals("CD") || q.equals("HYPH")
          || q.equals("VBN"))) {
        break;
      }
      k--;
    }
    int a = k + 1;
    if (k >= start && (t.pos(k).equals("PRP$") || t.pos(k).equals("DT"))) {
      a = k;
    }
    return a;
  }

  /**
   * The start of the noun phrase without determiner whose head is token {@code head}
   * ("Parents", "ancient Greek deities", "Local municipalities"): its adjectives and nouns; -1
   * when a determiner or possessive opens it (those phrases are found by their determiner).
   */
  static int bareStart(Tokens t, int head) {
    int start = t.sentenceStart(t.sentence(head));
    int k = head - 1;
    while (k >= start && head - k <= MAX_NOUN_PHRASE_TOKENS) {
      String q = t.pos(k);
      if (!(q.startsWith("JJ") || q.startsWith("NN") || q.equals("HYPH") || q.equals("VBN")
          || q.equals("VBG"))) {
        break;
      }
      k--;
    }
    if (k >= start && (t.pos(k).equals("DT") || t.pos(k).equals("PRP$")
        || t.pos(k).equals("POS") || t.pos(k).equals("CD"))) {
      return -1;
    }
    return k + 1;
  }

  /** Whether a plural noun measures time or amounts ("years", "percent"). */
  static boolean isMeasure(String lower) {
    return MEASURE_NOUNS.contains(lower);
  }

  /** "ex-president" gives "president". */
  static String lastPart(String hyphenated) {
    int dash = hyphenated.lastIndexOf('-');
    return dash >= 0 && dash < hyphenated.length() - 1 ? hyphenated.substring(dash + 1) : hyphenated;
  }
}
