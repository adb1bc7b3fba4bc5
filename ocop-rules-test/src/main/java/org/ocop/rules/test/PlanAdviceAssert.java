package org.ocop.rules.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.ocop.rules.advice.PlanAdvice;

/**
 * AssertJ assertions on a plan to the next star ({@link PlanAdvice}), made by
 * {@link OcopAssertions#assertThat(PlanAdvice)}:
 * {@code assertThat(advisor.plan(dossier)).hasTargetStar(5).hasBestPlanChangingAtMost(2)}.
 *
 * <p>Every failure message shows the advice's explanation ({@link PlanAdvice#explain()}). Not thread-safe, like every
 * AssertJ assertion.
 */
public final class PlanAdviceAssert extends AbstractAssert<PlanAdviceAssert, PlanAdvice> {

    PlanAdviceAssert(PlanAdvice actual) {
        super(actual, PlanAdviceAssert.class);
    }

    /** Verifies the star the plans reach. */
    public PlanAdviceAssert hasTargetStar(int stars) {
        isNotNull();
        if (actual.targetStar().isEmpty() || actual.targetStar().getAsInt() != stars) {
            fail("to aim at " + stars + "★ but it aims at "
                    + (actual.targetStar().isPresent() ? actual.targetStar().getAsInt() + "★" : "no star"));
        }
        return this;
    }

    /** Verifies that at least one plan was found. */
    public PlanAdviceAssert hasPlan() {
        isNotNull();
        if (actual.best().isEmpty()) {
            fail("to have a plan but it has none" + actual.reason().map(r -> ": " + r).orElse(""));
        }
        return this;
    }

    /** Verifies that no plan was found. */
    public PlanAdviceAssert hasNoPlan() {
        isNotNull();
        if (actual.best().isPresent()) {
            fail("to have no plan but it has " + actual.plans().size());
        }
        return this;
    }

    /** Verifies that the best plan changes at most {@code criteria} criteria. */
    public PlanAdviceAssert hasBestPlanChangingAtMost(int criteria) {
        hasPlan();
        int changed = actual.best().orElseThrow().criteriaChanged();
        if (changed > criteria) {
            fail("to have a best plan changing at most " + criteria + " criteria but it changes " + changed);
        }
        return this;
    }

    /** Verifies that the best plan has a step on {@code criterion}, for example {@code "2.1"}. */
    public PlanAdviceAssert hasBestPlanChanging(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        hasPlan();
        if (actual.best().orElseThrow().steps().stream().noneMatch(s -> s.criterion().equals(criterion))) {
            fail("to have a best plan changing criterion " + criterion + " but it changes "
                    + actual.best().orElseThrow().steps().stream().map(PlanAdvice.Step::criterion).toList());
        }
        return this;
    }

    private void fail(String what) {
        failWithMessage("%s", "Expecting the plan for dossier " + actual.dossierId() + " " + what
                + "\nThe advice:\n" + RatingAssert.indent(actual.explain()));
    }
}
