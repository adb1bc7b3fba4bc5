package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ocop.rules.Dossiers.member;
import static org.ocop.rules.SheetBuilder.best;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;

/**
 * How a dossier is rated (docs/reference/rating.md, "How a dossier is rated"), as an engine-neutral specification: every engine's
 * test extends this class and returns its {@link Rater}. Every expected number below was worked out by hand from
 * the 26/2026 sheets; the messages are asserted verbatim.
 *
 * <p>Unless a test says otherwise the product set is I.1.a (Rau, củ, quả, hạt tươi). Its star minimums used here:
 * 1.3.c (3 points) for 5★, 2.1.c (3) for 4★, 2.2.c (2) for 3★, 10.b (3, with 10.c worth 5 above it) for 4★.
 */
public abstract class RatingSpecification {

    static final String SET = "I.1.a";

    /** The rater under test, with default settings. */
    protected abstract Rater rater();

    Rating rate(Dossier dossier) {
        return rater().rate(dossier);
    }

    Rating rate(RatingSettings settings, Dossier dossier) {
        return rater().withSettings(settings).rate(dossier);
    }

    static RatingSettings consensus(MinimumConsensus consensus) {
        return RatingSettings.DEFAULTS.withConsensus(consensus);
    }

    static List<String> messages(Rating rating) {
        return rating.problems().stream().map(Problem::message).toList();
    }

