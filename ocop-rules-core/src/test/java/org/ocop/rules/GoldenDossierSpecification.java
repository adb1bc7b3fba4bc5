package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden dossier of 26/2026 (see {@link GoldenDossiers} for the format), rated by the engine under test with
 * the case's settings: the rating must match the expected values exactly.
 */
public abstract class GoldenDossierSpecification {

    /** The rater under test, with default settings; each case applies its own. */
    protected abstract Rater rater();

    static List<GoldenDossiers.Golden> goldens() {
        return GoldenDossiers.of("QD-26-2026");
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenDossier_isRatedAsExpected() {
        return goldens().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () -> {
            Rating rating = rater().withSettings(golden.settings()).rate(golden.dossier());

            assertThat(GoldenDossiers.Expected.of(rating)).as("%s: %s", golden.name(), golden.about())
                    .isEqualTo(golden.expected());
            assertThat(rating.explain()).contains(rating.dossierId());
        }));
    }

    @Test
    void theGoldenDossiers_coverEveryOutcomeAndStar() {
        List<GoldenDossiers.Expected> expected = goldens().stream().map(GoldenDossiers.Golden::expected).toList();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
        assertThat(expected).extracting(GoldenDossiers.Expected::outcome).contains(Outcome.values());
        assertThat(expected).extracting(GoldenDossiers.Expected::stars).contains(1, 2, 3, 4, 5);
        assertThat(expected).anyMatch(e -> e.stars() != null && e.bandStars() > e.stars());
        assertThat(goldens().stream().map(g -> g.dossier().productSet()).distinct()).hasSizeGreaterThan(10);
    }
}
