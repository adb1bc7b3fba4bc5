package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.rules.SheetBuilder.best;
import static org.ocop.rules.SheetBuilder.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.json.ParsedJson;
import org.ocop.rules.json.RatingJson;

/**
 * An auditor's replay: each kind of difference between a recorded result and the recomputed one is named by its
 * most likely cause, with the figures that show it.
 */
class ReplayTest {

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final Rater rater = Rater.standard();

    private static RecordedResult recorded(String average, Integer stars) {
        RecordedResult recorded = RecordedResult.empty();
        if (average != null) {
            recorded = recorded.withAverage(new BigDecimal(average));
        }
        return stars == null ? recorded : recorded.withStars(stars);
    }

    private Replay replay(Dossier dossier, RecordedResult recorded) {
        return rater.replay(dossier.withRecorded(recorded));
    }

    @Test
    void a_record_that_matches_agrees_and_the_printed_precision_is_respected() {
        Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 80, 78, 79)); // 237/3 = 79.00

        assertThat(replay(dossier, recorded("79.00", 4)).agrees()).isTrue();
        assertThat(replay(dossier, recorded("79", 4)).agrees()).isTrue();
        assertThat(replay(dossier, recorded("79.0", 4)).explain()).contains("Agrees with the record.");
    }

    /**
     * Replay works on every sheet of 148 (data edition 2026b, read from a typed copy): a record of each set's best
     * sheets agrees, and the same record with one star less is a discrepancy. The best total is the sheet's own (99
     * on set 7, 97 on sets 11 and 12, 98 on set 13), every one in the 5★ band.
     */
    @Test
    void every_148_sheet_replays_a_matching_record_as_agreeing_and_a_star_less_as_a_discrepancy() {
        org.ocop.rules.criteria.CriteriaVersion v148 = org.ocop.rules.criteria.CriteriaCatalogue.bundled()
                .version("QD-148-2023");
        assertThat(v148.setsWithSheets()).hasSize(26);
        for (String set : v148.setsWithSheets()) {
            org.ocop.rules.criteria.ScoringSheet sheet = v148.sheet(set);
            java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
            for (org.ocop.rules.criteria.Criterion c : sheet.criteria()) {
                choices.put(c.code(), c.options().stream().max(java.util.Comparator.comparingInt(
                        org.ocop.rules.criteria.Option::points)).orElseThrow().id());
            }
            Dossier dossier = Dossier.of("R-148-" + set, set, java.time.LocalDate.of(2024, 5, 6), java.util.List.of(
                    org.ocop.rules.dossier.MemberSheet.of("An", choices),
                    org.ocop.rules.dossier.MemberSheet.of("Bình", choices)));
            String best = sheet.reachableMaxPoints() + ".00";
            assertThat(replay(dossier, recorded(best, 5)).agrees()).as(set).isTrue();
            Replay starLess = replay(dossier, recorded(best, 4));
            assertThat(starLess.agrees()).as(set).isFalse();
            assertThat(starLess.discrepancies()).as(set).isNotEmpty();
        }
    }

    @Test
    void nothing_recorded_is_nothing_to_differ() {
        Replay replay = rater.replay(Dossiers.of("I.1.a", council("I.1.a", 80)));

        assertThat(replay.recorded()).isEmpty();
        assertThat(replay.agrees()).isTrue();
    }

    @Nested
    class Causes {

        @Test
        void display_rounding_of_the_average() {
            // 727/8 = 90.875: HALF_UP prints 90.88; a council that truncated printed 90.87
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 91, 91, 91, 91, 91, 91, 91, 90));

            Replay replay = replay(dossier, recorded("90.87", 5));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.field()).isEqualTo("average");
                assertThat(d.recorded()).isEqualTo("90.87");
                assertThat(d.recomputed()).isEqualTo("90.88");
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.DISPLAY_ROUNDING);
                assertThat(d.explanation()).isEqualTo("exact 727/8 = 90.875; printed with HALF_DOWN at 2 decimals, "
                        + "the replay shows HALF_UP");
            });
        }

        @Test
        void display_rounding_before_the_band_comparison() {
            // 25 members, 2249/25 = 89.96: printed to one decimal as 90.0 and read as 5★
            int[] totals = IntStream.range(0, 25).map(i -> i == 0 ? 89 : 90).toArray();
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", totals));
            assertThat(rater.rate(dossier).average()).hasValue(new Average(2249, 25));

            Replay replay = replay(dossier, recorded("90.0", 5));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.field()).isEqualTo("stars");
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.DISPLAY_ROUNDING);
                assertThat(d.explanation()).isEqualTo("the band was read on the rounded average 90.0 instead of "
                        + "the exact 2249/25 = 89.96");
            });
        }

        @Test
        void star_minimums_not_applied() {
            // band 4★, but one member's sheet misses a 4★ marker: the council recorded the band's star
            SheetBuilder weak = best("I.1.a").totalling(80);
            String fourStarOption = SheetBuilder.sheet("I.1.a").criteria().stream()
                    .flatMap(c -> c.options().stream())
                    .filter(o -> o.minStars().isPresent() && o.minStars().getAsInt() == 4 && o.points() > 0)
                    .findFirst().orElseThrow().id();
            String criterion = fourStarOption.substring(0, fourStarOption.lastIndexOf('.'));
            String below = SheetBuilder.sheet("I.1.a").criterion(criterion).orElseThrow().options().stream()
                    .filter(o -> o.points() < SheetBuilder.sheet("I.1.a").criterion(criterion).orElseThrow()
                            .option(fourStarOption).orElseThrow().points())
                    .reduce((a, b) -> b).orElseThrow().id();
            Dossier dossier = Dossiers.of("I.1.a", List.of(weak.put(criterion, below).by(Dossiers.member(0)),
                    best("I.1.a").totalling(80).by(Dossiers.member(1))));
            Rating rating = rater.rate(dossier);
            assertThat(rating.bandStars()).hasValue(4);
            assertThat(rating.stars()).hasValue(3);

            Replay replay = replay(dossier, recorded(null, 4));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.STAR_MINIMUMS_NOT_APPLIED);
                assertThat(d.explanation()).startsWith("the recorded star is the band's; star minimums not met: "
                        + criterion + " **** needs " + fourStarOption);
            });
        }

        @Test
        void the_recognising_levels_authority() {
            // 92 points: 5★ rated, but a province recognises 4★ and forwards to the ministry
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 92, 92));

            Replay replay = replay(dossier, recorded("92.00", 4));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.RECOGNISING_LEVEL);
                assertThat(d.recomputed()).isEqualTo("5★");
                assertThat(d.explanation()).startsWith("PROVINCE may recognise 4★ of the rated 5★; forwarded to "
                        + "MINISTRY");
            });
        }

        @Test
        void another_criteria_version_and_data_edition() {
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 80, 80));
            RecordedResult record = RecordedResult.of(new BigDecimal("80.00"), 4).withLevel(Level.PROVINCE)
                    .withDecision("1234/QĐ-UBND").withDecidedOn(LocalDate.of(2026, 9, 30))
                    .withCriteriaVersion("QD-148-2023").withDataEdition("portal-2022");

            Replay replay = replay(dossier, record);

            assertThat(replay.discrepancies()).extracting(Discrepancy::field, Discrepancy::cause).containsExactly(
                    org.assertj.core.api.Assertions.tuple("criteriaVersion", Discrepancy.Cause.CRITERIA_VERSION),
                    org.assertj.core.api.Assertions.tuple("dataEdition", Discrepancy.Cause.CRITERIA_VERSION));
            assertThat(replay.discrepancies().get(0).explanation()).isEqualTo("the council used QD-148-2023; the "
                    + "replay used QD-26-2026 (submitted on 2026-06-15, when QD-26-2026 (26/2026/QĐ-TTg) was in "
                    + "force)");
        }

        @Test
        void council_practice_a_members_sheet_left_out() {
            // the record is the average of the first two sheets only: (80 + 78) / 2 = 79.00
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 80, 78, 60));

            Replay replay = replay(dossier, recorded("79.00", null));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.COUNCIL_PRACTICE);
                assertThat(d.explanation()).isEqualTo("the record matches the average without Lê Văn Cường's sheet "
                        + "(60 points)");
            });
        }

        @Test
        void a_data_anomaly_the_printed_typo_counted() {
            // I.2.b option 7.c is printed "13" points; the sums show it is 3. A portal that kept 13 adds 10.
            Dossier dossier = Dossiers.of("I.2.b", List.of(best("I.2.b").choose("7.c").totalling(80)
                    .by(Dossiers.member(0))));
            Rating rating = rater.rate(dossier);
            assertThat(rating.criteria()).filteredOn(c -> c.code().equals("7")).singleElement()
                    .extracting(c -> c.choice(Dossiers.member(0)).orElseThrow()).isEqualTo("7.c");

            Replay replay = replay(dossier, recorded("90.00", null));

            assertThat(replay.discrepancies()).singleElement().satisfies(d -> {
                assertThat(d.cause()).isEqualTo(Discrepancy.Cause.DATA_ANOMALY);
                assertThat(d.explanation()).isEqualTo("the record counts the points as printed where the sheet has a "
                        + "typo: Nguyễn Văn An chose 7.c, printed 13 points, read as 3");
            });
        }

        @Test
        void unexplained() {
            Dossier dossier = Dossiers.of("I.1.a", council("I.1.a", 80, 80));

            Replay replay = replay(dossier, recorded("50.00", 2));

            assertThat(replay.discrepancies()).extracting(Discrepancy::cause)
                    .containsOnly(Discrepancy.Cause.UNEXPLAINED);
            assertThat(replay.discrepancies()).extracting(Discrepancy::field).containsExactly("average", "stars");
        }
    }

    @Test
    void the_report_states_the_replays_version_edition_and_policies() {
        Replay replay = replay(Dossiers.of("I.1.a", council("I.1.a", 92, 92)), recorded("92.00", 4));

        assertThat(replay.explain()).startsWith("Replay of dossier HS-2026-001 under QD-26-2026 (26/2026/QĐ-TTg, "
                + "data edition 2026a, sheet edition decision; SUBMISSION_DATE), policy DEMOTE, consensus ALL_MEMBERS, display 2 decimals "
                + "HALF_UP\n  Recorded: average 92.00, 4★\n");
        assertThat(ParsedJson.of(replay).get("discrepancies").get(0).get("cause").asText())
                .isEqualTo("RECOGNISING_LEVEL");
    }

    /**
     * The Vietnamese report says in words what the English one and the JSON give as codes: how the version was
     * chosen, the policies, the rounding, each difference's field and cause, and the levels of a level difference.
     */
    @Test
    void the_report_inVietnamese_saysCodesInWords_andTheJsonKeepsThem() {
        Replay replay = replay(Dossiers.of("I.1.a", council("I.1.a", 92, 92)), recorded("92.00", 4)
                .withLevel(Level.DISTRICT));

        String vi = replay.explain(VI);

        assertThat(vi).startsWith("Chấm lại hồ sơ HS-2026-001 theo QD-26-2026 (26/2026/QĐ-TTg, bản dữ liệu 2026a, bản "
                + "phiếu decision; chọn theo ngày nộp hồ sơ), chính sách hạ hạng, đồng thuận: mọi thành viên, hiển thị "
                + "2 chữ số thập phân, làm tròn 0,5 lên\n");
        assertThat(vi).contains("  Khác biệt: hạng sao: ghi nhận 4★, chấm lại 5★ — cấp công nhận: ",
                "  Khác biệt: cấp: ghi nhận cấp huyện, chấm lại cấp tỉnh — cấp công nhận: ");
        assertThat(replay.explain()).contains("  Differs: level: recorded DISTRICT, replay PROVINCE — "
                + "RECOGNISING_LEVEL: ");
        assertThat(ParsedJson.of(replay).get("discrepancies")).extracting(d -> d.get("field").asText())
                .containsExactly("stars", "level");
        assertThat(ParsedJson.parse(RatingJson.toJson(replay, VI)).get("discrepancies").get(1).get("recorded")
                .asText()).isEqualTo("DISTRICT");
    }
}
