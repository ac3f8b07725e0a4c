package org.newsgraph.model;

import java.util.Objects;

/**
 * The language of the article text.
 *
 * @param code ISO 639-1 code ("en"), or "und" when undetermined
 * @param confidence the detector's confidence in [0, 1]
 * @param method how it was determined ("lingua", "declared", ...)
 */
public record LanguageGuess(String code, double confidence, String method) {

  public static final String UNDETERMINED = "und";

  public LanguageGuess {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(method, "method");
  }

  public boolean is(String iso639) {
    return code.equals(iso639);
  }
}
