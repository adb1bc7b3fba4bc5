package org.ocop.rules.internal;

import org.ocop.rules.Average;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.StarBands;

/**
 * The star arithmetic the advisor reasons with, as "How a dossier is rated" (docs/reference/rating.md) states
 * it (steps 5 and 6): bands on the exact average, with the floors of the rated version ({@link StarBands}), and star minimums per
 * criterion under a consensus, with the council's shares of {@link Share}. The advisor never trusts it alone: every
 * plan and every left-out sheet is rated again by the rater's engine, and tests compare the two.
 */
public final class StarModel {

    private StarModel() {
    }

    /** The band's star of an exact average under these bands, compared as {@code sum ≥ floor × count}. */
    public static int band(StarBands bands, Average average) {
        return bands.starsOf(average.sum(), average.count());
    }

    /**
     * The highest star (2 to 5) up to which every star minimum of this criterion is met by these choices, markers
     * being cumulative (a 4★ marker binds 4★ and 5★); 2 when a 3★ marker is not met (1★ and 2★ have none).
     *
     * @param choices each member's option on the criterion, {@code null} where the member has none (such a member
     *     meets no marker, and counts 0 points under {@link MinimumConsensus#AVERAGE_POINTS})
     */
    public static int metUpTo(Criterion criterion, Option[] choices, MinimumConsensus consensus) {
        int upTo = StarBands.MAX_STARS;
        for (Option marked : criterion.options()) {
            if (marked.minStars().isPresent() && !met(marked, choices, consensus)) {
                upTo = Math.min(upTo, marked.minStars().getAsInt() - 1);
            }
        }
        return upTo;
    }

    /** Whether the marked option's minimum is met under the consensus. */
    public static boolean met(Option marked, Option[] choices, MinimumConsensus consensus) {
        int n = choices.length;
        if (consensus == MinimumConsensus.AVERAGE_POINTS) {
            long sum = 0;
            for (Option o : choices) {
                sum += o == null ? 0 : o.points();
            }
            return sum >= (long) marked.points() * n;
        }
        int meeting = 0;
        for (Option o : choices) {
            if (o != null && o.points() >= marked.points()) {
                meeting++;
            }
        }
        return consensus == MinimumConsensus.ALL_MEMBERS ? meeting == n : Share.MAJORITY.isMetBy(meeting, n);
    }
}
