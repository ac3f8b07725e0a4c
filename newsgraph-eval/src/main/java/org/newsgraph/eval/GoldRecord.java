package org.newsgraph.eval;

/** A gold record as a task reads it: results are reported per id. */
public interface GoldRecord {

  String id();

  /** The 1-based line of the gold file the record came from (for messages). */
  int line();
}
