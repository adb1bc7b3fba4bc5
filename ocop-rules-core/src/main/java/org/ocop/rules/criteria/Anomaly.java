package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A flaw printed in a decision's sheet (a typo, a blank cell, a cap its options cannot reach …), recorded with what
 * is printed and how the data reads it, so that the doubt stays visible instead of being resolved silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the criterion, heading or part code it concerns; empty when it concerns the sheet as a whole
 * @param kind what sort of flaw
 * @param printed what the decision prints
 * @param reading how the data reads it
 * @param status the status of that reading
 */
public record Anomaly(Optional<String> at, Kind kind, String printed, String reading, SourceStatus status) {

    /** Sorts of printed flaws. */
    public enum Kind {
        /** An impossible value, read as the value the sums imply. */
        TYPO,
        /** A points cell left blank. */
        BLANK_POINTS,
        /** A criterion printed without options. */
        MISSING_OPTIONS,
        /** A part heading whose points differ from its points cell. */
        HEADING_MISMATCH,
        /** Layout only (bullets, spaced markers); no effect on points. */
        FORMATTING,
        /** A cap that the options under it cannot reach; the sheet's real maximum is lower. */
        CAP_UNREACHABLE,
        /** A cap that differs from the sum of the caps under it. */
        CAP_MISMATCH,
        /** Two options of one criterion printed with the same points. */
        DUPLICATE_POINTS,
        /** A gap in the printed numbering. */
        NUMBERING_GAP,
        /**
         * A criterion printed with two option series whose points restart (the portal's tourism sheet), read as
         * mutually exclusive cases.
         */
        OPTION_SERIES
    }

    /** Validates the components. */
    public Anomaly {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(status, "status");
    }
}
