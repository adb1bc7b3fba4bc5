package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.examples.OcopCliTest.ocop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ocop.rules.advice.Robustness;

/** {@code ocop plan}, {@code ocop robustness} and {@code ocop compare-versions} as a user and a program see them. */
class AdviceCommandsTest {

    private static String example(String name) {
        return Path.of("dossiers", name).toAbsolutePath().toString();
    }

    private static final String DEMOTED = example("06-ruou-lang-van-demoted.json");

    @Nested
    class Plan {

        @Test
        void text_names_each_step_with_its_criterion_options_members_and_points() {
            OcopCliTest.Run run = ocop("plan", DEMOTED);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Plan for dossier BG-2026-011 — product set II.1.a",
                    "  Now: RATED 3★, average 80.60, band 4★ (DEMOTE, ALL_MEMBERS)", "  Target: 4★",
                    "  Plan 1: 1 criterion, +0.20 points → average 80.80, rated 4★",
                    "    1.4 Liên kết chuỗi trong sản xuất: 1.4.c/1.4.d/1.4.b → 1.4.c (2 pts), +0.20; moves Lê Minh "
                            + "Châu; keeps: Nguyễn Văn An (Chủ tịch), Trần Thị Bình, Phạm Quốc Dũng, Hoàng Thị Hà",
                    "1 of 1 dossiers have a plan.");
        }

        @Test
        void json_carries_the_plans_their_steps_and_the_confirming_ratings() throws Exception {
            OcopCliTest.Run run = ocop("plan", example("03-gao-st25-soc-trang.json"), "--format", "json",
                    "--max-plans", "2", "--fixed", "3.1, 1.1");

            assertThat(run.exitCode()).isZero();
            JsonNode advice = run.json().get(0);
            assertThat(advice.get("dossierId").asText()).isEqualTo("ST-2026-007");
            assertThat(advice.get("targetStar").asInt()).isEqualTo(4);
            assertThat(advice.get("fixed")).extracting(JsonNode::asText).containsExactly("1.1", "3.1");
            assertThat(advice.get("plans")).hasSize(2);
            JsonNode plan = advice.get("plans").get(0);
            assertThat(plan.get("stars").asInt()).isEqualTo(4);
            assertThat(plan.get("rating").get("stars").asInt()).isEqualTo(4);
            assertThat(plan.get("averageAfter").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal(70));
            assertThat(plan.get("steps")).allSatisfy(step -> {
                assertThat(step.get("criterion").asText()).isNotIn("1.1", "3.1");
                for (String field : new String[] {"label", "current", "target", "targetPoints", "moved",
                        "pointsGained", "pointsGainedExact", "notes"}) {
                    assertThat(step.has(field)).as(field).isTrue();
                }
            });
            assertThat(advice.get("exhaustive").asBoolean()).isTrue();
            assertThat(advice.get("reason").isNull()).isTrue();
            assertThat(advice.get("rating").get("stars").asInt()).isEqualTo(3);
        }

