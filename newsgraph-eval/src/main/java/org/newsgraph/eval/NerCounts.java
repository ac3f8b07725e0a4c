package org.newsgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind every {@code ner} figure, for one record or summed over a file (micro).
 *
 * @param strict same start, end and type; all four types
 * @param relaxed one-to-one overlap alignment among mentions of the same type; all four types
 * @param untypedStrict same start and end, type ignored
 * @param untypedRelaxed overlap alignment, type ignored
 * @param headline strict typed, after removing MISC on both sides (the headline figure)
 * @param headlineRelaxed relaxed typed, after removing MISC on both sides
 * @param strictByType strict counts per type, in {@link NerEval#TYPES} order
 * @param relaxedByType relaxed counts per type, in {@link NerEval#TYPES} order
 */
public record NerCounts(
    Counts strict,
    Counts relaxed,
    Counts untypedStrict,
    Counts untypedRelaxed,
    Counts headline,
    Counts headlineRelaxed,
    Map<String, Counts> strictByType,
    Map<String, Counts> relaxedByType) {

  public static final NerCounts ZERO =
      new NerCounts(
          Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO,
          zeroByType(), zeroByType());

  public NerCounts {
    strictByType = copy(strictByType);
    relaxedByType = copy(relaxedByType);
  }

  public NerCounts plus(NerCounts o) {
    return new NerCounts(
        strict.plus(o.strict),
        relaxed.plus(o.relaxed),
        untypedStrict.plus(o.untypedStrict),
        untypedRelaxed.plus(o.untypedRelaxed),
        headline.plus(o.headline),
        headlineRelaxed.plus(o.headlineRelaxed),
        merge(strictByType, o.strictByType),
        merge(relaxedByType, o.relaxedByType));
  }

  private static Map<String, Counts> zeroByType() {
    Map<String, Counts> m = new LinkedHashMap<>();
    NerEval.TYPES.forEach(t -> m.put(t, Counts.ZERO));
    return m;
  }

  private static Map<String, Counts> merge(Map<String, Counts> a, Map<String, Counts> b) {
    Map<String, Counts> m = new LinkedHashMap<>(a);
    b.forEach((k, v) -> m.merge(k, v, Counts::plus));
    return m;
  }

  /** An unmodifiable copy that keeps the order (Map.copyOf would not). */
  private static Map<String, Counts> copy(Map<String, Counts> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
