package org.ocop.rules.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The criterion-by-criterion comparison of two versions' sheets, set by set ({@code criteria-comparison-148-26.json},
 * written by {@code tools/compare-148-2026.py}): which criterion of the newer sheet has the same label, and whether its
 * options are the same ({@link Kind#SAME}), the same but for their star markers ({@link Kind#SAME_OPTIONS}) — both
 * with an option mapping —, changed ({@link Kind#CHANGED}, how in {@link Match#changes()}) or unmatched
 * ({@link Kind#NO_MATCH}). Every entry is inferred from the two versions' data ({@link #basis()}); no decision states
 * these correspondences. Read and checked by {@link CriteriaCatalogue#criterionComparisons()}. Immutable and
 * thread-safe.
 */
public final class CriterionComparison {

    /** How a criterion of the {@code from} version's sheet compares with the {@code to} version's. */
    public enum Kind {
        /** Same label, and every option's text, points and star marker equal in printed order: the choice carries. */
        SAME,
        /** Same label, options' texts and points equal, star markers differ: the choice carries, the minimums are
         * the target's. */
        SAME_OPTIONS,
        /** Same label, options differ (cap, count, a text or points). */
        CHANGED,
        /** No criterion of the {@code to} version's sheet has the label. */
        NO_MATCH;

        /** Whether a choice carries: the entry has an option mapping. */
        public boolean carries() {
            return this == SAME || this == SAME_OPTIONS;
        }
    }

    /** What differs between two criteria with the same label. */
    public enum ChangeKind {
        /** The criterion's cap: {@link Change#before()} and {@link Change#after()} points. */
        CAP,
        /** The number of options: before and after. */
        OPTION_COUNT,
        /** The text of the option {@link Change#fromOption()} differs from that of {@link Change#toOption()}, the
         * option printed at the same place. */
        TEXT,
        /** The points of two options printed at the same place: before and after. */
        POINTS,
        /** The star marker of two options printed at the same place: the minimum's stars before and after, empty for
         * no marker. */
        MARKER,
        /** No criterion of the other version's sheet has this criterion's label. */
        NO_LABEL_MATCH
    }

    /**
     * One difference, as data, from the {@code from} version to the {@code to} version: its kind, the two options it
     * concerns (for {@link ChangeKind#TEXT}, {@link ChangeKind#POINTS}, {@link ChangeKind#MARKER}) and the values
     * before and after (points, counts, or a marker's stars). Readers word it in their own language (the library's
     * message bundles do, in English and Vietnamese); {@link #reversed()} reads it the other way, from the newer
     * version to the older.
     *
     * @param kind what differs
     * @param fromOption the option of the {@code from} criterion, where the kind concerns one
     * @param toOption the option of the {@code to} criterion printed at the same place
     * @param before the value in the {@code from} version (empty for a missing marker, or where the kind has none)
     * @param after the value in the {@code to} version (likewise)
     */
    public record Change(ChangeKind kind, Optional<String> fromOption, Optional<String> toOption, OptionalInt before,
            OptionalInt after) {
        /** Checks that nothing is null. */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fromOption, "fromOption");
            Objects.requireNonNull(toOption, "toOption");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** The same difference read from the {@code to} version to the {@code from} version. */
        public Change reversed() {
            return new Change(kind, toOption, fromOption, after, before);
        }
    }

    /** One criterion of a set's {@code from} sheet and how it compares. Immutable and thread-safe. */
    public static final class Match {
        private final String productSet;
        private final String from;
        private final String label;
        private final Optional<String> to;
        private final Kind kind;
        private final Map<String, String> options;
        private final List<Change> changes;

        /** Validates and copies. */
        Match(String productSet, String from, String label, Optional<String> to, Kind kind,
                Map<String, String> options, List<Change> changes) {
            this.productSet = Objects.requireNonNull(productSet, "productSet");
            this.from = Objects.requireNonNull(from, "from");
            this.label = Objects.requireNonNull(label, "label");
            this.to = Objects.requireNonNull(to, "to");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
            this.changes = List.copyOf(changes);
        }

        /** The set's code (the same in both versions). */
        public String productSet() {
            return productSet;
        }

        /** The criterion's code on the {@code from} version's sheet. */
        public String from() {
            return from;
        }

        /** Its label. */
        public String label() {
            return label;
        }

        /** The criterion with the same label on the {@code to} version's sheet; empty for {@link Kind#NO_MATCH}. */
        public Optional<String> to() {
            return to;
        }

        /** How they compare. */
        public Kind kind() {
            return kind;
        }

        /** Each option of {@code from} mapped to the option of {@code to}; empty unless {@link Kind#carries()}. */
        public Map<String, String> options() {
            return options;
        }

        /**
         * What differs, from the {@code from} version to the {@code to} version (the markers too for
         * {@link Kind#SAME_OPTIONS}; {@link ChangeKind#NO_LABEL_MATCH} alone for {@link Kind#NO_MATCH}).
         */
        public List<Change> changes() {
            return changes;
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Match that && productSet.equals(that.productSet) && from.equals(that.from)
                    && label.equals(that.label) && to.equals(that.to) && kind == that.kind
                    && options.equals(that.options) && changes.equals(that.changes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productSet, from, label, to, kind, options, changes);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Match[productSet=" + productSet + ", from=" + from + ", label=" + label + ", to=" + to
                    + ", kind=" + kind + ", options=" + options + ", changes=" + changes + "]";
        }
    }

    private final String fromVersion;
    private final String toVersion;
    private final SourceStatus status;
    private final String basis;
    private final String source;
    private final List<Match> matches;

    CriterionComparison(String fromVersion, String toVersion, SourceStatus status, String basis, String source,
            List<Match> matches) {
        this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
        this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
        this.status = Objects.requireNonNull(status, "status");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.source = Objects.requireNonNull(source, "source");
        this.matches = List.copyOf(matches);
    }

    /** The older version compared ({@code QD-148-2023}). */
    public String fromVersion() {
        return fromVersion;
    }

    /** The newer version compared ({@code QD-26-2026}). */
    public String toVersion() {
        return toVersion;
    }

    /** How sure the comparison is ({@code inferred}). */
    public SourceStatus status() {
        return status;
    }

    /** How the entries were found, in the data's words (Vietnamese labels, English prose). */
    public String basis() {
        return basis;
    }

    /** The data file it was read from. */
    public String source() {
        return source;
    }

    /** Every criterion of every compared {@code from} sheet, in set and printed order. */
    public List<Match> matches() {
        return matches;
    }

    /** The entry of a criterion of a set's {@code from} sheet, if the comparison has the set. */
    public Optional<Match> fromCriterion(String productSet, String criterion) {
        return matches.stream().filter(m -> m.productSet().equals(productSet) && m.from().equals(criterion))
                .findFirst();
    }

    /** The entry whose {@code to} criterion is this criterion of a set's {@code to} sheet, if any names it. */
    public Optional<Match> toCriterion(String productSet, String criterion) {
        return matches.stream().filter(m -> m.productSet().equals(productSet) && m.to().filter(criterion::equals)
                .isPresent()).findFirst();
    }

    /** Whether the comparison has the set. */
    public boolean hasSet(String productSet) {
        return matches.stream().anyMatch(m -> m.productSet().equals(productSet));
    }

    /** The versions, status and entry count, for debugging. */
    @Override
    public String toString() {
        return "CriterionComparison[" + fromVersion + " → " + toVersion + ", " + status.tag() + ", " + matches.size()
                + " criteria]";
    }
}
