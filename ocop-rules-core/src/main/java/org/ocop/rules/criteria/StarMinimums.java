package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether and how a criteria version sets minimum requirements per star level.
 *
 * <p>For a version whose minimums are a table known only in part ({@link Kind#PARTIAL}, 781/2020), the known
 * requirements, each mapped to sheet options by our reading, and the rows that are unknown are listed, so that every
 * rating can say which minimums it checked and which it could not ({@link #coverage(String)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how the minimums are given
 * @param statement the rule as stated, with its source and status
 * @param requirements the known requirements of a table ({@link Kind#PARTIAL}); empty otherwise
 * @param unknown the parts of the table that are not known, each as a row and its star levels
 * @param exemptSets product sets the table does not apply to (tourism under 781)
 */
public record StarMinimums(Kind kind, SourcedText statement, List<Requirement> requirements, List<Unknown> unknown,
        Set<String> exemptSets) {

    /** How a version gives its star minimums. */
    public enum Kind {
        /** Options on the sheets are marked {@code ***}, {@code ****}, {@code *****} (148/2023, 26/2026). */
        MARKERS,
        /** A table of minimum requirements known only in part (781/2020); the rest cannot be checked. */
        PARTIAL,
        /** The version sets no star minimums (1048/2019). */
        NONE
    }

    /**
     * One known requirement of a minimum-requirements table, with the sheet options it was mapped to.
     *
     * @param id our id, for example {@code 781-C-3-1}
     * @param stars the star level it is the minimum for (binding that level and above)
     * @param row the table's row, for example {@code Chất lượng sản phẩm}
     * @param text the requirement as quoted
     * @param markers product set code → the option id it was mapped to (status inferred)
     * @param notMapped product set code → why no option of that sheet could carry it
     */
    public record Requirement(String id, int stars, String row, String text, java.util.Map<String, String> markers,
            java.util.Map<String, String> notMapped) {
        /** Validates and copies. */
        public Requirement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(text, "text");
            markers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(markers));
            notMapped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notMapped));
        }
    }

    /**
     * A part of the table that is not known.
     *
     * @param row the table's row
     * @param stars the star levels of that row that are unknown
     * @param text what is missing and why
     */
    public record Unknown(String row, List<Integer> stars, String text) {
        /** Validates and copies. */
        public Unknown {
            Objects.requireNonNull(row, "row");
            stars = List.copyOf(stars);
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * What a rating of one product set can check of this version's minimums.
     *
     * @param checked each requirement checked on the set's sheet, with the option it is mapped to
     * @param notChecked each requirement or part of the table that cannot be checked, and why
     */
    public record Coverage(List<String> checked, List<String> notChecked) {
        /** Copies. */
        public Coverage {
            checked = List.copyOf(checked);
            notChecked = List.copyOf(notChecked);
        }
    }

    /** A statement without a table: markers printed on the sheets, or no minimums. */
    public StarMinimums(Kind kind, SourcedText statement) {
        this(kind, statement, List.of(), List.of(), Set.of());
    }

    /** Validates the components. */
    public StarMinimums {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
        requirements = List.copyOf(requirements);
        unknown = List.copyOf(unknown);
        exemptSets = Set.copyOf(exemptSets);
    }

    /**
     * Which minimums of a {@link Kind#PARTIAL} table a rating of {@code productSet} checks and which it cannot;
     * empty for the other kinds, whose minimums are all on the sheets.
     */
    public Optional<Coverage> coverage(String productSet) {
        if (kind != Kind.PARTIAL) {
            return Optional.empty();
        }
        List<String> checked = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        if (exemptSets.contains(productSet)) {
            notChecked.add("the table does not apply to product set " + productSet + " (" + statement.source() + ")");
            return Optional.of(new Coverage(checked, notChecked));
        }
        for (Requirement r : requirements) {
            String what = r.id() + " " + r.stars() + "★ " + r.row() + ": " + r.text();
            if (r.markers().containsKey(productSet)) {
                checked.add(what + " → option " + r.markers().get(productSet) + " (mapping inferred)");
            } else if (r.notMapped().containsKey(productSet)) {
                notChecked.add(what + " — not mapped on this sheet: " + r.notMapped().get(productSet));
            }
        }
        for (Unknown u : unknown) {
            notChecked.add(u.row() + " " + u.stars().stream().map(s -> s + "★").reduce((a, b) -> a + ", " + b)
                    .orElse("") + ": unknown (" + u.text() + ")");
        }
        return Optional.of(new Coverage(checked, notChecked));
    }
}
