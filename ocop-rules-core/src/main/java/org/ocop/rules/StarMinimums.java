package org.ocop.rules;

import java.util.Objects;

/**
 * Whether and how a criteria version sets minimum requirements per star level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how the minimums are given
 * @param statement the rule as stated, with its source and status
 */
public record StarMinimums(Kind kind, SourcedText statement) {

    /** How a version gives its star minimums. */
    public enum Kind {
        /** Options on the sheets are marked {@code ***}, {@code ****}, {@code *****} (148/2023, 26/2026). */
        MARKERS,
        /** A table of minimum requirements known only in part (781/2020); the rest cannot be checked. */
        PARTIAL,
        /** The version sets no star minimums (1048/2019). */
        NONE
    }

    /** Validates the components. */
    public StarMinimums {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
    }
}
