package org.ocop.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of the explanation: what each member chose and the council's average on it.
 *
 * @param code the criterion's code
 * @param part its part
 * @param label its label
 * @param maxPoints its cap
 * @param choices member → chosen option id, in member order; {@code null} where the member chose none
 * @param points member → points, in member order (0 where not applicable)
 * @param average the average points over the members
 * @param provenance where the criterion is printed
 */
public record CriterionScore(String code, Part part, String label, int maxPoints, Map<String, String> choices,
        Map<String, Integer> points, Average average, Provenance provenance) {

    /** Validates and copies, keeping member order. */
    public CriterionScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The member's choice, if any. */
    public Optional<String> choice(String member) {
        return Optional.ofNullable(choices.get(member));
    }
}
