package org.newsgraph.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Grammatical gender evidence for people: first names (the lists of Stanford CoreNLP's gender
 * annotator, {@code first-names.tsv}), honorifics ("Mrs", "Sir") and gendered nouns
 * ("spokeswoman", "chairman", "mother"). "she" is not the man "he" was.
 */
enum Gender {
  MALE,
  FEMALE;

  private static final String FIRST_NAMES = "first-names.tsv";

  private static final Map<String, Gender> BY_FIRST_NAME = load();

  /** Honorifics and nouns that say a person is a man. */
  static final Set<String> MALE_WORDS =
      Set.of("mr", "mr.", "sir", "lord", "he", "him", "his", "himself", "man", "men", "boy",
          "spokesman", "chairman", "congressman", "businessman", "actor", "king", "prince",
          "father", "son", "husband", "brother", "uncle", "nephew", "grandfather", "emperor",
          "duke", "sheikh", "gentleman", "boyfriend", "policeman", "fireman", "councilman");

  /** Honorifics and nouns that say a person is a woman. */
  static final Set<String> FEMALE_WORDS =
      Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "she", "her", "hers", "herself",
          "woman", "women", "girl", "spokeswoman", "chairwoman", "congresswoman",
          "businesswoman", "actress", "queen", "princess", "mother", "daughter", "wife", "sister",
          "aunt", "niece", "grandmother", "empress", "duchess", "girlfriend", "policewoman",
          "councilwoman", "widow", "mom", "mum");

  /** The gender a word (honorific, noun or pronoun, any case) says, or null. */
  static Gender ofWord(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    return MALE_WORDS.contains(l) ? MALE : FEMALE_WORDS.contains(l) ? FEMALE : null;
  }

  /** The usual gender of a first name ("Mary"), or null when unknown or used for both. */
  static Gender ofFirstName(String name) {
    return BY_FIRST_NAME.get(name.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = Gender.class.getResourceAsStream(FIRST_NAMES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FIRST_NAMES + " next to "
            + Gender.class.getName() + ": rebuild newsgraph-enrich");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        out.put(cols[0], cols[1].equals("f") ? FEMALE : MALE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FIRST_NAMES, e);
    }
    return Map.copyOf(out);
  }
}
