package org.ocop.rules;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Provincial council practice, checked only when switched on (every rule is off by default: no national decision
 * imposes them). A breach gives the outcome {@link Outcome#COUNCIL_RULE_BREACHED} naming the members and totals;
 * it is never an exception.
 *
 * @param quorum whether at least three quarters of the council, the chair among them, must have taken part (Tây
 *     Ninh); the dossier must then give the council's size and chair. Taking part means having scored, or being
 *     the named secretary, who attends without scoring
 * @param maxSpread the largest difference allowed between the highest and the lowest member total, for example
 *     10 (Tây Ninh, Đồng Tháp); empty when not checked
 * @param secretaryMustNotScore whether the named secretary must not hand in a sheet
 */
public record CouncilRules(boolean quorum, OptionalInt maxSpread, boolean secretaryMustNotScore) {

    /** No council rule is checked: the default. */
    public static final CouncilRules NONE = new CouncilRules(false, OptionalInt.empty(), false);

    /** Validates the components. */
    public CouncilRules {
        Objects.requireNonNull(maxSpread, "maxSpread");
        if (maxSpread.isPresent() && maxSpread.getAsInt() < 0) {
            throw new IllegalArgumentException("maxSpread must not be negative: " + maxSpread.getAsInt());
        }
    }

    /** The council practice of Tây Ninh's OCOP regulation: quorum, 10 points of spread, secretary not scoring. */
    public static CouncilRules tayNinh() {
        return new CouncilRules(true, OptionalInt.of(10), true);
    }

    /** Whether any rule is on. */
    public boolean any() {
        return quorum || maxSpread.isPresent() || secretaryMustNotScore;
    }
}
