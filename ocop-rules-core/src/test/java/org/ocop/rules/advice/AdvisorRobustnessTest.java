package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Average;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.Dossiers;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.reference.DossierGenerator;

/** Council robustness: leave one sheet out, shift every total, check the spread. */
class AdvisorRobustnessTest {

    private static final Rater RATER = Rater.standard();

    /** Members at these totals on I.1.a, every 3★ and 4★ minimum met. */
    private static Dossier council(int... totals) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sheets.add(SheetBuilder.best("I.1.a").meetingMinimumsUpTo(4).totalling(totals[i]).by(Dossiers.member(i)));
        }
        return Dossiers.of("I.1.a", sheets);
    }

    /**
     * 84, 70, 68 and 68 average 72.50, 4★. Without the 84 the other three average 68.67, 3★; without any other
     * sheet the average rises. A shift of one point either way stays in the 4★ band.
     */
    @Test
    void a_4_star_that_rests_on_one_high_sheet_holds_unless_that_sheet_is_dropped() {
        Robustness rob = Advisor.of(RATER).robustness(council(84, 70, 68, 68));

        assertThat(rob.rating().stars()).hasValue(4);
        assertThat(rob.summary()).isEqualTo("4★ holds unless the sheet of Nguyễn Văn An is dropped (3★)");
        assertThat(rob.drivers()).containsExactly("Nguyễn Văn An");
        assertThat(rob.leaveOneOut()).extracting(d -> d.rating().stars().getAsInt()).containsExactly(3, 4, 4, 4);
        assertThat(rob.leaveOneOut().get(0).rating().average()).hasValue(new Average(206, 3));
        assertThat(rob.shifts()).extracting(Robustness.Shift::delta).containsExactly(new BigDecimal("-1"),
                new BigDecimal("-0.5"), new BigDecimal("0.5"), new BigDecimal("1"));
        assertThat(rob.shifts()).allSatisfy(s -> assertThat(s.stars()).hasValue(4));
        assertThat(rob.shifts().get(0).average()).isEqualTo(new Average(290 - 4, 4));
        assertThat(rob.shifts().get(1).average()).isEqualTo(new Average(2 * 290 - 4, 8));
        assertThat(rob.spread().orElseThrow().spread()).isEqualTo(16);
        assertThat(rob.spread().orElseThrow().limit()).isEmpty();
        assertThat(rob.explain()).contains("Without Nguyễn Văn An: RATED 3★, average 68.67, band 3★ — changes the "
                + "result", "Every total −1: average 71.50, band 4★, RATED 4★", "Spread: 16 points (highest "
                + "Nguyễn Văn An 84, lowest Lê Văn Cường 68), no limit set");
    }

    /** 70, 70 and 70: exactly on the 4★ bound, so half a point down is 3★, and dropping any sheet changes nothing. */
    @Test
    void a_result_on_the_band_bound_falls_with_half_a_point() {
        Robustness rob = Advisor.of(RATER).robustness(council(70, 70, 70));

        assertThat(rob.summary()).isEqualTo("4★ holds unless every total moves by −1 (3★), or every total moves by "
                + "−0.5 (3★)");
        assertThat(rob.drivers()).isEmpty();
    }

    @Test
    void the_spread_is_checked_against_the_callers_limit_or_the_council_rules() {
        Dossier dossier = council(84, 70, 68, 68);

        Robustness given = Advisor.of(RATER).robustness(dossier, OptionalInt.of(10));
        assertThat(given.spread().orElseThrow().breached()).isTrue();
        assertThat(given.summary()).endsWith("; the member spread of 16 points exceeds the limit of 10");

        Rater spreading = RATER.withSettings(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(false,
                OptionalInt.of(20), false)));
        assertThat(Advisor.of(spreading).robustness(dossier).spread().orElseThrow().limit()).hasValue(20);
        assertThat(Advisor.of(spreading).robustness(dossier).spread().orElseThrow().breached()).isFalse();
    }

    /** Dropping the sheet that makes the spread too wide lifts the breach: the engine says so in the rating. */
    @Test
    void leaving_a_sheet_out_is_rated_with_the_council_rules() {
        Rater spreading = RATER.withSettings(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(false,
                OptionalInt.of(10), false)));

        Robustness rob = Advisor.of(spreading).robustness(council(88, 76, 76, 76));

        assertThat(rob.rating().outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
        assertThat(rob.leaveOneOut().get(0).rating().outcome()).isEqualTo(Outcome.RATED);
        assertThat(rob.summary()).startsWith("COUNCIL_RULE_BREACHED (band 4★) holds unless the sheet of Nguyễn Văn An "
                + "is dropped (4★)");
        assertThat(rob.shifts()).allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED));
    }

    @Test
    void a_dossier_without_totals_has_nothing_to_analyse() {
        Dossier dossier = council(60).withFindings(List.of("DQ-HEADER"));

        Robustness rob = Advisor.of(RATER).robustness(dossier);

        assertThat(rob.reason()).hasValue("DISQUALIFIED: the dossier has no totals to move");
        assertThat(rob.summary()).isEqualTo("DISQUALIFIED: the dossier has no totals to move");
        assertThat(rob.leaveOneOut()).isEmpty();
        assertThat(rob.spread()).isEmpty();
    }

    @Test
    void a_single_sheet_has_none_to_drop() {
        Robustness rob = Advisor.of(RATER).robustness(council(75));

        assertThat(rob.leaveOneOut()).isEmpty();
        assertThat(rob.summary()).isEqualTo("4★ holds if every total moves by up to ±1 point (one sheet: none to "
                + "drop)");
    }

    /**
     * The shift model against the engine: on generated dossiers, every member's total is really moved by +1 or −1
     * (one option on a criterion without star markers), or half the members' by +1 for +0.5, and the engine's
     * rating of the changed dossier gives the band, outcome and star the shift predicted. Seeded.
     */
    @Test
    void shifts_agree_with_the_engine_when_realised_by_real_option_changes() {
        long seed = 5050L;
        DossierGenerator generator = new DossierGenerator(seed);
        int checked = 0;
        int changing = 0;
        for (int i = 0; i < 3000 && checked < 300; i++) {
            Dossier dossier = generator.dossier(i);
            SplittableRandom random = new SplittableRandom(seed + i);
            Rater rater = RATER.withSettings(RatingSettings.DEFAULTS
                    .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(2)])
                    .withConsensus(MinimumConsensus.values()[random.nextInt(3)]));
            Robustness rob = Advisor.of(rater).robustness(dossier);
            if (rob.reason().isPresent()) {
                continue;
            }
            ScoringSheet sheet = rob.rating().version().orElseThrow().version().sheet(dossier.productSet());
            for (Robustness.Shift shift : rob.shifts()) {
                Optional<Dossier> moved = realise(dossier, sheet, shift.delta());
                if (moved.isEmpty()) {
                    continue;
                }
                Rating engine = rater.rate(moved.get());
                assertThat(engine.average().orElseThrow()).as("seed %d, index %d, %s", seed, i, shift.delta())
                        .isEqualByComparingTo(shift.average());
                assertThat(List.of(engine.bandStars().getAsInt(), engine.outcome(), engine.stars()))
                        .as("seed %d, index %d, shift %s", seed, i, shift.delta())
                        .isEqualTo(List.of(shift.bandStars(), shift.outcome(), shift.stars()));
                checked++;
                changing += shift.resultChanges() ? 1 : 0;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(300);
        assertThat(changing).as("shifts that change the result, across bands and policies").isGreaterThan(15);
    }

    /**
     * The historical sheets too (1048's sets with the tourism checklist VI.1, 148's 26 sets): every dossier with totals
     * is analysed, each left-out sheet is rated by the engine, and its average is the exact average of the others.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"QD-1048-2019", "QD-148-2023"})
    void robustness_works_on_the_historical_sheets(String version) {
        analyseLeavingOneOut(version, i -> AdvisorPlanTest.randomDossier(version, new SplittableRandom(77L * i + 1),
                i));
    }

    /**
     * 1048's tourism sheet VI.1, whose Part C is a checklist: leaving a sheet out drops that member's ticked lines
     * with the rest of the sheet, and the others' exact average remains.
     */
    @Test
    void robustness_works_on_the_1048_tourism_checklist() {
        analyseLeavingOneOut("QD-1048-2019", i -> {
            Dossier dossier = AdvisorPlanTest.randomTourismDossier(new SplittableRandom(61L * i + 5), i);
            assertThat(dossier.sheets()).allSatisfy(m -> assertThat(m.ticks()).isNotEmpty());
            return dossier;
        });
    }

    private static void analyseLeavingOneOut(String version, java.util.function.IntFunction<Dossier> dossiers) {
        int analysed = 0;
        for (int i = 0; i < 60; i++) {
            Dossier dossier = dossiers.apply(i);
            Robustness rob = Advisor.of(RATER).robustness(dossier);
            if (rob.reason().isPresent()) {
                continue;
            }
            analysed++;
            assertThat(rob.rating().criteriaVersion()).contains(version);
            assertThat(rob.leaveOneOut()).hasSize(dossier.sheets().size() == 1 ? 0 : dossier.sheets().size());
            long sum = rob.rating().average().orElseThrow().sum();
            for (int m = 0; m < rob.leaveOneOut().size(); m++) {
                Robustness.Dropped d = rob.leaveOneOut().get(m);
                assertThat(d.member()).isEqualTo(dossier.sheets().get(m).member());
                assertThat(d.rating().average()).hasValue(new Average(sum - rob.rating().members().get(m).total(),
                        dossier.sheets().size() - 1));
            }
            assertThat(rob.summary()).startsWith(rob.rating().stars().getAsInt() + "★ holds");
        }
        assertThat(analysed).isGreaterThan(40);
    }

    /**
     * The dossier with the shift made real: each member (for ±0.5, each of the first half of an even council) moves
     * one option by exactly one point on a criterion without star markers; empty when a member cannot.
     */
    private static Optional<Dossier> realise(Dossier dossier, ScoringSheet sheet, BigDecimal delta) {
        int n = dossier.sheets().size();
        boolean half = delta.abs().compareTo(BigDecimal.ONE) < 0;
        if (half && n % 2 == 1) {
            return Optional.empty();
        }
        int step = delta.signum();
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            MemberSheet member = dossier.sheets().get(m);
            if (half && m >= n / 2) {
                sheets.add(member);
                continue;
            }
            Map<String, String> choices = new LinkedHashMap<>(member.choices());
            boolean done = false;
            for (Criterion c : sheet.criteria()) {
                if (done || c.hasStarMinimums() || !choices.containsKey(c.code())
                        || sheet.criteria().stream().anyMatch(d -> d.onlyIf().filter(a -> a.criterion()
                                .equals(c.code())).isPresent())) {
                    continue;
                }
                int points = c.option(choices.get(c.code())).orElseThrow().points();
                Optional<Option> next = c.options().stream().filter(o -> o.points() == points + step).findFirst();
                if (next.isPresent()) {
                    choices.put(c.code(), next.get().id());
                    done = true;
                }
            }
            if (!done) {
                return Optional.empty();
            }
            sheets.add(MemberSheet.of(member.member(), choices));
        }
        return Optional.of(dossier.withSheets(sheets));
    }
}
