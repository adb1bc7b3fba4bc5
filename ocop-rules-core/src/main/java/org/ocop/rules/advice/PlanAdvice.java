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
import org.ocop.rules.internal.Messages;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Part;

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
 * @param dossierId the dossier's id
 * @param rating the dossier's rating as it stands
 * @param targetStar the star the plans reach; empty when no target could be set (the dossier is not rated)
 * @param fixed the criteria the plans were not allowed to change, sorted
 * @param plans the plans, best first; empty when {@code reason} says why
 * @param reasonText why there is no plan, or no further plan, when that needs saying
 * @param exhaustive false when the search stopped at its work limit before finding {@code maxPlans} plans, so
 *     further plans may exist (the first plan, when there is one, is always the best)
 */
public record PlanAdvice(String dossierId, Rating rating, OptionalInt targetStar, List<String> fixed,
        List<Plan> plans, Optional<Text> reasonText, boolean exhaustive) {

    /** Validates and copies. */
    public PlanAdvice {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(targetStar, "targetStar");
        fixed = List.copyOf(fixed);
        plans = List.copyOf(plans);
        Objects.requireNonNull(reasonText, "reasonText");
    }

    /** Why there is no plan, or no further plan, in English. */
    public Optional<String> reason() {
        return reasonText.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reasonText.map(t -> t.in(locale));
    }

    /** The best plan, if there is one. */
    public Optional<Plan> best() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0));
    }

    /** The advice for people, in English: the current rating in one line, then each plan step by step. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /** {@link #explain()} in the language of {@code locale} (Vietnamese for {@code vi}, else English; see {@link Text}). */
    public String explain(Locale locale) {
        return AdviceText.plan(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * One way to reach the target star: a set of steps, each raising one criterion.
     *
     * @param steps the steps in sheet order
     * @param pointsGained the increase of the council's exact average total (summed member points over members)
     * @param averageAfter the exact average total after the plan
     * @param rating the rating of the dossier with every step applied, by the rater's engine
     */
    public record Plan(List<Step> steps, Average pointsGained, Average averageAfter, Rating rating) {

        /** Validates and copies. */
        public Plan {
            steps = List.copyOf(steps);
            Objects.requireNonNull(pointsGained, "pointsGained");
            Objects.requireNonNull(averageAfter, "averageAfter");
            Objects.requireNonNull(rating, "rating");
        }

        /** How many criteria the plan changes. */
        public int criteriaChanged() {
            return steps.size();
        }

        /** The star the plan reaches, as rated. */
        public int stars() {
            return rating.stars().orElseThrow();
        }
    }

    /**
     * One step: criterion {@code criterion} raised to option {@code target}. Every member whose option on it is
     * worth less than the target moves to the target; members at or above it keep theirs.
     *
     * <p>On a checklist criterion ({@link Criterion.Select#ANY}, 1048's tourism Part C) the step ticks the lines
     * {@code lines} instead: they are added to every member's ticked lines (members keep the lines they ticked), and a
     * member's points rise to the capped sum of the lines ticked. Such a step counts as one criterion changed.
     *
     * @param criterion the criterion's code
     * @param label its label
     * @param current each member's option before the step, in member order ({@code null} where the criterion did
     *     not apply to the member); on a checklist the lines the member ticked, joined by {@code +} (empty when none:
     *     {@code currentLines} gives them as lists)
     * @param target the option raised to; on a checklist the lines ticked, joined by {@code +} ({@code 6.b+6.d})
     * @param targetPoints its points; on a checklist the summed points of the lines ticked
     * @param moved the members whose option (or ticked lines) changes, in member order
     * @param pointsGained the increase of the exact average total this step brings (with the plan's earlier steps)
     * @param noteTexts what else the step implies, for example a criterion that now applies
     * @param lines on a checklist the lines the step ticks, in printed order; empty on a criterion that takes one
     *     option
     * @param currentLines on a checklist each member's ticked lines before the step, in member order; empty on a
     *     criterion that takes one option
     */
    public record Step(String criterion, String label, Map<String, String> current, String target,
            int targetPoints, List<String> moved, Average pointsGained, List<Text> noteTexts, List<String> lines,
            Map<String, List<String>> currentLines) {

        /** Validates and copies, keeping member order. */
        public Step {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(label, "label");
            current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
            Objects.requireNonNull(target, "target");
            moved = List.copyOf(moved);
            Objects.requireNonNull(pointsGained, "pointsGained");
            noteTexts = List.copyOf(noteTexts);
            lines = List.copyOf(lines);
            LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
            currentLines.forEach((member, ticked) -> copy.put(member, List.copyOf(ticked)));
            currentLines = Collections.unmodifiableMap(copy);
        }

        /** A step on a criterion that takes one option. */
        public Step(String criterion, String label, Map<String, String> current, String target, int targetPoints,
                List<String> moved, Average pointsGained, List<Text> noteTexts) {
            this(criterion, label, current, target, targetPoints, moved, pointsGained, noteTexts, List.of(),
                    Map.of());
        }

        /** What else the step implies, in English. */
        public List<String> notes() {
            return Messages.english(noteTexts);
        }

        /** {@link #notes()} in the language of {@code locale}; see {@link Text}. */
        public List<String> notes(Locale locale) {
            return Messages.in(locale, noteTexts);
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
    }
}
