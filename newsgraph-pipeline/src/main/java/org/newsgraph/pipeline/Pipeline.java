package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Stage;
import org.newsgraph.model.StageException;

/**
 * Stages in order, checked when built: every key a stage reads must be added by an earlier
 * stage or be present in the documents the pipeline receives. A pipeline is itself a stage; it
 * times each stage and, in {@link #run}, turns a failure into an {@link Outcome} naming the
 * document and the stage, so one bad document never stops the others.
 */
public final class Pipeline implements Stage {

  private final String name;
  private final List<Stage> stages;
  private final Set<Key> reads;
  private final Set<Key> adds;
  private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

  private Pipeline(String name, List<Stage> stages, Set<Key> initial) {
    this.name = name;
    this.stages = List.copyOf(stages);
    Set<Key> available = new LinkedHashSet<>(initial);
    Set<Key> added = new LinkedHashSet<>();
    for (Stage s : stages) {
      for (Key k : s.reads()) {
        if (!available.contains(k)) {
          throw new IllegalArgumentException(missingMessage(s, k, stages));
        }
      }
      for (Key k : s.adds()) {
        if (!available.add(k)) {
          throw new IllegalArgumentException(
              "stage '" + s.name() + "' adds " + k + ", which an earlier stage already adds");
        }
        added.add(k);
      }
      totals.put(s.name(), new LongAdder());
    }
    this.reads = Collections.unmodifiableSet(new LinkedHashSet<>(initial));
    this.adds = Collections.unmodifiableSet(added);
  }

  private static String missingMessage(Stage s, Key k, List<Stage> all) {
    String provider =
        all.stream()
            .filter(o -> o.adds().contains(k))
            .map(Stage::name)
            .collect(Collectors.joining(", "));
    return "stage '" + s.name() + "' reads " + k + ", which no earlier stage adds"
        + (provider.isEmpty()
            ? "; add a stage that provides it"
            : "; move it after '" + provider + "', which adds it");
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Collects stages; {@link #build(Set)} checks their order. */
  public static final class Builder {
    private final String name;
    private final List<Stage> stages = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    /**
     * Builds the pipeline for documents that already carry {@code initial} keys.
     *
     * @throws IllegalArgumentException naming the stage and the missing key when a stage reads
     *     something no earlier stage adds
     */
    public Pipeline build(Set<Key> initial) {
      return new Pipeline(name, stages, initial);
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Key> reads() {
    return reads;
  }

  @Override
  public Set<Key> adds() {
    return adds;
  }

  @Override
  public Document process(Document doc) {
    Outcome o = run(doc.source().name(), doc);
    if (!o.ok()) {
      throw new StageException(o.error(), o.cause());
    }
    return o.document();
  }

  /** Runs every stage on the document; never throws for a document's own problems. */
  public Outcome run(String input, Document doc) {
    Map<String, Long> times = new LinkedHashMap<>();
    Document current = doc;
    for (Stage s : stages) {
      long t0 = System.nanoTime();
      try {
        current = s.process(current);
      } catch (StageException e) {
        record(s, times, t0);
        return new Outcome(input, null, s.name(), e.getMessage(), e, times);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        record(s, times, t0);
        return new Outcome(
            input,
            null,
            s.name(),
            "internal error in stage '" + s.name() + "': " + e
                + " (please report it with the input)",
            e,
            times);
      } catch (OutOfMemoryError e) {
        record(s, times, t0);
        return new Outcome(
            input,
            null,
            s.name(),
            "ran out of memory; raise the heap (-Xmx) or lower ingest.maxBytes",
            e,
            times);
      }
      record(s, times, t0);
    }
    return new Outcome(input, current, null, null, null, times);
  }

  private void record(Stage s, Map<String, Long> times, long t0) {
    long dt = System.nanoTime() - t0;
    times.put(s.name(), dt);
    totals.get(s.name()).add(dt);
  }

  /** Total time spent per stage by this pipeline since it was built, in pipeline order. */
  public Map<String, Long> totalNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Stage s : stages) {
      out.put(s.name(), totals.get(s.name()).sum());
    }
    return out;
  }
}
