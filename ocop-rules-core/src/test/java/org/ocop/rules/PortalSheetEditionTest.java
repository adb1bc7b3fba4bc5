package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.json.ParsedJson;

/**
 * The portal sheet edition of the 1048/781 sheets (the national scoring portal "Số hóa OCOP" that councils used in
 * 2021–2022), written by {@code tools/convert-portal-1048.py} from {@code criteria-2019-2020.yaml}: every sheet's
 * sums and anomalies as the data states them, option counts as in the reference, option ids shared with the
 * decision edition, and its selection by name for rating and replay.
 */
class PortalSheetEditionTest {

    private static final CriteriaVersion V1048 = CriteriaCatalogue.bundled().version("QD-1048-2019");
    private static final CriteriaVersion PORTAL_1048 = V1048.withSheetEdition("portal");
    private static final CriteriaVersion V781 = CriteriaCatalogue.bundled().version("QD-781-2020");
    private static final CriteriaVersion PORTAL_781 = V781.withSheetEdition("portal");

    /**
     * Options per portal sheet, counted by program from {@code criteria-2019-2020.yaml} (tools/convert-portal-1048.py
     * counts them again and refuses to write when one differs).
     */
    private static final Map<Integer, Integer> PORTAL_OPTIONS = Map.ofEntries(Map.entry(1, 113), Map.entry(2, 109),
            Map.entry(4, 114), Map.entry(5, 112), Map.entry(6, 113), Map.entry(7, 112), Map.entry(8, 113),
            Map.entry(9, 113), Map.entry(10, 113), Map.entry(11, 112), Map.entry(12, 113), Map.entry(13, 113),
            Map.entry(14, 117), Map.entry(15, 106), Map.entry(16, 104), Map.entry(17, 101), Map.entry(18, 104),
            Map.entry(19, 102), Map.entry(20, 106), Map.entry(21, 99), Map.entry(22, 100), Map.entry(23, 98),
            Map.entry(24, 103), Map.entry(25, 104), Map.entry(26, 94));

    private static int options(ScoringSheet sheet) {
        return sheet.criteria().stream().mapToInt(c -> c.options().size()).sum();
    }

    @Test
    void everyVersionOffersTheDecisionEdition_1048and781AlsoThePortals() {
        assertThat(V1048.sheetEditions()).containsExactly("decision", "portal");
        assertThat(V781.sheetEditions()).containsExactly("decision", "portal");
        assertThat(CriteriaCatalogue.bundled().version("QD-26-2026").sheetEditions()).containsExactly("decision");
        assertThat(V781.sheetEdition()).isEqualTo("decision");
        assertThat(PORTAL_781.edition()).as("the data release is another axis").isEqualTo(V781.edition());
        assertThatThrownBy(() -> V1048.withSheetEdition("draft")).isInstanceOf(CriteriaLookupException.class)
                .hasMessage("criteria version QD-1048-2019: unknown sheet edition: draft; allowed: decision, portal");
    }

    @Test
    void thePortalHas24ProductSheets_and781AddsItsTourismSheet_everyOptionCounted() {
        assertThat(PORTAL_1048.setsWithSheets()).hasSize(24).doesNotContain("I.2.1", "VI.1");
        assertThat(PORTAL_781.setsWithSheets()).hasSize(25).doesNotContain("I.2.1").contains("VI.1");
        Map<Integer, Integer> counted = new TreeMap<>();
        for (String set : PORTAL_781.setsWithSheets()) {
            ScoringSheet sheet = PORTAL_781.sheet(set);
            counted.put(sheet.number(), options(sheet));
            assertThat(sheet.status()).as(set).isEqualTo(SourceStatus.PORTAL);
        }
        assertThat(counted).isEqualTo(new TreeMap<>(PORTAL_OPTIONS));
    }

