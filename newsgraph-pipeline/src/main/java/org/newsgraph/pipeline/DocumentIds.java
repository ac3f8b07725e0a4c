package org.newsgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids: the first 64 bits of the SHA-256 of the canonical text, in hex. */
public final class DocumentIds {

  private DocumentIds() {}

  public static String ofText(String canonicalText) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
