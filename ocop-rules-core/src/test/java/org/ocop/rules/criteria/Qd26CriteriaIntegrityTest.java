package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.Applicability;

/**
 * The shipped criteria of Decision 26/2026/QĐ-TTg, checked against the project's research transcription
 * ({@code shared/domain/reference/criteria-2023-2026.yaml}): the counts below were computed from that file, so a
 * sheet that lost or gained an option or marker in conversion fails here.
 */
class Qd26CriteriaIntegrityTest {
    private static final CriteriaVersion V = CriteriaCatalogue.bundled().version("QD-26-2026");

    @Test
    void classification_hasSixClassesSeventeenGroupsSixteenSubgroupsAndTwentySixSets() {
        List<ProductSet> sets = V.productSets();
        assertThat(sets).hasSize(26);
        assertThat(sets.stream().map(ProductSet::classCode).distinct())
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(sets.stream().map(ProductSet::groupCode).distinct()).hasSize(17);
        assertThat(sets.stream().filter(s -> !s.code().equals(s.groupCode()))).hasSize(16);
        assertThat(sets).allMatch(ProductSet::hasSheet);
    }

    @ParameterizedTest(name = "{0} (sheet {1}): {2} criteria, {3} options, markers 3★={4} 4★={5} 5★={6}")
    @CsvSource({
        "I.1.a, 1, 32, 105, 7, 12, 3",
        "I.1.b, 2, 31, 101, 7, 13, 6",
        "I.2.a, 3, 32, 104, 7, 14, 6",
        "I.2.b, 4, 32, 104, 7, 14, 6",
        "I.3.a, 5, 31, 102, 8, 13, 5",
        "I.3.b, 6, 32, 106, 8, 13, 5",
        "I.3.c, 7, 32, 104, 8, 14, 6",
        "I.3.d, 8, 32, 105, 8, 14, 6",
        "I.4.a, 9, 31, 103, 8, 14, 6",
        "I.4.b, 10, 32, 106, 8, 13, 6",
        "I.5.a, 11, 32, 106, 8, 12, 3",
        "I.5.b, 12, 32, 106, 8, 14, 3",
        "I.6, 13, 34, 109, 8, 10, 3",
        "II.1.a, 14, 29, 98, 8, 10, 3",
        "II.1.b, 15, 29, 98, 8, 13, 3",
        "II.2.a, 16, 29, 93, 7, 9, 4",
        "II.2.b, 17, 29, 97, 8, 12, 3",
        "III.1, 18, 31, 100, 7, 10, 3",
        "III.2, 19, 30, 100, 7, 10, 3",
        "III.3, 20, 30, 99, 7, 10, 3",
        "IV.1, 21, 28, 92, 7, 9, 4",
        "IV.2, 22, 28, 92, 6, 8, 4",
        "V.1, 23, 26, 86, 5, 11, 4",
        "V.2, 24, 26, 87, 4, 7, 5",
        "V.3, 25, 25, 84, 4, 9, 3",
        "VI.1, 26, 32, 92, 1, 2, 0",
    })
    void sheet_matchesTheReferenceTranscription(String set, int number, int criteria, int options, int three,
            int four, int five) {
        ScoringSheet sheet = V.sheet(set);
        assertThat(sheet.number()).isEqualTo(number);
        assertThat(sheet.criteria()).hasSize(criteria);
        assertThat(sheet.criteria().stream().mapToInt(c -> c.options().size()).sum()).isEqualTo(options);
        Map<Integer, Long> markers = sheet.criteria().stream().flatMap(c -> c.options().stream())
                .filter(Option::hasMinStars)
                .collect(Collectors.groupingBy(o -> o.minStars().getAsInt(), Collectors.counting()));
        assertThat(markers.getOrDefault(3, 0L)).isEqualTo(three);
        assertThat(markers.getOrDefault(4, 0L)).isEqualTo(four);
        assertThat(markers.getOrDefault(5, 0L)).isEqualTo(five);
    }

