package org.newsgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind every {@code timex} figure, for one record or summed over a file (micro).
 *
 * @param strict same start and end
 * @param relaxed one-to-one overlap alignment
 * @param value TP = relaxed-aligned pairs with identical values; FP/FN = the other system/gold
 *     timexes
 * @param type as {@code value}, with identical types
 * @param valueByType value accuracy on the relaxed-aligned pairs, by gold type, in
 *     {@link TimexEval#TYPES} order
 */
public record TimexCounts(
    Counts strict, Counts relaxed, Counts value, Counts type, Map<String, Accuracy> valueByType) {

  public static final TimexCounts ZERO =
      new TimexCounts(Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, zeroByType());

  public TimexCounts {
    valueByType = Collections.unmodifiableMap(new LinkedHashMap<>(valueByType));
  }

  public TimexCounts plus(TimexCounts o) {
    Map<String, Accuracy> byType = new LinkedHashMap<>(valueByType);
    o.valueByType.forEach((k, v) -> byType.merge(k, v, Accuracy::plus));
    return new TimexCounts(
        strict.plus(o.strict), relaxed.plus(o.relaxed), value.plus(o.value), type.plus(o.type), byType);
  }

  /** Value accuracy over all relaxed-aligned pairs. */
  public Accuracy valueAccuracy() {
    return valueByType.values().stream().reduce(Accuracy.ZERO, Accuracy::plus);
  }

  static Map<String, Accuracy> zeroByType() {
    Map<String, Accuracy> m = new LinkedHashMap<>();
    TimexEval.TYPES.forEach(t -> m.put(t, Accuracy.ZERO));
    return m;
  }
}
