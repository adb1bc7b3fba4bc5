package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocop.rules.reference.BruteForcePlanner;
import org.ocop.rules.reference.DossierGenerator;

/** The path to the next star: the planner's answers, checked on real sheets and against an exhaustive search. */
class AdvisorPlanTest {

    private static final Rater RATER = Rater.standard();
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();

    /**
     * Five members give a fruit 68, 68, 68, 69 and 69 (68.4, the 3★ band) and all tick 1.5.b, one point under 1.5's
     * 4★ marker (1.5.c). One criterion is enough for 4★: raising 1.5 to 1.5.d gains 2 points a member, an average of
     * 70.40, and meets the marker; 1.5.c alone would meet the marker but reach only 69.40.
     */
    @Test
    void a_3_star_fruit_at_68_4_with_a_4_star_marker_unmet_reaches_4_stars_by_raising_that_criterion() {
        Dossier dossier = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        assertThat(RATER.rate(dossier).stars()).hasValue(3);

        PlanAdvice advice = RATER.advisor().plan(dossier);

        assertThat(advice.targetStar()).hasValue(4);
        PlanAdvice.Plan best = advice.best().orElseThrow();
        assertThat(best.steps()).singleElement().satisfies(step -> {
            assertThat(step.criterion()).isEqualTo("1.5");
            assertThat(step.currentOptions()).containsExactly("1.5.b");
            assertThat(step.target()).isEqualTo("1.5.d");
            assertThat(step.moved()).hasSize(5);
            assertThat(step.pointsGained()).isEqualTo(new Average(10, 5));
        });
        assertThat(best.averageAfter()).isEqualTo(new Average(352, 5));
        assertThat(best.rating().stars()).hasValue(4);
        assertThat(advice.plans()).allSatisfy(p -> assertThat(p.rating().stars()).hasValue(4));
        assertThat(advice.plans().subList(1, advice.plans().size()))
                .allSatisfy(p -> assertThat(p.criteriaChanged()).isEqualTo(2));
        assertThat(advice.explain()).contains("Plan 1: 1 criterion, +2.00 points → average 70.40, rated 4★",
                "1.5 ", "1.5.b → 1.5.d (3 pts), +2.00");
    }

