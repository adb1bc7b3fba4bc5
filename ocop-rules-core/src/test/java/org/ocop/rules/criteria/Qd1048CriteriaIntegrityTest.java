package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 1048/QĐ-TTg data as the decision's verbatim Word copy prints it (tools/convert-1048.py), checked against the
 * comparison table of {@code shared/domain/reference/criteria-2019-decision.md} §2 and against the shape the option
 * ids were assigned on. Each printed flaw has a test of its own whose Javadoc tells its story.
 */
class Qd1048CriteriaIntegrityTest {
    private static final CriteriaVersion V = CriteriaCatalogue.bundled().version("QD-1048-2019");

    private static ScoringSheet sheet(int number) {
        return V.productSets().stream().filter(s -> s.sheet().isPresent() && s.sheet().get().number() == number)
                .map(s -> s.sheet().get()).findFirst().orElseThrow();
    }

    private static List<Integer> points(int sheet, String code) {
        return sheet(sheet).criterion(code).orElseThrow().options().stream().map(Option::points).toList();
    }

    private static int cap(int sheet, String code) {
        return sheet(sheet).criterion(code).orElseThrow().maxPoints();
    }

    private static Anomaly anomaly(int sheet, String at, Anomaly.Kind kind) {
        return sheet(sheet).anomalies().stream().filter(a -> a.at().orElse("").equals(at) && a.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " at " + at + " on sheet " + sheet));
    }

    @Test
    void classification_hasSixSectorsSixteenGroupsAndTwentySixSetsEachWithItsSheet() {
        assertThat(V.productSets()).hasSize(26).allMatch(s -> s.sheet().isPresent());
        assertThat(V.productSets().stream().map(ProductSet::classCode).distinct()).hasSize(6);
        assertThat(V.productSets().stream().map(ProductSet::groupCode).distinct()).hasSize(16);
        assertThat(V.productSets().get(2).code()).isEqualTo("I.2.1");
        assertThat(V.productSets().get(2).name()).isEqualTo("Gạo, ngũ cốc");
        assertThat(V.productSets().get(25).name()).isEqualTo("Dịch vụ du lịch - truyền thống - lễ hội");
    }

    /** Option counts per sheet: the shape the positional ids were assigned on (convert-1048.py PINNED_COUNTS). */
    @ParameterizedTest(name = "sheet {0}: {1} options, reaches {2} of 100")
    @CsvSource({"1, 113, 100", "2, 109, 100", "3, 115, 100", "4, 114, 100", "5, 112, 100", "6, 113, 100",
        "7, 111, 99", "8, 113, 100", "9, 113, 100", "10, 113, 100", "11, 112, 100", "12, 113, 100", "13, 113, 100",
        "14, 117, 100", "15, 106, 100", "16, 107, 100", "17, 101, 100", "18, 104, 100", "19, 102, 98",
        "20, 106, 100", "21, 99, 100", "22, 100, 100", "23, 98, 100", "24, 103, 100", "25, 104, 100",
        "26, 80, 99"})
    void everySheet_hasItsOptionCountPartsOf35_25_40AndItsReachableMaximum(int number, int options, int reach) {
        ScoringSheet s = sheet(number);
        assertThat(s.criteria().stream().mapToInt(c -> c.options().size()).sum()).isEqualTo(options);
        assertThat(s.parts().stream().map(SheetPart::maxPoints)).containsExactly(35, 25, 40);
        assertThat(s.statedMaxPoints()).isEqualTo(100);
        assertThat(s.reachableMaxPoints()).isEqualTo(reach);
        assertThat(s.status()).isEqualTo(SourceStatus.CONFIRMED);
    }

    @Test
    void everyOption_hasItsPositionalIdAndProvenanceOnTheDecision() {
        for (ProductSet set : V.productSets()) {
            for (Criterion c : set.sheet().orElseThrow().criteria()) {
                for (int i = 0; i < c.options().size(); i++) {
                    Option o = c.options().get(i);
                    assertThat(o.id()).isEqualTo(c.code() + "." + (char) ('a' + i));
                    assertThat(o.provenance().decision()).isEqualTo("1048/QĐ-TTg");
                    assertThat(o.provenance().annex()).isEqualTo("Phụ lục III");
                    assertThat(o.provenance().sheet()).startsWith("mục " + set.sheet().get().number() + ", ");
                }
            }
        }
    }

    /** §2, set 3: the rice sheet the portal lacks, as {@code criteria-2019-rice.yaml} transcribes it. */
    @Test
    void set3Rice_matchesTheRiceTranscription() {
        assertThat(sheet(3).title()).isEqualTo("Gạo, ngũ cốc");
        assertThat(points(3, "1.2")).containsExactly(0, 1, 2, 3);
        assertThat(points(3, "6.1")).containsExactly(0, 1, 2, 3);
        assertThat(points(3, "6.4")).containsExactly(0, 1, 2, 3, 4);
        assertThat(points(3, "7")).containsExactly(0, 1, 2, 3, 5);
        assertThat(points(3, "8")).containsExactly(0, 1, 3, 5);
        assertThat(points(3, "9.1")).containsExactly(0, 1, 2);
        assertThat(points(3, "9.2")).containsExactly(0, 1, 2, 3);
        assertThat(points(3, "10")).containsExactly(0, 1, 2, 3, 5);
        assertThat(points(3, "11")).containsExactly(1, 3, 5);
    }

    /**
     * The rice sheet heads its uniqueness item "8. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM": its note and options are those of
     * TÍNH ĐỘC ĐÁO. The label stays as printed; the anomaly says how we read it.
     */
    @Test
    void set3_misprintedHeadingOfItem8_isRecorded() {
        assertThat(sheet(3).criterion("8").orElseThrow().label()).isEqualTo("CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM");
        assertThat(anomaly(3, "8", Anomaly.Kind.TYPO).reading()).startsWith("TÍNH ĐỘC ĐÁO");
    }

    /**
     * §2, set 4: the SQL dump merged 9.1 and 9.2; the decision prints 9.1 0/1/2 and 9.2 0/1/2/3 — but prints 9.1's
     * cap as 3, which would make Part C 41. The cap is read as 2 and the printed 3 kept in the anomaly.
     */
    @Test
    void set4_honey_9_1And9_2AreSeparateAnd9_1sPrintedCapIsATypo() {
        assertThat(points(4, "9.1")).containsExactly(0, 1, 2);
        assertThat(points(4, "9.2")).containsExactly(0, 1, 2, 3);
        assertThat(cap(4, "9.1")).isEqualTo(2);
        Anomaly typo = anomaly(4, "9.1", Anomaly.Kind.TYPO);
        assertThat(typo.printed()).contains("3 Điểm");
        assertThat(typo.status()).isEqualTo(SourceStatus.CORRECTED_TYPO);
    }

    /** §2, set 6: "Tương đối đồng đều" and "Đồng đều" are both worth 3 in the decision itself (0/1/3/3). */
    @Test
    void set6_duplicateOptionPointsOnNgoaiHinh_areKeptAsPrinted() {
        assertThat(points(6, "6.2")).containsExactly(0, 1, 3, 3);
        assertThat(anomaly(6, "6.2", Anomaly.Kind.DUPLICATE_POINTS).status()).isEqualTo(SourceStatus.CONFIRMED);
    }

    /**
     * §2, set 7: 3.1 offers two organisation types (1, 2) under a printed cap of 3; the third (HTX, or a company
     * with ≥ 51 % community capital) is missing from the decision. The sheet reaches 99.
     */
    @Test
    void set7_twoOfThreeOrganisationTypes_capUnreachableAndBest99() {
        assertThat(points(7, "3.1")).containsExactly(1, 2);
        assertThat(cap(7, "3.1")).isEqualTo(3);
        assertThat(anomaly(7, "3.1", Anomaly.Kind.CAP_UNREACHABLE).status()).isEqualTo(SourceStatus.CONFIRMED);
        assertThat(sheet(7).reachableMaxPoints()).isEqualTo(99);
    }

    /** §2, set 10: the decision's uniqueness item is 0/1/3/5; the portal lost 2 points (0/1/2/3). */
    @Test
    void set10_uniquenessIsWholeInTheDecision() {
        assertThat(points(10, "7")).containsExactly(0, 1, 3, 5);
        assertThat(sheet(10).reachableMaxPoints()).isEqualTo(100);
    }

    /** A printed cap 2 on 6.3 Màu nước whose options reach 3: Part C adds to 40 only with 3. */
    @Test
    void set13_capOfMauNuocPrinted2_isATypoFor3() {
        assertThat(points(13, "6.3")).containsExactly(0, 1, 2, 3);
        assertThat(cap(13, "6.3")).isEqualTo(3);
        assertThat(anomaly(13, "6.3", Anomaly.Kind.TYPO).printed()).contains("2 Điểm");
    }

    /** Coffee and cocoa number two sub-criteria 6.1.3 (Màu sắc, Mùi); they are renumbered by position. */
    @Test
    void set14_doubledNumber6_1_3_isRenumberedByPositionWithADoubt() {
        assertThat(sheet(14).criterion("6.1.3").orElseThrow().label()).isEqualTo("Màu sắc");
        assertThat(sheet(14).criterion("6.1.4").orElseThrow().label()).isEqualTo("Mùi");
        assertThat(sheet(14).criterion("6.1.5").orElseThrow().label()).isEqualTo("Vị");
        assertThat(anomaly(14, "6.1.4", Anomaly.Kind.TYPO).status()).isEqualTo(SourceStatus.INFERRED);
    }

    /** §2, set 16: the decision's sheet, not the portal's; 6.5 Vị is worth 8 and the numbering jumps 6.3 → 6.5. */
    @Test
    void set16_otherAlcoholicDrinks_followsTheDecisionWithItsNumberingGap() {
        assertThat(points(16, "6.2")).containsExactly(0, 1, 2, 3);
        assertThat(points(16, "6.3")).containsExactly(0, 1, 2, 4, 6);
        assertThat(points(16, "6.5")).containsExactly(0, 1, 3, 5, 8);
        assertThat(points(16, "7")).containsExactly(0, 2, 3, 5);
        assertThat(sheet(16).criterion("6.4")).isEmpty();
        assertThat(anomaly(16, "6.5", Anomaly.Kind.NUMBERING_GAP).printed()).isEqualTo("6.3 is followed by 6.5");
        assertThat(sheet(16).reachableMaxPoints()).isEqualTo(100);
    }

    /** §2, set 17: uniqueness has cap 10 with 0/2/5/10 (the dump's 0/0/2/5 is a typing error). */
    @Test
    void set17_uniquenessCap10() {
        assertThat(cap(17, "7")).isEqualTo(10);
        assertThat(points(17, "7")).containsExactly(0, 2, 5, 10);
    }

    /** Set 17 prints 6.1 Tạp chất lạ with a cap of 5 over options 0/3: Part C adds to 40 only with 3. */
    @Test
    void set17_capOfTapChatPrinted5_isATypoFor3() {
        assertThat(points(17, "6.1")).containsExactly(0, 3);
        assertThat(cap(17, "6.1")).isEqualTo(3);
        assertThat(anomaly(17, "6.1", Anomaly.Kind.TYPO).printed()).contains("5 Điểm");
    }

    /**
     * §2, set 19: "10. KIỂM TRA ĐỊNH KỲ" prints a cap of 5 over options 0/1/3. The printed caps add to 40, the best
     * options to 38: a flaw of the decision itself, kept, so the sheet reaches 98.
     */
    @Test
    void set19_periodicTestingCap5Reaches3_best98() {
        assertThat(cap(19, "10")).isEqualTo(5);
        assertThat(points(19, "10")).containsExactly(0, 1, 3);
        assertThat(anomaly(19, "10", Anomaly.Kind.CAP_UNREACHABLE).status()).isEqualTo(SourceStatus.CONFIRMED);
        assertThat(sheet(19).reachableMaxPoints()).isEqualTo(98);
    }

    /** Textiles print 6.5 with a cap of 3 over options 0/1/3/5: Part C adds to 40 only with 5. */
    @Test
    void set25_capOfMaterialQualityPrinted3_isATypoFor5() {
        assertThat(points(25, "6.5")).containsExactly(0, 1, 3, 5);
        assertThat(cap(25, "6.5")).isEqualTo(5);
        assertThat(anomaly(25, "6.5", Anomaly.Kind.TYPO).status()).isEqualTo(SourceStatus.CORRECTED_TYPO);
    }

    /**
     * §3: the original tourism sheet. Part A prints 35 but its criteria add to 34; Part C is a checklist whose seven
     * items each add their ticked lines up to a cap equal to the sum of the lines. Best 99.
     */
    @Test
    void set26_originalTourismSheet_partAIs34Of35AndPartCIsAChecklist() {
        ScoringSheet s = sheet(26);
        assertThat(anomaly(26, "A", Anomaly.Kind.CAP_MISMATCH).printed()).contains("35 Điểm");
        int partA = s.criteria().stream().filter(c -> c.part() == Part.A).mapToInt(Criterion::bestPoints).sum();
        assertThat(partA).isEqualTo(34);
        Map<String, Integer> checklist = s.criteria().stream().filter(c -> c.part() == Part.C)
                .peek(c -> assertThat(c.select()).isEqualTo(Criterion.Select.ANY))
                .collect(Collectors.toMap(Criterion::code, Criterion::maxPoints));
        assertThat(checklist).containsExactlyInAnyOrderEntriesOf(
                Map.of("6", 5, "7", 6, "8", 6, "9", 5, "10", 5, "11", 5, "12", 8));
        assertThat(points(26, "6")).containsExactly(1, 1, 2, 1);
        assertThat(points(26, "12")).containsExactly(2, 3, 3);
        assertThat(points(26, "1.1")).containsExactly(0, 1, 3, 6);
        assertThat(points(26, "1.2")).containsExactly(1, 3, 5, 10);
        assertThat(s.reachableMaxPoints()).isEqualTo(99);
        assertThat(s.criteria().stream().filter(c -> c.part() != Part.C))
                .allMatch(c -> c.select() == Criterion.Select.ONE);
    }

    /** Sets 2 and 15 skip a number (8; 6.4) without losing points: recorded, not renumbered. */
    @Test
    void numberingGapsOnSets2And15_areRecorded() {
        assertThat(anomaly(2, "9", Anomaly.Kind.NUMBERING_GAP).printed()).isEqualTo("7 is followed by 9");
        assertThat(anomaly(15, "6.5", Anomaly.Kind.NUMBERING_GAP).printed()).isEqualTo("6.3 is followed by 6.5");
    }

    /** The rice sheet's 3.2.b prints a stray "2 Điểm" inside its text; the points cell says 2, the text is kept. */
    @Test
    void set3_strayPointsInsideTheTextOf3_2b_areRecorded() {
        assertThat(sheet(3).criterion("3.2").orElseThrow().option("3.2.b").orElseThrow().text())
                .contains("HĐQT, 2 Điểm HĐTV");
        assertThat(points(3, "3.2")).containsExactly(1, 2, 0, 1);
        assertThat(anomaly(3, "3.2", Anomaly.Kind.TYPO).status()).isEqualTo(SourceStatus.CORRECTED_TYPO);
    }

    /**
     * The publisher's copy garbles a few words (legacy-font residue: "THEO trường … (MyÞ, Nhâòt, EU…)" on set 5,
     * "Hõi đục" on sets 13 and 14). Texts stay as printed; each such option carries a doubt naming the residue.
     */
    @Test
    void garbledWordsOfThePublishersCopy_stayAsPrintedWithADoubt() {
        Option export = sheet(5).criterion("10").orElseThrow().option("10.c").orElseThrow();
        assertThat(export.text()).contains("MyÞ, Nhâòt");
        assertThat(export.doubt()).get().asString().contains("Mỹ").contains("Nhật");
        Option colour = sheet(13).criterion("6.3").orElseThrow().option("6.3.a").orElseThrow();
        assertThat(colour.text()).startsWith("Hõi đục");
        assertThat(colour.doubt()).get().asString().contains("Hơi");
    }

    /** Case 1 / case 2 of 3.2 carry the labels the decision prints. */
    @Test
    void criterion3_2_hasItsTwoPrintedCases() {
        assertThat(sheet(1).criterion("3.2").orElseThrow().cases()).hasSize(2)
                .allMatch(c -> c.contains("Trường hợp"));
    }
}