    /** Set 3 "Gạo, ngũ cốc" has no rows in the portal's tables: no sheet in this edition, said clearly. */
    @Test
    void set3_riceIsAbsentFromThePortal() {
        assertThatThrownBy(() -> PORTAL_781.sheet("I.2.1")).isInstanceOf(CriteriaLookupException.class)
                .hasMessageStartingWith("criteria version QD-781-2020: no scoring sheet is in the data for product "
                        + "set: I.2.1; allowed: I.1.1, I.1.2, I.2.2,");
        Rating rating = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal"))
                .rate(Dossier.of("P-3", "I.2.1", LocalDate.of(2021, 6, 1), List.of()));
        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier P-3, field productSet: no scoring sheet of QD-781-2020 (sheet edition portal) "
                        + "is in the data for product set: I.2.1; allowed: ");
    }

    @Test
    void everySheetStates100_andReaches100_except10_16_19() {
        for (String set : PORTAL_781.setsWithSheets()) {
            ScoringSheet sheet = PORTAL_781.sheet(set);
            assertThat(sheet.statedMaxPoints()).as(set).isEqualTo(100);
            int expected = List.of(10, 16, 19).contains(sheet.number()) ? 98 : 100;
            assertThat(sheet.reachableMaxPoints()).as(set).isEqualTo(expected);
        }
    }

    private static List<String> anomalies(int number) {
        ScoringSheet sheet = PORTAL_781.setsWithSheets().stream().map(PORTAL_781::sheet)
                .filter(s -> s.number() == number).findFirst().orElseThrow();
        return sheet.anomalies().stream().map(a -> a.kind() + "@" + a.at().orElse("-")).toList();
    }

    /** The portal lost two points on "Tính độc đáo" of set 10 (0/1/2/3 where the decision prints 0/1/3/5). */
    @Test
    void set10_portalPartCAddsTo38() {
        assertThat(anomalies(10)).containsExactly("CAP_MISMATCH@C");
        assertThat(PORTAL_781.sheet("I.4.1").criterion("7").orElseThrow().options()).extracting(Option::points)
                .containsExactly(0, 1, 2, 3);
    }

    /** Set 16's sensory items and uniqueness differ from the decision; Part C adds to 38; 6.4 is skipped. */
    @Test
    void set16_portalPartCAddsTo38_andSkips6_4() {
        assertThat(anomalies(16)).containsExactly("CAP_MISMATCH@C", "NUMBERING_GAP@6.5");
    }

    /** Set 19's "Kiểm tra định kỳ" has cap 3 on the portal (cap 5 over the same options in the decision). */
    @Test
    void set19_portalPartCAddsTo38() {
        assertThat(anomalies(19)).containsExactly("CAP_MISMATCH@C");
        assertThat(PORTAL_781.sheet("III.1").criterion("10").orElseThrow().maxPoints()).isEqualTo(3);
    }

    /** Set 6's 6.2 "Ngoại hình" prints 3 points for both "Tương đối đồng đều" and "Đồng đều", as the decision does. */
    @Test
    void set6_duplicatePointsOn6_2() {
        assertThat(anomalies(6)).containsExactly("DUPLICATE_POINTS@6.2");
        assertThat(PORTAL_781.sheet("I.3.2").criterion("6.2").orElseThrow().options()).extracting(Option::points)
                .containsExactly(0, 1, 3, 3);
    }

    /** Set 14's portal data numbers two sub-criteria 6.1.3; the edition uses the decision's codes 6.1.4 and 6.1.5. */
    @Test
    void set14_numberingTypo() {
        assertThat(anomalies(14)).containsExactly("TYPO@6.1.4");
        assertThat(PORTAL_781.sheet("I.6").criteria()).extracting(Criterion::code)
                .containsSequence("6.1.3", "6.1.4", "6.1.5");
    }

    /** Set 2 jumps from group 7 to 9, set 15 from 6.3 to 6.5: numbering only, the sums hold. */
    @Test
    void sets2and15_numberingGaps() {
        assertThat(anomalies(2)).containsExactly("NUMBERING_GAP@9");
        assertThat(anomalies(15)).containsExactly("NUMBERING_GAP@6.5");
    }

    /**
     * Option ids are the decision edition's wherever the option is at the same place of the same criterion, so a
     * portal-scored dossier rates under either edition. Only the options one edition lacks differ.
     */
    @Test
    void optionIdsAreSharedWithTheDecisionEdition() {
        List<String> onlyPortal = new ArrayList<>();
        List<String> onlyDecision = new ArrayList<>();
        Map<String, List<String>> pointsDiffer = new LinkedHashMap<>();
        for (String set : PORTAL_1048.setsWithSheets()) {
            ScoringSheet portal = PORTAL_1048.sheet(set);
            ScoringSheet decision = V1048.sheet(set);
            assertThat(portal.criteria()).extracting(Criterion::code).as(set)
                    .containsExactlyElementsOf(decision.criteria().stream().map(Criterion::code).toList());
            for (Criterion p : portal.criteria()) {
                Criterion d = decision.criterion(p.code()).orElseThrow();
                p.options().stream().filter(o -> d.option(o.id()).isEmpty())
                        .forEach(o -> onlyPortal.add(set + " " + o.id()));
                d.options().stream().filter(o -> p.option(o.id()).isEmpty())
                        .forEach(o -> onlyDecision.add(set + " " + o.id()));
                if (p.options().stream().anyMatch(o -> d.option(o.id()).filter(x -> x.points() != o.points())
                        .isPresent())) {
                    pointsDiffer.computeIfAbsent(set, k -> new ArrayList<>()).add(p.code());
                }
            }
        }
        assertThat(onlyPortal).containsExactly("I.3.3 3.1.c");
        assertThat(onlyDecision).containsExactly("II.1.2 6.2.d", "II.1.2 6.3.e", "II.1.2 6.5.e");
        assertThat(pointsDiffer).as("criteria-2019-decision.md §2: sets 10 and 16")
                .containsExactly(Map.entry("I.4.1", List.of("7")), Map.entry("II.1.2", List.of("6.2", "6.3", "6.5",
                        "7")));
    }

    /** 781's minimum requirements mark the same option ids in the portal edition. */
    @Test
    void the781MinimumsApplyToThePortalEditionToo() {
        assertThat(PORTAL_781.sheet("I.3.3").criterion("9").orElseThrow().option("9.d").orElseThrow().minStars())
                .hasValue(3);
        assertThat(PORTAL_1048.sheet("I.3.3").starMinimumCount()).isZero();
    }

    private static Dossier best(String id, String set, ScoringSheet sheet) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            choices.put(c.code(), c.options().stream().max(java.util.Comparator.comparingInt(Option::points))
                    .orElseThrow().id());
        }
        return Dossier.of(id, set, LocalDate.of(2021, 9, 1), List.of(MemberSheet.of("An", choices),
                MemberSheet.of("Bình", choices)));
    }

    @Test
    void theEditionIsChosenByName_andTheRatingNamesIt() {
        Dossier d = best("BT-2021-010", "I.4.1", V781.sheet("I.4.1"));
        Rating decision = Rater.standard().rate(d);
        Rating portal = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal")).rate(d);

        assertThat(decision.average()).hasValue(new Average(200, 2));
        assertThat(portal.average()).as("7.d is 3 points on the portal").hasValue(new Average(196, 2));
        assertThat(portal.version().orElseThrow().version().sheetEdition()).isEqualTo("portal");
        assertThat(portal.warnings()).contains("sheet I.4.1 cannot reach 100 points as printed: its best total is 98");
        assertThat(portal.explain()).contains("data edition 2026a, sheet edition portal)");
        assertThat(ParsedJson.of(portal).get("sheetEdition").asText()).isEqualTo("portal");
        assertThat(ParsedJson.of(portal).get("dataEdition").asText()).isEqualTo("2026a");
        assertThat(ParsedJson.of(decision).get("sheetEdition").asText()).isEqualTo("decision");
        assertThat(ParsedJson.of(portal).get("settings").get("sheetEdition").asText()).isEqualTo("portal");
    }

    @Test
    void aVersionWithoutThatEditionIsAnInvalidRatingNamingItsEditions() {
        Rating rating = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal"))
                .rate(Dossier.of("DL-2026-1", "I.1.a", LocalDate.of(2026, 6, 1), List.of()));

        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).singleElement().extracting(Problem::message).isEqualTo("dossier DL-2026-1, "
                + "setting sheetEdition: criteria version QD-26-2026 has no such sheet edition: portal; allowed: "
                + "decision");
    }

    private static Dossier recorded(Dossier d, String average) {
        return d.withRecorded(RecordedResult.empty().withAverage(new BigDecimal(average)));
    }

    /**
     * A portal-scored dossier replayed under the decision edition: the recorded 98.00 is reproduced by the portal's
     * points, so the cause is the data edition, criterion by criterion; and the reverse.
     */
    @Test
    void aReplayUnderTheOtherEditionNamesTheDataEditionCriterionByCriterion() {
        Dossier d = best("BT-2021-011", "I.4.1", V781.sheet("I.4.1"));
        Replay underDecision = Rater.standard().replay(recorded(d, "98.00"));
        Replay underPortal = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal"))
                .replay(recorded(d, "100.00"));

        assertThat(underDecision.discrepancies()).singleElement().satisfies(x -> {
            assertThat(x.cause()).isEqualTo(Discrepancy.Cause.DATA_EDITION);
            assertThat(x.explanation()).isEqualTo("the record matches the sheets counted with the portal sheet "
                    + "edition of QD-781-2020 (average 196/2 = 98); the replay used the decision edition; criteria "
                    + "whose points differ: 7 (7.d: 5 points in the decision edition, 3 in the portal)");
        });
        assertThat(underPortal.discrepancies()).singleElement().satisfies(x -> {
            assertThat(x.cause()).isEqualTo(Discrepancy.Cause.DATA_EDITION);
            assertThat(x.explanation()).contains("criteria whose points differ: 7 (7.d: 3 points in the portal "
                    + "edition, 5 in the decision)");
        });
        assertThat(underDecision.explain()).contains("sheet edition decision; SUBMISSION_DATE)");
    }

    /**
     * The portal offers set 7's third organisation type (3.1.c), which the decision does not print: a portal-scored
     * dossier that chose it is refused under the decision edition with a message pointing to the portal edition.
     */
    @Test
    void anOptionOfThePortalEditionOnly_isNamedAsSuch() {
        Dossier d = best("BT-2021-012", "I.3.3", PORTAL_781.sheet("I.3.3"));
        Rating decision = Rater.standard().rate(d);
        Rating portal = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal")).rate(d);

        assertThat(decision.problems()).extracting(Problem::message).contains("dossier BT-2021-012, member An, "
                + "criterion 3.1: unknown option (an option of the portal sheet edition only: rate with that "
                + "edition): 3.1.c; allowed: 3.1.a, 3.1.b");
        assertThat(portal.outcome()).isEqualTo(Outcome.RATED);
        assertThat(portal.average()).hasValue(new Average(200, 2));
    }
}