    /** The same fruit with 1.5 fixed (the producer cannot change it): the 4★ marker can never be met. */
    @Test
    void a_fixed_criterion_that_fails_the_target_minimum_gives_no_plan_and_says_which() {
        Dossier dossier = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));

        PlanAdvice advice = RATER.advisor().plan(dossier, PlanRequest.NEXT_STAR.withFixed(List.of("1.5")));

        assertThat(advice.plans()).isEmpty();
        assertThat(advice.reason()).hasValue("no plan reaches 4★ with criteria 1.5 fixed: fixed criterion 1.5 does "
                + "not meet its star minimum for 4★ (1.5.c ****) under ALL_MEMBERS");
    }

    /** A dossier in the 4★ band demoted to 3★ by one member's choice gets the plan that fixes that minimum only. */
    @Test
    void a_dossier_demoted_by_a_failed_minimum_gets_the_step_that_meets_it() {
        List<MemberSheet> sheets = new ArrayList<>(SheetBuilder.council("I.1.a", 80, 80));
        sheets.add(SheetBuilder.best("I.1.a").meetingMinimumsUpTo(4).choose("2.1.b").totalling(80)
                .by(Dossiers.member(2)));
        Dossier dossier = Dossiers.of("I.1.a", sheets);
        Rating rating = RATER.rate(dossier);
        assertThat(rating.bandStars()).hasValue(4);
        assertThat(rating.stars()).hasValue(3);

        PlanAdvice.Plan best = RATER.advisor().plan(dossier).best().orElseThrow();

        assertThat(best.steps()).singleElement().satisfies(step -> {
            assertThat(step.criterion()).isEqualTo("2.1");
            assertThat(step.target()).isEqualTo("2.1.c");
            assertThat(step.moved()).containsExactly(Dossiers.member(2));
        });
        assertThat(best.stars()).isEqualTo(4);
    }

    @Test
    void dossiers_without_a_star_to_improve_get_no_plan_and_a_reason() {
        Dossier top = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 95, 95));
        assertThat(RATER.advisor().plan(top).reason()).hasValue("already rated 5★, the highest star");

        Dossier disqualified = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 60)).withFindings(
                List.of("DQ-HEADER"));
        assertThat(RATER.advisor().plan(disqualified).reason().orElseThrow())
                .startsWith("disqualified by DQ-HEADER (found by the council)");

        Dossier invalid = Dossiers.of("I.1.a", SheetBuilder.best("I.1.a").choose("1.3.x").by("A"));
        assertThat(RATER.advisor().plan(invalid).reason().orElseThrow())
                .startsWith("the dossier is invalid, so it has no star to improve: dossier HS-2026-001, member A, "
                        + "criterion 1.3: unknown option");

        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        Rater refusing = RATER.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE));
        Dossier demoted = Dossiers.of("I.1.a", SheetBuilder.best("I.1.a").meetingMinimumsUpTo(4).choose("2.1.b")
                .totalling(80).by("A"));
        assertThat(refusing.advisor().plan(demoted).reason().orElseThrow())
                .startsWith("refused under REFUSE: the band's 4★ has a failed star minimum (2.1 needs 2.1.c)");
        assertThat(RATER.advisor().plan(fruit, PlanRequest.NEXT_STAR.withTargetStar(3)).reason())
                .hasValue("already rated 3★, at or above the target 3★");
    }

    @Test
    void a_fixed_criterion_not_on_the_sheet_is_an_error_naming_the_dossier_and_the_allowed_codes() {
        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        assertThatThrownBy(() -> RATER.advisor().plan(fruit, PlanRequest.NEXT_STAR.withFixed(List.of("9.9"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dossier HS-2026-001, fixed criterion: not on sheet I.1.a of QD-26-2026: 9.9; "
                        + "allowed: 1.1, 1.2, 1.3,");
        assertThatThrownBy(() -> PlanRequest.NEXT_STAR.withTargetStar(6))
                .hasMessage("target star: 6; allowed: 1 to 5");
        assertThatThrownBy(() -> PlanRequest.NEXT_STAR.withMaxPlans(0))
                .hasMessage("maximum number of plans: 0; allowed: 1 to 100");
    }

    /** A target two stars up: from 3★ to 5★ in one plan, every 4★ and 5★ minimum met on the way. */
    @Test
    void a_caller_may_aim_above_the_next_star() {
        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));

        PlanAdvice advice = RATER.advisor().plan(fruit, PlanRequest.NEXT_STAR.withTargetStar(5).withMaxPlans(1));

        assertThat(advice.plans()).singleElement().satisfies(p -> {
            assertThat(p.stars()).isEqualTo(5);
            assertThat(p.averageAfter().isAtLeast(90)).isTrue();
        });
    }

    /** Members at 68–69 who all meet the 3★ minimums and 4★ ones except 1.5 (at 1.5.b). */
    private static List<MemberSheet> fruit(int... totals) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sheets.add(SheetBuilder.best("I.1.a").meetingMinimumsUpTo(4).choose("1.5.b").totalling(totals[i])
                    .by(Dossiers.member(i)));
        }
        return sheets;
    }

    /**
     * Every sheet in the data (26/2026's 26 sets, 1048's sets but the tourism checklist, 148's set 1): a generated
     * dossier rated 1★ to 4★ gets a plan to the next star, confirmed by the engine, under every policy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"QD-26-2026", "QD-1048-2019", "QD-148-2023"})
    void every_sheet_in_the_data_gets_a_plan_to_the_next_star(String versionId) {
        CriteriaVersion version = CATALOGUE.version(versionId);
        List<String> sets = version.setsWithSheets().stream().filter(s -> version.sheet(s).criteria().stream()
                .allMatch(c -> c.select() == Criterion.Select.ONE)).toList();
        assertThat(sets).hasSize(versionId.equals("QD-148-2023") ? 1 : versionId.equals("QD-1048-2019") ? 25 : 26);
        for (int s = 0; s < sets.size(); s++) {
            for (MinimumPolicy policy : MinimumPolicy.values()) {
                Rater rater = RATER.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(policy));
                PlanAdvice advice = null;
                for (int attempt = 0; advice == null; attempt++) {
                    Dossier dossier = randomDossier(versionId, new SplittableRandom(s * 1000L + attempt),
                            s + attempt * sets.size());
                    Rating rating = rater.rate(dossier);
                    if (rating.isRated() && rating.stars().getAsInt() < 5) {
                        advice = rater.advisor().plan(dossier, PlanRequest.NEXT_STAR.withMaxPlans(5));
                    }
                }
                PlanAdvice found = advice;
                assertThat(found.plans()).as("%s %s: %s", versionId, sets.get(s), found.reason()).isNotEmpty();
                assertThat(found.plans()).allSatisfy(p -> assertThat(p.stars())
                        .isGreaterThanOrEqualTo(found.targetStar().getAsInt()));
                assertThat(found.rating().productSet()).isEqualTo(sets.get(s));
            }
        }
    }

    /**
     * 1048's 3.2 scores the producer's legal form in two cases (case 1, companies and co-operatives: 3.2.a 1 point,
     * 3.2.b 2; case 2, households: 3.2.c 0, 3.2.d 1). A household at 3.2.c, one point under 5★ with 3.2 the only
     * criterion free, rises to 3.2.d: a step never changes the legal form, so 3.2.b (2 points) is no target for it.
     */
    @Test
    void a_criterion_with_cases_is_raised_within_the_members_case() {
        Dossier household = at89("3.2.c");
        PlanAdvice advice = RATER.advisor().plan(household, PlanRequest.NEXT_STAR.withFixed(allBut("3.2")));
        assertThat(RATER.rate(household).stars()).hasValue(4);
        assertThat(advice.plans()).singleElement().satisfies(p -> assertThat(p.steps()).singleElement()
                .extracting(PlanAdvice.Step::target).isEqualTo("3.2.d"));

        Dossier company = at89("3.2.a");
        assertThat(RATER.advisor().plan(company, PlanRequest.NEXT_STAR.withFixed(allBut("3.2"))).plans())
                .singleElement().satisfies(p -> assertThat(p.steps()).singleElement()
                        .extracting(PlanAdvice.Step::target).isEqualTo("3.2.b"));
    }

    private static final ScoringSheet RICE_1048 = CATALOGUE.version("QD-1048-2019").sheet("I.2.1");

    private static List<String> allBut(String code) {
        return RICE_1048.criteria().stream().map(Criterion::code).filter(c -> !c.equals(code)).toList();
    }

    /** One member on 1048's rice sheet: 3.2 as given, every other criterion at its best, lowered to total 89. */
    private static Dossier at89(String legalForm) {
        Map<String, String> choices = new LinkedHashMap<>();
        int total = 0;
        for (Criterion c : RICE_1048.criteria()) {
            Option best = c.options().stream().max(java.util.Comparator.comparingInt(Option::points)).orElseThrow();
            Option pick = c.code().equals("3.2") ? c.option(legalForm).orElseThrow() : best;
            choices.put(c.code(), pick.id());
            total += pick.points();
        }
        for (Criterion c : RICE_1048.criteria()) {
            if (c.code().startsWith("3.2") || c.code().startsWith("5.")) {
                continue;
            }
            Option now = c.option(choices.get(c.code())).orElseThrow();
            for (Option o : c.options()) {
                if (total > 89 && o.points() < now.points() && now.points() - o.points() <= total - 89) {
                    total -= now.points() - o.points();
                    now = o;
                }
            }
            choices.put(c.code(), now.id());
        }
        assertThat(total).isEqualTo(89);
        return Dossier.of("QN-2019-032", "I.2.1", LocalDate.of(2019, 10, 1), List.of(new MemberSheet("A", choices)));
    }

    // ---- the planner against an exhaustive search ----

    /**
     * Generated 26/2026 dossiers of every set, every policy and consensus (sometimes a spread limit), all but four
     * criteria fixed: the planner's plans are exactly the exhaustive search's, in the same order.
     */
    @Test
    void plans_equal_the_exhaustive_search_on_generated_26_2026_dossiers() {
        long seed = 20261010L;
        DossierGenerator generator = new DossierGenerator(seed);
        int[] counts = new int[3];
        for (int i = 0; counts[NO_PLAN] + counts[PLANS] < 160 && i < 4000; i++) {
            Dossier dossier = generator.dossier(i);
            counts[compareWithBruteForce(dossier, new SplittableRandom(seed + i), "seed " + seed + ", index " + i)]++;
        }
        assertThat(counts[NO_PLAN] + counts[PLANS]).isEqualTo(160);
        // the comparison must bite: many dossiers with plans, and the "no plan" answers checked too
        assertThat(counts[PLANS]).isGreaterThan(50);
        assertThat(counts[NO_PLAN]).isGreaterThan(20);
    }

    /** The historical sheets: 1048's sets (3.2's cases, 5.2 and 5.3 under 5.1) and 148's set 1. */
    @ParameterizedTest
    @ValueSource(strings = {"QD-1048-2019", "QD-148-2023"})
    void plans_equal_the_exhaustive_search_on_historical_sheets(String version) {
        long seed = 1048148L;
        int[] counts = new int[3];
        for (int i = 0; counts[NO_PLAN] + counts[PLANS] < 80 && i < 4000; i++) {
            Dossier dossier = randomDossier(version, new SplittableRandom(seed * 31 + i), i);
            counts[compareWithBruteForce(dossier, new SplittableRandom(seed + i), version + " seed " + seed
                    + ", index " + i)]++;
        }
        assertThat(counts[NO_PLAN] + counts[PLANS]).isEqualTo(80);
        assertThat(counts[PLANS]).isGreaterThan(20);
    }

    private static final int SKIPPED = 0;
    private static final int NO_PLAN = 1;
    private static final int PLANS = 2;

    /** Compares on one dossier when it is rated below 5★: {@link #SKIPPED}, {@link #NO_PLAN} or {@link #PLANS}. */
    private static int compareWithBruteForce(Dossier dossier, SplittableRandom random, String where) {
        RatingSettings settings = RatingSettings.DEFAULTS
                .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(2)])
                .withConsensus(MinimumConsensus.values()[random.nextInt(3)]);
        if (random.nextInt(5) == 0) {
            settings = settings.withCouncilRules(new CouncilRules(false, OptionalInt.of(4 + random.nextInt(12)),
                    false));
        }
        Rater rater = RATER.withSettings(settings);
        Rating rating = rater.rate(dossier);
        if (!rating.isRated() || rating.stars().getAsInt() == 5) {
            return SKIPPED;
        }
        ScoringSheet sheet = rating.version().orElseThrow().version().sheet(dossier.productSet());
        int target = rating.stars().getAsInt() + 1 + (random.nextInt(4) == 0 ? random.nextInt(5 - rating.stars()
                .getAsInt()) : 0);
        Set<String> free = freeCriteria(sheet, dossier, target, random);
        List<String> fixed = sheet.criteria().stream().map(Criterion::code).filter(c -> !free.contains(c)).toList();
        int max = 1 + random.nextInt(4);
        PlanAdvice advice = rater.advisor().plan(dossier, new PlanRequest(OptionalInt.of(target), Set.copyOf(fixed),
                max));
        List<BruteForcePlanner.Found> expected = BruteForcePlanner.plans(dossier, sheet, CATALOGUE, settings, free,
                target, max);
        List<BruteForcePlanner.Found> actual = advice.plans().stream().map(p -> new BruteForcePlanner.Found(
                p.steps().stream().collect(Collectors.toMap(PlanAdvice.Step::criterion, PlanAdvice.Step::target,
                        (a, b) -> a, LinkedHashMap::new)), p.pointsGained().sum())).toList();
        assertThat(actual).as("%s: %s, free %s, target %d★, %s", where, dossier.productSet(), free, target, settings)
                .isEqualTo(expected);
        assertThat(advice.exhaustive()).isTrue();
        return expected.isEmpty() ? NO_PLAN : PLANS;
    }

    /**
     * Four criteria to leave free, most with room to rise (a member below the best option), often one with star
     * markers, and sometimes a story criterion with its dependants.
     */
    private static Set<String> freeCriteria(ScoringSheet sheet, Dossier dossier, int target,
            SplittableRandom random) {
        List<Criterion> criteria = sheet.criteria();
        // a criterion some member leaves under a marker of the target is free first, so that plans often exist
        List<Criterion> under = criteria.stream().filter(c -> c.options().stream().anyMatch(o -> o.minStars()
                .isPresent() && o.minStars().getAsInt() <= target && dossier.sheets().stream().anyMatch(m -> {
                    String id = m.choices().get(c.code());
                    return id != null && c.option(id).orElseThrow().points() < o.points();
                }))).toList();
        List<Criterion> room = criteria.stream().filter(c -> dossier.sheets().stream().anyMatch(m -> {
            String id = m.choices().get(c.code());
            return id != null && c.option(id).orElseThrow().points() < c.bestPoints();
        })).toList();
        Set<String> free = new LinkedHashSet<>();
        if (under.size() <= 3 && random.nextInt(4) > 0) {
            under.forEach(c -> free.add(c.code()));
        }
        List<Criterion> conditions = criteria.stream().filter(c -> criteria.stream().anyMatch(d -> d.onlyIf()
                .filter(a -> a.criterion().equals(c.code())).isPresent())).toList();
        if (!conditions.isEmpty() && free.size() <= 1 && random.nextInt(3) == 0) {
            Criterion c = conditions.get(random.nextInt(conditions.size()));
            free.add(c.code());
            criteria.stream().filter(d -> d.onlyIf().filter(a -> a.criterion().equals(c.code())).isPresent())
                    .limit(random.nextBoolean() ? 2 : 1).forEach(d -> free.add(d.code()));
        }
        List<Criterion> marked = criteria.stream().filter(Criterion::hasStarMinimums).toList();
        while (free.size() < 4) {
            List<Criterion> from = !marked.isEmpty() && random.nextInt(3) == 0 ? marked
                    : !room.isEmpty() && random.nextInt(5) > 0 ? room : criteria;
            free.add(from.get(random.nextInt(from.size())).code());
        }
        return free;
    }

    /**
     * A dossier of any version: 1 to 5 members who mostly agree on an option near a quality level, each member
     * sometimes picking another option; a member without a product story leaves its dependants out.
     */
    static Dossier randomDossier(String versionId, SplittableRandom random, int index) {
        CriteriaVersion version = CATALOGUE.version(versionId);
        List<String> sets = version.setsWithSheets().stream().filter(s -> version.sheet(s).criteria().stream()
                .allMatch(c -> c.select() == Criterion.Select.ONE)).toList();
        ScoringSheet sheet = version.sheet(sets.get(index % sets.size()));
        double quality = random.nextDouble();
        Map<String, Option> agreed = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            List<Option> byPoints = c.options().stream().sorted(java.util.Comparator.comparingInt(Option::points))
                    .toList();
            int at = (int) Math.min(byPoints.size() - 1, Math.max(0, Math.round(quality * (byPoints.size() - 1)
                    + random.nextGaussian() * 0.8)));
            agreed.put(c.code(), byPoints.get(at));
        }
        int count = 1 + random.nextInt(5);
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                if (c.onlyIf().isPresent()) {
                    String on = choices.get(c.onlyIf().get().criterion());
                    if (on != null && !c.onlyIf().get().appliesWhen(on)) {
                        continue;
                    }
                }
                Option o = random.nextInt(10) < 3 ? c.options().get(random.nextInt(c.options().size()))
                        : agreed.get(c.code());
                choices.put(c.code(), o.id());
            }
            sheets.add(new MemberSheet(Dossiers.member(m), choices));
        }
        LocalDate submitted = version.inForceFrom().plusDays(30);
        return Dossier.of("R-" + versionId + "-" + index, sheet.productSet(), submitted, sheets);
    }
}
