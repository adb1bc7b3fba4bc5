package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A flaw printed in a decision's sheet (a typo, a blank cell, a cap its options cannot reach …), recorded with what
 * is printed and how the data reads it, so that the doubt stays visible instead of being resolved silently.
 *
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can say more about
 * a flaw in a later release without breaking callers, who only read it. Immutable and thread-safe; equal when every
 * accessor's value is equal.
 */
public final class Anomaly {

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
        OPTION_SERIES,
        /**
         * A passage the decision prints that the copy we read lacks (148's typed copy has no "Hồ sơ bị loại khi…"
         * header): the rules it states are not in the data.
         */
        MISSING_TEXT,
        /**
         * Two independent copies of one sheet differ (148's set 1: the typed copy and the Thái Bình form mark stars
         * differently); the data follows one copy, and the other's reading is recorded with the doubt.
         */
        COPIES_DIFFER
    }

    private final Optional<String> at;
    private final Kind kind;
    private final String printed;
    private final String reading;
    private final SourceStatus status;

    /** Validates; the loader's only way to make an anomaly. */
    Anomaly(Optional<String> at, Kind kind, String printed, String reading, SourceStatus status) {
        this.at = Objects.requireNonNull(at, "at");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.printed = Objects.requireNonNull(printed, "printed");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The criterion, heading or part code it concerns; empty when it concerns the sheet as a whole. */
    public Optional<String> at() {
        return at;
    }

    /** What sort of flaw. */
    public Kind kind() {
        return kind;
    }

    /** What the decision prints. */
    public String printed() {
        return printed;
    }

    /** How the data reads it. */
    public String reading() {
        return reading;
    }

    /** The status of that reading. */
    public SourceStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Anomaly other && at.equals(other.at) && kind == other.kind
                && printed.equals(other.printed) && reading.equals(other.reading) && status == other.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, kind, printed, reading, status);
    }

    /** Its name and every part, in the form a record prints them: {@code Anomaly[at=Optional[1.3], kind=TYPO, …]}. */
    @Override
    public String toString() {
        return "Anomaly[at=" + at + ", kind=" + kind + ", printed=" + printed + ", reading=" + reading + ", status="
                + status + "]";
    }
}
