package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.newsgraph.pipeline.NewsgraphConfig;

/**
 * How a server runs.
 *
 * @param store the store's data directory
 * @param host the address to bind; the loopback address by default, so only this machine can
 *     connect
 * @param port the port (0 for any free one)
 * @param token the bearer token ingest requests must carry; null when ingest is off
 * @param ingest whether {@code POST /api/ingest} may run (the server then holds the store's writer
 *     lock while it runs)
 * @param newsgraph the analysis settings of ingests
 * @param webResources the class-path folder whose files are served at {@code /} when it exists (the
 *     web interface); nothing else is served outside {@code /api}
 */
public record ServerConfig(
    Path store,
    String host,
    int port,
    String token,
    boolean ingest,
    NewsgraphConfig newsgraph,
    String webResources) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8020;
  public static final String DEFAULT_WEB_RESOURCES = "web";

  /** Tokens shorter than this are refused: a token guards writes to the store. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerConfig {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(newsgraph, "newsgraph");
    Objects.requireNonNull(webResources, "webResources");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
    }
    if (ingest) {
      Objects.requireNonNull(token, "ingest needs a token");
      if (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 32 && c < 127)) {
        throw new IllegalArgumentException(
            "the token must be at least "
                + MIN_TOKEN_LENGTH
                + " printable ASCII characters without spaces; leave it out to have one generated");
      }
    }
  }

  /** Loopback, port 8020, ingest on with the given token, default analysis settings. */
  public static ServerConfig defaults(Path store, String token) {
    return new ServerConfig(
        store,
        DEFAULT_HOST,
        DEFAULT_PORT,
        token,
        true,
        NewsgraphConfig.DEFAULTS,
        DEFAULT_WEB_RESOURCES);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(store, h, port, token, ingest, newsgraph, webResources);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(store, host, p, token, ingest, newsgraph, webResources);
  }

  /** Ingest off: no token, no writer lock; {@code POST /api/ingest} answers 403. */
  public ServerConfig withoutIngest() {
    return new ServerConfig(store, host, port, null, false, newsgraph, webResources);
  }

  public ServerConfig withWebResources(String folder) {
    return new ServerConfig(store, host, port, token, ingest, newsgraph, folder);
  }

  /** A new random token: 32 bytes from a SecureRandom, base64url (43 characters). */
  public static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * Whether the host names a loopback address only (127.0.0.0/8, ::1, localhost), so that no other
   * machine can connect. An unknown name counts as not loopback.
   */
  public static boolean isLoopback(String host) {
    if (host == null || host.isBlank()) {
      return false; // Jetty binds every address for an empty host
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
