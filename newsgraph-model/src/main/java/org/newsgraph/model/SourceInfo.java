package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a document's text came from and how it was decoded.
 *
 * @param name the input as the user named it: a path, "-" for standard input, a URL
 * @param mediaType "text/plain", "text/html", ...
 * @param charset the character set used to decode the bytes
 * @param charsetEvidence how the charset was chosen ("bom", "valid utf-8", "declared", ...)
 * @param bytes the size of the raw input
 * @param warnings anything the reader had to repair or guess, for the user to see
 */
public record SourceInfo(
    String name,
    String mediaType,
    String charset,
    String charsetEvidence,
    long bytes,
    List<String> warnings) {

  public SourceInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    warnings = List.copyOf(warnings);
  }
}
