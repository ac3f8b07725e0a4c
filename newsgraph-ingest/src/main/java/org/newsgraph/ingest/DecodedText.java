package org.newsgraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded from an input's bytes.
 *
 * @param text the decoded text, without byte-order mark
 * @param charset the charset used ("UTF-8", "windows-1252", ...)
 * @param evidence why that charset ("bom", "declared", "valid utf-8", ...)
 * @param warnings repairs and guesses the user should know about
 */
public record DecodedText(String text, String charset, String evidence, List<String> warnings) {

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
    warnings = List.copyOf(warnings);
  }
}
