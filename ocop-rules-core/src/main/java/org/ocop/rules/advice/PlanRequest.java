package org.ocop.rules.advice;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.ocop.rules.dossier.Dossier;

/**
 * What a caller asks of {@link Advisor#plan(Dossier, PlanRequest)}: which star to reach, which criteria the producer
 * cannot change, and how many plans to return.
 *
 * <p>Immutable and thread-safe. Start from {@link #NEXT_STAR} and change one thing with the {@code with…} methods.
 *
 * @param targetStar the star to reach (1 to 5); empty for the next star above the dossier's rated star
 * @param fixed codes of the criteria whose options cannot change (for example {@code 1.1}, the producer's legal
 *     form, or origin facts); checked against the dossier's sheet when planning
 * @param maxPlans how many plans to return at most, the best first (1 to 100)
 */
public record PlanRequest(OptionalInt targetStar, Set<String> fixed, int maxPlans) {

    /** The next star above the rated one, nothing fixed, the best plan and two more. */
    public static final PlanRequest NEXT_STAR = new PlanRequest(OptionalInt.empty(), Set.of(), 3);

    /** Validates and copies; the fixed codes keep a sorted order. */
    public PlanRequest {
        Objects.requireNonNull(targetStar, "targetStar");
        if (targetStar.isPresent() && (targetStar.getAsInt() < 1 || targetStar.getAsInt() > 5)) {
            throw new IllegalArgumentException("target star: " + targetStar.getAsInt() + "; allowed: 1 to 5");
        }
        fixed = java.util.Collections.unmodifiableSet(new TreeSet<>(fixed));
        if (maxPlans < 1 || maxPlans > 100) {
            throw new IllegalArgumentException("maximum number of plans: " + maxPlans + "; allowed: 1 to 100");
        }
    }

    /**
     * This request aiming at {@code stars}★.
     *
     * @throws IllegalArgumentException when {@code stars} is not 1 to 5
     */
    public PlanRequest withTargetStar(int stars) {
        return new PlanRequest(OptionalInt.of(stars), fixed, maxPlans);
    }

    /** This request with these criteria fixed (codes, for example {@code "1.1", "3.1"}); not null. */
    public PlanRequest withFixed(Collection<String> criteria) {
        return new PlanRequest(targetStar, Set.copyOf(criteria), maxPlans);
    }

    /**
     * This request returning at most {@code count} plans.
     *
     * @throws IllegalArgumentException when {@code count} is not 1 to 100
     */
    public PlanRequest withMaxPlans(int count) {
        return new PlanRequest(targetStar, fixed, count);
    }
}
