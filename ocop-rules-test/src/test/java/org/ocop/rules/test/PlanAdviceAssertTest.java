package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.rules.test.Bundled.RATER;
import static org.ocop.rules.test.Bundled.dossier;
import static org.ocop.rules.test.Bundled.indented;
import static org.ocop.rules.test.OcopAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanAdvice;

/** Plan assertions: pass on the plan described, fail with the advice's explanation. Messages verbatim. */
class PlanAdviceAssertTest {

    private static final Advisor ADVISOR = Advisor.of(RATER);
    /** Rated 3★; the best plan to 4★ changes seven criteria, 2.1 among them. */
    private static final PlanAdvice RICE = ADVISOR.plan(dossier("03-gao-st25-soc-trang.json"));
    /** Disqualified: no star to aim at, no plan. */
    private static final PlanAdvice DISQUALIFIED = ADVISOR.plan(dossier("07-rau-cu-disqualified.json"));

    private static String failure(PlanAdvice advice, String id, String what) {
        return "Expecting the plan for dossier " + id + " " + what + "\nThe advice:\n" + indented(advice.explain());
    }

    @Test
    void chain_onThePlanItDescribes_passes() {
        assertThat(RICE).hasTargetStar(4).hasPlan().hasBestPlanChanging("2.1").hasBestPlanChangingAtMost(7);
        assertThat(DISQUALIFIED).hasNoPlan();
    }

    @Test
    void hasTargetStar_wrong_failsWithTheTarget() {
        assertThatThrownBy(() -> assertThat(RICE).hasTargetStar(5))
                .hasMessage(failure(RICE, "ST-2026-007", "to aim at 5★ but it aims at 4★"));
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).hasTargetStar(1))
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040", "to aim at 1★ but it aims at no star"));
    }

    @Test
    void bestPlan_largerOrElsewhere_failsWithWhatItChanges() {
        assertThatThrownBy(() -> assertThat(RICE).hasBestPlanChangingAtMost(2))
                .hasMessage(failure(RICE, "ST-2026-007", "to have a best plan changing at most 2 criteria but it "
                        + "changes 7"));
        assertThatThrownBy(() -> assertThat(RICE).hasBestPlanChanging("1.1"))
                .hasMessage(failure(RICE, "ST-2026-007", "to have a best plan changing criterion 1.1 but it changes "
                        + "[2.1, 2.3, 3.1, 3.4, 5.1, 6.1, 6.2]"));
        assertThatThrownBy(() -> assertThat(RICE).hasNoPlan())
                .hasMessage(failure(RICE, "ST-2026-007", "to have no plan but it has " + RICE.plans().size()));
    }

    @Test
    void hasPlan_whenThereIsNone_failsWithTheReason() {
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).hasPlan())
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040", "to have a plan but it has none: "
                        + DISQUALIFIED.reason().orElseThrow()));
    }
}
