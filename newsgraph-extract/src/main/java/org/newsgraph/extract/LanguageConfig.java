package org.newsgraph.extract;

/**
 * Settings of language identification.
 *
 * @param sampleChars how much article text the detector reads. 500 characters: Lingua is
 *     near-certain on a few hundred characters of prose, and its cost grows with the sample
 *     (2,000 characters cost 13 % of the analyze time, measured with newsgraph bench).
 * @param minLetters below this many letters the language is "und" (undetermined): on a handful
 *     of words every detector guesses.
 * @param lowAccuracy Lingua's low-accuracy mode (trigrams only): reliable on texts over ~120
 *     characters, much lighter in memory and faster.
 */
public record LanguageConfig(int sampleChars, int minLetters, boolean lowAccuracy) {

  public static final LanguageConfig DEFAULTS = new LanguageConfig(500, 20, true);
}
