package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;

/**
 * The engine compiles a version's version-wide models on its first dossier and each product set's models on the
 * first dossier of that set, once however many threads ask; and it fails loudly, naming dossier, model and decision,
 * rather than rate from models it cannot trust.
 */
class DmnRatingEngineTest {

    private static final DmnRatingEngine ENGINE = DmnRatingEngine.shared();

    @Test
    void isSharedAndNamedDmn() {
        assertThat(DmnRatingEngine.shared()).isSameAs(ENGINE);
        assertThat(ENGINE.name()).isEqualTo("dmn");
    }

    @Test
    void compilesEveryVersionsModelsUpFrontWhenAsked() {
        // otherwise a version's models are compiled on its first dossier and a set's on the set's first dossier;
        // preloading any of them must not fail
        assertThat(ENGINE.preloaded()).isSameAs(ENGINE);
        assertThat(ENGINE.compiledModels()).hasSize(ShippedModels.paths().size())
                .contains("QD-26-2026/star-band", "QD-26-2026/option-points/I.4.a",
                        "QD-1048-2019-portal/star-minimums/I.1.1");
    }

    @Test
    void compilesTheVersionWideModelsOnAVersionsFirstDossierAndASetsModelsOnTheSetsFirstDossier() {
        DmnRatingEngine engine = DmnRatingEngine.overShippedModels();
        assertThat(engine.compiledModels()).isEmpty();
        CriteriaVersion version = CriteriaCatalogue.bundled().version("QD-26-2026");
        List<String> sets = version.setsWithSheets();

        assertThat(rate(engine, best(version, sets.get(0))).isRated()).isTrue();
        List<String> versionWide = ModelLayout.VERSION_MODELS.stream().map(m -> "QD-26-2026/" + m).toList();
        assertThat(engine.compiledModels()).containsExactlyInAnyOrderElementsOf(concat(versionWide,
                "QD-26-2026/option-points/" + sets.get(0), "QD-26-2026/star-minimums/" + sets.get(0)));
        assertThat(engine.compilations()).isEqualTo(2);

        rate(engine, best(version, sets.get(0))); // the same set again: nothing more to compile
        assertThat(engine.compilations()).isEqualTo(2);

        assertThat(rate(engine, best(version, sets.get(1))).isRated()).isTrue();
        assertThat(engine.compiledModels()).containsExactlyInAnyOrderElementsOf(concat(versionWide,
                "QD-26-2026/option-points/" + sets.get(0), "QD-26-2026/star-minimums/" + sets.get(0),
                "QD-26-2026/option-points/" + sets.get(1), "QD-26-2026/star-minimums/" + sets.get(1)));
        assertThat(engine.compilations()).isEqualTo(3);
    }