        @Test
        void a_dossier_without_a_plan_says_why_and_exits_1() throws Exception {
            OcopCliTest.Run run = ocop("plan", example("01-che-shan-tuyet-ta-xua.json"), example(
                    "07-rau-cu-disqualified.json"), "--format", "json");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.json()).extracting(a -> a.get("reason").asText()).containsExactly(
                    "already rated 5★, the highest star", "disqualified by DQ-HEADER (found by the council): a "
                            + "knock-out ends the rating, and no change of options rates it");
        }

        @Test
        void bad_arguments_exit_2_with_one_line_naming_the_argument() {
            OcopCliTest.Run star = ocop("plan", DEMOTED, "--target-star", "6");
            assertThat(star.exitCode()).isEqualTo(2);
            assertThat(star.err().strip()).isEqualTo("plan: --target-star: out of range: 6; allowed: 1 to 5");

            OcopCliTest.Run fixed = ocop("plan", DEMOTED, "--fixed", "9.9");
            assertThat(fixed.exitCode()).isEqualTo(2);
            assertThat(fixed.err().strip()).startsWith("plan: --fixed: criterion not on the sheet: dossier "
                    + "BG-2026-011, fixed criterion: not on sheet II.1.a of QD-26-2026: 9.9; allowed: 1.1, 1.2");

            OcopCliTest.Run plans = ocop("plan", DEMOTED, "--max-plans", "0");
            assertThat(plans.exitCode()).isEqualTo(2);
            assertThat(plans.err().strip()).isEqualTo("plan: --max-plans: out of range: 0; allowed: 1 to 100");
        }

        /**
         * The JSON array is written as the plans come, so a fixed code not on a later dossier's sheet ends it early:
         * still a well-formed array, of the dossiers before it, with the usage error's exit code and message.
         */
        @Test
        void json_ended_early_by_a_fixed_code_not_on_a_sheet_is_a_closed_array_of_the_ones_before() throws Exception {
            OcopCliTest.Run run = ocop("plan", example("01-che-shan-tuyet-ta-xua.json"), DEMOTED, "--fixed", "9.9",
                    "--format", "json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("plan: --fixed: criterion not on the sheet: dossier BG-2026-011");
            assertThat(run.json()).extracting(a -> a.get("reason").asText())
                    .containsExactly("already rated 5★, the highest star");
        }
    }

    @Nested
    class Robustness {

        @Test
        void text_gives_the_one_line_summary_and_the_details() {
            OcopCliTest.Run run = ocop("robustness", DEMOTED);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("  Summary: 3★ holds unless the sheet of Lê Minh Châu is dropped (4★)",
                    "  Without Lê Minh Châu: RATED 4★, average 81.50, band 4★ — changes the result",
                    "  Every total −1: average 79.60, band 4★, RATED 3★",
                    "  Spread: 6 points (highest Hoàng Thị Hà 83, lowest Lê Minh Châu 77), no limit set",
                    "  Drivers: Lê Minh Châu", "1 of 1 dossiers analysed within the limits.");
        }

        @Test
        void json_has_leave_one_out_shifts_spread_and_drivers_and_a_breached_limit_exits_1() throws Exception {
            OcopCliTest.Run run = ocop("robustness", DEMOTED, "--max-spread", "5", "--format", "json");

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode rob = run.json().get(0);
            assertThat(rob.get("summary").asText()).isEqualTo("3★ holds unless the sheet of Lê Minh Châu is dropped "
                    + "(4★); the member spread of 6 points exceeds the limit of 5");
            assertThat(rob.get("leaveOneOut")).hasSize(5);
            assertThat(rob.get("shifts")).extracting(s -> s.get("delta").asText()).containsExactly("-1", "-0.5",
                    "0.5", "1");
            assertThat(rob.get("spread").get("limit").asInt()).isEqualTo(5);
            assertThat(rob.get("spread").get("breached").asBoolean()).isTrue();
            assertThat(rob.get("drivers")).extracting(JsonNode::asText).containsExactly("Lê Minh Châu");
        }

        @Test
        void a_negative_spread_limit_is_a_usage_error() {
            OcopCliTest.Run run = ocop("robustness", DEMOTED, "--max-spread", "-1");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("robustness: --max-spread: negative: -1; allowed: 0 or more "
                    + "points");
        }
    }

    @Nested
    class CompareVersions {

        @Test
        void text_gives_one_block_per_version_with_its_set_mapping_method_and_changes() {
            OcopCliTest.Run run = ocop("compare-versions", DEMOTED);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Versions for dossier BG-2026-011 — product set II.1.a",
                    "  Own: QD-26-2026: RATED 3★, average 80.60, band 4★",
                    "  QD-1048-2019, set II.1.1 [same title, inferred]: RATED 4★, average 80.60, band 4★",
                    "    TOTALS_CARRIED: points carried: the sheets differ and no option mapping is in the data;",
                    "    STARS: 3★ → 4★ — the star minimums that demoted it (1.4 for 4★ (requires 1.4.c)) cannot be "
                            + "checked on carried totals: the band's star stands",
                    "  QD-148-2023, set II.1.a [same code: set-mapping.json groups QD-26-2026 and QD-148-2023 as one "
                            + "classification, secondary]: RATED 4★",
                    "  QD-26-2026, set II.1.a [the dossier's set, confirmed]: RATED 3★, average 80.60, band 4★",
                    "    OWN: the dossier's own rating", "1 of 1 dossiers compared across versions.");
        }

        @Test
        void json_has_every_entry_with_its_mapping_method_changes_and_rating() throws Exception {
            OcopCliTest.Run run = ocop("compare-versions", DEMOTED, "--format", "json", "--engine", "dmn");

            assertThat(run.exitCode()).isZero();
            JsonNode impact = run.json().get(0);
            assertThat(impact.get("dossierId").asText()).isEqualTo("BG-2026-011");
            assertThat(impact.get("rating").get("engine").asText()).isEqualTo("dmn");
            assertThat(impact.get("entries")).extracting(e -> e.get("criteriaVersion").asText() + "/"
                    + e.get("sheetEdition").asText() + " " + e.get("method").asText()).containsExactly(
                    "QD-1048-2019/decision TOTALS_CARRIED", "QD-1048-2019/portal NOT_RATED",
                    "QD-781-2020/decision TOTALS_CARRIED", "QD-781-2020/portal NOT_RATED",
                    "QD-148-2023/decision TOTALS_CARRIED", "QD-26-2026/decision OWN");
            JsonNode v1048 = impact.get("entries").get(0);
            assertThat(v1048.get("mapping").get("basis").asText()).isEqualTo("same title");
            assertThat(v1048.get("changes").findValuesAsText("kind")).containsExactly("MINIMUMS", "STARS",
                    "RECOGNITION");
            assertThat(v1048.get("rating").get("stars").asInt()).isEqualTo(4);
            assertThat(impact.get("entries").get(1).get("rating").isNull()).isTrue();
        }

        @Test
        void a_dossier_invalid_under_its_own_version_exits_1() {
            OcopCliTest.Run run = ocop("compare-versions", example("08-ca-phe-invalid.json"));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("0 of 1 dossiers compared across versions.");
        }
    }
}
