package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** {@code newsgraph eval TASK --gold FILE}: scores newsgraph against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score newsgraph against a gold file (see docs/eval.md).")
final class EvalCommand implements Runnable {
  @Override
  public void run() {}
}
