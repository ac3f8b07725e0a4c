package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The registry of evaluation tasks: add a task here, and the CLI offers it. */
public final class EvalTasks {

  /** Every task FORMATS.md defines, implemented or not, to recognise gold file names. */
  public static final List<String> FORMATS_TASKS =
      List.of(
          "body", "pubdate", "metadata", "ner", "timex", "quotes", "geo", "events", "stories",
          "entities");

  private static final Map<String, Supplier<EvalTask<?, ?>>> TASKS = new LinkedHashMap<>();

  static {
    TASKS.put(BodyTask.NAME, BodyTask::new);
    TASKS.put(PubdateTask.NAME, PubdateTask::new);
    TASKS.put(MetadataTask.NAME, MetadataTask::new);
    TASKS.put(NerTask.NAME, NerTask::new);
    TASKS.put(TimexTask.NAME, TimexTask::new);
    TASKS.put(QuotesTask.NAME, QuotesTask::new);
    TASKS.put(EntitiesTask.NAME, EntitiesTask::new);
  }

  private EvalTasks() {}

  /** The implemented tasks, in registration order. */
  public static List<String> names() {
    return List.copyOf(TASKS.keySet());
  }

  /**
   * The task by name.
   *
   * @throws IllegalArgumentException naming the implemented tasks when there is none
   */
  public static EvalTask<?, ?> require(String name) {
    Supplier<EvalTask<?, ?>> s = TASKS.get(name);
    if (s != null) {
      return s.get();
    }
    String known = String.join(", ", names());
    if (FORMATS_TASKS.contains(name)) {
      throw new IllegalArgumentException(
          "task '" + name + "' is defined in FORMATS.md but not implemented yet; implemented: " + known);
    }
    throw new IllegalArgumentException("unknown task '" + name + "'; implemented: " + known);
  }

  /**
   * The task to run: the one named, or else the one the gold file name gives ({@code
   * <task>.jsonl}, {@code <task>-<subset>.jsonl}).
   *
   * @param named the task the user named, or {@code null}
   * @throws IllegalArgumentException when neither tells the task, or when they disagree
   */
  public static EvalTask<?, ?> resolve(String named, Path gold) {
    Optional<String> byName = GoldFile.taskOf(gold).filter(FORMATS_TASKS::contains);
    if (named == null) {
      String task =
          byName.orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "cannot tell the task from the file name '" + gold.getFileName()
                          + "' (expected <task>.jsonl or <task>-<subset>.jsonl); name it:"
                          + " newsgraph eval TASK --gold FILE, TASK one of " + String.join(", ", names())));
      return require(task);
    }
    if (byName.isPresent() && !byName.get().equals(named)) {
      throw new IllegalArgumentException(
          "the gold file '" + gold.getFileName() + "' is a '" + byName.get() + "' file by its name, not '"
              + named + "'; run: newsgraph eval " + byName.get() + " --gold " + gold);
    }
    return require(named);
  }
}
