package org.ocop.rules;

import java.util.Objects;

/**
 * A switched-on council rule that the dossier breaks.
 *
 * @param rule which rule
 * @param detail the members and totals involved, for example {@code highest A 82, lowest C 69: spread 13 > 10}
 */
public record CouncilBreach(Rule rule, String detail) {

    /** The council rules of {@link CouncilRules}. */
    public enum Rule {
        /** Fewer than three quarters of the council, or no chair, took part. */
        QUORUM,
        /** Member totals differ by more than the allowed spread. */
        SPREAD,
        /** The secretary handed in a sheet. */
        SECRETARY_SCORED
    }

    /** Validates that nothing is null. */
    public CouncilBreach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@link #detail()} as a text. */
    public Text detailText() {
        return org.ocop.rules.internal.Messages.literal(detail);
    }

    /** {@link #detail()} in the language of {@code locale}; see {@link Text}. */
    public String detail(java.util.Locale locale) {
        return detail;
    }
}
