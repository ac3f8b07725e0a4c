package org.newsgraph.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.Outcome;

/**
 * One task of {@code newsgraph eval} (FORMATS.md §2–11): how to read its gold records, how to
 * run a system (newsgraph or a baseline, {@link EvalSystem}) on one, what to compare, and how
 * to score. A new task is one implementation
 * registered in {@link EvalTasks}.
 *
 * @param <G> the task's gold record
 * @param <S> the system's answer for one record, in comparable form
 */
public interface EvalTask<G extends GoldRecord, S> {

  /** The task name, as in the gold file name ({@code ner}, {@code timex}). */
  String name();

  /** Interprets one gold line; throws {@link GoldFormatException} naming the line and field. */
  G parse(GoldLine line);

  /** Runs the system on the record; failures come back as outcomes. Thread-safe. */
  Outcome analyze(EvalSystem system, G gold);

  /**
   * The system's answer from the analyzed document. Thread-safe.
   *
   * @throws RecordFailure when the document cannot be compared with the gold record
   */
  S extract(G gold, Document doc);

  /** The answer of a record the system failed on: a failed record scores as empty output. */
  S empty();

  /** The system's answer in the task's gold format, for {@code --out}. */
  ObjectNode toJson(G gold, S system);

  /** A fresh accumulator of scores over records. */
  Tally<G, S> newTally();

  /** Sums scores over the records of a file, one record at a time, in file order. */
  interface Tally<G, S> {

    void add(G gold, S system);

    Report report();
  }
}
