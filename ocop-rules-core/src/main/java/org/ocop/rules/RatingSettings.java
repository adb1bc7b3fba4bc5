package org.ocop.rules;

import java.math.RoundingMode;
import java.util.Objects;
import org.ocop.rules.criteria.CriteriaVersion;

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
 * @param sheetEdition the sheet edition to rate with, by name (for example {@code portal}: the national scoring
 *     portal's reading of the 1048/781 sheets, for dossiers scored on it); empty (the default) for each version's
 *     decision edition. Not the data release ({@link CriteriaVersion#edition()})
 */
public record RatingSettings(MinimumPolicy minimumPolicy, MinimumConsensus consensus, int displayScale,
        RoundingMode displayRounding, CouncilRules councilRules, java.util.Optional<String> sheetEdition) {

    /** The defaults: demote, every member, 2 decimals half-up, no council rules, the decision's sheets. */
    public static final RatingSettings DEFAULTS = new RatingSettings(MinimumPolicy.DEMOTE,
            MinimumConsensus.ALL_MEMBERS, 2, RoundingMode.HALF_UP, CouncilRules.NONE);

    /** Settings with each version's decision edition of the sheets. */
    public RatingSettings(MinimumPolicy minimumPolicy, MinimumConsensus consensus, int displayScale,
            RoundingMode displayRounding, CouncilRules councilRules) {
        this(minimumPolicy, consensus, displayScale, displayRounding, councilRules, java.util.Optional.empty());
    }

    /** Validates the components. */
    public RatingSettings {
        Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        Objects.requireNonNull(consensus, "consensus");
        Objects.requireNonNull(displayRounding, "displayRounding");
        Objects.requireNonNull(councilRules, "councilRules");
        Objects.requireNonNull(sheetEdition, "sheetEdition");
        if (displayScale < 0 || displayScale > 10) {
            throw new IllegalArgumentException("displayScale must be 0 to 10: " + displayScale);
        }
        if (displayRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("displayRounding must round: averages such as 200/3 do not end");
        }
    }

    /** These settings with another minimum policy. */
    public RatingSettings withMinimumPolicy(MinimumPolicy policy) {
        return new RatingSettings(policy, consensus, displayScale, displayRounding, councilRules, sheetEdition);
    }

    /** These settings with another consensus. */
    public RatingSettings withConsensus(MinimumConsensus newConsensus) {
        return new RatingSettings(minimumPolicy, newConsensus, displayScale, displayRounding, councilRules,
                sheetEdition);
    }

    /** These settings with another display rounding. */
    public RatingSettings withDisplay(int scale, RoundingMode rounding) {
        return new RatingSettings(minimumPolicy, consensus, scale, rounding, councilRules, sheetEdition);
    }

    /** These settings with council rules. */
    public RatingSettings withCouncilRules(CouncilRules rules) {
        return new RatingSettings(minimumPolicy, consensus, displayScale, displayRounding, rules, sheetEdition);
    }

    /**
     * These settings rating with the named sheet edition (for example {@code portal}); {@code null} for each
     * version's decision edition. A version without that edition gives an INVALID rating naming its editions.
     */
    public RatingSettings withSheetEdition(String name) {
        return new RatingSettings(minimumPolicy, consensus, displayScale, displayRounding, councilRules,
                java.util.Optional.ofNullable(name));
    }
}
