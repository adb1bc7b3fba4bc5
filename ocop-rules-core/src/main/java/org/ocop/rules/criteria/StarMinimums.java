package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can say more about
 * a version's minimums in a later release without breaking callers, who only read them. Immutable and thread-safe;
 * equal when every accessor's value is equal.
 */
public final class StarMinimums {

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
     * <p>Built by the criteria loader; there is no public constructor, so that a requirement can gain facts without
     * breaking callers. Immutable and thread-safe; equal when every accessor's value is equal.
     */
    public static final class Requirement {

        private final String id;
        private final int stars;
        private final String row;
        private final String text;
        private final Map<String, String> markers;
        private final Map<String, String> notMapped;

        /** Validates and copies, keeping the order of the product sets. */
        Requirement(String id, int stars, String row, String text, Map<String, String> markers,
                Map<String, String> notMapped) {
            this.id = Objects.requireNonNull(id, "id");
            this.stars = stars;
            this.row = Objects.requireNonNull(row, "row");
            this.text = Objects.requireNonNull(text, "text");
            this.markers = Collections.unmodifiableMap(new LinkedHashMap<>(markers));
            this.notMapped = Collections.unmodifiableMap(new LinkedHashMap<>(notMapped));
        }

        /** Our id, for example {@code 781-C-3-1}. */
        public String id() {
            return id;
        }

        /** The star level it is the minimum for (binding that level and above). */
        public int stars() {
            return stars;
        }

        /** The table's row, for example {@code Chất lượng sản phẩm}. */
        public String row() {
            return row;
        }

        /** The requirement as quoted. */
        public String text() {
            return text;
        }

        /** Product set code → the option id it was mapped to (status inferred), in the data's order; unmodifiable. */
        public Map<String, String> markers() {
            return markers;
        }

        /** Product set code → why no option of that sheet could carry it, in the data's order; unmodifiable. */
        public Map<String, String> notMapped() {
            return notMapped;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Requirement other && id.equals(other.id) && stars == other.stars
                    && row.equals(other.row) && text.equals(other.text) && markers.equals(other.markers)
                    && notMapped.equals(other.notMapped);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, stars, row, text, markers, notMapped);
        }

        /** Its name and every part, in the form a record prints them: {@code Requirement[id=781-C-3-1, …]}. */
        @Override
        public String toString() {
            return "Requirement[id=" + id + ", stars=" + stars + ", row=" + row + ", text=" + text + ", markers="
                    + markers + ", notMapped=" + notMapped + "]";
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

    private final Kind kind;
    private final SourcedText statement;
    private final List<Requirement> requirements;
    private final List<Unknown> unknown;
    private final Set<String> exemptSets;

    /** A statement without a table: markers printed on the sheets, or no minimums. */
    StarMinimums(Kind kind, SourcedText statement) {
        this(kind, statement, List.of(), List.of(), Set.of());
    }

    /** Validates and copies; the loader's way to make a table's minimums. */
    StarMinimums(Kind kind, SourcedText statement, List<Requirement> requirements, List<Unknown> unknown,
            Set<String> exemptSets) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.statement = Objects.requireNonNull(statement, "statement");
        this.requirements = List.copyOf(requirements);
        this.unknown = List.copyOf(unknown);
        this.exemptSets = Set.copyOf(exemptSets);
    }

    /** How the minimums are given. */
    public Kind kind() {
        return kind;
    }

    /** The rule as stated, with its source and status. */
    public SourcedText statement() {
        return statement;
    }

    /** The known requirements of a table ({@link Kind#PARTIAL}); empty otherwise. Unmodifiable. */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** The parts of the table that are not known, each as a row and its star levels; unmodifiable. */
    public List<Unknown> unknown() {
        return unknown;
    }

    /** Product sets the table does not apply to (tourism under 781); unmodifiable. */
    public Set<String> exemptSets() {
        return exemptSets;
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

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StarMinimums other && kind == other.kind
                && statement.equals(other.statement) && requirements.equals(other.requirements)
                && unknown.equals(other.unknown) && exemptSets.equals(other.exemptSets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, statement, requirements, unknown, exemptSets);
    }

    /** Its name and every part, in the form a record prints them: {@code StarMinimums[kind=MARKERS, …]}. */
    @Override
    public String toString() {
        return "StarMinimums[kind=" + kind + ", statement=" + statement + ", requirements=" + requirements
                + ", unknown=" + unknown + ", exemptSets=" + exemptSets + "]";
    }
}
