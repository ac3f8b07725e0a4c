package org.newsgraph.cli;

import org.newsgraph.model.json.RecordJson;
import picocli.CommandLine;

/** Version information for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {

  static final String VERSION = "0.1.0-SNAPSHOT";

  @Override
  public String[] getVersion() {
    return new String[] {
      "newsgraph " + VERSION, "record schema " + RecordJson.SCHEMA, "Java " + Runtime.version()
    };
  }
}
