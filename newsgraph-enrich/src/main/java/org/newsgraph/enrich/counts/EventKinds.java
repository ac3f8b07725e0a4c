package org.newsgraph.enrich.counts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event kinds of event counts, a small fixed vocabulary, and the words that name them.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>kind</th><th>words (lemmas)</th></tr>
 *   <tr><td>{@value #KILLED}</td><td>kill, die, dead, slay, perish, massacre, execute; death,
 *       fatality; the death toll</td></tr>
 *   <tr><td>{@value #WOUNDED}</td><td>wound, injure, hurt; injury</td></tr>
 *   <tr><td>{@value #ARRESTED}</td><td>arrest, detain, jail, imprison; detainee</td></tr>
 *   <tr><td>{@value #MISSING}</td><td>missing, disappear</td></tr>
 *   <tr><td>{@value #KIDNAPPED}</td><td>kidnap, abduct; hostage</td></tr>
 *   <tr><td>{@value #DISPLACED}</td><td>displace, evacuate, flee, homeless; refugee,
 *       evacuee</td></tr>
 *   <tr><td>{@value #PROTESTING}</td><td>protest, demonstrate, march, rally; protester,
 *       demonstrator, marcher</td></tr>
 * </table>
 *
 * <p>The kind says what happened to the people counted (or what they did, for protests): in
 * "12 soldiers killed 3 militants" the soldiers were not killed, and the count finder checks
 * the voice before it uses a verb.
 */
public final class EventKinds {

  public static final String KILLED = "killed";
  public static final String WOUNDED = "wounded";
  public static final String ARRESTED = "arrested";
  public static final String MISSING = "missing";
  public static final String KIDNAPPED = "kidnapped";
  public static final String DISPLACED = "displaced";
  public static final String PROTESTING = "protesting";

  /** The whole vocabulary. */
  public static final Set<String> ALL =
      Set.of(KILLED, WOUNDED, ARRESTED, MISSING, KIDNAPPED, DISPLACED, PROTESTING);

  /**
   * Verbs that take the counted people as their object ("killing 12 people", "12 people were
   * killed"), and the participles and adjectives formed from them.
   */
  private static final Map<String, String> TRANSITIVE =
      Map.ofEntries(
          Map.entry("kill", KILLED),
          Map.entry("slay", KILLED),
          Map.entry("slain", KILLED),
          Map.entry("massacre", KILLED),
          Map.entry("execute", KILLED),
          Map.entry("wound", WOUNDED),
          Map.entry("wounded", WOUNDED),
          Map.entry("injure", WOUNDED),
          Map.entry("injured", WOUNDED),
          Map.entry("hurt", WOUNDED),
          Map.entry("arrest", ARRESTED),
          Map.entry("detain", ARRESTED),
          Map.entry("jail", ARRESTED),
          Map.entry("imprison", ARRESTED),
          Map.entry("kidnap", KIDNAPPED),
          Map.entry("abduct", KIDNAPPED),
          Map.entry("displace", DISPLACED),
          Map.entry("displaced", DISPLACED),
          Map.entry("evacuate", DISPLACED));

  /** Words whose subject is the counted people ("40 died", "3 dead", "thousands protested"). */
  private static final Map<String, String> INTRANSITIVE =
      Map.ofEntries(
          Map.entry("die", KILLED),
          Map.entry("dead", KILLED),
          Map.entry("perish", KILLED),
          Map.entry("missing", MISSING),
          Map.entry("disappear", MISSING),
          Map.entry("flee", DISPLACED),
          Map.entry("homeless", DISPLACED),
          Map.entry("protest", PROTESTING));

  /**
   * Protest verbs that also have other senses ("tests demonstrated that..."): used only when
   * the number has no counted object of its own ("thousands marched").
   */
  private static final Map<String, String> BARE_SUBJECT_ONLY =
      Map.of("demonstrate", PROTESTING, "march", PROTESTING, "rally", PROTESTING);

  /** Nouns for the people counted that carry the kind ("550 demonstrators", "12 deaths"). */
  private static final Map<String, String> NOUNS =
      Map.ofEntries(
          Map.entry("death", KILLED),
          Map.entry("fatality", KILLED),
          Map.entry("dead", KILLED),
          Map.entry("injury", WOUNDED),
          Map.entry("detainee", ARRESTED),
          Map.entry("arrest", ARRESTED),
          Map.entry("hostage", KIDNAPPED),
          Map.entry("refugee", DISPLACED),
          Map.entry("evacuee", DISPLACED),
          Map.entry("protester", PROTESTING),
          Map.entry("protestor", PROTESTING),
          Map.entry("demonstrator", PROTESTING),
          Map.entry("marcher", PROTESTING));

  /**
   * Nouns that, followed by "of", name the event of the count that comes after ("the deaths of
   * 12 people", "the arrest of 40 protesters").
   */
  private static final Map<String, String> NOMINALS =
      Map.of(
          "death", KILLED,
          "killing", KILLED,
          "arrest", ARRESTED,
          "detention", ARRESTED,
          "kidnapping", KIDNAPPED,
          "abduction", KIDNAPPED,
          "evacuation", DISPLACED,
          "displacement", DISPLACED);

  private EventKinds() {}

  /** The kind named by a verb or adjective whose object is the counted people. */
  public static Optional<String> transitive(String lemma) {
    return Optional.ofNullable(TRANSITIVE.get(lower(lemma)));
  }

  /**
   * The kind named by a word that follows the counted people ("were killed", "died", "dead",
   * "missing"); protest verbs with other senses only when {@code bareNumber}.
   */
  public static Optional<String> following(String lemma, boolean bareNumber) {
    String l = lower(lemma);
    String k = TRANSITIVE.getOrDefault(l, INTRANSITIVE.get(l));
    if (k == null && bareNumber) {
      k = BARE_SUBJECT_ONLY.get(l);
    }
    return Optional.ofNullable(k);
  }

  /** True when the kind's verb takes the counted people as its object (so voice matters). */
  public static boolean isTransitive(String lemma) {
    return TRANSITIVE.containsKey(lower(lemma));
  }

  /** The kind carried by the head noun of the counted object. */
  public static Optional<String> ofNoun(String lemma) {
    return Optional.ofNullable(NOUNS.get(lower(lemma)));
  }

  /** The kind named by a noun followed by "of" before the number ("the deaths of"). */
  public static Optional<String> ofNominal(String lemma) {
    return Optional.ofNullable(NOMINALS.get(lower(lemma)));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