    /**
     * QD-781-2020 takes its sheets from QD-1048-2019, so a set's option points model is 1048's (its home, see
     * {@code ModelLayout.optionPointsHome}): a 781 dossier is evaluated on the model compiled for 1048, which is
     * compiled once for both versions and held once. The counts differ from a version without a base (2 on a set's
     * first dossier): the set's group at its home, which also holds 1048's star minimums, and 781's own star
     * minimums, which differ from 1048's, are two groups. A set whose sheet 781 changed (VI.1) has its own group.
     */
    @Test
    void aVersionBasedOnAnotherRatesOnTheBasesCompiledOptionPoints_compiledOnceForBoth() {
        DmnRatingEngine engine = DmnRatingEngine.overShippedModels();
        CriteriaVersion v781 = CriteriaCatalogue.bundled().version("QD-781-2020");
        CriteriaVersion v1048 = CriteriaCatalogue.bundled().version("QD-1048-2019");
        String set = v781.setsWithSheets().get(0);
        assertThat(ModelLayout.optionPointsHome(CriteriaCatalogue.bundled(), v781, set))
                .isEqualTo("QD-1048-2019");

        RandomDossiers.Case of781 = best(v781, set);
        Rating rating781 = rate(engine, of781);
        assertThat(rating781.isRated()).isTrue();
        assertThat(SameRating.differences(rate(ENGINE, of781), rating781)).isEmpty();
        List<String> wide781 = ModelLayout.VERSION_MODELS.stream().map(m -> "QD-781-2020/" + m).toList();
        assertThat(engine.compiledModels()).containsExactlyInAnyOrderElementsOf(concat(wide781,
                "QD-1048-2019/option-points/" + set, "QD-1048-2019/star-minimums/" + set,
                "QD-781-2020/star-minimums/" + set));
        assertThat(engine.compilations()).isEqualTo(3);

        // 1048's first dossier of that set compiles only 1048's version-wide models: the set's are compiled already
        assertThat(rate(engine, best(v1048, set)).isRated()).isTrue();
        assertThat(engine.compilations()).isEqualTo(4);
        List<String> wide1048 = ModelLayout.VERSION_MODELS.stream().map(m -> "QD-1048-2019/" + m).toList();
        List<String> both = new ArrayList<>(wide1048);
        both.addAll(wide781);
        assertThat(engine.compiledModels()).containsExactlyInAnyOrderElementsOf(concat(both,
                "QD-1048-2019/option-points/" + set, "QD-1048-2019/star-minimums/" + set,
                "QD-781-2020/star-minimums/" + set));

        // 781's own tourism sheet: its own option points and star minimums, one group
        assertThat(ModelLayout.optionPointsHome(CriteriaCatalogue.bundled(), v781, "VI.1"))
                .isEqualTo("QD-781-2020");
        RandomDossiers.Case tourism = best(v781, "VI.1");
        Rating ratingTourism = rate(engine, tourism);
        assertThat(SameRating.differences(rate(ENGINE, tourism), ratingTourism)).isEmpty();
        assertThat(engine.compilations()).isEqualTo(5);
        assertThat(engine.compiledModels()).contains("QD-781-2020/option-points/VI.1", "QD-781-2020/star-minimums/VI.1")
                .doesNotContain("QD-1048-2019/option-points/VI.1");
    }

    @Test
    void compilesEachGroupOfModelsOnceWhenManyThreadsRateTheFirstDossiersTogether() throws Exception {
        DmnRatingEngine engine = DmnRatingEngine.overShippedModels();
        CriteriaVersion version = CriteriaCatalogue.bundled().version("QD-26-2026");
        // eight dossiers of two sets, all let go at once
        List<RandomDossiers.Case> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(best(version, version.setsWithSheets().get(i % 2)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(cases.size());
        try {
            List<Future<Rating>> ratings = new ArrayList<>();
            for (RandomDossiers.Case c : cases) {
                ratings.add(pool.submit(() -> {
                    start.await();
                    return rate(engine, c);
                }));
            }
            start.countDown();
            for (int i = 0; i < cases.size(); i++) {
                Rating rating = ratings.get(i).get();
                assertThat(rating.isRated()).isTrue();
                assertThat(SameRating.differences(rate(ENGINE, cases.get(i)), rating)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        // the version-wide models once, and each of the two sets' models once
        assertThat(engine.compilations()).isEqualTo(3);
        assertThat(engine.compiledModels()).hasSize(ModelLayout.VERSION_MODELS.size() + 4);
    }

    @Test
    void aChoiceWhosePointsDifferFromTheModelIsAStaleModelErrorNamingTheOption() {
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 99));
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("dossier T-1").withMessageContaining("option 1.1.a of set I.1.a")
                .withMessageContaining("99 points").withMessageContaining("regenerate");
    }

    /**
     * The star-band model holds the floors of the data it was generated from. A task whose floors differ (a
     * corrected data edition rated with models generated before it) is an error naming the first average the two
     * put in different bands; with the data's floors the same task rates.
     */
    @Test
    void bandFloorsOtherThanTheModelsAreAStaleModelErrorNamingTheBand() {
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1));
        RatingTask corrected = task.toBuilder().bands(StarBands.of(30, 50, 75, 90)).build();
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(corrected))
                .withMessage("DMN models of QD-26-2026 do not match the criteria data edition test (dossier T-1): an "
                        + "average of 74 points is in the 4★ band in the DMN model, but in the 3★ band by the criteria "
                        + "data's band floors [30, 50, 75, 90]; regenerate the models (mvn package) from this data "
                        + "edition");
        assertThat(ENGINE.decide(task).bandStars()).hasValue(1);
    }