    @Test
    void everySheet_hasPartsFortyTwentyFiveThirtyFiveAndTotalsOneHundred() {
        for (ProductSet set : V.productSets()) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            assertThat(sheet.parts()).extracting(SheetPart::part, SheetPart::maxPoints)
                    .as(set.code()).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Part.A, 40),
                            org.assertj.core.groups.Tuple.tuple(Part.B, 25),
                            org.assertj.core.groups.Tuple.tuple(Part.C, 35));
            assertThat(sheet.statedMaxPoints()).as(set.code()).isEqualTo(100);
            assertThat(sheet.reachableMaxPoints()).as(set.code()).isEqualTo(100);
            for (Part part : Part.values()) {
                int best = sheet.criteria().stream().filter(c -> c.part() == part).mapToInt(Criterion::bestPoints)
                        .sum();
                assertThat(best).as(set.code() + " part " + part).isEqualTo(sheet.part(part).maxPoints());
            }
        }
    }

    @Test
    void allSheets_carry575StarMinimumsAnd2579Options() {
        int markers = V.productSets().stream().mapToInt(s -> s.sheet().orElseThrow().starMinimumCount()).sum();
        long options = V.productSets().stream().flatMap(s -> s.sheet().orElseThrow().criteria().stream())
                .mapToLong(c -> c.options().size()).sum();
        assertThat(markers).isEqualTo(575);
        assertThat(options).isEqualTo(2579);
    }

    @Test
    void everyOption_hasProvenanceNamingDecisionAnnexSheetAndItem() {
        for (ProductSet set : V.productSets()) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            for (Criterion criterion : sheet.criteria()) {
                for (Option option : criterion.options()) {
                    Provenance p = option.provenance();
                    assertThat(p.decision()).isEqualTo("26/2026/QĐ-TTg");
                    assertThat(p.annex()).isEqualTo("Phụ lục II");
                    assertThat(p.sheet()).isEqualTo("mục " + sheet.number());
                    assertThat(p.item()).isEqualTo(criterion.code());
                    assertThat(option.id()).startsWith(criterion.code() + ".");
                }
            }
        }
        assertThat(V.sheet("I.1.a").criterion("1.3").orElseThrow().option("1.3.c").orElseThrow().provenance())
                .hasToString("26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3");
    }

    @Test
    void optionIds_areUniqueWithinEachSheet() {
        for (ProductSet set : V.productSets()) {
            Set<String> ids = new HashSet<>();
            for (Criterion criterion : set.sheet().orElseThrow().criteria()) {
                for (Option option : criterion.options()) {
                    assertThat(ids.add(option.id())).as(set.code() + " " + option.id()).isTrue();
                }
            }
        }
    }

    @Test
    void storyStructure_appliesOnlyWhenAStoryExists_onSets1To25() {
        for (ProductSet set : V.productSets()) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            Criterion structure = sheet.criterion("5.2").orElseThrow();
            if (set.code().equals("VI.1")) {
                assertThat(structure.onlyIf()).isEmpty();
                continue;
            }
            Applicability onlyIf = structure.onlyIf().orElseThrow();
            assertThat(onlyIf.criterion()).isEqualTo("5.1");
            assertThat(onlyIf.notChosen()).containsExactly("5.1.a");
            assertThat(sheet.criterion("5.1").orElseThrow().option("5.1.a").orElseThrow().text())
                    .isEqualTo("Không có câu chuyện sản phẩm");
            assertThat(onlyIf.text()).isEqualTo("Chỉ áp dụng khi có câu chuyện sản phẩm");
        }
    }

    @Test
    void everySheetButTourism_excludesForgedDossiersInItsHeader() {
        for (ProductSet set : V.productSets()) {
            List<KnockOutRule> header = set.sheet().orElseThrow().knockOuts().stream()
                    .filter(k -> k.at().isEmpty()).toList();
            if (set.code().equals("VI.1")) {
                assertThat(header).isEmpty();
            } else {
                assertThat(header).singleElement().satisfies(k -> {
                    assertThat(k.kind()).isEqualTo(KnockOutRule.Kind.DISQUALIFY);
                    assertThat(k.trigger()).isEqualTo(KnockOutRule.Trigger.FINDING);
                    assertThat(k.text()).startsWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
                });
            }
        }
    }

    @Test
    void knockOuts_matchTheReferenceNotes() {
        Map<String, List<String>> ids = V.productSets().stream().collect(Collectors.toMap(ProductSet::code,
                s -> s.sheet().orElseThrow().knockOuts().stream().map(KnockOutRule::id).toList()));
        assertThat(ids.get("I.1.a")).containsExactly("DQ-HEADER", "STOP-2.1", "STOP-6.1");
        assertThat(ids.get("I.3.c")).containsExactly("DQ-HEADER", "DQ-1.1", "DQ-2.1", "STOP-6.1");
        assertThat(ids.get("I.5.a")).containsExactly("DQ-HEADER", "DQ-1.1", "DQ-2.1", "STOP-6.1.1");
        assertThat(ids.get("IV.1")).containsExactly("DQ-HEADER", "DQ-6.2");
        assertThat(ids.values().stream().mapToInt(List::size).sum()).isEqualTo(71);
    }

    /**
     * Sheet 16 (natural mineral water): "Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không đánh giá các
     * bước tiếp theo" is printed under 6.4 and ties the stop to the 0-point options of 6.1-6.4, so it is a CHOICE
     * rule the rating applies from the sheets, not a finding the council must record.
     */
    @Test
    void sheet16_stopsOnAZeroInSensoryItems6_1To6_4() {
        KnockOutRule stop = V.sheet("II.2.a").knockOut("STOP-6").orElseThrow();
        assertThat(stop.trigger()).isEqualTo(KnockOutRule.Trigger.CHOICE);
        assertThat(stop.options()).containsExactly("6.1.a", "6.2.a", "6.3.a", "6.4.a");
        for (String id : stop.options()) {
            String code = id.substring(0, id.lastIndexOf('.'));
            assertThat(V.sheet("II.2.a").criterion(code).orElseThrow().option(id).orElseThrow().points()).isZero();
        }
    }

    /**
     * Sheets 19-20 stop scoring "nếu không có Phiếu công bố sản phẩm"; we read that as the 0-point option "Không có
     * hồ sơ công bố tiêu chuẩn sản phẩm" of criterion 6. The reading is ours, so the rule says so.
     */
    @Test
    void sheets19And20_stopWithoutAProductDeclaration_anInferredReading() {
        for (String set : List.of("III.2", "III.3")) {
            KnockOutRule stop = V.sheet(set).knockOut("STOP-6").orElseThrow();
            assertThat(stop.options()).containsExactly("6.a");
            assertThat(stop.provenance().status()).isEqualTo(SourceStatus.INFERRED);
            assertThat(stop.doubt()).isPresent();
        }
    }

    /** Sheet 4, item 7 prints "Có trên 2 chỉ tiêu | 13" under a cap of 3: a typo, kept with its printed value. */
    @Test
    void sheet4_item7_printed13_isReadAs3_andStaysVisible() {
        Option option = V.sheet("I.2.b").criterion("7").orElseThrow().options().stream()
                .filter(o -> o.printedPoints().isPresent()).findFirst().orElseThrow();
        assertThat(option.points()).isEqualTo(3);
        assertThat(option.printedPoints()).contains("13");
        assertThat(option.status()).isEqualTo(SourceStatus.CORRECTED_TYPO);
        assertThat(V.sheet("I.2.b").anomalies()).anySatisfy(a -> {
            assertThat(a.at()).contains("7");
            assertThat(a.kind()).isEqualTo(Anomaly.Kind.TYPO);
            assertThat(a.printed()).isEqualTo("13");
        });
    }

    /** Sheet 11, item 6.1.1 prints "Có rất ít tạp chất, chấp nhận được | 11" under a cap of 2: read as 1. */
    @Test
    void sheet11_item6_1_1_printed11_isReadAs1() {
        Option option = V.sheet("I.5.a").criterion("6.1.1").orElseThrow().options().stream()
                .filter(o -> o.printedPoints().isPresent()).findFirst().orElseThrow();
        assertThat(option.points()).isEqualTo(1);
        assertThat(option.printedPoints()).contains("11");
    }

    /** Sheet 23, item 9 prints its cap as "4 1"; the options and the part sum require 4. */
    @Test
    void sheet23_item9_capPrinted4_1_isReadAs4() {
        assertThat(V.sheet("V.1").criterion("9").orElseThrow().maxPoints()).isEqualTo(4);
        assertThat(V.sheet("V.1").anomalies()).anySatisfy(a -> {
            assertThat(a.at()).contains("9");
            assertThat(a.printed()).isEqualTo("4 1");
        });
    }

    /** Sheet 26 prints "Phần A ... (35 Điểm)" but its points cell and groups (14 + 12 + 14) say 40. */
    @Test
    void sheet26_partAHeadingSays35_butTheSheetReads40() {
        assertThat(V.sheet("VI.1").part(Part.A).maxPoints()).isEqualTo(40);
        assertThat(V.sheet("VI.1").anomalies()).anySatisfy(a -> {
            assertThat(a.at()).contains("A");
            assertThat(a.kind()).isEqualTo(Anomaly.Kind.HEADING_MISMATCH);
        });
    }

    /**
     * The bilingual-label criterion (2.4; 2.3 on sheets 21-22) is printed with a 1-point cap and no options. We
     * score it yes = 1 / no = 0; the options are marked inferred and the criterion carries the doubt.
     */
    @Test
    void bilingualLabel_printedWithoutOptions_isAnInferredYesNo() {
        for (ProductSet set : V.productSets()) {
            if (set.code().equals("VI.1") || set.code().startsWith("V.")) {
                continue;
            }
            String code = set.code().startsWith("IV.") ? "2.3" : "2.4";
            Criterion criterion = set.sheet().orElseThrow().criterion(code).orElseThrow();
            assertThat(criterion.label()).as(set.code()).startsWith("Ghi nhãn hàng hóa có sử dụng song ngữ");
            assertThat(criterion.doubt()).as(set.code()).isPresent();
            assertThat(criterion.options()).extracting(Option::points, Option::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0, SourceStatus.INFERRED),
                    org.assertj.core.groups.Tuple.tuple(1, SourceStatus.INFERRED));
        }
    }

    /** Sheet 26 has mutually exclusive cases on 8, 9 and 15: each option belongs to one case. */
    @Test
    void sheet26_casesAreListedAndEveryOptionNamesOne() {
        ScoringSheet tourism = V.sheet("VI.1");
        for (String code : List.of("8", "9", "15")) {
            Criterion criterion = tourism.criterion(code).orElseThrow();
            assertThat(criterion.cases()).hasSize(2);
            assertThat(criterion.options()).allSatisfy(o -> assertThat(o.caseLabel()).isPresent());
        }
    }
}
