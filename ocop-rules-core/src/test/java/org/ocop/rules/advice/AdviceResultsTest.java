package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Dossiers;
import org.ocop.rules.Rater;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.dossier.Dossier;

/**
 * The advisor's results are values: equal when every part is equal, whatever made them, and only the advisor makes
 * them (no public constructor, so a part can be added without breaking a caller).
 */
class AdviceResultsTest {

    private static final Advisor ADVISOR = Advisor.of(Rater.standard());
    private static final Dossier FOUR_STARS = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 84, 70, 68, 68));
    private static final Dossier THREE_STARS = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 62, 60, 61));

    @Test
    void results_ofTheSameDossierAdvisedTwice_areEqualWithEqualHashCodes() {
        for (List<Object> twice : List.of(List.<Object>of(ADVISOR.plan(FOUR_STARS), ADVISOR.plan(FOUR_STARS)),
                List.<Object>of(ADVISOR.robustness(FOUR_STARS), ADVISOR.robustness(FOUR_STARS)),
                List.<Object>of(ADVISOR.compareVersions(FOUR_STARS), ADVISOR.compareVersions(FOUR_STARS)))) {
            assertThat(twice.get(0)).isNotSameAs(twice.get(1)).isEqualTo(twice.get(1))
                    .hasSameHashCodeAs(twice.get(1));
        }
        PlanAdvice plan = ADVISOR.plan(THREE_STARS);
        assertThat(plan.plans()).isNotEmpty();
        assertThat(plan.best().orElseThrow()).isEqualTo(ADVISOR.plan(THREE_STARS).plans().get(0));
        assertThat(plan.best().orElseThrow().steps().get(0))
                .isEqualTo(ADVISOR.plan(THREE_STARS).plans().get(0).steps().get(0));
    }

    @Test
    void results_ofDifferentDossiers_differ() {
        assertThat(ADVISOR.plan(FOUR_STARS)).isNotEqualTo(ADVISOR.plan(THREE_STARS));
        assertThat(ADVISOR.robustness(FOUR_STARS)).isNotEqualTo(ADVISOR.robustness(THREE_STARS));
        assertThat(ADVISOR.robustness(FOUR_STARS).leaveOneOut().get(0))
                .isNotEqualTo(ADVISOR.robustness(FOUR_STARS).leaveOneOut().get(1));
        assertThat(ADVISOR.robustness(FOUR_STARS).shifts().get(0))
                .isNotEqualTo(ADVISOR.robustness(FOUR_STARS).shifts().get(1));
        assertThat(ADVISOR.compareVersions(FOUR_STARS)).isNotEqualTo(ADVISOR.compareVersions(THREE_STARS));
    }

    @Test
    void toString_ofAResult_namesItsPartsLikeARecord() {
        assertThat(ADVISOR.robustness(FOUR_STARS).spread().orElseThrow()).hasToString("Spread[highestMember="
                + "Nguyễn Văn An, highest=84, lowestMember=Lê Văn Cường, lowest=68, limit=OptionalInt.empty, "
                + "breached=false]");
        assertThat(ADVISOR.plan(FOUR_STARS).toString()).startsWith("PlanAdvice[dossierId=HS-2026-001, rating=");
    }

    @Test
    void resultClasses_reflected_haveNoPublicConstructor() {
        for (Class<?> result : List.of(PlanAdvice.class, PlanAdvice.Plan.class, PlanAdvice.Step.class,
                Robustness.class, Robustness.Dropped.class, Robustness.Shift.class, Robustness.Spread.class,
                VersionImpact.class, VersionImpact.Entry.class, VersionImpact.Change.class)) {
            assertThat(result.getConstructors()).as(result.getName()).isEmpty();
        }
    }
}