    /**
     * The check that the models equal the criteria data runs on every dossier, against its own set's models, so it
     * covers every set of every version and sheet edition: a set's option points or star minimums that differ from
     * the data (here the data's side is changed, which is the same disagreement) are an error naming the option or
     * criterion and the set.
     */
    @Test
    void everySetsModelsAreCheckedAgainstTheCriteriaDataOnItsDossiers() {
        int sets = 0;
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            for (String set : version.setsWithSheets()) {
                sets++;
                RatingTask task = bestTask(version, set);
                String where = ModelLayout.modelKey(version) + " " + set;

                RatingTask.Choice first = task.choices().stream().filter(c -> task.checklists().stream()
                        .noneMatch(l -> l.criterion().equals(c.criterion()))).findFirst().orElseThrow();
                List<RatingTask.Choice> choices = new ArrayList<>(task.choices());
                choices.set(choices.indexOf(first), new RatingTask.Choice(first.member(), first.criterion(),
                        first.part(), first.option(), first.points() + 1));
                assertThatIllegalStateException().as(where).isThrownBy(() -> ENGINE.decide(with(task, choices,
                        task.markers()))).withMessageContaining("option " + first.option() + " of set " + set + " is "
                                + first.points() + " points").withMessageContaining("regenerate");

                if (!task.markers().isEmpty()) {
                    RatingTask.Marker marker = task.markers().stream()
                            .min(Comparator.comparingInt(RatingTask.Marker::stars)).orElseThrow();
                    List<RatingTask.Marker> markers = new ArrayList<>(task.markers());
                    markers.set(markers.indexOf(marker), new RatingTask.Marker(marker.criterion(), marker.option(),
                            marker.points() + 100, marker.stars(), marker.source()));
                    assertThatIllegalStateException().as(where).isThrownBy(() -> ENGINE.decide(with(task,
                            task.choices(), markers))).withMessageContaining("criterion " + marker.criterion()
                                    + " of set " + set + " must reach").withMessageContaining("regenerate");
                }
            }
        }
        assertThat(sets).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aChoiceUnderAVersionWithoutSheetsIsAnErrorNamingTheVersion() {
        // every bundled version has sheets today; a version without any has only the version-wide models, and its
        // dossiers are rated from members' totals only
        DmnRatingEngine totalsOnly = DmnRatingEngine.on(new Decisions() {
            @Override
            public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
                throw new AssertionError("no decision is asked for: " + model + " " + decision);
            }

            @Override
            public Set<String> versions() {
                return Set.of("QD-26-2026");
            }

            @Override
            public Set<String> models(String versionId) {
                return Set.copyOf(ModelLayout.VERSION_MODELS);
            }
        }, "totals only");
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1));
        assertThatIllegalStateException().isThrownBy(() -> totalsOnly.decide(task))
                .withMessageContaining("no DMN models of scoring sheets for criteria version QD-26-2026")
                .withMessageContaining("dossier T-1");
    }

    @Test
    void aVersionWithoutModelsIsAnErrorNamingTheVersion() {
        // QD-1990-1990 is no version of the data, so it has no models
        RatingTask task = task("QD-1990-1990", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1));
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("no DMN models for criteria version QD-1990-1990")
                .withMessageContaining("dossier T-1");
    }

    @Test
    void aDmnErrorIsAnExceptionNamingDossierModelAndDecision() {
        // set IX.9 has no sheet, so no models: the error names the model the decision would be in
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1), "IX.9");
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("dossier T-1").withMessageContaining("QD-26-2026/option-points")
                .withMessageContaining("decision 'option points IX.9'")
                .withMessageContaining("no DMN model QD-26-2026/option-points/IX.9")
                .withMessageContaining("models exist for the sets [I.1.a, I.1.b");
    }

    @Test
    void anOptionNotInItsSetsModelIsAStaleModelErrorNamingTheOptionAndSet() {
        // option 9.z is not on sheet I.1.a, so its set's option points model has no row for it
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "9.z", 1));
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("dossier T-1").withMessageContaining("option 9.z of set I.1.a is not in the "
                        + "DMN model").withMessageContaining("regenerate");
    }

    private static Rating rate(DmnRatingEngine engine, RandomDossiers.Case c) {
        return Rater.using(engine).withSettings(c.settings()).rate(c.dossier());
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    /**
     * A one-member dossier of the set with the best option on every criterion (every line of a checklist), with the
     * settings of the version's sheet edition.
     */
    private static RandomDossiers.Case best(CriteriaVersion version, String set) {
        ScoringSheet sheet = version.sheet(set);
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, List<String>> ticks = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            if (!RandomDossiers.applies(c, choices)) {
                continue;
            }
            if (c.select() == Criterion.Select.ANY) {
                ticks.put(c.code(), c.options().stream().map(Option::id).toList());
            } else {
                choices.put(c.code(), c.options().stream().max(Comparator.comparingInt(Option::points))
                        .orElseThrow().id());
            }
        }
        Dossier dossier = Dossier.of("BEST-" + set, set, version.inForceFrom().plusDays(19),
                List.of(MemberSheet.of("An", choices, ticks)));
        return new RandomDossiers.Case(dossier, RatingSettings.DEFAULTS.withSheetEdition(
                version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? null : version.sheetEdition()));
    }

    /**
     * The task the rater gives the engine for the set's {@link #best} dossier: rated, in the band of the most stars,
     * so every marker is looked at.
     */
    private static RatingTask bestTask(CriteriaVersion version, String set) {
        RandomDossiers.Case best = best(version, set);
        AtomicReference<RatingTask> seen = new AtomicReference<>();
        Rating rating = Rater.using(new RatingEngine() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public Verdict decide(RatingTask task) {
                seen.set(task);
                return ENGINE.decide(task);
            }
        }).withSettings(best.settings()).rate(best.dossier());
        assertThat(rating.outcome()).as("%s %s: %s", version.id(), set, rating.problems()).isEqualTo(Outcome.RATED);
        assertThat(rating.bandStars()).as("%s %s", version.id(), set).hasValue(5);
        return seen.get();
    }

    /** The task with other choices and markers. */
    private static RatingTask with(RatingTask t, List<RatingTask.Choice> choices, List<RatingTask.Marker> markers) {
        return t.toBuilder().choices(choices).markers(markers).build();
    }

    private static RatingTask task(String version, RatingTask.Choice choice) {
        return task(version, choice, "I.1.a");
    }

    private static RatingTask task(String version, RatingTask.Choice choice, String productSet) {
        return RatingTask.builder("T-1", version, "test", productSet).members(List.of("An")).choices(List.of(choice))
                .authority(new RatingTask.Authority(Level.PROVINCE, "26/2026/QĐ-TTg", Set.of(3, 4),
                        Optional.of(Level.MINISTRY), 90))
                .council(new RatingTask.Council(0, Optional.empty(), Optional.empty()))
                .policy(new RatingTask.Policy(MinimumPolicy.DEMOTE, MinimumConsensus.ALL_MEMBERS, false, -1, false))
                .bands(bandsOf(version)).build();
    }

    /** The version's band floors; for a version not in the data (it has no models either), 26/2026's. */
    private static StarBands bandsOf(String version) {
        CriteriaCatalogue bundled = CriteriaCatalogue.bundled();
        return bundled.findVersion(version).orElse(bundled.version("QD-26-2026")).starBands();
    }
}
