package org.ocop.rules.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * One criterion of a set's {@code from} sheet.
     *
     * @param productSet the set's code (the same in both versions)
     * @param from the criterion's code on the {@code from} version's sheet
     * @param label its label
     * @param to the criterion with the same label on the {@code to} version's sheet; empty for {@link Kind#NO_MATCH}
     * @param kind how they compare
     * @param options each option of {@code from} mapped to the option of {@code to} (printed order); empty unless the
     *     kind {@link Kind#carries()}
     * @param changes what differs, in the data's words (markers too for {@link Kind#SAME_OPTIONS})
     */
    public record Match(String productSet, String from, String label, Optional<String> to, Kind kind,
            Map<String, String> options, List<String> changes) {
        /** Validates and copies. */
        public Match {
            Objects.requireNonNull(productSet, "productSet");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
            changes = List.copyOf(changes);
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
