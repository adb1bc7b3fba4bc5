package org.ocop.rules;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * The named policies a rating uses where the law is silent. Every result says which were used.
 *
 * <p>Start from {@link #DEFAULTS} and change one setting at a time with the {@code with…} methods; there is no public
 * constructor, so that a release can add a policy (with its default) without breaking callers. Immutable and
 * thread-safe; equal when every accessor's value is equal.
 */
public final class RatingSettings {

    /** The defaults: demote, every member, 2 decimals half-up, no council rules, the decision's sheets. */
    public static final RatingSettings DEFAULTS = new RatingSettings(MinimumPolicy.DEMOTE,
            MinimumConsensus.ALL_MEMBERS, 2, RoundingMode.HALF_UP, CouncilRules.NONE, Optional.empty());

    private final MinimumPolicy minimumPolicy;
    private final MinimumConsensus consensus;
    private final int displayScale;
    private final RoundingMode displayRounding;
    private final CouncilRules councilRules;
    private final Optional<String> sheetEdition;

    /** Validates the settings. */
    private RatingSettings(MinimumPolicy minimumPolicy, MinimumConsensus consensus, int displayScale,
            RoundingMode displayRounding, CouncilRules councilRules, Optional<String> sheetEdition) {
        this.minimumPolicy = Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        this.consensus = Objects.requireNonNull(consensus, "consensus");
        this.displayRounding = Objects.requireNonNull(displayRounding, "displayRounding");
        this.councilRules = Objects.requireNonNull(councilRules, "councilRules");
        this.sheetEdition = Objects.requireNonNull(sheetEdition, "sheetEdition");
        if (displayScale < 0 || displayScale > 10) {
            throw new IllegalArgumentException("displayScale must be 0 to 10: " + displayScale);
        }
        if (displayRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("displayRounding must round: averages such as 200/3 do not end");
        }
        this.displayScale = displayScale;
    }

    /** What a failed star minimum does (default {@link MinimumPolicy#DEMOTE}). */
    public MinimumPolicy minimumPolicy() {
        return minimumPolicy;
    }

    /** How members' sheets combine for a minimum (default {@link MinimumConsensus#ALL_MEMBERS}). */
    public MinimumConsensus consensus() {
        return consensus;
    }

    /**
     * Decimals of the averages shown (default 2, as published results carry); never used in a comparison: bands
     * are compared on the exact average.
     */
    public int displayScale() {
        return displayScale;
    }

    /** How shown averages are rounded (default {@link RoundingMode#HALF_UP}). */
    public RoundingMode displayRounding() {
        return displayRounding;
    }

    /** Provincial council practice to check (default none). */
    public CouncilRules councilRules() {
        return councilRules;
    }

    /**
     * The sheet edition to rate with, by name (for example {@code portal}: the national scoring portal's reading of
     * the 1048/781 sheets, for dossiers scored on it); empty (the default) for each version's decision edition. Not
     * the data release ({@link CriteriaVersion#edition()}).
     */
    public Optional<String> sheetEdition() {
        return sheetEdition;
    }

    /**
     * These settings with another minimum policy.
     *
     * @throws NullPointerException if {@code policy} is null
     */
    public RatingSettings withMinimumPolicy(MinimumPolicy policy) {
        return new RatingSettings(policy, consensus, displayScale, displayRounding, councilRules, sheetEdition);
    }

    /**
     * These settings with another consensus.
     *
     * @throws NullPointerException if {@code newConsensus} is null
     */
    public RatingSettings withConsensus(MinimumConsensus newConsensus) {
        return new RatingSettings(minimumPolicy, newConsensus, displayScale, displayRounding, councilRules,
                sheetEdition);
    }

    /**
     * These settings with another display rounding.
     *
     * @throws IllegalArgumentException if {@code scale} is not 0 to 10 or {@code rounding} is
     *     {@link RoundingMode#UNNECESSARY}
     * @throws NullPointerException if {@code rounding} is null
     */
    public RatingSettings withDisplay(int scale, RoundingMode rounding) {
        return new RatingSettings(minimumPolicy, consensus, scale, rounding, councilRules, sheetEdition);
    }

    /**
     * These settings with council rules.
     *
     * @throws NullPointerException if {@code rules} is null
     */
    public RatingSettings withCouncilRules(CouncilRules rules) {
        return new RatingSettings(minimumPolicy, consensus, displayScale, displayRounding, rules, sheetEdition);
    }

    /**
     * These settings rating with the named sheet edition (for example {@code portal}); {@code null} for each
     * version's decision edition. A version without that edition gives an INVALID rating naming its editions.
     */
    public RatingSettings withSheetEdition(String name) {
        return new RatingSettings(minimumPolicy, consensus, displayScale, displayRounding, councilRules,
                Optional.ofNullable(name));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RatingSettings s && minimumPolicy == s.minimumPolicy
                && consensus == s.consensus && displayScale == s.displayScale
                && displayRounding == s.displayRounding && councilRules.equals(s.councilRules)
                && sheetEdition.equals(s.sheetEdition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumPolicy, consensus, displayScale, displayRounding, councilRules, sheetEdition);
    }

    @Override
    public String toString() {
        return "RatingSettings[minimumPolicy=" + minimumPolicy + ", consensus=" + consensus + ", displayScale="
                + displayScale + ", displayRounding=" + displayRounding + ", councilRules=" + councilRules
                + ", sheetEdition=" + sheetEdition + "]";
    }
}
