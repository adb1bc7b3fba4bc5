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
 * <p>Built by the library as part of a {@link Rating}; there is no public constructor, so that fields can be added
 * without breaking callers. Immutable and thread-safe; equal when every accessor's value is equal.
 */
public final class CriterionScore {

    private final String code;
    private final Part part;
    private final String label;
    private final int maxPoints;
    private final Map<String, String> choices;
    private final Map<String, Integer> points;
    private final Average average;
    private final Provenance provenance;
    private final Criterion.Select select;
    private final Map<String, List<String>> ticked;

    /** Validates and copies, keeping member order; the maps the rater builds are MemberMaps already and are kept. */
    CriterionScore(String code, Part part, String label, int maxPoints, Map<String, String> choices,
            Map<String, Integer> points, Average average, Provenance provenance, Criterion.Select select,
            Map<String, List<String>> ticked) {
        this.select = Objects.requireNonNull(select, "select");
        if (!(ticked instanceof MemberMap)) {
            LinkedHashMap<String, List<String>> lines = new LinkedHashMap<>();
            ticked.forEach((member, ids) -> lines.put(member, ids == null ? null : List.copyOf(ids)));
            ticked = MemberMap.copyOf(lines);
        }
        this.ticked = ticked;
        this.code = Objects.requireNonNull(code, "code");
        this.part = Objects.requireNonNull(part, "part");
        this.label = Objects.requireNonNull(label, "label");
        this.maxPoints = maxPoints;
        // immutable in member order
        this.choices = MemberMap.copyOf(choices);
        this.points = MemberMap.copyOf(points);
        this.average = Objects.requireNonNull(average, "average");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** The criterion's code. */
    public String code() {
        return code;
    }

    /** Its part. */
    public Part part() {
        return part;
    }

    /** Its label. */
    public String label() {
        return label;
    }

    /** Its cap. */
    public int maxPoints() {
        return maxPoints;
    }

    /**
     * Member → chosen option id, in member order; {@code null} where the member chose none, and on a checklist
     * criterion (see {@link #ticked()}).
     */
    public Map<String, String> choices() {
        return choices;
    }

    /** Member → points, in member order (0 where not applicable). */
    public Map<String, Integer> points() {
        return points;
    }

    /** The average points over the members. */
    public Average average() {
        return average;
    }

    /** Where the criterion is printed. */
    public Provenance provenance() {
        return provenance;
    }

    /** {@link Criterion.Select#ANY} on a checklist criterion, else {@link Criterion.Select#ONE}. */
    public Criterion.Select select() {
        return select;
    }

    /**
     * On a checklist criterion, member → the lines ticked (empty when none, {@code null} where the criterion does
     * not apply), in member order; the points are their sum up to the cap. Empty otherwise.
     */
    public Map<String, List<String>> ticked() {
        return ticked;
    }

    /** The member's choice, if any. */
    public Optional<String> choice(String member) {
        return Optional.ofNullable(choices.get(member));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CriterionScore c && code.equals(c.code) && part == c.part
                && label.equals(c.label) && maxPoints == c.maxPoints && choices.equals(c.choices)
                && points.equals(c.points) && average.equals(c.average) && provenance.equals(c.provenance)
                && select == c.select && ticked.equals(c.ticked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, part, label, maxPoints, choices, points, average, provenance, select, ticked);
    }

    @Override
    public String toString() {
        return "CriterionScore[code=" + code + ", part=" + part + ", label=" + label + ", maxPoints=" + maxPoints
                + ", choices=" + choices + ", points=" + points + ", average=" + average + ", provenance="
                + provenance + ", select=" + select + ", ticked=" + ticked + "]";
    }
}
