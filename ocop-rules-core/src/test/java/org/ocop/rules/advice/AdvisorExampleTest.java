package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.AdviceJson;

/**
 * The portal developer's guide's decision-support sample ({@code docs/portal-developer.md}, "Decision support"), line
 * for line: {@code DocumentationTest} checks that the guide's block is in this file, so if this test changes, the guide
 * changes with it.
 */
class AdvisorExampleTest {

    @Test
    void guide_decision_support_example_runs_as_printed() {
        Rater rater = Rater.standard();
        Dossier dossier = DossierReader.read(Path.of("../examples/dossiers/06-ruou-lang-van-demoted.json"));

        // --- docs/portal-developer.md: decision support (begin) ---
        Advisor advisor = Advisor.of(rater);     // the rater's engine, criteria and settings; thread-safe
        PlanAdvice advice = advisor.plan(dossier, PlanRequest.NEXT_STAR        // the next star above the rated one
                .withFixed(List.of("1.1", "3.1"))                              // criteria the producer cannot change
                .withMaxPlans(3));                                             // or .withTargetStar(5)
        advice.best().ifPresent(plan -> plan.steps());   // criterion, current options, target, members moved, points gained
        Robustness robustness = advisor.robustness(dossier);   // or robustness(dossier, OptionalInt.of(10)) for a spread limit
        String line = robustness.summary();   // "3★ holds unless the sheet of Lê Minh Châu is dropped (4★)"
        VersionImpact impact = advisor.compareVersions(dossier);   // the product under every version that has its set
        String json = AdviceJson.writePlans(List.of(advice));  // AdviceJson.writeRobustness(…), writeVersionImpact(…) likewise
        // --- docs/portal-developer.md: decision support (end) ---

        assertThat(advice.targetStar()).hasValue(4);
        assertThat(advice.best()).hasValueSatisfying(plan -> {
            assertThat(plan.steps()).extracting(PlanAdvice.Step::criterion).containsExactly("1.4");
            assertThat(plan.stars()).isEqualTo(4);
        });
        assertThat(line).isEqualTo("3★ holds unless the sheet of Lê Minh Châu is dropped (4★)");
        assertThat(impact.entries()).extracting(VersionImpact.Entry::versionId)
                .contains("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");
        assertThat(json).contains("\"dossierId\" : \"BG-2026-011\"");
    }
}
