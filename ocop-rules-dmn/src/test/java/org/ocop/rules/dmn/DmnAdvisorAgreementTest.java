package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.PlanRequest;
import org.ocop.rules.advice.Robustness;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.drools.DroolsRatingEngine;

/**
 * The advisor gives the same plans, the same robustness and the same version impact with either engine: it rates
 * every plan, every dossier without a sheet and every version's entry through its rater's engine, so the two must
 * agree step for step and rating for rating.
 */
class DmnAdvisorAgreementTest {

    private static final Rater DROOLS = Rater.using(DroolsRatingEngine.shared());
    private static final Rater DMN = Rater.using(DmnRatingEngine.shared());

    @Test
    void both_engines_give_the_same_plans_and_robustness_on_generated_dossiers() {
        RandomDossiers dossiers = new RandomDossiers(101010L, "QD-26-2026");
        List<String> disagreements = new ArrayList<>();
        int planned = 0;
        for (int i = 0; i < 300; i++) {
            planned += compare(dossiers.next(i), i % 5 == 0, disagreements).plans().isEmpty() ? 0 : 1;
        }
        assertThat(disagreements).isEmpty();
        assertThat(planned).as("dossiers with a plan").isGreaterThan(50);
    }

    /**
     * 1048's tourism sheet VI.1, whose Part C is a checklist: plans that tick lines are rated by both engines with
     * the members' ticks kept and the lines added, and agree.
     */
    @Test
    void both_engines_give_the_same_plans_on_the_1048_tourism_checklist() {
        RandomDossiers dossiers = new RandomDossiers(104806L, "QD-1048-2019");
        List<String> sets = org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-1048-2019").setsWithSheets();
        int tourism = sets.indexOf("VI.1");
        List<String> disagreements = new ArrayList<>();
        int planned = 0;
        int ticking = 0;
        for (int i = 0; i < 60; i++) {
            RandomDossiers.Case c = dossiers.next(tourism + i * sets.size());
            assertThat(c.dossier().productSet()).isEqualTo("VI.1");
            PlanAdvice advice = compare(c, i % 3 == 0, disagreements);
            planned += advice.plans().isEmpty() ? 0 : 1;
            ticking += (int) advice.plans().stream().filter(p -> p.steps().stream()
                    .anyMatch(PlanAdvice.Step::checklist)).count();
        }
        assertThat(disagreements).isEmpty();
        assertThat(planned).as("dossiers with a plan").isGreaterThan(10);
        assertThat(ticking).as("plans that tick checklist lines").isGreaterThan(5);
    }

    /** Plans (and, when asked, robustness) of one case by both engines; disagreements are added to the list. */
    private static PlanAdvice compare(RandomDossiers.Case c, boolean robustness, List<String> disagreements) {
        PlanAdvice drools = Advisor.of(DROOLS.withSettings(c.settings())).plan(c.dossier(),
                PlanRequest.NEXT_STAR.withMaxPlans(2));
        PlanAdvice dmn = Advisor.of(DMN.withSettings(c.settings())).plan(c.dossier(),
                PlanRequest.NEXT_STAR.withMaxPlans(2));
        String where = c.dossier().id() + " (" + c.dossier().productSet() + ", " + c.settings() + ")";
        if (!drools.reason().equals(dmn.reason()) || drools.plans().size() != dmn.plans().size()) {
            disagreements.add(where + ": " + drools.reason() + " / " + dmn.reason());
            return drools;
        }
        for (int p = 0; p < drools.plans().size(); p++) {
            PlanAdvice.Plan a = drools.plans().get(p);
            PlanAdvice.Plan b = dmn.plans().get(p);
            if (!a.steps().equals(b.steps()) || !a.pointsGained().equals(b.pointsGained())) {
                disagreements.add(where + ": plan " + p + " " + a.steps() + " / " + b.steps());
            }
            List<String> differences = SameRating.differences(a.rating(), b.rating());
            if (!differences.isEmpty()) {
                disagreements.add(where + ": plan " + p + " rating " + differences);
            }
        }
        if (robustness) {
            Robustness rd = Advisor.of(DROOLS.withSettings(c.settings())).robustness(c.dossier());
            Robustness rm = Advisor.of(DMN.withSettings(c.settings())).robustness(c.dossier());
            if (!rd.summary().equals(rm.summary()) || !rd.shifts().equals(rm.shifts())
                    || !rd.drivers().equals(rm.drivers()) || !rd.spread().equals(rm.spread())) {
                disagreements.add(where + ": robustness " + rd.summary() + " / " + rm.summary());
            }
        }
        return drools;
    }

    @Test
    void both_engines_give_the_same_version_impact_on_generated_dossiers_of_every_version() {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        String[][] versions = {{"QD-1048-2019", "decision"}, {"QD-1048-2019", "portal"}, {"QD-781-2020", "decision"},
            {"QD-781-2020", "portal"},
            {"QD-148-2023", "decision"}, {"QD-26-2026", "decision"}};
        for (String[] v : versions) {
            RandomDossiers dossiers = new RandomDossiers(202020L, v[0], v[1]);
            for (int i = 0; i < 12; i++) {
                RandomDossiers.Case c = i % 4 == 3 ? dossiers.nextTotals(i) : dossiers.next(i);
                VersionImpact drools = Advisor.of(DROOLS.withSettings(c.settings())).compareVersions(c.dossier());
                VersionImpact dmn = Advisor.of(DMN.withSettings(c.settings())).compareVersions(c.dossier());
                String where = v[0] + "/" + v[1] + " " + c.dossier().id() + " (" + c.dossier().productSet() + ")";
                compared++;
                if (!drools.reason().equals(dmn.reason()) || drools.entries().size() != dmn.entries().size()) {
                    disagreements.add(where + ": " + drools.explain() + " / " + dmn.explain());
                    continue;
                }
                disagreements.addAll(SameRating.differences(drools.baseline(), dmn.baseline()).stream()
                        .map(d -> where + ": baseline " + d).toList());
                for (int e = 0; e < drools.entries().size(); e++) {
                    VersionImpact.Entry a = drools.entries().get(e);
                    VersionImpact.Entry b = dmn.entries().get(e);
                    if (!a.changes().equals(b.changes()) || a.method() != b.method() || !a.note().equals(b.note())
                            || !a.productSet().equals(b.productSet())) {
                        disagreements.add(where + ": entry " + e + " " + a + " / " + b);
                    } else if (a.rating().isPresent()) {
                        disagreements.addAll(SameRating.differences(a.rating().get(), b.rating().get()).stream()
                                .map(d -> where + ": entry " + a.versionId() + " " + d).toList());
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).isEqualTo(72);
    }
}
