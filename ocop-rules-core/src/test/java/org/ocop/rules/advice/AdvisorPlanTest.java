package org.ocop.rules.advice;

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
import org.ocop.rules.Average;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.Dossiers;
import org.ocop.rules.MemberScore;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.AdviceJson;
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

        PlanAdvice advice = Advisor.of(RATER).plan(dossier);

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

        PlanAdvice advice = Advisor.of(RATER).plan(dossier, PlanRequest.NEXT_STAR.withFixed(List.of("1.5")));

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

        PlanAdvice.Plan best = Advisor.of(RATER).plan(dossier).best().orElseThrow();

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
        assertThat(Advisor.of(RATER).plan(top).reason()).hasValue("already rated 5★, the highest star");

        Dossier disqualified = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 60)).withFindings(
                List.of("DQ-HEADER"));
        assertThat(Advisor.of(RATER).plan(disqualified).reason().orElseThrow())
                .startsWith("disqualified by DQ-HEADER (found by the council)");

        Dossier invalid = Dossiers.of("I.1.a", SheetBuilder.best("I.1.a").choose("1.3.x").by("A"));
        assertThat(Advisor.of(RATER).plan(invalid).reason().orElseThrow())
                .startsWith("the dossier is invalid, so it has no star to improve: dossier HS-2026-001, member A, "
                        + "criterion 1.3: unknown option");

        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        Rater refusing = RATER.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE));
        Dossier demoted = Dossiers.of("I.1.a", SheetBuilder.best("I.1.a").meetingMinimumsUpTo(4).choose("2.1.b")
                .totalling(80).by("A"));
        assertThat(Advisor.of(refusing).plan(demoted).reason().orElseThrow())
                .startsWith("refused under REFUSE: the band's 4★ has a failed star minimum (2.1 needs 2.1.c)");
        assertThat(Advisor.of(RATER).plan(fruit, PlanRequest.NEXT_STAR.withTargetStar(3)).reason())
                .hasValue("already rated 3★, at or above the target 3★");
    }

    /**
     * Most historical dossiers survive as the members' totals only: there is no option to change, so such a dossier
     * gets no plan and says why, whatever the request, and a batch goes on past it.
     */
    @Test
    void a_dossier_of_members_totals_only_gets_no_plan_and_a_reason_and_the_batch_goes_on() {
        Dossier totals = Dossiers.of("I.1.a", List.of()).toBuilder().memberTotals(List.of(72, 73)).build();
        assertThat(RATER.rate(totals).stars()).hasValue(4);

        PlanAdvice advice = Advisor.of(RATER).plan(totals, PlanRequest.NEXT_STAR.withFixed(List.of("1.1")));
        assertThat(advice.plans()).isEmpty();
        assertThat(advice.targetStar()).hasValue(5);
        assertThat(advice.reason()).hasValue("the dossier gives only the totals of its 2 members: a plan changes "
                + "options on the members' scoring sheets, so it needs the sheets");
        assertThat(advice.reason(java.util.Locale.forLanguageTag("vi")).orElseThrow())
                .startsWith("hồ sơ chỉ có tổng điểm của 2 thành viên hội đồng");

        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        List<PlanAdvice> batch;
        try (var all = Advisor.of(RATER).planAll(java.util.stream.Stream.of(totals, fruit, totals)
                .map(org.ocop.rules.dossier.DossierSource::of), PlanRequest.NEXT_STAR, 2)) {
            batch = all.toList();
        }
        assertThat(batch).extracting(p -> p.plans().isEmpty()).containsExactly(true, false, true);
    }

    @Test
    void a_fixed_criterion_not_on_the_sheet_is_an_error_naming_the_dossier_and_the_allowed_codes() {
        Dossier fruit = Dossiers.of("I.1.a", fruit(68, 68, 68, 69, 69));
        assertThatThrownBy(() -> Advisor.of(RATER).plan(fruit, PlanRequest.NEXT_STAR.withFixed(List.of("9.9"))))
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

        PlanAdvice advice = Advisor.of(RATER).plan(fruit, PlanRequest.NEXT_STAR.withTargetStar(5).withMaxPlans(1));

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

    /** Every version with sheets in the catalogue, in each of its sheet editions: {@code version/edition}. */
    private static final List<String> EDITIONS = List.of("QD-26-2026/decision", "QD-1048-2019/decision",
            "QD-1048-2019/portal", "QD-781-2020/decision", "QD-781-2020/portal", "QD-148-2023/decision");

    @Test
    void the_editions_checked_are_every_sheet_edition_in_the_catalogue() {
        List<String> all = CATALOGUE.versions().stream().filter(v -> !v.setsWithSheets().isEmpty())
                .flatMap(v -> v.sheetEditions().stream().map(e -> v.id() + "/" + e)).sorted().toList();
        assertThat(EDITIONS).containsExactlyInAnyOrderElementsOf(all);
    }

    /**
     * Every sheet in the data, in every sheet edition (26/2026's 26 sets; 1048's 26 with the tourism checklist
     * VI.1; 781's and the portal's; 148's 26): a generated dossier rated 1★ to 4★ gets a plan to the next star,
     * confirmed by the engine, under every policy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"QD-26-2026/decision", "QD-1048-2019/decision", "QD-1048-2019/portal",
        "QD-781-2020/decision", "QD-781-2020/portal", "QD-148-2023/decision"})
    void every_sheet_in_the_data_gets_a_plan_to_the_next_star(String versionAndEdition) {
        String versionId = versionAndEdition.substring(0, versionAndEdition.indexOf('/'));
        String edition = versionAndEdition.substring(versionAndEdition.indexOf('/') + 1);
        CriteriaVersion version = CATALOGUE.version(versionId).withSheetEdition(edition);
        List<String> sets = version.setsWithSheets();
        assertThat(sets).isNotEmpty();
        if (versionAndEdition.equals("QD-1048-2019/decision")) {
            assertThat(version.sheet("VI.1").criteria()).anyMatch(c -> c.select() == Criterion.Select.ANY);
        }
        for (int s = 0; s < sets.size(); s++) {
            for (MinimumPolicy policy : MinimumPolicy.values()) {
                Rater rater = RATER.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(policy)
                        .withSheetEdition(edition));
                PlanAdvice advice = null;
                for (int attempt = 0; advice == null; attempt++) {
                    Dossier dossier = randomDossier(version, new SplittableRandom(s * 1000L + attempt),
                            s + attempt * sets.size());
                    Rating rating = rater.rate(dossier);
                    if (rating.isRated() && rating.stars().getAsInt() < 5) {
                        advice = Advisor.of(rater).plan(dossier, PlanRequest.NEXT_STAR.withMaxPlans(5));
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
        PlanAdvice advice = Advisor.of(RATER).plan(household, PlanRequest.NEXT_STAR.withFixed(allBut("3.2")));
        assertThat(RATER.rate(household).stars()).hasValue(4);
        assertThat(advice.plans()).singleElement().satisfies(p -> assertThat(p.steps()).singleElement()
                .extracting(PlanAdvice.Step::target).isEqualTo("3.2.d"));

        Dossier company = at89("3.2.a");
        assertThat(Advisor.of(RATER).plan(company, PlanRequest.NEXT_STAR.withFixed(allBut("3.2"))).plans())
                .singleElement().satisfies(p -> assertThat(p.steps()).singleElement()
                        .extracting(PlanAdvice.Step::target).isEqualTo("3.2.b"));
    }

    private static final ScoringSheet TOURISM_1048 = CATALOGUE.version("QD-1048-2019").sheet("VI.1");

    /**
     * 1048's tourism sheet VI.1 scores Part C (6 to 12) as a checklist. Two members give every option at its best
     * (99 points) but leave lines unticked: A leaves 8.a, 8.b, 8.c, 12.b and 12.c (87), B 6.a, 8.a, 8.b, 12.b and
     * 12.c (88), an average of 87.5, 4★. 5★ needs 2.5 more points on average, 5 summed. Ticking 12.b (3 points) for
     * both gains 6, one criterion and one line: the cheapest path. 12.c does as well, one line later on the sheet;
     * 8.a with 8.c gains 6 too (A gains 4, B who ticked 8.c already 2), but ticks two lines, so it comes after.
     */
    @Test
    void a_4_star_tourism_dossier_at_87_5_reaches_5_stars_by_ticking_one_checklist_line() {
        Dossier dossier = Dossier.of("QN-2019-077", "VI.1", LocalDate.of(2019, 10, 1), List.of(
                tourism("A", "8.a", "8.b", "8.c", "12.b", "12.c"), tourism("B", "6.a", "8.a", "8.b", "12.b", "12.c")));
        Rating rating = RATER.rate(dossier);
        assertThat(rating.members()).extracting(MemberScore::total).containsExactly(87, 88);
        assertThat(rating.stars()).hasValue(4);

        PlanAdvice advice = Advisor.of(RATER).plan(dossier, PlanRequest.NEXT_STAR.withMaxPlans(4));

        assertThat(advice.plans()).extracting(p -> p.steps().stream().map(PlanAdvice.Step::target).toList())
                .containsExactly(List.of("12.b"), List.of("12.c"), List.of("8.a+8.c"), List.of("8.b+8.c"));
        PlanAdvice.Plan best = advice.best().orElseThrow();
        assertThat(best.steps()).singleElement().satisfies(step -> {
            assertThat(step.criterion()).isEqualTo("12");
            assertThat(step.checklist()).isTrue();
            assertThat(step.lines()).containsExactly("12.b");
            assertThat(step.currentLines()).containsEntry("A", List.of("12.a")).containsEntry("B", List.of("12.a"));
            assertThat(step.targetPoints()).isEqualTo(3);
            assertThat(step.moved()).containsExactly("A", "B");
            assertThat(step.pointsGained()).isEqualTo(new Average(6, 2));
        });
        assertThat(best.averageAfter()).isEqualTo(new Average(181, 2));
        assertThat(best.rating().stars()).hasValue(5);
        assertThat(advice.plans().get(2).steps().get(0).moved()).containsExactly("A", "B");
        assertThat(advice.explain()).contains("Plan 1: 1 criterion, +3.00 points → average 90.50, rated 5★",
                "12.a → tick 12.b (3 pts), +3.00; moves A, B");
        // the JSON is pretty-printed: compared without white space
        assertThat(AdviceJson.writePlans(List.of(advice)).replaceAll("\\s", "")).contains("\"target\":\"12.b\"",
                "\"lines\":[\"12.b\"]", "\"currentLines\":{\"A\":[\"12.a\"],\"B\":[\"12.a\"]}");
    }

    /**
     * One member at 89 who left 6.a, 6.b, 12.a, 12.b and 12.c unticked, with 12 the only criterion free: each of
     * 12's lines alone reaches 90, the cheapest (12.a, 2 points) first; a larger set of lines is not minimal. The
     * changed dossier keeps the member's other ticks (6.c, 6.d stay, 6 still misses 6.a and 6.b): the engine rates
     * it 91.
     */
    @Test
    void a_checklist_step_keeps_the_lines_members_ticked_and_counts_as_one_criterion() {
        Dossier low = Dossier.of("QN-2019-079", "VI.1", LocalDate.of(2019, 10, 1), List.of(
                tourism("A", "6.a", "6.b", "12.a", "12.b", "12.c")));
        assertThat(RATER.rate(low).members().get(0).total()).isEqualTo(89);
        List<String> fixed = TOURISM_1048.criteria().stream().map(Criterion::code).filter(c -> !c.equals("12"))
                .toList();

        PlanAdvice advice = Advisor.of(RATER).plan(low, PlanRequest.NEXT_STAR.withFixed(fixed).withMaxPlans(5));

        // 12.a alone gains 2 (91); 12.b or 12.c alone 3; larger sets are not minimal
        assertThat(advice.plans()).extracting(p -> p.steps().get(0).target()).containsExactly("12.a", "12.b", "12.c");
        assertThat(advice.plans()).allSatisfy(p -> assertThat(p.criteriaChanged()).isEqualTo(1));
        assertThat(advice.best().orElseThrow().rating().members().get(0).total()).isEqualTo(91);
    }

    /** One member on VI.1: every option at its best, every checklist line ticked but those given. */
    private static MemberSheet tourism(String member, String... unticked) {
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, List<String>> ticks = new LinkedHashMap<>();
        for (Criterion c : TOURISM_1048.criteria()) {
            if (c.select() == Criterion.Select.ANY) {
                ticks.put(c.code(), c.optionIds().stream().filter(id -> !List.of(unticked).contains(id)).toList());
            } else {
                choices.put(c.code(), c.options().stream().max(java.util.Comparator.comparingInt(Option::points))
                        .orElseThrow().id());
            }
        }
        return MemberSheet.of(member, choices, ticks);
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
        return Dossier.of("QN-2019-032", "I.2.1", LocalDate.of(2019, 10, 1), List.of(MemberSheet.of("A", choices)));
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

    /**
     * 1048's tourism sheet VI.1, whose Part C (criteria 6 to 12) is a checklist: one or two checklist criteria stay
     * free among the four, so plans tick sets of lines; the planner's plans are the exhaustive search's, in order.
     */
    @Test
    void plans_equal_the_exhaustive_search_on_the_1048_tourism_checklist() {
        long seed = 10486L;
        int[] counts = new int[3];
        Set<String> checklists = CATALOGUE.version("QD-1048-2019").sheet("VI.1").criteria().stream()
                .filter(c -> c.select() == Criterion.Select.ANY).map(Criterion::code).collect(Collectors.toSet());
        int ticking = 0;
        for (int i = 0; counts[NO_PLAN] + counts[PLANS] < 60 && i < 2000; i++) {
            Dossier dossier = randomTourismDossier(new SplittableRandom(seed * 31 + i), i);
            assertThat(dossier.productSet()).isEqualTo("VI.1");
            List<BruteForcePlanner.Found> found = new ArrayList<>();
            counts[compareWithBruteForce(dossier, new SplittableRandom(seed + i), "VI.1 seed " + seed + ", index "
                    + i, found)]++;
            ticking += (int) found.stream().filter(f -> f.steps().keySet().stream().anyMatch(checklists::contains))
                    .count();
        }
        assertThat(counts[NO_PLAN] + counts[PLANS]).isEqualTo(60);
        assertThat(counts[PLANS]).isGreaterThan(20);
        assertThat(ticking).as("plans that tick checklist lines").isGreaterThan(20);
    }

    /** The historical sheets: 1048's sets (3.2's cases, 5.2 and 5.3 under 5.1, VI.1's checklist) and 148's set 1. */
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
        return compareWithBruteForce(dossier, random, where, new ArrayList<>());
    }

    /** As above, adding the plans found to {@code found}. */
    private static int compareWithBruteForce(Dossier dossier, SplittableRandom random, String where,
            List<BruteForcePlanner.Found> found) {
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
        PlanAdvice advice = Advisor.of(rater).plan(dossier, new PlanRequest(OptionalInt.of(target), Set.copyOf(fixed),
                max));
        List<BruteForcePlanner.Found> expected = BruteForcePlanner.plans(dossier, sheet, CATALOGUE, settings, free,
                target, max);
        List<BruteForcePlanner.Found> actual = advice.plans().stream().map(p -> new BruteForcePlanner.Found(
                p.steps().stream().collect(Collectors.toMap(PlanAdvice.Step::criterion, PlanAdvice.Step::target,
                        (a, b) -> a, LinkedHashMap::new)), p.pointsGained().sum())).toList();
        assertThat(actual).as("%s: %s, free %s, target %d★, %s", where, dossier.productSet(), free, target, settings)
                .isEqualTo(expected);
        assertThat(advice.exhaustive()).isTrue();
        found.addAll(expected);
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
            if (c.select() == Criterion.Select.ANY) {
                return m.ticks().getOrDefault(c.code(), List.of()).size() < c.options().size();
            }
            String id = m.choices().get(c.code());
            return id != null && c.option(id).orElseThrow().points() < c.bestPoints();
        })).toList();
        Set<String> free = new LinkedHashSet<>();
        // on a checklist sheet one or two checklists with lines left to tick stay free (each has up to 15 line sets)
        List<Criterion> checklists = room.stream().filter(c -> c.select() == Criterion.Select.ANY).toList();
        for (int k = checklists.isEmpty() ? 0 : 1 + random.nextInt(2); k > 0; k--) {
            free.add(checklists.get(random.nextInt(checklists.size())).code());
        }
        if (under.size() <= 3 - free.size() && random.nextInt(4) > 0) {
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
        // more than two free checklists would make the exhaustive search slow: the others are choose-one criteria
        List<Criterion> roomOne = room.stream().filter(c -> c.select() == Criterion.Select.ONE).toList();
        List<Criterion> ones = criteria.stream().filter(c -> c.select() == Criterion.Select.ONE).toList();
        while (free.size() < 4) {
            List<Criterion> from = !marked.isEmpty() && random.nextInt(3) == 0 ? marked
                    : !roomOne.isEmpty() && random.nextInt(5) > 0 ? roomOne : ones;
            free.add(from.get(random.nextInt(from.size())).code());
        }
        return free;
    }

    /**
     * A dossier of any version: 1 to 5 members who mostly agree on an option near a quality level, each member
     * sometimes picking another option; a member without a product story leaves its dependants out.
     */
    static Dossier randomDossier(String versionId, SplittableRandom random, int index) {
        return randomDossier(CATALOGUE.version(versionId), random, index);
    }

    /** A dossier of 1048's tourism sheet VI.1, whose Part C is a checklist. */
    static Dossier randomTourismDossier(SplittableRandom random, int index) {
        CriteriaVersion version = CATALOGUE.version("QD-1048-2019");
        return randomDossier(version, random, version.setsWithSheets().indexOf("VI.1"));
    }

    /**
     * A dossier of one sheet edition of a version, the set chosen by {@code index}; on a checklist each member ticks
     * each line about as often as the quality level says, mostly agreeing with the others.
     */
    static Dossier randomDossier(CriteriaVersion version, SplittableRandom random, int index) {
        String versionId = version.id();
        List<String> sets = version.setsWithSheets();
        ScoringSheet sheet = version.sheet(sets.get(index % sets.size()));
        double quality = random.nextDouble();
        Map<String, Option> agreed = new LinkedHashMap<>();
        Set<String> agreedLines = new java.util.HashSet<>();
        for (Criterion c : sheet.criteria()) {
            c.options().stream().filter(line -> c.select() == Criterion.Select.ANY && random.nextDouble() < quality)
                    .forEach(line -> agreedLines.add(line.id()));
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
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                if (c.select() == Criterion.Select.ANY) {
                    List<String> ticked = new ArrayList<>();
                    for (Option line : c.options()) {
                        if (random.nextInt(10) < 3 ? random.nextBoolean() : agreedLines.contains(line.id())) {
                            ticked.add(line.id());
                        }
                    }
                    ticks.put(c.code(), ticked);
                    continue;
                }
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
            sheets.add(MemberSheet.of(Dossiers.member(m), choices, ticks));
        }
        LocalDate submitted = version.inForceFrom().plusDays(30);
        return Dossier.of("R-" + versionId + "-" + index, sheet.productSet(), submitted, sheets);
    }
}
