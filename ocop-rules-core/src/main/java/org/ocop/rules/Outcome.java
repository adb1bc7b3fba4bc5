package org.ocop.rules;

/**
 * How a rating ended. Only {@link #RATED} carries a star; every other outcome says why not.
 */
public enum Outcome {
    /** Scored and given a star. */
    RATED,
    /**
     * Under {@link MinimumPolicy#REFUSE}, the band's star was refused because a star minimum failed. An extension
     * of the five outcomes the rating contract started with.
     */
    REFUSED,
    /** Excluded (<i>bị loại</i>) by a disqualification rule: a council finding or a printed option. */
    DISQUALIFIED,
    /** Scoring stopped (<i>không đánh giá các bước tiếp theo</i>) by a stop rule. */
    STOPPED,
    /** A switched-on council rule (quorum, spread, secretary) was breached: the council must re-score. */
    COUNCIL_RULE_BREACHED,
    /** The dossier cannot be rated as given: see its problems. */
    INVALID
}
