package org.ocop.rules;

import java.util.Map;
import java.util.Objects;
import org.ocop.rules.criteria.Provenance;

/**
 * A star minimum the council's sheets did not meet: criterion {@code criterion} must reach option
 * {@code requiredOption} ({@code requiredPoints} points) for {@code stars}★ and above.
 *
 * @param criterion the criterion's code
 * @param label the criterion's label
 * @param stars the star level the marker is printed for (3, 4 or 5); it binds that level and every higher one
 * @param requiredOption the marked option
 * @param requiredPoints its points: a choice worth at least this many meets the minimum
 * @param choices each member's chosen option, in member order ({@code null} when the member chose none)
 * @param provenance where the marker is printed
 */
public record FailedMinimum(String criterion, String label, int stars, String requiredOption, int requiredPoints,
        Map<String, String> choices, Provenance provenance) {

    /** Validates and copies, keeping member order. */
    public FailedMinimum {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(requiredOption, "requiredOption");
        Objects.requireNonNull(provenance, "provenance");
        choices = MemberMap.copyOf(choices);
    }
}
