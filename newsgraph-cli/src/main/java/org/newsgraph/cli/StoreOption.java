package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is: --store DIR, else $NEWSGRAPH_STORE, else ./newsgraph-data. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "The store's data directory (default: $NEWSGRAPH_STORE, else ./newsgraph-data).")
  Path dir;

  Path dir() {
    if (dir != null) {
      return dir;
    }
    String env = System.getenv("NEWSGRAPH_STORE");
    return Path.of(env != null && !env.isBlank() ? env : "newsgraph-data");
  }
}