    static Map<String, String> choices(String... memberThenOption) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < memberThenOption.length; i += 2) {
            map.put(memberThenOption[i], memberThenOption[i + 1]);
        }
        return map;
    }

    @Nested
    class Bands {

        @ParameterizedTest(name = "members at {0} → {1} = {2} → band {3}★")
        @CsvSource({
            "30 30 29,    89/3,  29.67, 1",
            "30 30 30,    90/3,  30.00, 2",
            "50 50 49,   149/3,  49.67, 2",
            "50 50 50,   150/3,  50.00, 3",
            "70 70 69,   209/3,  69.67, 3",
            "70 70 70,   210/3,  70.00, 4",
            "90 90 89,   269/3,  89.67, 4",
            "90 90 90,   270/3,  90.00, 5",
            "100 100 99, 299/3,  99.67, 5",
            "100 100 100, 300/3, 100.00, 5",
        })
        void lowerBoundsAreInclusive_andTheExactAverageIsCompared(String totals, String exact, String displayed,
                int stars) {
            int[] t = java.util.Arrays.stream(totals.split(" ")).mapToInt(Integer::parseInt).toArray();
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, t)));

            assertThat(rating.members()).extracting(MemberScore::total).containsExactly(t[0], t[1], t[2]);
            assertThat(rating.average()).map(Average::toString).contains(exact);
            assertThat(rating.displayedAverage()).map(Object::toString).contains(displayed);
            assertThat(rating.bandStars()).hasValue(stars);
            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.stars()).hasValue(stars);
            assertThat(rating.failedMinimums()).isEmpty();
        }

        @ParameterizedTest(name = "99 members at {0}, one at {0} − 1 → {1} = {2} → {3}★")
        @CsvSource({
            "30, 2999/100, 29.99, 1",
            "50, 4999/100, 49.99, 2",
            "70, 6999/100, 69.99, 3",
            "90, 8999/100, 89.99, 4",
            "100, 9999/100, 99.99, 5",
        })
        void aHundredthBelowABound_isTheBandBelow(int bound, String exact, String displayed, int stars) {
            Rating rating = rate(Dossiers.of(SET, Dossiers.manyMembers(SET, 100, bound, bound - 1)));

            assertThat(rating.average()).map(Average::toString).contains(exact);
            assertThat(rating.displayedAverage()).map(Object::toString).contains(displayed);
            assertThat(rating.bandStars()).hasValue(stars);
            assertThat(rating.stars()).hasValue(stars);
        }

        @Test
        void anAverageShownAs90_00ButBelow90_isFourStars() {
            // 199 members at 90 and one at 89: 17999/200 = 89.995, shown half-up as 90.00, compared exactly.
            Rating rating = rate(Dossiers.of(SET, Dossiers.manyMembers(SET, 200, 90, 89)));

            assertThat(rating.average()).map(Average::toString).contains("17999/200");
            assertThat(rating.displayedAverage()).map(Object::toString).contains("90.00");
            assertThat(rating.bandStars()).hasValue(4);
            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.recognition()).flatMap(Recognition::forwardedTo).isEmpty();
        }

        @Test
        void seventyIsFourStars_andNinetyIsFiveStars() {
            assertThat(rate(Dossiers.of(SET, SheetBuilder.council(SET, 70))).stars()).hasValue(4);
            assertThat(rate(Dossiers.of(SET, SheetBuilder.council(SET, 90))).stars()).hasValue(5);
        }

        @Test
        void partAverages_addUpTheParts() {
            // Part A of I.1.a is 40 points, B 25, C 35; 1.3.b costs Part A one point.
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0)), best(SET).choose("1.3.b").by(member(1))));

            assertThat(rating.members()).extracting(MemberScore::total).containsExactly(100, 99);
            assertThat(rating.members().get(1).parts()).isEqualTo(Map.of(Part.A, 39, Part.B, 25, Part.C, 35));
            assertThat(rating.partAverages().get(Part.A)).hasToString("79/2");
            assertThat(rating.average()).map(Average::toString).contains("199/2");
            assertThat(rating.displayedAverage()).map(Object::toString).contains("99.50");
        }
    }

    @Nested
    class MinimumPolicies {

        private final Dossier fails4StarMinimum = Dossiers.of(SET, best(SET).choose("2.1.b").by(member(0)));

        @Test
        void demote_ratesTheHighestStarWhoseMinimumsAreAllMet() {
            Rating rating = rate(fails4StarMinimum);

            assertThat(rating.average()).map(Average::toString).contains("98/1");
            assertThat(rating.bandStars()).hasValue(5);
            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.stars()).hasValue(3);
            assertThat(rating.failedMinimums())
                    .extracting(FailedMinimum::criterion, FailedMinimum::stars, FailedMinimum::requiredOption,
                            FailedMinimum::requiredPoints, FailedMinimum::choices)
                    .containsExactly(tuple("2.1", 4, "2.1.c", 3, choices(member(0), "2.1.b")));
        }

        @Test
        void refuse_refusesTheBandsStar() {
            Rating rating = rate(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE), fails4StarMinimum);

            assertThat(rating.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(rating.bandStars()).hasValue(5);
            assertThat(rating.stars()).isEmpty();
            assertThat(rating.recognition()).isEmpty();
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::stars)
                    .containsExactly(tuple("2.1", 4));
        }

        @Test
        void refuse_ratesTheBandsStarWhenItsMinimumsAreMet() {
            // 1.3.b fails the 5★ minimum, but at 80 points the band is 4★ and 5★ minimums do not bind it.
            Dossier dossier = Dossiers.of(SET, best(SET).choose("1.3.b").totalling(80).by(member(0)));
            Rating rating = rate(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.failedMinimums()).isEmpty();
        }
    }

    @Nested
    class FailedMinimums {

        @Test
        void threeStarMarkerFailedInTheFiveStarBand_leavesTwoStars() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("2.2.b").by(member(0))));

            assertThat(rating.average()).map(Average::toString).contains("98/1");
            assertThat(rating.bandStars()).hasValue(5);
            assertThat(rating.stars()).hasValue(2);
            assertThat(rating.failedMinimums())
                    .extracting(FailedMinimum::criterion, FailedMinimum::stars, FailedMinimum::requiredOption,
                            FailedMinimum::requiredPoints, FailedMinimum::label)
                    .containsExactly(tuple("2.2", 3, "2.2.c", 2, "Đóng gói, bao bì sản phẩm"));
        }

        @Test
        void threeStarMarkerFailedInTheFourStarBand_leavesTwoStars() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("2.2.b").totalling(80).by(member(0))));

            assertThat(rating.bandStars()).hasValue(4);
            assertThat(rating.stars()).hasValue(2);
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::stars)
                    .containsExactly(tuple("2.2", 3));
        }

        @Test
        void fourStarMarkerFailedInTheFourStarBand_leavesThreeStars() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("2.1.b").totalling(80).by(member(0))));

            assertThat(rating.bandStars()).hasValue(4);
            assertThat(rating.stars()).hasValue(3);
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::stars)
                    .containsExactly(tuple("2.1", 4));
        }

        @Test
        void fiveStarMarkerFailed_leavesFourStars_andListsEveryMembersChoice() {
            Rating rating = rate(Dossiers.of(SET, Dossiers.sheets(best(SET), best(SET).choose("1.3.b"),
                    best(SET))));

            assertThat(rating.average()).map(Average::toString).contains("299/3");
            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.failedMinimums())
                    .extracting(FailedMinimum::criterion, FailedMinimum::stars, FailedMinimum::requiredOption,
                            FailedMinimum::choices)
                    .containsExactly(tuple("1.3", 5, "1.3.c",
                            choices(member(0), "1.3.c", member(1), "1.3.b", member(2), "1.3.c")));
            assertThat(rating.failedMinimums().get(0).provenance())
                    .hasToString("26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3");
        }

        @Test
        void severalFailedMarkers_areListedInSheetOrder() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("2.2.b", "1.3.b", "2.1.b").by(member(0))));

            // 100 − 1 (1.3.c → b) − 2 (2.1.c → b) − 2 (2.2.d → b)
            assertThat(rating.average()).map(Average::toString).contains("95/1");
            assertThat(rating.stars()).hasValue(2);
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::stars)
                    .containsExactly(tuple("1.3", 5), tuple("2.1", 4), tuple("2.2", 3));
        }

        @Test
        void markersAboveTheBand_areNotListed() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("1.3.b").totalling(80).by(member(0))));

            assertThat(rating.bandStars()).hasValue(4);
            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.failedMinimums()).isEmpty();
        }

        @Test
        void aFailedMinimumInTheTwoStarBand_isNotListed() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("2.2.a").totalling(40).by(member(0))));

            assertThat(rating.bandStars()).hasValue(2);
            assertThat(rating.stars()).hasValue(2);
            assertThat(rating.failedMinimums()).isEmpty();
        }

        @Test
        void aMarkerOnTheLowestOption_isAlwaysMet() {
            // 10.a (1 point) is marked 3★: no choice can fail it.
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("10.a").totalling(60).by(member(0))));

            assertThat(rating.stars()).hasValue(3);
            assertThat(rating.failedMinimums()).isEmpty();
        }

        /** Three members on 2.1 (4★ at 2.1.c, 3 points): 2.1.c, 2.1.c, 2.1.a — 100, 100, 97 points. */
        private final Dossier twoOfThreeMeet = Dossiers.of(SET, Dossiers.sheets(best(SET), best(SET),
                best(SET).choose("2.1.a")));

        /** Four members on 10 (4★ at 10.b, 3 points; 10.c is 5): 10.c, 10.c, 10.a, 10.a — average exactly 3. */
        private final Dossier averageReachedByTwoOfFour = Dossiers.of(SET, Dossiers.sheets(best(SET), best(SET),
                best(SET).choose("10.a"), best(SET).choose("10.a")));

        @Test
        void allMembers_aSingleDissentFails() {
            Rating rating = rate(consensus(MinimumConsensus.ALL_MEMBERS), twoOfThreeMeet);

            assertThat(rating.average()).map(Average::toString).contains("297/3");
            assertThat(rating.stars()).hasValue(3);
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::choices)
                    .containsExactly(tuple("2.1", choices(member(0), "2.1.c", member(1), "2.1.c", member(2),
                            "2.1.a")));
            assertThat(rate(consensus(MinimumConsensus.ALL_MEMBERS), averageReachedByTwoOfFour).stars())
                    .hasValue(3);
        }

        @Test
        void majority_twoOfThreeMeet_butTwoOfFourDoNot() {
            Rating rating = rate(consensus(MinimumConsensus.MAJORITY), twoOfThreeMeet);
            assertThat(rating.stars()).hasValue(5);
            assertThat(rating.failedMinimums()).isEmpty();

            Rating even = rate(consensus(MinimumConsensus.MAJORITY), averageReachedByTwoOfFour);
            assertThat(even.average()).map(Average::toString).contains("392/4");
            assertThat(even.stars()).hasValue(3);
            assertThat(even.failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::requiredOption)
                    .containsExactly(tuple("10", "10.b"));
        }

        @Test
        void averagePoints_theCriterionsAverageMustReachTheMarkedOptionsPoints() {
            // 2.1: (3 + 3 + 0) / 3 = 2 < 3 fails; 10: (5 + 5 + 1 + 1) / 4 = 3 ≥ 3 meets.
            Rating rating = rate(consensus(MinimumConsensus.AVERAGE_POINTS), twoOfThreeMeet);
            assertThat(rating.stars()).hasValue(3);
            assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion).containsExactly("2.1");

            Rating even = rate(consensus(MinimumConsensus.AVERAGE_POINTS), averageReachedByTwoOfFour);
            assertThat(even.stars()).hasValue(5);
            assertThat(even.failedMinimums()).isEmpty();
        }
    }

    @Nested
    class KnockOuts {

        @Test
        void aDisqualificationFinding_disqualifies() {
            Dossier dossier = Dossiers.of("I.3.c", best("I.3.c").by(member(0))).withFindings(List.of("DQ-1.1"));
            Rating rating = rate(dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.DISQUALIFIED);
            assertThat(rating.knockOuts()).extracting(h -> h.rule().id(), KnockOutHit::reasons)
                    .containsExactly(tuple("DQ-1.1", List.of("found by the council")));
            assertThat(rating.knockOuts().get(0).rule().kind()).isEqualTo(KnockOutRule.Kind.DISQUALIFY);
            assertThat(rating.average()).isEmpty();
            assertThat(rating.bandStars()).isEmpty();
            assertThat(rating.stars()).isEmpty();
            assertThat(rating.recognition()).isEmpty();
            assertThat(rating.problems()).isEmpty();
        }

        @Test
        void aStopFinding_stops() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0))).withFindings(List.of("STOP-6.1")));

            assertThat(rating.outcome()).isEqualTo(Outcome.STOPPED);
            assertThat(rating.knockOuts()).extracting(h -> h.rule().id()).containsExactly("STOP-6.1");
            assertThat(rating.average()).isEmpty();
            assertThat(rating.stars()).isEmpty();
        }

        @Test
        void disqualificationWinsOverStop() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0)))
                    .withFindings(List.of("STOP-6.1", "DQ-HEADER")));

            assertThat(rating.outcome()).isEqualTo(Outcome.DISQUALIFIED);
            assertThat(rating.knockOuts()).extracting(h -> h.rule().id()).containsExactly("DQ-HEADER", "STOP-6.1");
        }

        @Test
        void aKnockOutWinsOverAFailedMinimumAndACouncilBreach() {
            Dossier dossier = Dossiers.of(SET, Dossiers.sheets(best(SET).choose("1.3.a"), best(SET).totalling(80)))
                    .withFindings(List.of("STOP-2.1"));
            RatingSettings strict = RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE)
                    .withCouncilRules(new CouncilRules(false, OptionalInt.of(10), false));

            Rating rating = rate(strict, dossier);
            assertThat(rating.outcome()).isEqualTo(Outcome.STOPPED);
            assertThat(rating.failedMinimums()).isEmpty();
        }

        /** II.2.a (sheet 16): STOP-6 follows from 6.1.a, 6.2.a, 6.3.a or 6.4.a (0 points each). */
        private Dossier waterChosenBy(int members) {
            SheetBuilder[] sheets = new SheetBuilder[3];
            for (int i = 0; i < 3; i++) {
                sheets[i] = i < members ? best("II.2.a").choose("6.1.a") : best("II.2.a");
            }
            return Dossiers.of("II.2.a", Dossiers.sheets(sheets));
        }

        @ParameterizedTest(name = "{0}: 6.1.a chosen by {1} of 3 → {2}")
        @CsvSource({
            "ALL_MEMBERS,    0, RATED",
            "ALL_MEMBERS,    1, STOPPED",
            "MAJORITY,       1, RATED",
            "MAJORITY,       2, STOPPED",
            "AVERAGE_POINTS, 2, RATED",
            "AVERAGE_POINTS, 3, STOPPED",
        })
        void aTriggerOptionOnSheet16_stopsUnderEachConsensus(MinimumConsensus consensus, int chosenBy,
                Outcome outcome) {
            Rating rating = rate(consensus(consensus), waterChosenBy(chosenBy));

            assertThat(rating.outcome()).isEqualTo(outcome);
            if (outcome == Outcome.STOPPED) {
                List<String> reasons = new java.util.ArrayList<>();
                for (int i = 0; i < chosenBy; i++) {
                    reasons.add("chosen: " + member(i) + ": 6.1.a");
                }
                assertThat(rating.knockOuts()).extracting(h -> h.rule().id(), KnockOutHit::reasons)
                        .containsExactly(tuple("STOP-6", reasons));
                assertThat(rating.knockOuts().get(0).rule().kind()).isEqualTo(KnockOutRule.Kind.STOP);
            } else {
                assertThat(rating.knockOuts()).isEmpty();
                assertThat(rating.stars()).hasValue(5);
            }
        }

        @ParameterizedTest(name = "{0} {1}: 6.a chosen by {2} of 3 → {3}")
        @CsvSource({
            "III.2, ALL_MEMBERS,    1, STOPPED",
            "III.2, MAJORITY,       1, RATED",
            "III.2, MAJORITY,       2, STOPPED",
            "III.2, AVERAGE_POINTS, 2, RATED",
            "III.2, AVERAGE_POINTS, 3, STOPPED",
            "III.3, ALL_MEMBERS,    1, STOPPED",
            "III.3, MAJORITY,       1, RATED",
            "III.3, MAJORITY,       2, STOPPED",
            "III.3, AVERAGE_POINTS, 2, RATED",
            "III.3, AVERAGE_POINTS, 3, STOPPED",
        })
        void noProductDeclarationOnSheets19And20_stopsUnderEachConsensus(String set, MinimumConsensus consensus,
                int chosenBy, Outcome outcome) {
            // 6.a is 0 points on III.2 and 1 point on III.3: "average at most the trigger's points" either way.
            SheetBuilder[] sheets = new SheetBuilder[3];
            for (int i = 0; i < 3; i++) {
                sheets[i] = i < chosenBy ? best(set).choose("6.a") : best(set);
            }
            Rating rating = rate(consensus(consensus), Dossiers.of(set, Dossiers.sheets(sheets)));

            assertThat(rating.outcome()).isEqualTo(outcome);
            assertThat(rating.knockOuts()).extracting(h -> h.rule().id())
                    .containsExactlyElementsOf(outcome == Outcome.STOPPED ? List.of("STOP-6") : List.of());
        }

        @Test
        void aKnockOut_excusesCriteriaLeftWithoutAChoice() {
            Dossier disqualified = Dossiers.of(SET, best(SET).without("3.1", "12").by(member(0)))
                    .withFindings(List.of("DQ-HEADER"));
            assertThat(rate(disqualified).outcome()).isEqualTo(Outcome.DISQUALIFIED);
            assertThat(rate(disqualified).problems()).isEmpty();

            Dossier stopped = Dossiers.of("II.2.a", best("II.2.a").choose("6.1.a")
                    .without("6.2", "6.3", "6.4", "7", "8", "9", "10").by(member(0)));
            assertThat(rate(stopped).outcome()).isEqualTo(Outcome.STOPPED);
            assertThat(rate(stopped).problems()).isEmpty();
        }

        @Test
        void aTriggerCriterionLeftBlank_isNotATriggerChosen_underAveragePoints() {
            Dossier dossier = Dossiers.of("II.2.a", best("II.2.a").without("6.1").by(member(0)));
            Rating rating = rate(consensus(MinimumConsensus.AVERAGE_POINTS), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, member Nguyễn Văn An, criterion 6.1:"
                    + " no option chosen: (none); allowed: 6.1.a, 6.1.b");
        }

        @Test
        void withoutAKnockOut_aCriterionLeftWithoutAChoice_isInvalid() {
            // One of three chose 6.1.a and stopped scoring: under MAJORITY that does not stop the dossier.
            Dossier dossier = Dossiers.of("II.2.a", Dossiers.sheets(best("II.2.a").choose("6.1.a").without("7"),
                    best("II.2.a"), best("II.2.a")));
            Rating rating = rate(consensus(MinimumConsensus.MAJORITY), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, member Nguyễn Văn An, criterion 7:"
                    + " no option chosen: (none); allowed: 7.a, 7.b, 7.c, 7.d");
        }
    }

    @Nested
    class CouncilPractice {

        private final Dossier scoredByThree = Dossiers.of(SET, SheetBuilder.council(SET, 95, 90, 84));

        private Dossier withCouncil(Dossier dossier, int size, String chair, String secretary) {
            return dossier.withCouncil(new Council(size, Optional.ofNullable(chair), Optional.ofNullable(secretary)));
        }

        @Test
        void quorumNotReached_countsTheSecretaryAsTakingPart() {
            // 3 scoring members and the secretary: 4 of 9 took part; three quarters of 9 is 6.75, so 7.
            Dossier dossier = withCouncil(scoredByThree, 9, member(0), "Ngô Thị Thư");
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(true, OptionalInt.empty(),
                    false)), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
            assertThat(rating.councilBreaches()).extracting(CouncilBreach::rule, CouncilBreach::detail)
                    .containsExactly(tuple(CouncilBreach.Rule.QUORUM,
                            "4 of 9 members took part; at least 7 (three quarters) required"));
            assertThat(rating.stars()).isEmpty();
            assertThat(rating.recognition()).isEmpty();
        }

        @ParameterizedTest(name = "council of {0}, secretary {1}: quorum reached")
        @CsvSource(value = {
            "4, -",            // 3 of 4: exactly three quarters
            "5, Ngô Thị Thư",  // 3 scoring and the secretary: 4 of 5 ≥ 3.75
        }, nullValues = "-")
        void quorumReached_atThreeQuarters(int size, String secretary) {
            Dossier dossier = withCouncil(scoredByThree, size, member(0), secretary);
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(true, OptionalInt.empty(),
                    false)), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.councilBreaches()).isEmpty();
        }

        @Test
        void chairDidNotScore() {
            Dossier dossier = withCouncil(scoredByThree, 4, "Ngô Văn Chủ", null);
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(true, OptionalInt.empty(),
                    false)), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
            assertThat(rating.councilBreaches()).extracting(CouncilBreach::rule, CouncilBreach::detail)
                    .containsExactly(tuple(CouncilBreach.Rule.QUORUM, "the chair Ngô Văn Chủ did not score"));
        }

        @Test
        void spreadAboveTheMaximum_namesHighestAndLowestMembersAndTotals() {
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(false, OptionalInt.of(10),
                    false)), scoredByThree);

            assertThat(rating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
            assertThat(rating.councilBreaches()).extracting(CouncilBreach::rule, CouncilBreach::detail)
                    .containsExactly(tuple(CouncilBreach.Rule.SPREAD,
                            "highest Nguyễn Văn An 95, lowest Lê Văn Cường 84: spread 11 > 10"));
            assertThat(rating.average()).map(Average::toString).contains("269/3");
            assertThat(rating.bandStars()).hasValue(4);
        }

        @Test
        void spreadOfExactlyTheMaximum_isAllowed() {
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(false, OptionalInt.of(10),
                    false)), Dossiers.of(SET, SheetBuilder.council(SET, 95, 90, 85)));

            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.councilBreaches()).isEmpty();
        }

        @Test
        void secretaryScored() {
            Dossier dossier = withCouncil(scoredByThree, 5, member(0), member(2));
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(new CouncilRules(false, OptionalInt.empty(),
                    true)), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
            assertThat(rating.councilBreaches()).extracting(CouncilBreach::rule, CouncilBreach::detail)
                    .containsExactly(tuple(CouncilBreach.Rule.SECRETARY_SCORED,
                            "the secretary Lê Văn Cường handed in a sheet"));
        }

        @Test
        void tayNinh_listsEveryBreachInRuleOrder() {
            Dossier dossier = withCouncil(scoredByThree, 9, "Ngô Văn Chủ", member(2));
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()), dossier);

            assertThat(rating.councilBreaches()).extracting(CouncilBreach::rule, CouncilBreach::detail)
                    .containsExactly(
                            tuple(CouncilBreach.Rule.QUORUM, "3 of 9 members took part; at least 7 (three "
                                    + "quarters) required; the chair Ngô Văn Chủ did not score"),
                            tuple(CouncilBreach.Rule.SPREAD,
                                    "highest Nguyễn Văn An 95, lowest Lê Văn Cường 84: spread 11 > 10"),
                            tuple(CouncilBreach.Rule.SECRETARY_SCORED,
                                    "the secretary Lê Văn Cường handed in a sheet"));
        }

        @Test
        void everyRuleIsOffByDefault() {
            Rating rating = rate(withCouncil(scoredByThree, 9, "Ngô Văn Chủ", member(2)));

            assertThat(rater().settings().councilRules()).isEqualTo(CouncilRules.NONE);
            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.councilBreaches()).isEmpty();
        }

        @Test
        void aBreachOutranksARefusal() {
            Dossier dossier = Dossiers.of(SET, Dossiers.sheets(best(SET).choose("1.3.b"), best(SET).totalling(85)));
            Rating rating = rate(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE)
                    .withCouncilRules(new CouncilRules(false, OptionalInt.of(10), false)), dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
            assertThat(rating.councilBreaches()).extracting(CouncilBreach::detail)
                    .containsExactly("highest Nguyễn Văn An 99, lowest Trần Thị Bình 85: spread 14 > 10");
        }
    }

    @Nested
    class Recognitions {

        @Test
        void fiveStarsAtTheProvince_grantsFourStarsAndForwardsToTheMinistry() {
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, 92, 90, 91)));

            assertThat(rating.stars()).hasValue(5);
            Recognition recognition = rating.recognition().orElseThrow();
            assertThat(recognition.level()).isEqualTo(Level.PROVINCE);
            assertThat(recognition.recognisable()).isEqualTo(Set.of(3, 4));
            assertThat(recognition.grantedStars()).hasValue(4);
            assertThat(recognition.certificate()).isTrue();
            assertThat(recognition.forwardedTo()).contains(Level.MINISTRY);
            assertThat(recognition.procedure()).startsWith("26/2026/QĐ-TTg");
            assertThat(recognition.note())
                    .isEqualTo("PROVINCE may recognise 4★ of the rated 5★; forwarded to MINISTRY (from 90 points,"
                            + " potential 5★)");
        }

        @Test
        void aProductDemotedBelowFiveStars_isNotForwarded() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("1.3.b").by(member(0))));

            assertThat(rating.average()).map(Average::toString).contains("99/1");
            assertThat(rating.stars()).hasValue(4);
            Recognition recognition = rating.recognition().orElseThrow();
            assertThat(recognition.grantedStars()).hasValue(4);
            assertThat(recognition.forwardedTo()).isEmpty();
            assertThat(recognition.note()).isEqualTo("PROVINCE may recognise 4★");
        }

        @ParameterizedTest(name = "{0} points → {1}★, province grants {2}")
        @CsvSource({
            "60, 3, 3",
            "80, 4, 4",
        })
        void threeAndFourStars_areGrantedAsRated(int total, int stars, int granted) {
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, total)));

            assertThat(rating.stars()).hasValue(stars);
            assertThat(rating.recognition().orElseThrow().grantedStars()).hasValue(granted);
            assertThat(rating.recognition().orElseThrow().certificate()).isTrue();
            assertThat(rating.recognition().orElseThrow().forwardedTo()).isEmpty();
        }

        @ParameterizedTest(name = "{0} points → {1}★, no certificate")
        @CsvSource({
            "20, 1",
            "40, 2",
        })
        void oneAndTwoStars_getNoCertificate(int total, int stars) {
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, total)));

            assertThat(rating.stars()).hasValue(stars);
            Recognition recognition = rating.recognition().orElseThrow();
            assertThat(recognition.grantedStars()).isEmpty();
            assertThat(recognition.certificate()).isFalse();
            assertThat(recognition.forwardedTo()).isEmpty();
            assertThat(recognition.note()).isEqualTo(stars + "★ gets no recognition decision and no certificate");
        }

        @Test
        void theMinistry_grantsFiveStars() {
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, 95)).withLevel(Level.MINISTRY));

            Recognition recognition = rating.recognition().orElseThrow();
            assertThat(recognition.level()).isEqualTo(Level.MINISTRY);
            assertThat(recognition.grantedStars()).hasValue(5);
            assertThat(recognition.certificate()).isTrue();
            assertThat(recognition.forwardedTo()).isEmpty();
        }

        @Test
        void theMinistry_grantsNothingBelowFiveStars() {
            Rating rating = rate(Dossiers.of(SET, SheetBuilder.council(SET, 80)).withLevel(Level.MINISTRY));

            assertThat(rating.stars()).hasValue(4);
            assertThat(rating.recognition().orElseThrow().grantedStars()).isEmpty();
            assertThat(rating.recognition().orElseThrow().certificate()).isFalse();
        }

        @Test
        void aDossierUnder148_filledOn26_2026sSheet_isRefusedNamingEachCriterion148sSheetDoesNotHave() {
            Dossier dossier = Dossier.builder().id("HS-2025-077").productName("Nước mắm Phú Quốc")
                    .producer("Cơ sở Hưng Thành").productSet("I.4.a").submittedOn(LocalDate.of(2025, 3, 1))
                    .sheets(List.of(best(SET).by(member(0)))).build();
            Rating rating = rate(dossier);

            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(rating.criteriaVersion()).contains("QD-148-2023");
            // 148 has a sheet for every set (data edition 2026b): a 26/2026 sheet's criteria (1.1, 1.2, …) are not
            // 148's (1.a, 1.b, …), and each one is named with the criteria 148's sheet I.4.a does have
            String codes148 = org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-148-2023").sheet("I.4.a")
                    .criteria().stream().map(org.ocop.rules.criteria.Criterion::code)
                    .collect(java.util.stream.Collectors.joining(", "));
            assertThat(messages(rating).get(0)).isEqualTo("dossier HS-2025-077, member " + member(0) + ", criterion "
                    + "1.1: unknown criterion on sheet I.4.a: 1.1; allowed: " + codes148);
            assertThat(codes148).startsWith("1.a, 1.b, 1.c, 1.d, 1.đ, 1.e, 2.a");
        }
    }

    @Nested
    class InvalidDossiers {

        private static final String WHERE = "dossier HS-2026-001, member Nguyễn Văn An";

        private Rating rateOne(SheetBuilder sheet) {
            return rate(Dossiers.of(SET, sheet.by(member(0))));
        }

        @Test
        void unknownCriterion() {
            Rating rating = rateOne(best(SET).put("9.9", "9.9.a"));

            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(rating.average()).isEmpty();
            assertThat(rating.stars()).isEmpty();
            assertThat(messages(rating)).containsExactly(WHERE + ", criterion 9.9: unknown criterion on sheet I.1.a:"
                    + " 9.9; allowed: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 3.5,"
                    + " 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 6.1, 6.2, 6.3, 6.4, 7, 8, 9, 10, 11, 12");
        }

        @Test
        void unknownOption() {
            assertThat(messages(rateOne(best(SET).choose("1.3.x")))).containsExactly(
                    WHERE + ", criterion 1.3: unknown option: 1.3.x; allowed: 1.3.a, 1.3.b, 1.3.c");
        }

        @Test
        void optionOfAnotherCriterion() {
            assertThat(messages(rateOne(best(SET).put("1.3", "1.4.a")))).containsExactly(
                    WHERE + ", criterion 1.3: option of another criterion (1.4): 1.4.a; allowed: 1.3.a, 1.3.b, 1.3.c");
        }

        @Test
        void criterionWithoutAChoice() {
            assertThat(messages(rateOne(best(SET).without("1.3")))).containsExactly(
                    WHERE + ", criterion 1.3: no option chosen: (none); allowed: 1.3.a, 1.3.b, 1.3.c");
        }

        @Test
        void choiceOn5_2WhenTheMemberChoseNoStory() {
            assertThat(messages(rateOne(best(SET).choose("5.1.a", "5.2.a")))).containsExactly(
                    WHERE + ", criterion 5.2: choice on a criterion that does not apply (5.1 is 5.1.a: Chỉ áp dụng"
                            + " khi có câu chuyện sản phẩm): 5.2.a; allowed: no choice");
        }

        @Test
        void noStoryAndNo5_2_isValid() {
            Rating rating = rateOne(best(SET).choose("5.1.a"));

            assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
            // 100 − 5 (5.1.e → 5.1.a) − 2 (5.2.c left out)
            assertThat(rating.average()).map(Average::toString).contains("93/1");
        }

        @Test
        void twoSheetsForOneMember() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0)), best(SET).by(member(0))));

            assertThat(messages(rating)).containsExactly(
                    WHERE + ": two sheets for one member: Nguyễn Văn An; allowed: one sheet per member");
        }

        @Test
        void unknownFinding() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0))).withFindings(List.of("DQ-1.1")));

            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field findings: unknown knock-out rule"
                    + " on sheet I.1.a: DQ-1.1; allowed: DQ-HEADER, STOP-2.1, STOP-6.1");
        }

        @Test
        void unknownProductSet() {
            Rating rating = rate(Dossiers.of("I.9", best(SET).by(member(0))));

            assertThat(rating.criteriaVersion()).contains("QD-26-2026");
            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field productSet: unknown product set"
                    + " in QD-26-2026: I.9; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a,"
                    + " I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2,"
                    + " V.1, V.2, V.3, VI.1");
        }

        @Test
        void submittedBeforeTheFirstVersion() {
            Dossier dossier = Dossier.of(Dossiers.ID, SET, LocalDate.of(2019, 8, 20), List.of(best(SET).by(member(0))));
            Rating rating = rate(dossier);

            assertThat(rating.criteriaVersion()).isEmpty();
            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field submittedOn: submission date "
                    + "before the first criteria version: 2019-08-20; allowed: 2019-08-21 or later (QD-1048-2019, "
                    + "1048/QĐ-TTg)");
        }

        @Test
        void unknownCriteriaVersion() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0))).withCriteriaVersion("QD-999-2030"));

            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field criteriaVersion: unknown "
                    + "criteria version: QD-999-2030; allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026");
        }

        @Test
        void aLevelThatDoesNotEvaluate() {
            Rating rating = rate(Dossiers.of(SET, best(SET).by(member(0))).withLevel(Level.DISTRICT));

            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field level: level does not evaluate "
                    + "under 26/2026/QĐ-TTg: DISTRICT; allowed: PROVINCE, MINISTRY");
        }

        @Test
        void quorumRuleWithoutACouncil() {
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()),
                    Dossiers.of(SET, best(SET).by(member(0))));

            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field council: missing, but the "
                    + "quorum rule is on: (none); allowed: {\"size\": members on the council, \"chair\": the chair's "
                    + "name}");
        }

        @Test
        void quorumRuleWithoutAChair() {
            Rating rating = rate(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()),
                    Dossiers.of(SET, best(SET).by(member(0)))
                            .withCouncil(new Council(5, Optional.empty(), Optional.empty())));

            assertThat(messages(rating)).containsExactly("dossier HS-2026-001, field council.chair: missing, but the"
                    + " quorum rule is on: (none); allowed: the chair's name as on the sheets");
        }

        @Test
        void everyProblemIsListed_inMemberOrder() {
            Rating rating = rate(Dossiers.of(SET, best(SET).choose("1.3.x").by(member(0)),
                    best(SET).put("1.3", "1.4.a").by(member(1))));

            assertThat(messages(rating)).containsExactly(
                    WHERE + ", criterion 1.3: unknown option: 1.3.x; allowed: 1.3.a, 1.3.b, 1.3.c",
                    "dossier HS-2026-001, member Trần Thị Bình, criterion 1.3: option of another criterion (1.4): "
                            + "1.4.a; allowed: 1.3.a, 1.3.b, 1.3.c");
        }

        @Test
        void aMissingChoice_isListedWithTheOtherProblems() {
            Rating rating = rateOne(best(SET).without("1.3").choose("1.4.x"));

            assertThat(messages(rating)).containsExactlyInAnyOrder(
                    WHERE + ", criterion 1.3: no option chosen: (none); allowed: 1.3.a, 1.3.b, 1.3.c",
                    WHERE + ", criterion 1.4: unknown option: 1.4.x; allowed: 1.4.a, 1.4.b, 1.4.c");
        }
    }

    @Nested
    class ReadingDossiers {

        /** A dossier with every field, optional ones included (see the disabled test below). */
        static final String FULL = """
                {"id": "HS-2026-014", "productName": "Chè Shan tuyết Suối Giàng", "producer": "HTX Chè Suối Giàng",
                 "productSet": "I.5.a", "submittedOn": "2026-06-15", "criteriaVersion": null, "level": "PROVINCE",
                 "ratedOn": "2026-07-01", "council": {"size": 7, "chair": "Nguyễn Văn An", "secretary": null},
                 "findings": [],
                 "sheets": [{"member": "Nguyễn Văn An", "choices": {"1.1": "1.1.a", "1.2": "1.2.b"}}]}
                """;

        private DossierFormatException readError(String json) {
            try {
                DossierReader.read(json, "hs-014.json");
            } catch (DossierFormatException e) {
                return e;
            }
            throw new AssertionError("read without error: " + json);
        }

        @Test
        void aFullDossier_reads() {
            Dossier dossier = DossierReader.read(FULL, "hs-014.json");

            assertThat(dossier.id()).isEqualTo("HS-2026-014");
            assertThat(dossier.level()).contains(Level.PROVINCE);
            assertThat(dossier.council()).contains(new Council(7, Optional.of("Nguyễn Văn An"), Optional.empty()));
            assertThat(dossier.sheets().get(0).choices()).containsExactly(Map.entry("1.1", "1.1.a"),
                    Map.entry("1.2", "1.2.b"));
        }

        @Test
        void onlyTheRequiredFields_read() {
            Dossier dossier = DossierReader.read("""
                    {"id": "HS-2026-014", "productSet": "I.5.a", "submittedOn": "2026-06-15",
                     "sheets": [{"member": "Nguyễn Văn An", "choices": {"1.1": "1.1.a"}}]}""", "hs-014.json");

            assertThat(dossier.productName()).isEmpty();
            assertThat(dossier.findings()).isEmpty();
        }

        @Test
        void unknownKey_namesItsPathAndTheKnownKeys() {
            assertThat(readError(FULL.replace("\"member\": \"Nguyễn Văn An\",", "\"member\": \"Nguyễn Văn An\", "
                    + "\"memeber\": \"x\","))).hasMessage("hs-014.json at $.sheets[0].memeber: unknown key: memeber;"
                    + " allowed: choices, member");
            assertThat(readError(FULL.replace("\"findings\": [],", "\"findings\": [], \"finding\": [],")))
                    .hasMessage("hs-014.json at "
                    + "$.finding: unknown key: finding; allowed: average, council, criteriaVersion, findings, id, level, "
                    + "memberTotals, producer, productName, productSet, ratedOn, recorded, sheets, submittedOn");
        }

        @Test
        void twoChoicesForOneCriterion() {
            assertThat(readError(FULL.replace("\"1.2\": \"1.2.b\"", "\"1.1\": \"1.1.b\""))).hasMessage(
                    "hs-014.json at $.sheets[0].choices: two choices for criterion: 1.1; allowed: one option id per "
                            + "criterion");
        }

        @Test
        void aDateThatIsNotIso_namesItsField() {
            assertThat(readError(FULL.replace("2026-06-15", "15/06/2026"))).hasMessage("hs-014.json at "
                    + "$.submittedOn: not an ISO date: 15/06/2026; allowed: YYYY-MM-DD, for example 2026-06-15");
        }

        @Test
        void anUnknownLevel() {
            DossierFormatException e = readError(FULL.replace("\"PROVINCE\"", "\"COMMUNE\""));

            assertThat(e.problem()).isEqualTo("unknown level");
            assertThat(e.value()).isEqualTo("COMMUNE");
            assertThat(e.allowed()).isEqualTo("DISTRICT, PROVINCE, MINISTRY");
        }

        @Test
        void aMissingRequiredField() {
            assertThat(readError(FULL.replace("\"productSet\": \"I.5.a\",", ""))).hasMessage(
                    "hs-014.json at $.productSet: missing required field: productSet; allowed: see the README, "
                            + "Dossier format");
            assertThat(readError(FULL.replace("\"member\": \"Nguyễn Văn An\", ", ""))).hasMessage(
                    "hs-014.json at $.sheets[0].member: missing required field: member; allowed: see the README, "
                            + "Dossier format");
        }

        @Test
        void malformedJson_namesLineAndColumn() {
            DossierFormatException e = readError("{\"id\": \"HS-2026-014\",\n \"productSet\": I.5.a}");

            assertThat(e).hasMessage("hs-014.json at $.productSet: malformed JSON (line 2, column 17): Unrecognized "
                    + "token 'I': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or "
                    + "'false'); allowed: well-formed JSON (RFC 8259)");
        }

        @Test
        void rateFile_turnsAReadingErrorIntoAnInvalidRating(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("hs-014.json");
            Files.writeString(file, FULL.replace("\"findings\": [],", "\"findings\": [], \"finding\": [],"),
                    StandardCharsets.UTF_8);

            Rating rating = rater().rateFile(file);

            assertThat(rating.dossierId()).isEqualTo("hs-014.json");
            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(rating.stars()).isEmpty();
            assertThat(messages(rating)).containsExactly("hs-014.json at $.finding: unknown key: finding; allowed: "
                    + "average, council, criteriaVersion, findings, id, level, memberTotals, producer, productName, productSet, "
                    + "ratedOn, recorded, sheets, submittedOn");
        }

        @Test
        void rateFile_turnsAnUnreadableFileIntoAnInvalidRating(@TempDir Path dir) {
            Path file = dir.resolve("absent.json");

            Rating rating = rater().rateFile(file);

            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(messages(rating)).containsExactly("file absent.json: cannot be read: " + file
                    + "; allowed: a readable UTF-8 JSON file");
        }

        @Test
        void rateFile_ratesAWellFormedDossier(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("hs-014.json");
            Files.writeString(file, FULL, StandardCharsets.UTF_8);

            Rating rating = rater().rateFile(file);

            // Only 1.1 and 1.2 are chosen: every other criterion of sheet 11 is missing.
            assertThat(rating.dossierId()).isEqualTo("HS-2026-014");
            assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(messages(rating)).first().asString().isEqualTo("dossier HS-2026-014, member Nguyễn Văn An, "
                    + "criterion 1.3: no option chosen: (none); allowed: 1.3.a, 1.3.b, 1.3.c, 1.3.d");
        }

        @Test
        void readingANullDocument_isAnError() {
            assertThatThrownBy(() -> DossierReader.read("null", "hs-014.json"))
                    .isInstanceOf(DossierFormatException.class)
                    .hasMessage("hs-014.json at $: empty document: null; allowed: a JSON object");
        }
    }
}
