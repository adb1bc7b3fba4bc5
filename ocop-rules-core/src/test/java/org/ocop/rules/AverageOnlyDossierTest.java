package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.PlanRequest;
import org.ocop.rules.advice.Robustness;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.json.RatingJson;

/**
 * An average-only dossier ({@code "average"} instead of {@code "sheets"} or {@code "memberTotals"}): what a
 * province's published list of results prints. It rates to the band's star, recognition and forwarding; what needs
 * the members is listed as not checked ({@link Rating#unchecked()}) and said in a warning, never a problem.
 */
class AverageOnlyDossierTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final Rater rater = Rater.standard();

    private static String dossier(String rest) {
        return """
                {"id": "HY-2026-301", "productSet": "I.1.a", "submittedOn": "2026-07-01", "level": "PROVINCE", %s}"""
                .formatted(rest);
    }

    private static Dossier average(String value) {
        return Dossier.ofAverage("HY-2026-301", "I.1.a", LocalDate.of(2026, 7, 1), new BigDecimal(value))
                .withLevel(Level.PROVINCE);
    }

    @Test
    void reader_average_keepsTheDecimalsAsPrinted() {
        Dossier read = DossierReader.read(dossier("\"average\": 72.50"), "a.json");

        assertThat(read.average()).hasValue(new BigDecimal("72.50"));
        assertThat(read.average().orElseThrow().scale()).isEqualTo(2);
        assertThat(read.kind()).isEqualTo(Dossier.Kind.AVERAGE);
        assertThat(read.isAverageOnly()).isTrue();
        assertThat(read.isTotalsOnly()).isFalse();
        assertThat(read.memberTotals()).isEmpty();
        assertThat(read).isEqualTo(average("72.50"));
    }

    @Test
    void reader_averageWithSheetsOrTotals_isRefusedNamingBoth() {
        String allowed = "allowed: one of three: the members' sheets, or their totals, or only the council's average "
                + "when neither is at hand";
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": 72.5, \"memberTotals\": [72, 73]"),
                "a.json")).hasMessage("a.json at $.average: given together with the members' sheets or totals: "
                        + "memberTotals and average; " + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": 72.5, \"sheets\": []"), "a.json"))
                .hasMessage("a.json at $.average: given together with the members' sheets or totals: sheets and "
                        + "average; " + allowed);
    }

    @Test
    void reader_averageOutOfRangeOrTooPrecise_isRefusedWithWhatIsAllowed() {
        String allowed = "allowed: the council's average: 0 to 100, at most 6 decimals";
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": 100.5"), "a.json"))
                .hasMessage("a.json at $.average: not an average of points: 100.5; " + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": -0.01"), "a.json"))
                .hasMessage("a.json at $.average: not an average of points: -0.01; " + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": 72.1234567"), "a.json"))
                .hasMessage("a.json at $.average: more decimals than an average is recorded with: 72.1234567; "
                        + allowed);
        assertThatThrownBy(() -> DossierReader.read(dossier("\"average\": \"72.5\""), "a.json"))
                .hasMessageStartingWith("a.json at $.average: wrong type of value");
    }

    @Test
    void rate_averageAtTheFloorOf70_isTheFourStarBandWithMinimumsNotChecked() {
        Rating rating = rater.rate(average("70.00"));

        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.bandStars()).hasValue(4);
        assertThat(rating.stars()).hasValue(4);
        assertThat(rating.average()).hasValue(new Average(7000, 100));
        assertThat(rating.displayedAverage()).hasValue(new BigDecimal("70.00"));
        assertThat(rating.members()).isEmpty();
        assertThat(rating.partAverages()).isEmpty();
        assertThat(rating.criteria()).isEmpty();
        assertThat(rating.problems()).isEmpty();
        assertThat(rating.unchecked()).containsExactly(Unchecked.STAR_MINIMUMS);
        assertThat(rating.warnings()).containsExactly("star minimums of QD-26-2026 not checked: only the council's "
                + "average is given, and they need each member's sheet; the rated star is the band's");
        assertThat(rating.warnings(VI)).containsExactly("chưa kiểm tra yêu cầu tối thiểu theo hạng sao của "
                + "QD-26-2026: hồ sơ chỉ có điểm trung bình của hội đồng, còn yêu cầu này cần phiếu đánh giá của "
                + "từng thành viên; hạng sao là hạng theo số điểm");
        assertThat(rating.recognition().orElseThrow().grantedStars()).hasValue(4);
    }

    @Test
    void rate_aHundredthBelow70_isTheThreeStarBand() {
        assertThat(rater.rate(average("69.99")).stars()).hasValue(3);
        assertThat(rater.rate(average("69.999999")).stars()).hasValue(3);
        assertThat(rater.rate(average("7E+1")).stars()).hasValue(4);
    }

    @Test
    void rate_councilRulesSwitchedOn_areListedAsNotCheckedNeverBreached() {
        Rating rating = rater.withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()))
                .rate(average("81.25"));

        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.councilBreaches()).isEmpty();
        assertThat(rating.unchecked()).containsExactly(Unchecked.STAR_MINIMUMS, Unchecked.COUNCIL_QUORUM,
                Unchecked.COUNCIL_SPREAD, Unchecked.SECRETARY_SCORED);
    }

    @Test
    void rate_averageBuiltInCodeOutOfRange_isInvalidNamingTheField() {
        assertThat(rater.rate(average("100.01")).problems()).extracting(Problem::message).containsExactly(
                "dossier HY-2026-301, field average: not an average of points under QD-26-2026: 100.01; allowed: 0 to "
                        + "100, at most 6 decimals");
        assertThat(rater.rate(average("70.1234567")).problems()).extracting(Problem::message).containsExactly(
                "dossier HY-2026-301, field average: more decimals than an average is recorded with: 70.1234567; "
                        + "allowed: 0 to 100, at most 6 decimals");
        Dossier both = average("72.5").toBuilder().memberTotals(List.of(72, 73)).build();
        assertThat(rater.rate(both).problems()).extracting(Problem::message).containsExactly("dossier HY-2026-301, "
                + "field average: given together with the members' sheets or totals: 72.5; allowed: one of three: the "
                + "members' sheets, or their totals, or only the council's average when neither is at hand");
        assertThat(average("72.5").withSheets(List.of(MemberSheet.of("An", java.util.Map.of()))).average())
                .isEmpty();
    }

    @Test
    void json_averageOnly_hasNoMemberTotalsAndListsWhatWasNotChecked() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RatingJson.write(List.of(rater.rate(average("72.5"))))).get(0);

        assertThat(json.get("memberTotals").isNull()).isTrue();
        assertThat(json.get("average").decimalValue()).isEqualByComparingTo("72.50");
        assertThat(json.get("averageExact").asText()).isEqualTo("725/10");
        assertThat(json.get("partAverages").isNull()).isTrue();
        assertThat(json.get("unchecked").toString()).isEqualTo("[\"STAR_MINIMUMS\"]");
        assertThat(json.get("stars").asInt()).isEqualTo(4);
    }

    @Test
    void explain_averageOnly_saysTheAverageWasRecordedAndMinimumsNotChecked() {
        String text = rater.rate(average("72.5")).explain();

        assertThat(text).contains("Average: 72.50 (exact 725/10) as recorded (no members' sheets or totals)")
                .contains("Star: 4★ — the band's star; star minimums not checked");
        assertThat(rater.rate(average("72.5")).explain(VI))
                .contains("Hạng sao: 4★ — hạng theo số điểm; chưa kiểm tra yêu cầu tối thiểu theo hạng sao");
    }

    @Test
    void replay_recordMatchingTheAverage_agreesAndSaysWhatItCouldNotCheck() {
        Dossier d = average("72.50").withRecorded(RecordedResult.of(new BigDecimal("72.50"), 4)
                .withLevel(Level.PROVINCE).withDecision("1877/QĐ-UBND"));

        Replay replay = rater.replay(d);

        assertThat(replay.agrees()).isTrue();
        assertThat(replay.uncheckedFields()).containsExactly("stars", "decision");
        assertThat(replay.explain()).contains("Not checked: star minimums (the dossier gives too little); recorded "
                + "fields not checked: stars, decision");
    }

    @Test
    void replay_recordOfTheAverageAndLevelOnly_saysWhatItCouldNotCheckWithoutAnEmptyFieldList() {
        // a published list's "potential 5★" row: its average and the level that forwarded it, no star, no decision
        Dossier d = average("95.64").withRecorded(RecordedResult.empty().withAverage(new BigDecimal("95.64"))
                .withLevel(Level.PROVINCE));

        Replay replay = rater.replay(d);

        assertThat(replay.agrees()).isTrue();
        assertThat(replay.uncheckedFields()).isEmpty();
        assertThat(replay.explain()).contains("  Not checked: star minimums (the dossier gives too little)\n")
                .doesNotContain("recorded fields not checked");
        assertThat(replay.explain(VI)).contains("  Chưa kiểm tra: yêu cầu tối thiểu theo hạng sao (hồ sơ không đủ dữ "
                + "liệu)\n").doesNotContain("các trường đã ghi nhận chưa kiểm tra");
    }

    @Test
    void replay_recordBelowTheBand_isNotCheckableRatherThanUnexplained() {
        Dossier d = average("72.50").withRecorded(RecordedResult.of(new BigDecimal("72.50"), 3));

        Replay replay = rater.replay(d);

        assertThat(replay.discrepancies()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("stars");
            assertThat(x.cause()).isEqualTo(Discrepancy.Cause.NOT_CHECKABLE);
            assertThat(x.explanation()).isEqualTo("the record may follow from what this dossier gives too little to "
                    + "check (star minimums): neither confirmed nor contradicted");
        });
        // a record above the band is contradicted, not excused
        Replay above = rater.replay(average("72.50").withRecorded(RecordedResult.of(new BigDecimal("72.50"), 5)));
        assertThat(above.discrepancies()).extracting(Discrepancy::cause)
                .doesNotContain(Discrepancy.Cause.NOT_CHECKABLE);
    }

    @Test
    void advisor_averageOnly_refusesPlansAndRobustnessWithItsOwnReason() {
        Advisor advisor = Advisor.of(rater);

        PlanAdvice plan = advisor.plan(average("72.50"), PlanRequest.NEXT_STAR);
        assertThat(plan.plans()).isEmpty();
        assertThat(plan.reason()).hasValue("the dossier gives only the council's average (72.50): a plan changes "
                + "options on the members' scoring sheets, so it needs the sheets");
        assertThat(plan.reason(VI)).hasValue("hồ sơ chỉ có điểm trung bình của hội đồng (72.50): phương án nâng hạng "
                + "thay đổi mức chấm trên phiếu chấm của từng thành viên, nên cần có các phiếu chấm");

        Robustness robustness = advisor.robustness(average("72.50"));
        assertThat(robustness.reason()).hasValue("the dossier gives only the council's average (72.50): robustness "
                + "drops and moves members' totals, so it needs them");
        assertThat(robustness.shifts()).isEmpty();
    }

    @Test
    void compareVersions_averageOnly_carriesTheAverageToTheOtherVersions() {
        var impact = Advisor.of(rater).compareVersions(average("72.50"));

        assertThat(impact.entries()).anySatisfy(e -> {
            assertThat(e.versionId()).isEqualTo("QD-148-2023");
            assertThat(e.rating()).hasValueSatisfying(r -> assertThat(r.average()).hasValue(new Average(7250, 100)));
        });
    }
}
