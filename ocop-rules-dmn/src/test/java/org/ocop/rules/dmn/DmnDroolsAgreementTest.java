package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.drools.DroolsRatingEngine;
import org.ocop.rules.json.RatingJson;

/** The DMN engine rates every dossier exactly as the Drools engine does: every field but the engine's own firings. */
class DmnDroolsAgreementTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "dossiers");
    /** At least 10,000 generated dossiers across every set and policy, in every CI run. */
    private static final int GENERATED = 10_000;

    private static final Rater DROOLS = Rater.using(DroolsRatingEngine.shared());
    private static final Rater DMN = Rater.using(DmnRatingEngine.shared());

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theDmnEngineIsNamedDmn() {
        assertThat(DMN.engineName()).isEqualTo("dmn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void agreesOnTheBundledExampleDossiers(Path file) {
        Rating drools = DROOLS.rateFile(file);
        Rating dmn = DMN.rateFile(file);
        assertThat(SameRating.differences(drools, dmn)).isEmpty();
        assertThat(dmn.engine()).isEqualTo("dmn");
        assertThat(dmn.explain()).isNotBlank();
        assertThat(RatingJson.write(List.of(dmn))).containsPattern("\"engine\"\\s*:\\s*\"dmn\"");
    }

    /**
     * The firings' words: every DMN firing is a step the Drools engine reports too, in the same words in both
     * languages (the rule names differ), so a page lists the rules applied alike whichever engine rated.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void firings_sayTheSharedStepsInTheSameWords(Path file) {
        Rating drools = DROOLS.rateFile(file);
        Rating dmn = DMN.rateFile(file);
        Locale vi = Locale.forLanguageTag("vi");

        assertThat(SameRating.onlySharedSteps(dmn)).as("DMN firings are shared steps").isTrue();
        assertThat(SameRating.sharedSteps(dmn)).isEqualTo(SameRating.sharedSteps(drools));
        if (dmn.outcome() != Outcome.INVALID) {
            assertThat(dmn.firings()).isNotEmpty();
        }
        List<String> droolsWords = drools.firings().stream().map(f -> f.text(vi)).toList();
        dmn.firings().forEach(f -> assertThat(droolsWords).as(f.rule()).contains(f.text(vi)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void agreesOnTheExamplesUnderEveryOtherPolicy(Path file) {
        var dossier = DossierReader.read(file);
        for (RatingSettings settings : PolicySettings.all()) {
            assertThat(SameRating.differences(DROOLS.withSettings(settings).rate(dossier),
                    DMN.withSettings(settings).rate(dossier))).as("%s under %s", file, settings).isEmpty();
        }
    }

    /**
     * The historical versions with sheets (1048's 26 sets; 781's, with its partly known minimum requirements as
     * markers from 2★ up; 148's 26 sets, read from a typed copy with its flaws; the portal sheet edition of 781): the
     * same agreement, fewer dossiers each, and every set with a sheet among the generated dossiers.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"QD-1048-2019", "QD-781-2020", "QD-148-2023",
        "QD-781-2020@portal"})
    void agreesOnGeneratedDossiersOfTheHistoricalVersions(String versionAndEdition) {
        String version = versionAndEdition.split("@")[0];
        String edition = versionAndEdition.contains("@") ? versionAndEdition.split("@")[1] : "decision";
        RandomDossiers dossiers = new RandomDossiers(20190821L, version, edition);
        List<String> disagreements = new ArrayList<>();
        Set<Outcome> outcomes = new TreeSet<>();
        Set<String> sets = new TreeSet<>();
        for (int i = 0; i < 1_000; i++) {
            RandomDossiers.Case c = dossiers.next(i);
            Rating drools = DROOLS.withSettings(c.settings()).rate(c.dossier());
            Rating dmn = DMN.withSettings(c.settings()).rate(c.dossier());
            assertThat(drools.criteriaVersion()).contains(version);
            outcomes.add(drools.outcome());
            sets.add(c.dossier().productSet());
            List<String> differences = SameRating.differences(drools, dmn);
            if (!differences.isEmpty() && disagreements.size() < 5) {
                disagreements.add(drools.dossierId() + " (" + drools.productSet() + "): " + differences);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains(Outcome.RATED, Outcome.INVALID);
        assertThat(sets).as("every set with a sheet is generated")
                .containsAll(org.ocop.rules.criteria.CriteriaCatalogue.bundled().version(version)
                        .withSheetEdition(edition).setsWithSheets());
        if (version.equals("QD-148-2023")) {
            assertThat(sets).hasSize(26);
        }
        if (version.equals("QD-781-2020")) {
            assertThat(outcomes).as("781's minimums demote or refuse some generated dossiers")
                    .contains(Outcome.REFUSED);
        }
    }

    /**
     * 1048's original tourism sheet (VI.1), whose Part C is a checklist: generated dossiers with lines ticked (none,
     * some, all) rate the same on both engines, and the checklist's points reach the members' totals.
     */
    @Test
    void agreesOnGeneratedTourismChecklistDossiersOf1048() {
        RandomDossiers dossiers = new RandomDossiers(1048L, "QD-1048-2019");
        int tourism = org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-1048-2019").setsWithSheets()
                .indexOf("VI.1");
        int sets = org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-1048-2019").setsWithSheets().size();
        List<String> disagreements = new ArrayList<>();
        Set<Outcome> outcomes = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            RandomDossiers.Case c = dossiers.next(tourism + i * sets);
            assertThat(c.dossier().productSet()).isEqualTo("VI.1");
            Rating drools = DROOLS.withSettings(c.settings()).rate(c.dossier());
            Rating dmn = DMN.withSettings(c.settings()).rate(c.dossier());
            outcomes.add(drools.outcome());
            List<String> differences = SameRating.differences(drools, dmn);
            if (!differences.isEmpty() && disagreements.size() < 5) {
                disagreements.add(drools.dossierId() + ": " + differences + " " + drools.problems());
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains(Outcome.RATED);
    }

    /** Totals-only dossiers of every version and every set (148's and 781's without sheets too) agree. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"QD-1048-2019", "QD-781-2020", "QD-148-2023",
            "QD-26-2026"})
    void agreesOnTotalsOnlyDossiersOfEveryVersion(String version) {
        RandomDossiers dossiers = new RandomDossiers(781L, version);
        List<String> disagreements = new ArrayList<>();
        Set<Outcome> outcomes = new TreeSet<>();
        Set<Integer> bands = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            RandomDossiers.Case c = dossiers.nextTotals(i);
            Rating drools = DROOLS.withSettings(c.settings()).rate(c.dossier());
            Rating dmn = DMN.withSettings(c.settings()).rate(c.dossier());
            assertThat(drools.criteriaVersion()).contains(version);
            outcomes.add(drools.outcome());
            drools.bandStars().ifPresent(bands::add);
            List<String> differences = SameRating.differences(drools, dmn);
            if (!differences.isEmpty() && disagreements.size() < 5) {
                disagreements.add(drools.dossierId() + " (" + drools.productSet() + "): " + differences);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains(Outcome.RATED, Outcome.COUNCIL_RULE_BREACHED);
        assertThat(bands).containsExactly(1, 2, 3, 4, 5);
    }

    /**
     * Average-only dossiers (a published results list: the council's average alone) of every version and every set
     * agree, every band floor exactly and a hundredth below it among them, and both say what was not checked.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"QD-1048-2019", "QD-781-2020", "QD-148-2023",
            "QD-26-2026"})
    void agreesOnAverageOnlyDossiersOfEveryVersion(String version) {
        RandomDossiers dossiers = new RandomDossiers(20L, version);
        List<String> disagreements = new ArrayList<>();
        Set<Integer> bands = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            RandomDossiers.Case c = dossiers.nextAverage(i);
            Rating drools = DROOLS.withSettings(c.settings()).rate(c.dossier());
            Rating dmn = DMN.withSettings(c.settings()).rate(c.dossier());
            assertThat(drools.outcome()).as(drools.dossierId()).isEqualTo(Outcome.RATED);
            assertThat(dmn.unchecked()).as(drools.dossierId()).isEqualTo(drools.unchecked());
            drools.bandStars().ifPresent(bands::add);
            List<String> differences = SameRating.differences(drools, dmn);
            if (!differences.isEmpty() && disagreements.size() < 5) {
                disagreements.add(drools.dossierId() + " (" + drools.productSet() + "): " + differences);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(bands).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void ratesConcurrentlyAsItRatesAlone() {
        RandomDossiers dossiers = new RandomDossiers(7L, "QD-26-2026");
        List<RandomDossiers.Case> cases = IntStream.range(0, 400).mapToObj(dossiers::next).toList();
        List<Rating> alone = cases.stream().map(c -> DMN.withSettings(c.settings()).rate(c.dossier())).toList();
        List<Rating> together = cases.parallelStream().map(c -> DMN.withSettings(c.settings()).rate(c.dossier()))
                .toList();
        for (int i = 0; i < cases.size(); i++) {
            assertThat(SameRating.differences(alone.get(i), together.get(i))).as(cases.get(i).dossier().id())
                    .isEmpty();
        }
    }

    @Test
    void agreesOnThousandsOfGeneratedDossiersAcrossEverySetAndPolicy() {
        RandomDossiers dossiers = new RandomDossiers(20260522L, "QD-26-2026");
        List<String> disagreements = new ArrayList<>();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Set<Integer> ratedStars = new TreeSet<>();
        Set<Integer> bands = new TreeSet<>();
        int forwarded = 0;
        // Both engines are thread-safe: rate in parallel, then check in order.
        List<Rating[]> pairs = IntStream.range(0, GENERATED).parallel().mapToObj(i -> {
            RandomDossiers.Case c = dossiers.next(i);
            return new Rating[] {DROOLS.withSettings(c.settings()).rate(c.dossier()),
                    DMN.withSettings(c.settings()).rate(c.dossier())};
        }).toList();
        for (int i = 0; i < GENERATED; i++) {
            Rating drools = pairs.get(i)[0];
            Rating dmn = pairs.get(i)[1];
            outcomes.merge(drools.outcome(), 1, Integer::sum);
            drools.stars().ifPresent(ratedStars::add);
            drools.bandStars().ifPresent(bands::add);
            forwarded += drools.recognition().flatMap(Recognition::forwardedTo).isPresent() ? 1 : 0;
            List<String> differences = SameRating.differences(drools, dmn);
            if (!differences.isEmpty() && disagreements.size() < 5) {
                disagreements.add(drools.dossierId() + " (" + drools.productSet() + ", " + drools.settings() + "): "
                        + differences);
            }
        }
        assertThat(disagreements).isEmpty();
        // The generator must reach every outcome, or agreement proves less than it claims.
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(bands).containsExactly(1, 2, 3, 4, 5);
        assertThat(ratedStars).containsExactly(1, 2, 3, 4, 5);
        assertThat(forwarded).isPositive();
    }
}
