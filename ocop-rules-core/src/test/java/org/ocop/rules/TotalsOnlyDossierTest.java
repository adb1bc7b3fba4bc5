package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.json.ParsedJson;

/**
 * A totals-only dossier ({@code "memberTotals"} instead of {@code "sheets"}): an auditor has the members' totals
 * from the council's minutes but not their sheets. It rates to the average, the band's star, recognition and
 * forwarding; star minimums are not checked and the rating says so.
 */
class TotalsOnlyDossierTest {

    private final Rater rater = Rater.standard();

    private static String dossier(String totals) {
        return """
                {"id": "BT-2023-118", "productSet": "I.4.a", "submittedOn": "2023-09-12", %s}""".formatted(totals);
    }

    @Test
    void member_totals_are_read_as_whole_points_in_the_order_given() {
        Dossier read = DossierReader.read(dossier("\"memberTotals\": [72, 73, 70.0]"), "t.json");

        assertThat(read.memberTotals()).containsExactly(72, 73, 70);
        assertThat(read.sheets()).isEmpty();
        assertThat(read.isTotalsOnly()).isTrue();
    }

    @Test
    void sheets_and_member_totals_are_one_or_the_other_never_both_never_neither() {
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": [72], \"sheets\": []"), "t.json"))
                .hasMessage("t.json at $.memberTotals: given together with sheets: sheets and memberTotals; allowed: "
                        + "one or the other: the members' sheets, or only their totals when the sheets are not at hand");
        assertThatThrownBy(() -> DossierReader.read(dossier("\"findings\": []"), "t.json"))
                .hasMessage("t.json at $.sheets: missing required field: sheets; allowed: \"sheets\": one sheet per "
                        + "scoring member, \"memberTotals\": each member's total when the sheets are not at hand, or "
                        + "\"average\": the council's average alone when neither is");
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": []"), "t.json"))
                .hasMessage("t.json at $.memberTotals: no member totals: []; allowed: each scoring member's total, at "
                        + "least one");
        // a dossier built in code is checked by the rater the same way
        Dossier both = Dossier.builder().id("BT-2023-119").productSet("I.4.a").submittedOn(LocalDate.of(2023, 9, 12))
                .sheets(List.of(MemberSheet.of("An", java.util.Map.of()))).memberTotals(List.of(72)).build();
        assertThat(rater.rate(both).problems()).extracting(Problem::message).containsExactly("dossier BT-2023-119, "
                + "field memberTotals: given together with sheets: [72]; allowed: one or the other: the members' "
                + "sheets, or only their totals when the sheets are not at hand");
    }

    @Test
    void a_total_is_whole_points_from_0_to_the_versions_100() {
        String allowed = "allowed: a member's total: whole points from 0 to 100 (every option is worth whole points; "
                + "give each member's total, not an average)";
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": [72, 72.5]"), "t.json"))
                .hasMessage("t.json at $.memberTotals[1]: not a whole number of points: 72.5; " + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": [-1]"), "t.json"))
                .hasMessage("t.json at $.memberTotals[0]: negative total: -1; " + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": [\"72\"]"), "t.json"))
                .hasMessageStartingWith("t.json at $.memberTotals[0]: wrong type of value");
        assertThatThrownBy(() -> DossierReader.read(dossier("\"memberTotals\": [72, null]"), "t.json"))
                .hasMessage("t.json at $.memberTotals[1]: null where a value is required: null; allowed: a member's "
                        + "total: whole points from 0 to 100");

        Rating above = rater.rate(DossierReader.read(dossier("\"memberTotals\": [72, 101]"), "t.json"));
        assertThat(above.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(above.problems()).extracting(Problem::message).containsExactly("dossier BT-2023-118, field "
                + "memberTotals[1]: not a member's total under QD-148-2023: 101; allowed: whole points from 0 to 100");
    }

    @Test
    void a_totals_only_rating_gives_the_band_star_no_part_averages_and_says_star_minimums_were_not_checked() {
        Rating rating = rater.rate(DossierReader.read(dossier("\"memberTotals\": [92, 90, 89]"), "t.json"));

        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.average()).hasValue(new Average(271, 3));
        assertThat(rating.bandStars()).hasValue(5);
        assertThat(rating.stars()).isEqualTo(rating.bandStars());
        assertThat(rating.partAverages()).isEmpty();
        assertThat(rating.failedMinimums()).isEmpty();
        assertThat(rating.problems()).extracting(Problem::message).containsExactly("dossier BT-2023-118, field "
                + "memberTotals: star minimums not checked: no member sheets were given; allowed: the members' "
                + "sheets (\"sheets\"), to check the star minimums of QD-148-2023; the rated star is the band's");
        assertThat(rating.explain()).contains("Average: 90.33 (exact 271/3) of the members' totals as given (no "
                + "sheets)", "Members: member 1 92; member 2 90; member 3 89",
                "Problem: dossier BT-2023-118, field memberTotals: star minimums not checked");

        JsonNode json = ParsedJson.of(rating);
        assertThat(json.get("partAverages").isNull()).isTrue();
        assertThat(json.get("memberTotals").get(0).get("parts").isNull()).isTrue();
        assertThat(json.get("memberTotals").get(0).get("total").intValue()).isEqualTo(92);
        assertThat(json.get("explanation").get("criteria")).isEmpty();
    }

    @Test
    void council_rules_apply_to_totals_where_they_can_the_spread_and_the_quorum_count() {
        Rater tayNinh = rater.withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()));
        Dossier spread = Dossier.ofTotals("TN-2024-015", "I.1.b", LocalDate.of(2024, 4, 2), List.of(85, 70, 80))
                .withCouncil(new Council(4, Optional.of("Lê Văn Chủ"), Optional.of("Thư ký")));
        Dossier quorate = Dossier.ofTotals("TN-2024-016", "I.1.b", LocalDate.of(2024, 4, 2), List.of(85, 80, 80))
                .withCouncil(new Council(5, Optional.of("Lê Văn Chủ"), Optional.of("Thư ký")));
        Dossier short_ = Dossier.ofTotals("TN-2024-017", "I.1.b", LocalDate.of(2024, 4, 2), List.of(85, 80))
                .withCouncil(new Council(5, Optional.empty(), Optional.empty()));

        Rating spreadRating = tayNinh.rate(spread);
        assertThat(spreadRating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
        assertThat(spreadRating.councilBreaches()).extracting(CouncilBreach::detail)
                .containsExactly("highest member 1 85, lowest member 2 70: spread 15 > 10");
        // 3 scoring members and the secretary: 4 of 5 took part; the chair's scoring cannot be checked by name
        Rating quorateRating = tayNinh.rate(quorate);
        assertThat(quorateRating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(quorateRating.problems()).extracting(Problem::problem).containsExactly(
                "star minimums not checked", "whether the chair scored is not checked",
                "whether the secretary scored is not checked");
        Rating shortRating = tayNinh.rate(short_);
        assertThat(shortRating.outcome()).isEqualTo(Outcome.COUNCIL_RULE_BREACHED);
        assertThat(shortRating.councilBreaches()).extracting(CouncilBreach::detail)
                .containsExactly("2 of 5 members took part; at least 4 (three quarters) required");
    }

    @Test
    void knock_out_findings_need_the_sheets_and_an_unknown_set_is_named() {
        Rating findings = rater.rate(Dossier.ofTotals("BT-2024-020", "I.1.b", LocalDate.of(2024, 4, 2), List.of(80))
                .withFindings(List.of("DQ-HEADER")));
        Rating unknownSet = rater.rate(Dossier.ofTotals("BT-2024-021", "I.9.z", LocalDate.of(2024, 4, 2),
                List.of(80)));

        assertThat(findings.problems()).extracting(Problem::message).containsExactly("dossier BT-2024-020, field "
                + "findings: knock-out findings on a totals-only dossier: DQ-HEADER; allowed: no findings: a "
                + "disqualified or stopped dossier is not scored, so it has no totals; give the members' sheets to "
                + "rate its knock-outs");
        assertThat(unknownSet.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier BT-2024-021, field productSet: unknown product set in QD-148-2023: I.9.z; "
                        + "allowed: I.1.a, I.1.b, ");
    }

    @Test
    void an_auditor_replays_a_totals_only_dossier_against_its_record() {
        Dossier recorded = Dossier.ofTotals("QN-2021-207", "I.2.1", LocalDate.of(2021, 3, 15), List.of(91, 90, 88))
                .withLevel(Level.PROVINCE)
                .withRecorded(RecordedResult.of(new BigDecimal("89.67"), 4));
        Dossier misread = recorded.withRecorded(RecordedResult.of(new BigDecimal("89.67"), 5));

        Replay agrees = rater.replay(recorded);
        Replay differs = rater.replay(misread);

        assertThat(agrees.rating().criteriaVersion()).contains("QD-781-2020");
        assertThat(agrees.rating().average()).hasValue(new Average(269, 3));
        assertThat(agrees.agrees()).as(agrees.explain()).isTrue();
        assertThat(differs.agrees()).isFalse();
        assertThat(differs.discrepancies()).extracting(Discrepancy::field).contains("stars");
        assertThat(ParsedJson.of(differs).get("rating").get("partAverages").isNull()).isTrue();
        assertThat(agrees.rating().stars()).isEqualTo(OptionalInt.of(4));
    }
}
