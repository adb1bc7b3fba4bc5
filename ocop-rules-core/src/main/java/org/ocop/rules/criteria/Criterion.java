package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Applicability;

/**
 * A scoreable criterion (<i>tiêu chí</i>) of a scoring sheet: a numbered entry whose options a council member
 * chooses from — one option per criterion, or, on a checklist criterion ({@link Select#ANY}), every line that applies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code printed number, unique within its sheet, for example {@code 1.3}
 * @param part the part it belongs to
 * @param label printed label
 * @param maxPoints printed cap; equal to its best option unless the sheet records an anomaly
 * @param options its options in printed order
 * @param notes informative notes printed with it (requirements, explanations); knock-out notes are
 *     {@link KnockOutRule}s of the sheet instead
 * @param cases for criteria with mutually exclusive cases, the case labels in printed order; empty otherwise
 * @param onlyIf a condition for the criterion to be scored at all, when it has one
 * @param select how options are chosen: {@link Select#ONE} on almost every sheet; {@link Select#ANY} on a
 *     checklist such as 1048's original tourism Part C, where every ticked line adds its points up to the cap
 * @param doubt why this criterion's reading is not certain, when it is not
 * @param provenance where the criterion comes from
 */
public record Criterion(String code, Part part, String label, int maxPoints, List<Option> options,
        List<String> notes, List<String> cases, Optional<Applicability> onlyIf, Select select,
        Optional<String> doubt, Provenance provenance) implements SheetNode {

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

    /** Validates and copies the components. */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        options = List.copyOf(options);
        notes = List.copyOf(notes);
        cases = List.copyOf(cases);
        Objects.requireNonNull(onlyIf, "onlyIf");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(doubt, "doubt");
        Objects.requireNonNull(provenance, "provenance");
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
}
