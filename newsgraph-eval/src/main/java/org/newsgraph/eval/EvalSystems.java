package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.nlp.CorefAlgorithm;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;

/**
 * The registry of systems {@code newsgraph eval --system NAME} can score: newsgraph (the
 * default) and plain CoreNLP baselines. Each says which tasks it answers, so that a pair it
 * cannot answer fails before any model loads instead of scoring as empty output.
 */
public final class EvalSystems {

  public static final String NEWSGRAPH = "newsgraph";

  /** Plain CoreNLP with its default coreference for English (statistical). */
  public static final String CORENLP = "corenlp";

  /** Plain CoreNLP with its neural coreference, the other English system in the models jar. */
  public static final String CORENLP_NEURAL = "corenlp-neural";

  /** What plain CoreNLP's NER and coreference can answer: entities and their names. */
  private static final List<String> CORENLP_TASKS = List.of(NerTask.NAME, EntitiesTask.NAME);

  /**
   * @param usesConfig whether newsgraph's configuration applies ({@code --set}, {@code --config})
   */
  private record Spec(
      String name, List<String> tasks, boolean usesConfig, Function<NewsgraphConfig, EvalSystem> opener) {}

  private static final Map<String, Spec> SYSTEMS = new LinkedHashMap<>();

  static {
    add(new Spec(NEWSGRAPH, EvalTasks.names(), true, cfg -> new NewsgraphSystem(Newsgraph.open(cfg))));
    add(new Spec(CORENLP, CORENLP_TASKS, false, cfg -> new CoreNlpSystem(CORENLP, CorefAlgorithm.STATISTICAL)));
    add(new Spec(
        CORENLP_NEURAL, CORENLP_TASKS, false, cfg -> new CoreNlpSystem(CORENLP_NEURAL, CorefAlgorithm.NEURAL)));
  }

  private EvalSystems() {}

  private static void add(Spec s) {
    SYSTEMS.put(s.name(), s);
  }

  /** The system names, newsgraph first. */
  public static List<String> names() {
    return List.copyOf(SYSTEMS.keySet());
  }

  /** The tasks a system answers. */
  public static List<String> tasks(String system) {
    return require(system).tasks();
  }

  /**
   * Whether newsgraph's configuration ({@code --set}, {@code --config}) applies to the system;
   * the CoreNLP baselines run CoreNLP's defaults.
   */
  public static boolean usesConfig(String system) {
    return require(system).usesConfig();
  }

  /**
   * Checks that the system exists and answers the task; loads nothing.
   *
   * @throws IllegalArgumentException naming the known systems, or the tasks the system answers
   */
  public static void check(String system, String task) {
    Spec s = require(system);
    if (!s.tasks().contains(task)) {
      throw new IllegalArgumentException(
          "'" + task + "' with plain CoreNLP is out of scope: --system " + system + " answers "
              + String.join(" and ", s.tasks()) + " only (plain CoreNLP's NER and coreference);"
              + " score " + task + " with --system " + NEWSGRAPH);
    }
  }

  /**
   * Opens a system: loads its models (seconds for newsgraph, up to a minute for CoreNLP's
   * coreference).
   *
   * @param config newsgraph's configuration; the CoreNLP baselines run CoreNLP's defaults and
   *     ignore it
   * @throws IllegalArgumentException for an unknown system
   */
  public static EvalSystem open(String system, NewsgraphConfig config) {
    return require(system).opener().apply(config);
  }

  /** An opened newsgraph as the {@code newsgraph} system. */
  public static EvalSystem of(Newsgraph ng) {
    return new NewsgraphSystem(ng);
  }

  private static Spec require(String system) {
    Spec s = SYSTEMS.get(system);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown system '" + system + "'; one of: " + String.join(", ", names()));
    }
    return s;
  }
}
