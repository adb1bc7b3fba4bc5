package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data of 781/QĐ-TTg (2020): it amends 1048, so its file declares {@code basedOn: QD-1048-2019} and states only
 * what 781 changed — the tourism group's name, the portal's tourism sheet and the partly known minimum requirements
 * of Phụ lục II mục 6 — while the loader gives it 1048's classification and product sheets.
 */
class Qd781CriteriaTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final CriteriaVersion V781 = CATALOGUE.version("QD-781-2020");
    private static final CriteriaVersion V1048 = CATALOGUE.version("QD-1048-2019");

    @Test
    void takesTheClassificationAndTheProductSheetsOf1048_whoseProvenanceStillNames1048() {
        assertThat(V781.basedOn()).contains("QD-1048-2019");
        assertThat(V781.productSets()).extracting(ProductSet::code)
                .containsExactlyElementsOf(V1048.productSets().stream().map(ProductSet::code).toList());
        assertThat(V781.setsWithSheets()).hasSize(26);
        for (String set : V1048.setsWithSheets()) {
            if (set.equals("VI.1")) {
                continue;
            }
            ScoringSheet ours = V781.sheet(set);
            ScoringSheet theirs = V1048.sheet(set);
            assertThat(ours.provenance()).as(set).isEqualTo(theirs.provenance());
            assertThat(ours.provenance().decision()).isEqualTo("1048/QĐ-TTg");
            assertThat(ours.criteria()).as(set).extracting(Criterion::code)
                    .containsExactlyElementsOf(theirs.criteria().stream().map(Criterion::code).toList());
            assertThat(ours.criteria().stream().flatMap(c -> c.options().stream()).map(o -> o.id() + "=" + o.points()))
                    .as(set).containsExactlyElementsOf(theirs.criteria().stream().flatMap(c -> c.options().stream())
                            .map(o -> o.id() + "=" + o.points()).toList());
        }
    }

    /**
     * 781 renamed the tourism group (Phụ lục I, Phần VI, Mục 1) and the councils of 2021–2022 scored tourism with the
     * portal's sheet, which differs from 1048's: choose-one criteria, three of them with two option series.
     */
    @Test
    void tourismIsRenamedAndScoredWithThePortalsSheet() {
        assertThat(V1048.productSet("VI.1").name()).isEqualTo("Dịch vụ du lịch - truyền thống - lễ hội");
        assertThat(V781.productSet("VI.1").name()).isEqualTo("Dịch vụ du lịch cộng đồng và điểm du lịch");
        ScoringSheet tourism = V781.sheet("VI.1");
        assertThat(tourism.status()).isEqualTo(SourceStatus.PORTAL);
        assertThat(tourism.title()).isEqualTo("Dịch vụ du lịch cộng đồng và điểm du lịch");
        assertThat(tourism.criteria()).allMatch(c -> c.select() == Criterion.Select.ONE);
        assertThat(tourism.statedMaxPoints()).isEqualTo(100);
        assertThat(tourism.reachableMaxPoints()).isEqualTo(100);
        assertThat(tourism.criteria().stream().mapToInt(c -> c.options().size()).sum()).isEqualTo(94);
    }

    /**
     * The portal's tourism sheet lists two option series under items 9, 10 and 16 (points restart): read as two
     * mutually exclusive cases, community tourism and tourist spot, like 3.2's cases — an inferred reading.
     */
    @Test
    void tourismPortal_twoOptionSeriesAreCases() {
        ScoringSheet tourism = V781.sheet("VI.1");
        assertThat(tourism.anomalies()).filteredOn(a -> a.kind() == Anomaly.Kind.OPTION_SERIES)
                .extracting(a -> a.at().orElseThrow()).containsExactly("9", "10", "16");
        for (String code : List.of("9", "10", "16")) {
            Criterion c = tourism.criterion(code).orElseThrow();
            assertThat(c.cases()).hasSize(2);
            assertThat(c.doubt()).hasValueSatisfying(d -> assertThat(d).contains("inferred"));
        }
    }

    @Test
    void minimumRequirements_areAPartialTableMappedToOptionsByOurReading() {
        StarMinimums minimums = V781.starMinimums();
        assertThat(minimums.kind()).isEqualTo(StarMinimums.Kind.PARTIAL);
        assertThat(minimums.exemptSets()).containsExactly("VI.1");
        assertThat(minimums.requirements()).extracting(r -> r.id() + " " + r.stars() + "★")
                .containsExactly("781-C-2-1 2★", "781-C-3-1 3★", "781-C-3-2 3★", "781-C-3-3 3★", "781-C-4-2 4★");
        assertThat(minimums.unknown()).extracting(u -> u.row() + " " + u.stars()).containsExactly(
                "Sản phẩm và sức mạnh cộng đồng [2, 3, 4, 5]", "Khả năng tiếp thị [2, 3, 4, 5]",
                "Chất lượng sản phẩm [4]", "Chất lượng sản phẩm [5]");
        // what each requirement says must be what the option it is mapped to says
        Map<String, String> phrase = Map.of("781-C-2-1", "Có hồ sơ công bố", "781-C-3-1", "công bố",
                "781-C-3-2", "hồ sơ lô sản xuất", "781-C-3-3", "có giá trị mỹ thuật, kỹ thuật", "781-C-4-2", "độc đáo");
        for (StarMinimums.Requirement r : minimums.requirements()) {
            r.markers().forEach((set, optionId) -> {
                Option option = V781.sheet(set).criteria().stream().flatMap(c -> c.options().stream())
                        .filter(o -> o.id().equals(optionId)).findFirst().orElseThrow();
                assertThat(option.text().toLowerCase()).as(r.id() + " on " + set)
                        .contains(phrase.get(r.id()).toLowerCase());
                assertThat(option.minStars()).as(r.id() + " on " + set).hasValue(r.stars());
                assertThat(option.provenance().decision()).isEqualTo("1048/QĐ-TTg");
                assertThat(option.minStarsProvenance()).isEqualTo(new Provenance("781/QĐ-TTg", "Phụ lục II",
                        "mục 6", r.id() + " → " + optionId, SourceStatus.INFERRED));
            });
        }
    }

    /** "nhóm 4 và 5" (textiles and crafts, as we read the groups) must have a quality description for 2★. */
    @Test
    void the2StarRequirementLandsOnTheCraftSheets_andCannotBeMappedOnTextiles() {
        StarMinimums.Requirement twoStar = V781.starMinimums().requirements().get(0);
        assertThat(twoStar.markers()).containsExactly(Map.entry("IV.1", "7.b"), Map.entry("IV.2", "7.b"));
        assertThat(twoStar.notMapped()).containsOnlyKeys("V.1");
        assertThat(V781.sheet("IV.1").criterion("7").orElseThrow().option("7.b").orElseThrow().minStars())
                .hasValue(2);
    }

    @Test
    void ratingsSayWhatWasCheckedAndWhatCouldNotBe() {
        StarMinimums.Coverage food = V781.starMinimums().coverage("I.3.3").orElseThrow();
        assertThat(food.checked()).containsExactly(
                "781-C-3-1 3★ Chất lượng sản phẩm: Hồ sơ công bố chất lượng sản phẩm: có công bố tiêu chuẩn sản phẩm"
                        + " theo quy định → option 8.1.d (mapping inferred)",
                "781-C-3-2 3★ Chất lượng sản phẩm: Đảm bảo chất lượng sản phẩm (nhóm 1, 2, 3 và 4): có kế hoạch kiểm "
                        + "soát nội bộ gắn với truy xuất nguồn gốc theo quy định của pháp luật → option 9.d (mapping "
                        + "inferred)",
                "781-C-4-2 4★ Chất lượng sản phẩm: Tính độc đáo (nhóm 1, 2, 3 và 4): chất lượng sản phẩm độc đáo, "
                        + "mang tính đặc trưng → option 7.c (mapping inferred)");
        assertThat(food.notChecked()).hasSize(4).allMatch(s -> s.contains("unknown"));
        StarMinimums.Coverage textiles = V781.starMinimums().coverage("V.1").orElseThrow();
        assertThat(textiles.notChecked()).filteredOn(s -> s.contains("not mapped on this sheet")).hasSize(3);
        assertThat(V781.starMinimums().coverage("VI.1").orElseThrow().notChecked()).singleElement().asString()
                .startsWith("the table does not apply to product set VI.1");
        assertThat(V1048.starMinimums().coverage("I.3.3")).isEmpty();
    }

    @Test
    void the1048SheetsCarryNoMinimums_theTableIs781s() {
        for (String set : V1048.setsWithSheets()) {
            assertThat(V1048.sheet(set).starMinimumCount()).as(set).isZero();
        }
        Map<String, Integer> markers = V781.setsWithSheets().stream()
                .collect(Collectors.toMap(s -> s, s -> V781.sheet(s).starMinimumCount()));
        assertThat(markers).containsEntry("I.3.3", 3).containsEntry("IV.1", 3).containsEntry("V.1", 1)
                .containsEntry("III.1", 2).containsEntry("VI.1", 0);
    }
}
