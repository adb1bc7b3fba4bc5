package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden dossier of every criteria version (see {@link GoldenDossiers} for the format), rated by the engine
 * under test with the case's settings: the rating must match the expected values exactly, under the version of its
 * folder.
 */
public abstract class GoldenDossierSpecification {

    /** The rater under test, with default settings; each case applies its own. */
    protected abstract Rater rater();

    static List<GoldenDossiers.Golden> goldens() {
        return GoldenDossiers.of("QD-26-2026");
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenDossier_isRatedAsExpected() {
        return GoldenDossiers.VERSIONS.stream().flatMap(version -> GoldenDossiers.of(version).stream()
                .map(golden -> DynamicTest.dynamicTest(version + "/" + golden.name(), () -> {
                    Rating rating = rater().withSettings(golden.settings()).rate(golden.dossier());

                    assertThat(GoldenDossiers.Expected.of(rating)).as("%s: %s", golden.name(), golden.about())
                            .isEqualTo(golden.expected());
                    if (golden.expected().outcome() != Outcome.INVALID) {
                        // (an invalid case may show another version's refusal, such as QD-26-2026/15's under 148)
                        assertThat(rating.criteriaVersion()).as(golden.name()).contains(version);
                    }
                    assertThat(rating.explain()).contains(rating.dossierId());
                    if (golden.warnings() != null) {
                        assertThat(rating.warnings()).as("%s: warnings", golden.name())
                                .hasSameSizeAs(golden.warnings());
                        for (int i = 0; i < golden.warnings().size(); i++) {
                            assertThat(rating.warnings().get(i)).startsWith(golden.warnings().get(i));
                        }
                    }
                })));
    }

    @Test
    void everyHistoricalVersion_hasGoldenDossiers_coveringItsSheetsAndTotalsOnlyDossiers() {
        List<GoldenDossiers.Golden> of1048 = GoldenDossiers.of("QD-1048-2019");
        assertThat(of1048.stream().map(g -> g.dossier().productSet())).contains("I.2.1", "I.3.3", "III.1", "VI.1");
        assertThat(of1048).anyMatch(g -> g.dossier().isTotalsOnly());
        assertThat(of1048.stream().map(GoldenDossiers.Golden::expected).map(GoldenDossiers.Expected::bandStars))
                .contains(2, 3, 4, 5);
        List<GoldenDossiers.Golden> of148 = GoldenDossiers.of("QD-148-2023");
        assertThat(of148).anyMatch(g -> g.dossier().productSet().equals("I.1.a") && !g.dossier().isTotalsOnly());
        assertThat(of148).anyMatch(g -> !g.dossier().productSet().equals("I.1.a") && g.dossier().isTotalsOnly());
        List<GoldenDossiers.Golden> of781 = GoldenDossiers.of("QD-781-2020");
        assertThat(of781).anyMatch(g -> g.dossier().isTotalsOnly());
        List<GoldenDossiers.Golden> of781Sheets = of781.stream().filter(g -> !g.dossier().isTotalsOnly()).toList();
        // a food, a craft (2★ minimum), the textile sheet (minimums not mapped), tourism, set 7
        assertThat(of781Sheets.stream().map(g -> g.dossier().productSet()))
                .contains("I.5.1", "IV.2", "V.1", "VI.1", "I.3.3");
        assertThat(of781Sheets.stream().map(GoldenDossiers.Golden::expected))
                .anyMatch(e -> e.failedMinimums().stream().anyMatch(m -> m.stars() == 2) && e.stars() == 1)
                .anyMatch(e -> e.bandStars() == 3 && e.stars() == 2);
        assertThat(of781Sheets).anyMatch(g -> g.settings().sheetEdition().equals(java.util.Optional.of("portal")));
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
