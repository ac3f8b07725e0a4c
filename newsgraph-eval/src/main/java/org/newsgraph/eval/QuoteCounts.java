package org.newsgraph.eval;

/**
 * The counts behind every {@code quotes} figure (FORMATS.md §7), for one record or summed over
 * a file (micro).
 *
 * @param sourceTokens role tokens: word tokens overlapping a source span, gold vs system
 * @param cueTokens role tokens of the cues
 * @param contentTokens role tokens of the content pieces
 * @param quotes matched attributions (content words, Jaccard ≥ 0.5, one-to-one), source ignored
 * @param attributions matched attributions whose source is right too (or absent on both sides):
 *     the headline
 * @param speaker among matched pairs with a gold source, those whose system source shares a
 *     word token with it
 * @param recallDirect gold attributions with {@code direct} true that were matched
 * @param recallIndirect gold attributions with {@code direct} false (indirect or mixed) that
 *     were matched
 */
public record QuoteCounts(
    Counts sourceTokens,
    Counts cueTokens,
    Counts contentTokens,
    Counts quotes,
    Counts attributions,
    Accuracy speaker,
    Accuracy recallDirect,
    Accuracy recallIndirect) {

  public static final QuoteCounts ZERO =
      new QuoteCounts(
          Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO,
          Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO);

  public QuoteCounts plus(QuoteCounts o) {
    return new QuoteCounts(
        sourceTokens.plus(o.sourceTokens),
        cueTokens.plus(o.cueTokens),
        contentTokens.plus(o.contentTokens),
        quotes.plus(o.quotes),
        attributions.plus(o.attributions),
        speaker.plus(o.speaker),
        recallDirect.plus(o.recallDirect),
        recallIndirect.plus(o.recallIndirect));
  }
}
