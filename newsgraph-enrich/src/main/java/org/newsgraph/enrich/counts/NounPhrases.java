package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Noun phrases from part-of-speech tags, as simple as counted objects need: modifiers
 * (adjectives, participles) then nouns, ending on the last noun. "American soldiers",
 * "government officials", "pro-Iran forces", "US soldiers". A participle after the first noun
 * ends the phrase ("rockets | hit US soldiers", "demonstrators | killed").
 */
final class NounPhrases {

  /**
   * The most tokens a counted object spans. A number rarely counts a phrase of more than four
   * modifiers and a head ("six heavily armed pro-government militia fighters" is five after the
   * hyphens join); a longer run has usually swallowed the words after the phrase.
   */
  static final int MAX_OBJECT_TOKENS = 6;

  /** Modifiers that say which things, not what they are: left out of the object. */
  static final Set<String> NOT_PART_OF_OBJECT =
      Set.of("more", "other", "additional", "further", "extra", "others");

  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG");

  /** Participles that are verbs, never modifiers: "one being Turkey", "two having left". */
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");

  /**
   * A phrase: tokens {@code [start, end)}, its head the last token.
   *
   * @param start first token
   * @param end one past the head
   */
  record Phrase(int start, int end) {
    int head() {
      return end - 1;
    }
  }

  private NounPhrases() {}

  /** The noun phrase that starts at token {@code from}, if one does. */
  static Phrase at(SentenceView s, int from) {
    int k = from;
    int lastNoun = -1;
    while (s.has(k) && k - from < MAX_OBJECT_TOKENS && !s.inTimeExpression(k)) {
      if (s.isNoun(k) && !NumberParser.isNumberWord(s.word(k))) {
        if (lastNoun >= 0 && s.isPluralNoun(lastNoun) && s.pos(k).startsWith("NNP")) {
          break; // "politicians | Lee Cheuk-yan": a plural head, then a name.
        }
        lastNoun = k;
      } else if (s.word(k).equals("-") && k > from && s.joinedToPrevious(k)
          && s.joinedToPrevious(k + 1)) {
        // "anti - government": a hyphenated word the tokenizer split.
      } else if (lastNoun >= 0 || !MODIFIER_TAGS.contains(s.pos(k))
          || AUXILIARY_LEMMAS.contains(s.lemma(k))) {
        break;
      }
      k++;
    }
    if (lastNoun < 0) {
      return null;
    }
    int start = from;
    while (start < lastNoun && NOT_PART_OF_OBJECT.contains(s.lower(start))) {
      start++;
    }
    return new Phrase(start, lastNoun + 1);
  }

  /**
   * The plural noun phrases that end before token {@code before}: the candidates for what a
   * pronoun ("they") stands for. Phrases of units ("years") and numbers are left out.
   */
  static List<Phrase> pluralsBefore(SentenceView s, int before) {
    List<Phrase> out = new ArrayList<>();
    int k = 0;
    while (k < before) {
      NumberParser.ParsedNumber n = NumberParser.parse(s.words(), k).orElse(null);
      if (n != null) {
        k += n.length();
        continue;
      }
      Phrase p = at(s, k);
      if (p == null || p.end() > before) {
        k++;
        continue;
      }
      if (s.isPluralNoun(p.head()) && !hasUnit(s, p)) {
        out.add(p);
      }
      k = p.end();
    }
    return out;
  }

  /** True when a word of the phrase is a unit of time, measure or money. */
  static boolean hasUnit(SentenceView s, Phrase p) {
    for (int k = p.start(); k < p.end(); k++) {
      if (Units.of(s.word(k), s.lemma(k)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
