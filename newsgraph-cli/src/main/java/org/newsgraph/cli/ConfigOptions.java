package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.pipeline.NewsgraphConfig;
import picocli.CommandLine.Option;

/** Configuration options shared by the commands that run the pipeline. */
final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (properties).")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "One setting, e.g. --set nlp.timeScope=all (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--print-config", description = "Print the effective configuration and exit.")
  boolean printConfig;

  NewsgraphConfig load() {
    return NewsgraphConfig.load(file, settings);
  }
}
