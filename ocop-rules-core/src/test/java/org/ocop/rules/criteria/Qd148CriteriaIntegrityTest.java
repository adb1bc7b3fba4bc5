package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the data holds for 148/QĐ-TTg: its procedure and bands as before, a classification inferred from 26/2026's,
 * and the one recovered sheet, set 1 "Rau, củ, quả, hạt tươi", from a secondary source
 * ({@code shared/domain/reference/criteria-2023-set1.md}; tools/convert-148-set1.py). Every doubt stays visible.
 */
class Qd148CriteriaIntegrityTest {
    private static final CriteriaVersion V = CriteriaCatalogue.bundled().version("QD-148-2023");

    private static Criterion criterion(String code) {
        return V.sheet("I.1.a").criterion(code).orElseThrow();
    }

    /** 148's Phụ lục I was not read: the tree is 26/2026's, marked inferred, with 2023's ministries unknown. */
    @Test
    void classification_isInferredFrom26_2026WithTwentySixSetsAndOnlySet1HasASheet() {
        assertThat(V.productSets()).hasSize(26);
        assertThat(V.setsWithSheets()).containsExactly("I.1.a");
        assertThat(V.productSets()).allMatch(s -> s.ministry().startsWith("unknown"));
    }

    @Test
    void set1_adds40_25_35WithEveryCapReachedAndItsOptionCount() {
        ScoringSheet s = V.sheet("I.1.a");
        assertThat(s.parts().stream().map(SheetPart::maxPoints)).containsExactly(40, 25, 35);
        assertThat(s.reachableMaxPoints()).isEqualTo(100);
        assertThat(s.criteria()).hasSize(32);
        assertThat(s.criteria().stream().mapToInt(c -> c.options().size()).sum()).isEqualTo(108);
    }

    /** The source is a third-hand scoring form: the sheet and every option say so. */
    @Test
    void set1_isSecondaryEverywhereWithItsProvenance() {
        ScoringSheet s = V.sheet("I.1.a");
        assertThat(s.status()).isEqualTo(SourceStatus.SECONDARY);
        for (Criterion c : s.criteria()) {
            for (Option o : c.options()) {
                assertThat(o.status()).isEqualTo(SourceStatus.SECONDARY);
                assertThat(o.provenance().decision()).isEqualTo("148/QĐ-TTg");
                assertThat(o.provenance().annex()).isEqualTo("Phụ lục III");
            }
        }
    }

    /** "a) Nguồn gốc sản phẩm", 5 points, 1/3/5: the shape Bến Tre's 148-era guide page also shows. */
    @Test
    void set1_firstCriterionIsOriginOfProduce_1_3_5() {
        assertThat(criterion("1.a").options().stream().map(Option::points).toList()).isEqualTo(List.of(1, 3, 5));
        assertThat(criterion("1.a").maxPoints()).isEqualTo(5);
    }

    /** The star markers as printed: 3★ minimums on 5.b, 9.a and 10 (criteria-2023-set1.md §3). */
    @Test
    void set1_threeStarMarkers_asPrinted() {
        assertThat(V.sheet("I.1.a").criteria().stream().flatMap(c -> c.options().stream())
                .filter(o -> o.minStars().orElse(0) == 3).map(Option::id))
                .allMatch(id -> id.startsWith("5.b.") || id.startsWith("9.a.") || id.startsWith("10."));
    }

    /**
     * Three criteria carry one marker on two options (1.đ, 3.e, 6.b) and the form prints no marker legend: both are
     * recorded, read with the lower option binding and 26/2026's legend, status inferred.
     */
    @Test
    void set1_duplicatedMarkersAndMissingLegend_areRecordedAsInferred() {
        List<Anomaly> anomalies = V.sheet("I.1.a").anomalies();
        assertThat(anomalies.stream().filter(a -> a.status() == SourceStatus.INFERRED).map(a -> a.at().orElse("sheet")))
                .containsExactly("1.đ", "3.e", "6.b", "sheet");
        assertThat(criterion("1.đ").options().stream().filter(Option::hasMinStars)).hasSize(2);
    }

    /** One option text is cut off in the source and one has a typo: the texts stay as printed, with a doubt. */
    @Test
    void set1_truncatedTextAndTypo_carryDoubts() {
        assertThat(criterion("3.e").option("3.e.b").orElseThrow().doubt()).get().asString()
                .contains("truncated");
        assertThat(criterion("1.b").option("1.b.c").orElseThrow().text()).contains("bản quản");
        assertThat(criterion("1.b").option("1.b.c").orElseThrow().doubt()).get().asString().contains("bảo quản");
    }
}
