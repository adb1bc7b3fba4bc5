package org.ocop.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.Provenance;

/**
 * One criterion of the explanation: what each member chose and the council's average on it.
 *
 * @param code the criterion's code
 * @param part its part
 * @param label its label
 * @param maxPoints its cap
 * @param choices member → chosen option id, in member order; {@code null} where the member chose none, and on a
 *     checklist criterion (see {@code ticked})
 * @param points member → points, in member order (0 where not applicable)
 * @param average the average points over the members
 * @param provenance where the criterion is printed
 * @param select {@link Criterion.Select#ANY} on a checklist criterion, else {@link Criterion.Select#ONE}
 * @param ticked on a checklist criterion, member → the lines ticked (empty when none, {@code null} where the
 *     criterion does not apply), in member order; the points are their sum up to the cap. Empty otherwise.
 */
public record CriterionScore(String code, Part part, String label, int maxPoints, Map<String, String> choices,
        Map<String, Integer> points, Average average, Provenance provenance, Criterion.Select select,
        Map<String, List<String>> ticked) {

    /** A criterion that takes one option. */
    public CriterionScore(String code, Part part, String label, int maxPoints, Map<String, String> choices,
            Map<String, Integer> points, Average average, Provenance provenance) {
        this(code, part, label, maxPoints, choices, points, average, provenance, Criterion.Select.ONE, Map.of());
    }

    /** Validates and copies, keeping member order. */
    public CriterionScore {
        Objects.requireNonNull(select, "select");
        if (!(ticked instanceof MemberMap)) {
            LinkedHashMap<String, List<String>> lines = new LinkedHashMap<>();
            ticked.forEach((member, ids) -> lines.put(member, ids == null ? null : List.copyOf(ids)));
            ticked = MemberMap.copyOf(lines);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        // immutable in member order; the maps Rater builds are MemberMaps already and are kept as they are
        choices = MemberMap.copyOf(choices);
        points = MemberMap.copyOf(points);
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The member's choice, if any. */
    public Optional<String> choice(String member) {
        return Optional.ofNullable(choices.get(member));
    }
}
