package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** {@code newsgraph bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory.")
final class BenchCommand implements Runnable {
  @Override
  public void run() {}
}
