package org.ocop.rules;

import java.util.Map;
import java.util.Objects;
import org.ocop.rules.criteria.Provenance;

/**
 * A star minimum the council's sheets did not meet: criterion {@link #criterion()} must reach option
 * {@link #requiredOption()} ({@link #requiredPoints()} points) for {@link #stars()}★ and above.
 *
 * <p>Built by the library as part of a {@link Rating}; there is no public constructor, so that fields can be added
 * without breaking callers. Immutable and thread-safe; equal when every accessor's value is equal.
 */
public final class FailedMinimum {

    private final String criterion;
    private final String label;
    private final int stars;
    private final String requiredOption;
    private final int requiredPoints;
    private final Map<String, String> choices;
    private final Provenance provenance;

    /** Validates and copies, keeping member order. */
    FailedMinimum(String criterion, String label, int stars, String requiredOption, int requiredPoints,
            Map<String, String> choices, Provenance provenance) {
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.label = Objects.requireNonNull(label, "label");
        this.stars = stars;
        this.requiredOption = Objects.requireNonNull(requiredOption, "requiredOption");
        this.requiredPoints = requiredPoints;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.choices = MemberMap.copyOf(choices);
    }

    /** The criterion's code. */
    public String criterion() {
        return criterion;
    }

    /** The criterion's label. */
    public String label() {
        return label;
    }

    /** The star level the marker is printed for (3, 4 or 5); it binds that level and every higher one. */
    public int stars() {
        return stars;
    }

    /** The marked option. */
    public String requiredOption() {
        return requiredOption;
    }

    /** The marked option's points: a choice worth at least this many meets the minimum. */
    public int requiredPoints() {
        return requiredPoints;
    }

    /** Each member's chosen option, in member order ({@code null} when the member chose none). */
    public Map<String, String> choices() {
        return choices;
    }

    /** Where the marker is printed. */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FailedMinimum f && criterion.equals(f.criterion) && label.equals(f.label)
                && stars == f.stars && requiredOption.equals(f.requiredOption) && requiredPoints == f.requiredPoints
                && choices.equals(f.choices) && provenance.equals(f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, label, stars, requiredOption, requiredPoints, choices, provenance);
    }

    @Override
    public String toString() {
        return "FailedMinimum[criterion=" + criterion + ", label=" + label + ", stars=" + stars + ", requiredOption="
                + requiredOption + ", requiredPoints=" + requiredPoints + ", choices=" + choices + ", provenance="
                + provenance + "]";
    }
}
