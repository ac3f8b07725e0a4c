package org.newsgraph.nlp;

import org.newsgraph.model.StageException;

/** The document is in a language the NLP stage does not analyze (yet). */
public final class UnsupportedLanguageException extends StageException {

  private static final long serialVersionUID = 1L;

  private final String language;

  public UnsupportedLanguageException(String language, String message) {
    super(message);
    this.language = language;
  }

  /** The detected language's ISO 639-1 code. */
  public String language() {
    return language;
  }
}
