package org.ocop.rules;

import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.internal.Messages;

/**
 * A switched-on council rule that the dossier breaks.
 *
 * <p>Immutable and thread-safe. The detail is in English through {@link #detail()} and in another language through
 * {@link #detail(Locale)} (see {@link Text}).
 *
 * @param rule which rule
 * @param detailText the members and totals involved, for example {@code highest A 82, lowest C 69: spread 13 > 10}
 */
public record CouncilBreach(Rule rule, Text detailText) {

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
        Objects.requireNonNull(detailText, "detailText");
    }

    /**
     * A breach whose detail is written in one language only, for an engine of a caller's own (the library's engines
     * write theirs in every language it has).
     *
     * @throws NullPointerException if an argument is null
     */
    public CouncilBreach(Rule rule, String detail) {
        this(rule, Messages.literal(detail));
    }

    /** The members and totals involved, in English. */
    public String detail() {
        return detailText.toString();
    }

    /** {@link #detail()} in the language of {@code locale}; see {@link Text}. */
    public String detail(Locale locale) {
        return detailText.in(locale);
    }
}
