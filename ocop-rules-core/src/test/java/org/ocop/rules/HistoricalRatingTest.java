package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.criteria.VersionResolution;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.RatingJson;

/**
 * Dossiers of past years rate under the criteria of their submission date, with the version's own sheets (1048's
 * tourism checklist included) or, where the sheets are not in the data (781, 148 beyond set 1) or not at hand, from
 * their members' totals.
 */
class HistoricalRatingTest {

    private final Rater rater = Rater.standard();
    private final CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();

    /** Every member ticks the best option of every criterion (5.2/5.3 included: the story exists). */
    private Dossier best(String id, String version, String set, LocalDate submitted, int members) {
        ScoringSheet sheet = catalogue.version(version).sheet(set);
        Map<String, String> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            Option best = c.options().get(0);
            for (Option o : c.options()) {
                best = o.points() > best.points() ? o : best;
            }
            choices.put(c.code(), best.id());
        }
        List<MemberSheet> sheets = java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> MemberSheet.of("Thành viên " + (i + 1), choices)).toList();
        return Dossier.of(id, set, submitted, sheets);
    }

    @Test
    void a_2019_rice_dossier_rates_under_1048_and_says_why() {
        Rating rating = rater.rate(best("QN-2019-031", "QD-1048-2019", "I.2.1", LocalDate.of(2019, 10, 1), 3));

        assertThat(rating.criteriaVersion()).contains("QD-1048-2019");
        assertThat(rating.version().orElseThrow().rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.average()).hasValue(new Average(300, 3));
        assertThat(rating.stars()).hasValue(5);
        assertThat(rating.failedMinimums()).as("1048 prints no star minimums").isEmpty();
        assertThat(rating.explain()).contains("submitted on 2019-10-01, when QD-1048-2019 (1048/QĐ-TTg) was in force");
    }

    @Test
    void a_1048_set_7_dossier_with_every_best_option_rates_99_with_the_warning() {
        Rating rating = rater.rate(best("QN-2020-007", "QD-1048-2019", "I.3.3", LocalDate.of(2020, 3, 2), 2));

        assertThat(rating.average()).hasValue(new Average(198, 2));
        assertThat(rating.bandStars()).hasValue(5);
        assertThat(rating.warnings()).contains("sheet I.3.3 cannot reach 100 points as printed: its best total is 99");
    }

    /**
     * A tourism member: the best option of every choose-one criterion (Part A 34, Part B 25) and, on the Part C
     * checklist, the lines given per criterion (every line of a criterion not listed).
     */
    private MemberSheet tourist(String member, Map<String, List<String>> ticked) {
        ScoringSheet sheet = catalogue.version("QD-1048-2019").sheet("VI.1");
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, List<String>> ticks = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            if (c.select() == Criterion.Select.ANY) {
                ticks.put(c.code(), ticked.getOrDefault(c.code(), c.optionIds()));
            } else {
                choices.put(c.code(), c.options().stream().max(java.util.Comparator.comparingInt(Option::points))
                        .orElseThrow().id());
            }
        }
        return MemberSheet.of(member, choices, ticks);
    }

    @Test
    void a_1048_tourism_dossier_with_ticked_checklist_lines_rates_with_the_lines_added() {
        // An: every line ticked (Part C 40, total 99: the sheet's best, Part A prints 35 but adds to 34).
        // Bình: 6 Vị trí 6.a+6.c = 1+2, 12 Người quản lý nothing ticked, 8 Bố trí đón tiếp only 8.b = 2:
        // Part C 40 - 5 + 3 - 8 - 6 + 2 = 26, total 85. Average (99 + 85) / 2 = 92: band 5★.
        Dossier dossier = Dossier.of("QN-2019-090", "VI.1", LocalDate.of(2019, 12, 1), List.of(
                tourist("An", Map.of()),
                tourist("Bình", Map.of("6", List.of("6.a", "6.c"), "12", List.of(), "8", List.of("8.b")))));

        Rating rating = rater.rate(dossier);

        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.members()).extracting(MemberScore::total).containsExactly(99, 85);
        assertThat(rating.members()).extracting(m -> m.parts().get(Part.C)).containsExactly(40, 26);
        assertThat(rating.average()).hasValue(new Average(184, 2));
        assertThat(rating.bandStars()).hasValue(5);
        assertThat(rating.warnings()).contains("sheet VI.1 cannot reach 100 points as printed: its best total is 99");
        CriterionScore six = rating.criteria().stream().filter(c -> c.code().equals("6")).findFirst().orElseThrow();
        assertThat(six.select()).isEqualTo(Criterion.Select.ANY);
        assertThat(six.ticked()).containsEntry("An", List.of("6.a", "6.b", "6.c", "6.d"))
                .containsEntry("Bình", List.of("6.a", "6.c"));
        assertThat(six.points()).containsEntry("An", 5).containsEntry("Bình", 3);
        // the explanation for people and the JSON contract both list the ticked lines
        assertThat(rating.explain()).contains("Checklist 6 ", ": An 6.a+6.b+6.c+6.d=5, Bình 6.a+6.c=3\n",
                "Checklist 12 ", "Bình none=0");
        assertThat(rating.explainCriteria()).contains("ticked An 6.a+6.b+6.c+6.d=5, Bình 6.a+6.c=3");
        String json = RatingJson.write(List.of(rating)).replaceAll("\\s+", "");
        assertThat(json).contains("\"select\":\"ANY\"", "\"ticked\":{\"An\":[\"6.a\",\"6.b\",\"6.c\",\"6.d\"],"
                + "\"Bình\":[\"6.a\",\"6.c\"]}", "\"select\":\"ONE\"");
    }

    @Test
    void a_1048_tourism_dossier_read_from_json_takes_a_list_for_a_checklist_and_one_id_elsewhere() {
        Dossier read = DossierReader.read("""
                {"id": "QN-2019-091", "productSet": "VI.1", "submittedOn": "2019-12-01",
                 "sheets": [{"member": "An", "choices": {"1.1": "1.1.d", "6": ["6.a", "6.c"], "12": []}}]}""",
                "t.json");

        assertThat(read.sheets().get(0).choices()).containsExactly(Map.entry("1.1", "1.1.d"));
        assertThat(read.sheets().get(0).ticks()).containsExactly(Map.entry("6", List.of("6.a", "6.c")),
                Map.entry("12", List.of()));
    }

    @Test
    void a_line_ticked_twice_is_refused_by_the_reader_and_by_the_rater() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierReader.read("""
                {"id": "QN-2019-092", "productSet": "VI.1", "submittedOn": "2019-12-01",
                 "sheets": [{"member": "An", "choices": {"6": ["6.a", "6.c", "6.a"]}}]}""", "t.json"))
                .hasMessage("t.json at $.sheets[0].choices.6[2]: option ticked twice on criterion 6: 6.a; allowed: "
                        + "each ticked option once");

        Rating rating = rater.rate(Dossier.of("QN-2019-092", "VI.1", LocalDate.of(2019, 12, 1), List.of(
                tourist("An", Map.of("6", List.of("6.a", "6.c", "6.a"))))));
        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).extracting(Problem::message).containsExactly("dossier QN-2019-092, member An, "
                + "criterion 6: option ticked twice: 6.a; allowed: each ticked line once");
    }

    @Test
    void a_checklist_answered_with_one_id_a_list_on_a_choose_one_criterion_and_a_line_of_another_criterion_are_refused() {
        MemberSheet best = tourist("An", Map.of());
        Map<String, String> choices = new LinkedHashMap<>(best.choices());
        Map<String, List<String>> ticks = new LinkedHashMap<>(best.ticks());
        ticks.remove("7");
        choices.put("7", "7.a");                                     // one id for a checklist
        choices.remove("1.1");
        ticks.put("1.1", List.of("1.1.a"));                           // a list for a choose-one criterion
        ticks.put("8", List.of("8.a", "9.b"));                        // a line of another checklist
        ticks.remove("12");                                           // a checklist left out
        Rating rating = rater.rate(Dossier.of("QN-2019-093", "VI.1", LocalDate.of(2019, 12, 1), List.of(
                MemberSheet.of("An", choices, ticks))));

        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).extracting(Problem::message).containsExactly(
                "dossier QN-2019-093, member An, criterion 7: one option given for a checklist criterion: 7.a; "
                        + "allowed: a list of the lines ticked, even of one, [] when none: 7.a, 7.b, 7.c, 7.d",
                "dossier QN-2019-093, member An, criterion 8: option of another criterion (9): 9.b; allowed: 8.a, "
                        + "8.b, 8.c",
                "dossier QN-2019-093, member An, criterion 1.1: a list of options for a criterion that takes one "
                        + "option: [1.1.a]; allowed: one option id of 1.1.a, 1.1.b, 1.1.c, 1.1.d",
                "dossier QN-2019-093, member An, criterion 12: no lines given (a checklist: list the lines ticked, "
                        + "[] when none): (none); allowed: 12.a, 12.b, 12.c");
    }

    @Test
    void the_same_product_with_member_totals_rates_to_the_same_average_band_star_and_recognition() {
        Dossier sheets = Dossier.of("QN-2019-094", "VI.1", LocalDate.of(2019, 12, 1), List.of(
                tourist("An", Map.of()), tourist("Bình", Map.of("6", List.of("6.a"), "12", List.of())),
                tourist("Chi", Map.of("7", List.of(), "9", List.of("9.b")))))
                .withLevel(Level.PROVINCE);
        Rating bySheets = rater.rate(sheets);
        List<Integer> totals = bySheets.members().stream().map(MemberScore::total).toList();
        Rating byTotals = rater.rate(Dossier.ofTotals("QN-2019-094", "VI.1", LocalDate.of(2019, 12, 1), totals)
                .withLevel(Level.PROVINCE));

        // Bình: 6.a alone (1 of 5) and nothing on 12 (0 of 8): 99 - 4 - 8 = 87; Chi: nothing on 7 (0 of 6) and
        // 9.b alone (1 of 5): 99 - 6 - 4 = 89
        assertThat(totals).containsExactly(99, 87, 89);
        assertThat(byTotals.outcome()).isEqualTo(Outcome.RATED);
        assertThat(byTotals.average()).isEqualTo(bySheets.average()).hasValue(new Average(275, 3));
        assertThat(byTotals.bandStars()).isEqualTo(bySheets.bandStars()).hasValue(5);
        assertThat(byTotals.stars()).isEqualTo(bySheets.stars());
        assertThat(byTotals.recognition().orElseThrow().grantedStars())
                .isEqualTo(bySheets.recognition().orElseThrow().grantedStars()).hasValue(4);
        assertThat(byTotals.recognition().orElseThrow().forwardedTo()).hasValue(Level.MINISTRY);
        assertThat(byTotals.partAverages()).isEmpty();
        assertThat(byTotals.criteria()).isEmpty();
        assertThat(byTotals.members()).extracting(MemberScore::member).containsExactly("member 1", "member 2",
                "member 3");
        assertThat(byTotals.problems()).as("1048 prints no star minimums: nothing went unchecked").isEmpty();
    }

    @Test
    void a_2020_and_a_2022_dossier_fall_under_781_and_rate_from_their_members_totals() {
        Rating in2020 = rater.rate(Dossier.ofTotals("QNg-2020-044", "I.2.1", LocalDate.of(2020, 9, 14),
                List.of(72, 73)));
        Rating in2022 = rater.rate(Dossier.ofTotals("QNg-2022-105", "II.1.1", LocalDate.of(2022, 8, 3),
                List.of(50, 49, 51)).withLevel(Level.DISTRICT));

        assertThat(in2020.criteriaVersion()).contains("QD-781-2020");
        assertThat(in2020.version().orElseThrow().rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(in2020.explain()).contains("submitted on 2020-09-14, when QD-781-2020 (781/QĐ-TTg) was in force");
        assertThat(in2020.outcome()).isEqualTo(Outcome.RATED);
        assertThat(in2020.average()).hasValue(new Average(145, 2));
        assertThat(in2020.displayedAverage().orElseThrow().toPlainString()).isEqualTo("72.50");
        assertThat(in2020.bandStars()).hasValue(4);
        assertThat(in2020.stars()).hasValue(4);
        // 781 set star minimums, known only in part: without sheets none is checked, and the rating says so
        assertThat(in2020.problems()).extracting(Problem::message).containsExactly("dossier QNg-2020-044, field "
                + "memberTotals: star minimums not checked: no member sheets were given; allowed: the members' "
                + "sheets (\"sheets\"), to check the star minimums of QD-781-2020; the rated star is the band's");

        assertThat(in2022.criteriaVersion()).contains("QD-781-2020");
        assertThat(in2022.explain()).contains("submitted on 2022-08-03, when QD-781-2020 (781/QĐ-TTg) was in force");
        assertThat(in2022.bandStars()).hasValue(3);
        // a 1048/781 district recognises no star and forwards from 50 points to the province
        assertThat(in2022.recognition().orElseThrow().grantedStars()).isEmpty();
        assertThat(in2022.recognition().orElseThrow().forwardedTo()).hasValue(Level.PROVINCE);
    }

    @Test
    void a_2021_dossier_falls_under_781_and_rates_with_1048s_sheet_and_781s_known_minimums() {
        Rating rating = rater.rate(best("QNg-2021-012", "QD-1048-2019", "I.2.1", LocalDate.of(2021, 4, 12), 2));

        assertThat(rating.criteriaVersion()).contains("QD-781-2020");
        assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
        assertThat(rating.stars()).hasValue(5);
        assertThat(rating.criteria()).first().extracting(c -> c.provenance().decision()).isEqualTo("1048/QĐ-TTg");
        assertThat(rating.warnings()).anyMatch(w -> w.startsWith("star minimums of 781/QĐ-TTg are known only in "
                + "part"));
    }

    /**
     * Until data edition 2026b only set 1 of 148 had a sheet, and a set-2 dossier of members' sheets was refused. The
     * typed copy gives all 26: every set's sheets rate, each rating warns that its sheet is secondary and names the
     * copy, a sheet whose best total is below 100 says so, and the same products' totals still rate.
     */
    @Test
    void every_148_set_rates_from_its_sheets_with_the_source_warning_and_its_totals_still_rate() {
        for (String set : catalogue.version("QD-148-2023").setsWithSheets()) {
            ScoringSheet sheet = catalogue.version("QD-148-2023").sheet(set);
            Rating rating = rater.rate(best("BT-2024-002", "QD-148-2023", set, LocalDate.of(2024, 5, 6), 2));
            assertThat(rating.outcome()).as(set).isEqualTo(Outcome.RATED);
            assertThat(rating.average()).as(set).hasValue(new Average(2L * sheet.reachableMaxPoints(), 2));
            assertThat(rating.warnings()).as(set).contains("sheet " + set + " of QD-148-2023 is read from a secondary "
                    + "source, not the decision's own text (" + sheet.provenance() + ")");
            if (sheet.reachableMaxPoints() < 100) {
                assertThat(rating.warnings()).as(set).contains("sheet " + set + " cannot reach 100 points as "
                        + "printed: its best total is " + sheet.reachableMaxPoints());
            }
        }
        assertThat(catalogue.version("QD-148-2023").setsWithSheets()).hasSize(26);
        Rating byTotals = rater.rate(Dossier.ofTotals("BT-2024-002", "I.1.b", LocalDate.of(2024, 5, 6),
                List.of(71, 69, 70)));
        assertThat(byTotals.outcome()).isEqualTo(Outcome.RATED);
        assertThat(byTotals.criteriaVersion()).contains("QD-148-2023");
        assertThat(byTotals.average()).hasValue(new Average(210, 3));
        // under 148 (before 1489) a district recognises 3★ and forwards from 70 points
        assertThat(byTotals.stars()).hasValue(4);
        assertThat(byTotals.recognition().orElseThrow().grantedStars()).hasValue(3);
        assertThat(byTotals.recognition().orElseThrow().forwardedTo()).hasValue(Level.PROVINCE);
        assertThat(byTotals.problems()).extracting(Problem::message).containsExactly("dossier BT-2024-002, field "
                + "memberTotals: star minimums not checked: no member sheets were given; allowed: the members' "
                + "sheets (\"sheets\"), to check the star minimums of QD-148-2023; the rated star is the band's");
    }

    @Test
    void every_rating_with_148s_set_1_sheet_warns_that_the_sheet_is_secondary_and_names_its_source() {
        ScoringSheet set1 = catalogue.version("QD-148-2023").sheet("I.1.a");
        for (int members = 1; members <= 3; members++) {
            Rating rating = rater.rate(best("BT-2024-00" + members, "QD-148-2023", "I.1.a",
                    LocalDate.of(2024, 5, 6), members));
            assertThat(rating.warnings()).contains("sheet I.1.a of QD-148-2023 is read from a secondary source, not "
                    + "the decision's own text (" + set1.provenance() + ")");
            assertThat(rating.explain()).contains("Warning: sheet I.1.a of QD-148-2023 is read from a secondary "
                    + "source");
        }
        // an invalid dossier of that sheet still names the version it was checked against
        Rating invalid = rater.rate(Dossier.of("BT-2024-009", "I.1.a", LocalDate.of(2024, 5, 6), List.of(
                MemberSheet.of("An", Map.of("1.1", "1.1.z")))));
        assertThat(invalid.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(set1.status()).isEqualTo(SourceStatus.SECONDARY);
    }

    @Test
    void a_dossier_submitted_on_20_05_2026_rates_under_148_by_its_date_and_one_on_22_05_2026_under_26() {
        Rating before = rater.rate(Dossier.ofTotals("QNa-2026-051", "I.1.b", LocalDate.of(2026, 5, 20),
                List.of(80, 82)));
        Rating after = rater.rate(Dossier.ofTotals("QNa-2026-052", "I.1.b", LocalDate.of(2026, 5, 22),
                List.of(80, 82)));

        assertThat(before.criteriaVersion()).contains("QD-148-2023");
        assertThat(before.version().orElseThrow().rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(before.explain()).contains("submitted on 2026-05-20, when QD-148-2023 (148/QĐ-TTg) was in force");
        assertThat(after.criteriaVersion()).contains("QD-26-2026");
        assertThat(after.explain()).contains("submitted on 2026-05-22, when QD-26-2026 (26/2026/QĐ-TTg) was in force");
        // 148 as amended by 1489 (from 6 July 2025): the province recognises 3★ and 4★
        assertThat(before.recognition().orElseThrow().level()).isEqualTo(Level.PROVINCE);
        assertThat(before.recognition().orElseThrow().grantedStars()).hasValue(4);
    }

    @Test
    void a_2024_dossier_of_set_1_rates_under_148_and_a_dossier_of_20_05_2026_rated_later_stays_under_148() {
        Rating in2024 = rater.rate(best("BT-2024-001", "QD-148-2023", "I.1.a", LocalDate.of(2024, 5, 6), 2));
        Rating transitional = rater.rate(best("BT-2026-044", "QD-148-2023", "I.1.a", LocalDate.of(2026, 5, 20), 2)
                .withRatedOn(LocalDate.of(2026, 6, 10)));

        assertThat(in2024.criteriaVersion()).contains("QD-148-2023");
        assertThat(in2024.outcome()).isEqualTo(Outcome.RATED);
        assertThat(in2024.warnings()).anyMatch(w -> w.startsWith("sheet I.1.a of QD-148-2023 is read from a "
                + "secondary source, not the decision's own text ("));
        assertThat(transitional.criteriaVersion()).contains("QD-148-2023");
        assertThat(transitional.version().orElseThrow().rule()).isEqualTo(VersionResolution.Rule.TRANSITIONAL);
        assertThat(transitional.explain()).contains("Criteria: QD-148-2023 (148/QĐ-TTg, data edition ",
                transitional.version().orElseThrow().reason());
    }
}
