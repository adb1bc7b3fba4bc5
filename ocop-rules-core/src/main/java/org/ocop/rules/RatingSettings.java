package org.ocop.rules;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The named policies a rating uses where the law is silent. Every result says which were used.
 *
 * <p>Immutable; change one setting with the {@code with…} methods.
 *
 * @param minimumPolicy what a failed star minimum does (default {@link MinimumPolicy#DEMOTE})
 * @param consensus how members' sheets combine for a minimum (default {@link MinimumConsensus#ALL_MEMBERS})
 * @param displayScale decimals of the averages shown (default 2, as published results carry); never used in a
 *     comparison: bands are compared on the exact average
 * @param displayRounding how shown averages are rounded (default {@link RoundingMode#HALF_UP})
 * @param councilRules provincial council practice to check (default none)
 */
public record RatingSettings(MinimumPolicy minimumPolicy, MinimumConsensus consensus, int displayScale,
        RoundingMode displayRounding, CouncilRules councilRules) {

    /** The defaults: demote, every member, 2 decimals half-up, no council rules. */
    public static final RatingSettings DEFAULTS = new RatingSettings(MinimumPolicy.DEMOTE,
            MinimumConsensus.ALL_MEMBERS, 2, RoundingMode.HALF_UP, CouncilRules.NONE);

    /** Validates the components. */
    public RatingSettings {
        Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        Objects.requireNonNull(consensus, "consensus");
        Objects.requireNonNull(displayRounding, "displayRounding");
        Objects.requireNonNull(councilRules, "councilRules");
        if (displayScale < 0 || displayScale > 10) {
            throw new IllegalArgumentException("displayScale must be 0 to 10: " + displayScale);
        }
        if (displayRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("displayRounding must round: averages such as 200/3 do not end");
        }
    }

    /** These settings with another minimum policy. */
    public RatingSettings withMinimumPolicy(MinimumPolicy policy) {
        return new RatingSettings(policy, consensus, displayScale, displayRounding, councilRules);
    }

    /** These settings with another consensus. */
    public RatingSettings withConsensus(MinimumConsensus newConsensus) {
        return new RatingSettings(minimumPolicy, newConsensus, displayScale, displayRounding, councilRules);
    }

    /** These settings with another display rounding. */
    public RatingSettings withDisplay(int scale, RoundingMode rounding) {
        return new RatingSettings(minimumPolicy, consensus, scale, rounding, councilRules);
    }

    /** These settings with council rules. */
    public RatingSettings withCouncilRules(CouncilRules rules) {
        return new RatingSettings(minimumPolicy, consensus, displayScale, displayRounding, rules);
    }
}
