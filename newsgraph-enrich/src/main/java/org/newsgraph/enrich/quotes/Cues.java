package org.newsgraph.enrich.quotes;

import java.util.Arrays;
import java.util.Set;

/**
 * Words that attribute speech or thought. Facts of English usage; the split between the two
 * sets decides where a verb may introduce reported speech without quotation marks.
 */
final class Cues {

  private Cues() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /**
   * Verbs (lemmas) of saying and stating. With a subject and a clause they report speech even
   * without quotation marks ("X said the talks failed").
   */
  static final Set<String> SPEECH =
      words(
          "say", "tell", "announce", "declare", "state", "affirm", "assure", "insist", "argue",
          "warn", "claim", "deny", "confirm", "admit", "acknowledge", "explain", "report",
          "add", "note", "stress", "emphasize", "emphasise", "reiterate", "repeat", "write",
          "tweet", "post", "suggest", "predict", "estimate", "contend", "maintain", "allege",
          "accuse", "concede", "caution", "complain", "reply", "respond", "answer", "recall",
          "recount", "conclude", "testify", "underline", "underscore", "point", "observe",
          "remark", "comment", "mention", "indicate", "reveal", "disclose", "disclose",
          "promise", "pledge", "vow", "threaten", "urge", "demand", "ask", "propose",
          "acknowledge", "agree", "counter", "retort", "quip", "joke", "stress", "hint",
          "signal", "assert", "opine", "lament", "boast", "brag", "concur", "charge", "swear",
          "guarantee", "forecast", "project", "advise", "inform", "notify", "remind");

  /**
   * Verbs of thinking and feeling: they attribute content too ("Officials believe the attack
   * was planned"), but only with a clause after them.
   */
  static final Set<String> THOUGHT =
      words("believe", "think", "feel", "hope", "fear", "expect", "know", "doubt", "worry",
          "suspect", "reckon", "consider", "find", "conclude", "understand", "assume", "want");

  /** Verbs that attribute only next to quotation marks ("…", continues X). */
  static final Set<String> WITH_QUOTES_ONLY =
      words("continue", "go", "begin", "start", "add", "finish", "shout", "scream", "cry",
          "whisper", "sing", "chant", "read", "recite", "exclaim", "wonder", "muse", "smile",
          "laugh", "sigh", "call", "describe", "dub", "label", "term");

  /** Whether a verb lemma can attribute a direct quotation. */
  static boolean forQuote(String lemma) {
    return SPEECH.contains(lemma) || THOUGHT.contains(lemma) || WITH_QUOTES_ONLY.contains(lemma);
  }

  /** Whether a verb lemma can attribute reported speech without quotation marks. */
  static boolean forReported(String lemma) {
    return SPEECH.contains(lemma) || THOUGHT.contains(lemma);
  }

  /**
   * Nouns after a cue that name who was addressed, not who spoke ("assure AFP two officials",
   * "told reporters").
   */
  static final Set<String> ADDRESSEES =
      words("reporters", "journalists", "afp", "reuters", "ap", "the press", "parliament",
          "lawmakers", "supporters", "students", "viewers", "listeners", "readers");
}
