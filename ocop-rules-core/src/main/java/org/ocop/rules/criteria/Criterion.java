package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Applicability;

/**
 * A scoreable criterion (<i>tiêu chí</i>) of a scoring sheet: a numbered entry whose options a council member
 * chooses from — one option per criterion, or, on a checklist criterion ({@link Select#ANY}), every line that applies.
 *
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can give a
 * criterion more facts in a later release without breaking callers, who only read it. Immutable and thread-safe;
 * equal when every accessor's value is equal.
 */
public final class Criterion implements SheetNode {

    /** How a member chooses among a criterion's options. */
    public enum Select {
        /** Exactly one option: the points of the option chosen (the default in the data). */
        ONE,
        /**
         * A checklist ("Được cộng tổng điểm các nội dung ghi Có"): any number of options, whose points add up, never
         * beyond the criterion's cap.
         */
        ANY
    }

    private final String code;
    private final Part part;
    private final String label;
    private final int maxPoints;
    private final List<Option> options;
    private final List<String> notes;
    private final List<String> cases;
    private final Optional<Applicability> onlyIf;
    private final Select select;
    private final Optional<String> doubt;
    private final Provenance provenance;

    /** Validates and copies; the loader's only way to make a criterion. */
    Criterion(String code, Part part, String label, int maxPoints, List<Option> options, List<String> notes,
            List<String> cases, Optional<Applicability> onlyIf, Select select, Optional<String> doubt,
            Provenance provenance) {
        this.code = Objects.requireNonNull(code, "code");
        this.part = Objects.requireNonNull(part, "part");
        this.label = Objects.requireNonNull(label, "label");
        this.maxPoints = maxPoints;
        this.options = List.copyOf(options);
        this.notes = List.copyOf(notes);
        this.cases = List.copyOf(cases);
        this.onlyIf = Objects.requireNonNull(onlyIf, "onlyIf");
        this.select = Objects.requireNonNull(select, "select");
        this.doubt = Objects.requireNonNull(doubt, "doubt");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * This criterion with other options (the same options with star minimums another decision maps onto them);
     * every other part is kept, so a part added later is copied too.
     */
    Criterion withOptions(List<Option> newOptions) {
        return new Criterion(code, part, label, maxPoints, newOptions, notes, cases, onlyIf, select, doubt,
                provenance);
    }

    /** Printed number, unique within its sheet, for example {@code 1.3}. */
    @Override
    public String code() {
        return code;
    }

    /** The part it belongs to. */
    @Override
    public Part part() {
        return part;
    }

    /** Printed label. */
    @Override
    public String label() {
        return label;
    }

    /** Printed cap; equal to its best option unless the sheet records an anomaly. */
    @Override
    public int maxPoints() {
        return maxPoints;
    }

    /** Its options in printed order; unmodifiable. */
    public List<Option> options() {
        return options;
    }

    /**
     * Informative notes printed with it (requirements, explanations), unmodifiable; knock-out notes are
     * {@link KnockOutRule}s of the sheet instead.
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * For criteria with mutually exclusive cases, the case labels in printed order; empty otherwise. Unmodifiable.
     */
    public List<String> cases() {
        return cases;
    }

    /** A condition for the criterion to be scored at all, when it has one; empty otherwise. */
    public Optional<Applicability> onlyIf() {
        return onlyIf;
    }

    /**
     * How options are chosen: {@link Select#ONE} on almost every sheet; {@link Select#ANY} on a checklist such as
     * 1048's original tourism Part C, where every ticked line adds its points up to the cap.
     */
    public Select select() {
        return select;
    }

    /** Why this criterion's reading is not certain, when it is not; empty otherwise. */
    public Optional<String> doubt() {
        return doubt;
    }

    /** Where the criterion comes from. */
    public Provenance provenance() {
        return provenance;
    }

    /** The option with this id, if the criterion has one. */
    public Optional<Option> option(String optionId) {
        for (Option option : options) {
            if (option.id().equals(optionId)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** The ids of its options in printed order. */
    public List<String> optionIds() {
        return options.stream().map(Option::id).toList();
    }

    /**
     * What a member can give at most on this criterion: the points of its best option, or on a checklist
     * ({@link Select#ANY}) the sum of all its options up to the cap.
     */
    public int bestPoints() {
        if (select == Select.ANY) {
            return Math.min(maxPoints, options.stream().mapToInt(Option::points).sum());
        }
        int best = 0;
        for (Option option : options) {
            best = Math.max(best, option.points());
        }
        return best;
    }

    /** Whether any of its options is a star minimum. */
    public boolean hasStarMinimums() {
        return options.stream().anyMatch(Option::hasMinStars);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Criterion other && code.equals(other.code) && part == other.part
                && label.equals(other.label) && maxPoints == other.maxPoints && options.equals(other.options)
                && notes.equals(other.notes) && cases.equals(other.cases) && onlyIf.equals(other.onlyIf)
                && select == other.select && doubt.equals(other.doubt) && provenance.equals(other.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, part, label, maxPoints, options, notes, cases, onlyIf, select, doubt, provenance);
    }

    /** Its name and every part, in the form a record prints them: {@code Criterion[code=1.3, part=A, …]}. */
    @Override
    public String toString() {
        return "Criterion[code=" + code + ", part=" + part + ", label=" + label + ", maxPoints=" + maxPoints
                + ", options=" + options + ", notes=" + notes + ", cases=" + cases + ", onlyIf=" + onlyIf
                + ", select=" + select + ", doubt=" + doubt + ", provenance=" + provenance + "]";
    }
}
