package org.ocop.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoreable criterion (<i>tiêu chí</i>) of a scoring sheet: a numbered entry whose options a council member
 * chooses from, one option per criterion.
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
 * @param doubt why this criterion's reading is not certain, when it is not
 * @param provenance where the criterion comes from
 */
public record Criterion(String code, Part part, String label, int maxPoints, List<Option> options,
        List<String> notes, List<String> cases, Optional<Applicability> onlyIf, Optional<String> doubt,
        Provenance provenance) implements SheetNode {

    /** Validates and copies the components. */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        options = List.copyOf(options);
        notes = List.copyOf(notes);
        cases = List.copyOf(cases);
        Objects.requireNonNull(onlyIf, "onlyIf");
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

    /** The points of its best option: what a member can give at most on this criterion. */
    public int bestPoints() {
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
