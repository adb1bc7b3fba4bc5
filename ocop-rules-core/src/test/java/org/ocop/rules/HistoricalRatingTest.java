package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dossiers of past years rate under the criteria of their submission date, with the version's own sheets. */
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
                .mapToObj(i -> new MemberSheet("Thành viên " + (i + 1), choices)).toList();
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

    @Test
    void the_1048_tourism_checklist_is_refused_rather_than_rated_wrongly() {
        Rating rating = rater.rate(best("QN-2019-090", "QD-1048-2019", "VI.1", LocalDate.of(2019, 12, 1), 1));

        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier QN-2019-090, field productSet: sheet VI.1 of QD-1048-2019 has checklist criteria "
                        + "(several lines ticked), which this release does not rate yet: ");
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
    }
}
