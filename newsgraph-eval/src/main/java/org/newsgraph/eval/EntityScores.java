package org.newsgraph.eval;

/**
 * Every {@code entities} figure of a file (FORMATS.md §11). Resolution is corpus-wide, so these
 * are computed once over all records, not summed per record.
 *
 * @param mentionsExact system mentions aligned to gold mentions by exact span
 * @param mentionsRelaxed the same with overlap alignment
 * @param exact MUC, B³, CEAF-e on the exact alignment (CoNLL of it is the headline)
 * @param relaxed the same on the relaxed alignment
 * @param namedExact restricted to gold mentions with {@code named} true, exact alignment
 * @param namedRelaxed restricted to named gold mentions, relaxed alignment
 * @param singletons what a system without any mention scores: every gold mention a singleton.
 *     Not zero for B³ and CEAF-e, so it is the baseline to beat
 * @param linkAccuracy exactly aligned gold mentions with a link whose system link is the same
 * @param links (mention, link) pairs of named mentions, exact alignment
 * @param systemLinks system mentions that carry a link at all
 * @param goldEntities distinct gold entity ids
 * @param localEntities distinct system entities within their documents
 * @param corpusEntities distinct system entities after linking across records
 */
public record EntityScores(
    Counts mentionsExact,
    Counts mentionsRelaxed,
    CorefScores exact,
    CorefScores relaxed,
    CorefScores namedExact,
    CorefScores namedRelaxed,
    CorefScores singletons,
    Accuracy linkAccuracy,
    Counts links,
    long systemLinks,
    int goldEntities,
    int localEntities,
    int corpusEntities) {}
