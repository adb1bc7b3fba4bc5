package org.ocop.rules.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.Rating;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.internal.Messages;

/**
 * The path to the next star of one dossier: the smallest sets of option changes that reach the target star, best
 * first, or why there is none.
 *
 * <p>Plans are ordered by the number of criteria changed, then by the points gained, then by the checklist lines ticked
 * in all (1048's tourism Part C; none elsewhere), then by sheet order (a plan that changes an earlier criterion, or
 * raises it to a lower option, or ticks fewer lines or earlier ones of a checklist, comes first). Only minimal plans
 * are listed: none of them still reaches the target with one of its steps dropped or lowered (on a checklist: with a
 * smaller set of lines). Every plan was confirmed by rating the changed dossier with the rater's engine, and carries
 * that rating. Immutable and thread-safe; {@link #explain()} renders it for
 * people, {@link org.ocop.rules.json.AdviceJson} for programs.
 *
 * <p>Made by {@link Advisor} only: the constructors are not API, so parts can be added in a later release.
 */
public final class PlanAdvice {
    private final String dossierId;
    private final Rating rating;
    private final OptionalInt targetStar;
    private final List<String> fixed;
    private final List<Plan> plans;
    private final Optional<Text> reason;
    private final boolean exhaustive;

    /** Validates and copies. */
    PlanAdvice(String dossierId, Rating rating, OptionalInt targetStar, List<String> fixed, List<Plan> plans,
            Optional<Text> reason, boolean exhaustive) {
        this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
        this.rating = Objects.requireNonNull(rating, "rating");
        this.targetStar = Objects.requireNonNull(targetStar, "targetStar");
        this.fixed = List.copyOf(fixed);
        this.plans = List.copyOf(plans);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.exhaustive = exhaustive;
    }

    /** The dossier's id. */
    public String dossierId() {
        return dossierId;
    }

    /** The dossier's rating as it stands. */
    public Rating rating() {
        return rating;
    }

    /** The star the plans reach; empty when no target could be set (the dossier is not rated). */
    public OptionalInt targetStar() {
        return targetStar;
    }

    /** The criteria the plans were not allowed to change, sorted. */
    public List<String> fixed() {
        return fixed;
    }

    /** The plans, best first; empty when {@link #reason()} says why. */
    public List<Plan> plans() {
        return plans;
    }

    /** Why there is no plan, or no further plan, when that needs saying, in English. */
    public Optional<String> reason() {
        return reason.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reason.map(t -> t.in(locale));
    }

    /** {@link #reason()} as a text, to render later in any language. */
    public Optional<Text> reasonText() {
        return reason;
    }

    /**
     * False when the search stopped at its work limit before finding the plans asked for, so further plans may exist
     * (the first plan, when there is one, is always the best).
     */
    public boolean exhaustive() {
        return exhaustive;
    }

