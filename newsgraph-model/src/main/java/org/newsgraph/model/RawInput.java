package org.newsgraph.model;

import java.util.Objects;

/**
 * The bytes of one input as read, before decoding, with what the reader knows about them.
 *
 * @param name the input as the user named it (a path, "-", a URL); used in every message
 * @param bytes the raw content (already bounded by the reader)
 * @param mediaTypeHint "text/plain", "text/html" or {@code null} when unknown
 * @param declaredCharset a charset declared outside the content (HTTP header, CLI flag), or
 *     {@code null}
 */
public record RawInput(String name, byte[] bytes, String mediaTypeHint, String declaredCharset) {

  public RawInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  public int size() {
    return bytes.length;
  }
}
