package org.ocop.rules;

/**
 * How the members' sheets combine for one star minimum, and for a knock-out that a printed option triggers.
 *
 * <p>The decisions say that the marked option "is the minimum that must be reached" (<i>yêu cầu tối thiểu phải
 * đạt</i>) but not whose sheet counts when members disagree. The default is {@link #ALL_MEMBERS}: a requirement
 * the council must establish is not established while one of its scoring members found it unmet, and the failed
 * minimum then lists every member's choice so the council sees the disagreement.
 */
public enum MinimumConsensus {
    /**
     * Default. A minimum is met when every member's choice reaches it; a knock-out option triggers when any
     * member chose it.
     */
    ALL_MEMBERS,
    /**
     * A minimum is met when a strict majority of members reach it; a knock-out rule triggers when a strict
     * majority of members each chose one of its trigger options (not necessarily the same one: a zero on 6.1 and a
     * zero on 6.2 are both the finding "a zero on a listed sensory item").
     */
    MAJORITY,
    /**
     * A minimum is met when the criterion's average points over all members reach the required points; a
     * knock-out option triggers when the criterion's average points over the members who chose on it are no higher
     * than the option's points (a criterion nobody chose on triggers nothing).
     */
    AVERAGE_POINTS
}