    /** The best plan, if there is one. */
    public Optional<Plan> best() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0));
    }

    /** The advice for people, in English: the current rating in one line, then each plan step by step. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /**
     * {@link #explain()} in the language of {@code locale}: Vietnamese for {@code vi}, else English; see {@link Text}.
     */
    public String explain(Locale locale) {
        return AdviceText.plan(this, Objects.requireNonNull(locale, "locale"));
    }

    /** Equal when every part is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlanAdvice that && dossierId.equals(that.dossierId) && rating.equals(that.rating)
                && targetStar.equals(that.targetStar) && fixed.equals(that.fixed) && plans.equals(that.plans)
                && reason.equals(that.reason) && exhaustive == that.exhaustive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, rating, targetStar, fixed, plans, reason, exhaustive);
    }

    /** Every part, named, for debugging; {@link #explain()} is the text for people. */
    @Override
    public String toString() {
        return "PlanAdvice[dossierId=" + dossierId + ", rating=" + rating + ", targetStar=" + targetStar + ", fixed="
                + fixed + ", plans=" + plans + ", reason=" + reason + ", exhaustive=" + exhaustive + "]";
    }

    /**
     * One way to reach the target star: a set of steps, each raising one criterion. Immutable and thread-safe.
     */
    public static final class Plan {
        private final List<Step> steps;
        private final Average pointsGained;
        private final Average averageAfter;
        private final Rating rating;

        /** Validates and copies. */
        Plan(List<Step> steps, Average pointsGained, Average averageAfter, Rating rating) {
            this.steps = List.copyOf(steps);
            this.pointsGained = Objects.requireNonNull(pointsGained, "pointsGained");
            this.averageAfter = Objects.requireNonNull(averageAfter, "averageAfter");
            this.rating = Objects.requireNonNull(rating, "rating");
        }

        /** The steps in sheet order. */
        public List<Step> steps() {
            return steps;
        }

        /** The increase of the council's exact average total (summed member points over members). */
        public Average pointsGained() {
            return pointsGained;
        }

        /** The exact average total after the plan. */
        public Average averageAfter() {
            return averageAfter;
        }

        /** The rating of the dossier with every step applied, by the rater's engine. */
        public Rating rating() {
            return rating;
        }

        /** How many criteria the plan changes. */
        public int criteriaChanged() {
            return steps.size();
        }

        /** The star the plan reaches, as rated. */
        public int stars() {
            return rating.stars().orElseThrow();
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Plan that && steps.equals(that.steps) && pointsGained.equals(that.pointsGained)
                    && averageAfter.equals(that.averageAfter) && rating.equals(that.rating);
        }

        @Override
        public int hashCode() {
            return Objects.hash(steps, pointsGained, averageAfter, rating);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Plan[steps=" + steps + ", pointsGained=" + pointsGained + ", averageAfter=" + averageAfter
                    + ", rating=" + rating + "]";
        }
    }

    /**
     * One step: criterion {@link #criterion()} raised to option {@link #target()}. Every member whose option on it is
     * worth less than the target moves to the target; members at or above it keep theirs.
     *
     * <p>On a checklist criterion ({@link Criterion.Select#ANY}, 1048's tourism Part C) the step ticks the lines
     * {@link #lines()} instead: they are added to every member's ticked lines (members keep the lines they ticked),
     * and a member's points rise to the capped sum of the lines ticked. Such a step counts as one criterion changed.
     * Immutable and thread-safe.
     */
    public static final class Step {
        private final String criterion;
        private final String label;
        private final Map<String, String> current;
        private final String target;
        private final int targetPoints;
        private final List<String> moved;
        private final Average pointsGained;
        private final List<Text> notes;
        private final List<String> lines;
        private final Map<String, List<String>> currentLines;

        /** Validates and copies, keeping member order. */
        Step(String criterion, String label, Map<String, String> current, String target, int targetPoints,
                List<String> moved, Average pointsGained, List<Text> notes, List<String> lines,
                Map<String, List<String>> currentLines) {
            this.criterion = Objects.requireNonNull(criterion, "criterion");
            this.label = Objects.requireNonNull(label, "label");
            // a member's current option is null where the criterion did not apply: no Map.copyOf
            this.current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
            this.target = Objects.requireNonNull(target, "target");
            this.targetPoints = targetPoints;
            this.moved = List.copyOf(moved);
            this.pointsGained = Objects.requireNonNull(pointsGained, "pointsGained");
            this.notes = List.copyOf(notes);
            this.lines = List.copyOf(lines);
            LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
            currentLines.forEach((member, ticked) -> copy.put(member, List.copyOf(ticked)));
            this.currentLines = Collections.unmodifiableMap(copy);
        }

        /** A step on a criterion that takes one option. */
        Step(String criterion, String label, Map<String, String> current, String target, int targetPoints,
                List<String> moved, Average pointsGained, List<Text> notes) {
            this(criterion, label, current, target, targetPoints, moved, pointsGained, notes, List.of(), Map.of());
        }

        /** The criterion's code. */
        public String criterion() {
            return criterion;
        }

        /** The criterion's label. */
        public String label() {
            return label;
        }

        /**
         * Each member's option before the step, in member order ({@code null} where the criterion did not apply to
         * the member); on a checklist the lines the member ticked, joined by {@code +} (empty when none:
         * {@link #currentLines()} gives them as lists).
         */
        public Map<String, String> current() {
            return current;
        }

        /** The option raised to; on a checklist the lines ticked, joined by {@code +} ({@code 6.b+6.d}). */
        public String target() {
            return target;
        }

        /** The target's points; on a checklist the summed points of the lines ticked. */
        public int targetPoints() {
            return targetPoints;
        }

        /** The members whose option (or ticked lines) changes, in member order. */
        public List<String> moved() {
            return moved;
        }

        /** The increase of the exact average total this step brings (with the plan's earlier steps). */
        public Average pointsGained() {
            return pointsGained;
        }

        /** What else the step implies, for example a criterion that now applies, in English. */
        public List<String> notes() {
            return Messages.english(notes);
        }

        /** {@link #notes()} in the language of {@code locale}; see {@link Text}. */
        public List<String> notes(Locale locale) {
            return Messages.in(locale, notes);
        }

        /** On a checklist the lines the step ticks, in printed order; empty on a criterion that takes one option. */
        public List<String> lines() {
            return lines;
        }

        /**
         * On a checklist each member's ticked lines before the step, in member order; empty on a criterion that takes
         * one option.
         */
        public Map<String, List<String>> currentLines() {
            return currentLines;
        }

        /** Whether the step ticks lines of a checklist criterion rather than raising it to one option. */
        public boolean checklist() {
            return !lines.isEmpty();
        }

        /** The distinct current options of the members, in member order, for a short text. */
        public List<String> currentOptions() {
            return current.values().stream().map(v -> v == null ? "(none)" : v.isEmpty() ? "(nothing ticked)" : v)
                    .distinct().toList();
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Step that && criterion.equals(that.criterion) && label.equals(that.label)
                    && current.equals(that.current) && target.equals(that.target)
                    && targetPoints == that.targetPoints && moved.equals(that.moved)
                    && pointsGained.equals(that.pointsGained) && notes.equals(that.notes) && lines.equals(that.lines)
                    && currentLines.equals(that.currentLines);
        }

        @Override
        public int hashCode() {
            return Objects.hash(criterion, label, current, target, targetPoints, moved, pointsGained, notes, lines,
                    currentLines);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Step[criterion=" + criterion + ", label=" + label + ", current=" + current + ", target=" + target
                    + ", targetPoints=" + targetPoints + ", moved=" + moved + ", pointsGained=" + pointsGained
                    + ", notes=" + notes + ", lines=" + lines + ", currentLines=" + currentLines + "]";
        }
    }
}
