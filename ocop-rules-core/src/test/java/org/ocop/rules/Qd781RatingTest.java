package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.ParsedJson;

/**
 * Rating dossiers of 2020–2023 under 781/QĐ-TTg: 1048's sheets with the part of 781's minimum requirements that is
 * known, applied by the engine's generic star-minimum rules (a marker for s★ binds s★ and above), and every rating
 * saying which minimums it checked and which it could not.
 */
class Qd781RatingTest {

    private static final CriteriaVersion V781 = CriteriaCatalogue.bundled().version("QD-781-2020");
    private final Rater rater = Rater.standard();

    /** Every member at every criterion's best option, except the given choices. */
    private static Dossier dossier(String id, String set, int members, String... overrides) {
        ScoringSheet sheet = V781.sheet(set);
        Map<String, String> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            choices.put(c.code(), c.options().stream().max(java.util.Comparator.comparingInt(Option::points))
                    .orElseThrow().id());
        }
        for (String o : overrides) {
            choices.put(sheet.criterionOfOption(o).orElseThrow().code(), o);
        }
        List<MemberSheet> sheets = java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> MemberSheet.of("Thành viên " + (i + 1), choices)).toList();
        return Dossier.of(id, set, LocalDate.of(2021, 5, 10), sheets);
    }

    /**
     * A 2★ minimum (craft sets: "có bản mô tả về tiêu chuẩn chất lượng", mapped to 7.b) binds every level from 2★:
     * a craft product without any quality declaration is demoted to 1★ whatever its points.
     */
    @Test
    void a_craft_product_without_a_quality_declaration_fails_the_2_star_minimum() {
        Rating rating = rater.rate(dossier("QNg-2021-101", "IV.1", 3, "7.a"));

        assertThat(rating.criteriaVersion()).contains("QD-781-2020");
        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.bandStars()).hasValue(5);
        assertThat(rating.stars()).as("DEMOTE: the highest star whose minimums are met").hasValue(1);
        assertThat(rating.failedMinimums()).extracting(f -> f.criterion() + " " + f.stars() + "★ " + f.requiredOption())
                .containsExactly("7 2★ 7.b", "7 3★ 7.c");
        assertThat(rating.failedMinimums().get(0).provenance().toString())
                .isEqualTo("781/QĐ-TTg, Phụ lục II, mục 6, 781-C-2-1 → 7.b");
        assertThat(rating.recognition().orElseThrow().grantedStars()).isEmpty();
    }

    @Test
    void under_REFUSE_the_same_product_gets_no_star() {
        Rating rating = rater.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE))
                .rate(dossier("QNg-2021-102", "IV.1", 3, "7.a"));

        assertThat(rating.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(rating.stars()).isEmpty();
    }

    /** A processed food with a control plan but no batch records misses the 3★ quality-assurance minimum (9.d). */
    @Test
    void a_food_without_batch_records_is_demoted_below_3_stars() {
        Rating rating = rater.rate(dossier("QNg-2021-103", "I.3.3", 2, "9.b"));

        assertThat(rating.bandStars()).hasValue(5);
        assertThat(rating.stars()).hasValue(2);
        assertThat(rating.failedMinimums()).extracting(f -> f.criterion() + " " + f.stars() + "★")
                .containsExactly("9 3★");
    }

    /** "Độc đáo" (7.c) is the 4★ minimum: "Tương đối độc đáo" keeps the product at 3★. */
    @Test
    void uniqueness_below_Doc_dao_stops_at_3_stars() {
        Rating rating = rater.rate(dossier("QNg-2021-104", "I.3.3", 2, "7.b"));

        assertThat(rating.stars()).hasValue(3);
        assertThat(rating.failedMinimums()).extracting(FailedMinimum::criterion).containsExactly("7");
    }

    @Test
    void every_rating_under_781_says_which_minimums_were_checked_and_which_could_not_be() {
        Rating rating = rater.rate(dossier("QNg-2021-105", "I.3.3", 2));

        assertThat(rating.stars()).hasValue(5);
        String warning = rating.warnings().stream().filter(w -> w.startsWith("star minimums of 781/QĐ-TTg"))
                .findFirst().orElseThrow();
        assertThat(warning).contains("known only in part").contains("checked on sheet I.3.3: 781-C-3-1 3★")
                .contains("→ option 9.d (mapping inferred)")
                .contains("not checked: Sản phẩm và sức mạnh cộng đồng 2★, 3★, 4★, 5★: unknown")
                .contains("Chất lượng sản phẩm 5★: unknown");
        assertThat(rating.explain()).contains("star minimums of 781/QĐ-TTg are known only in part");
        assertThat(ParsedJson.of(rating).get("warnings").toString()).contains("not checked: ");
    }

    @Test
    void tourism_is_exempt_and_its_portal_sheet_rates() {
        Rating rating = rater.rate(dossier("QNg-2021-106", "VI.1", 2));

        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.stars()).hasValue(5);
        assertThat(rating.failedMinimums()).isEmpty();
        assertThat(rating.warnings()).anyMatch(w -> w.contains("the table does not apply to product set VI.1"))
                .anyMatch(w -> w.startsWith("sheet VI.1 of QD-781-2020 is read from a portal source"));
    }

    @Test
    void a_1048_dossier_of_the_same_sheet_is_not_held_to_781s_minimums() {
        Dossier d = dossier("QN-2020-107", "I.3.3", 2, "9.b");
        Rating rating = rater.rate(Dossier.of(d.id(), d.productSet(), LocalDate.of(2020, 3, 2), d.sheets()));

        assertThat(rating.criteriaVersion()).contains("QD-1048-2019");
        assertThat(rating.stars()).hasValue(5);
        assertThat(rating.warnings()).noneMatch(w -> w.startsWith("star minimums of"));
    }
}
