package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.dossier.Dossier;

/**
 * The mapping of 1048/781's product sets to 148's and 26/2026's ({@code criteria/set-mapping.json}, each entry with
 * its basis and status), and what a dossier giving a set code of another version is told.
 */
class SetMappingTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final SetMapping MAPPING = CATALOGUE.setMapping();

    @Test
    void every1048SetIsMapped_withItsBasis_allInferred() {
        SetMapping.Mapping m = MAPPING.mappings().get(0);
        assertThat(m.from()).containsExactly("QD-1048-2019", "QD-781-2020");
        assertThat(m.to()).containsExactly("QD-148-2023", "QD-26-2026");
        assertThat(m.sets()).extracting(SetMapping.Entry::from).containsExactlyElementsOf(CATALOGUE
                .version("QD-1048-2019").productSets().stream().map(ProductSet::code).toList());
        assertThat(m.sets()).allMatch(e -> e.status() == SourceStatus.INFERRED);
    }

    @Test
    void sameTitle_split_merged_and_dropped() {
        assertThat(MAPPING.match("QD-1048-2019", "I.1.1", "QD-26-2026").orElseThrow().to()).containsExactly("I.1.a");
        SetMapping.Entry honey = MAPPING.match("QD-781-2020", "I.2.2", "QD-148-2023").orElseThrow();
        assertThat(honey.to()).containsExactly("I.2.b", "I.3.d");
        assertThat(honey.basis()).startsWith("split");
        assertThat(MAPPING.match("QD-1048-2019", "I.3.5", "QD-26-2026").orElseThrow().to()).containsExactly("I.3.d");
        assertThat(MAPPING.match("QD-1048-2019", "III.3", "QD-26-2026").orElseThrow().to()).isEmpty();
        assertThat(MAPPING.match("QD-26-2026", "I.3.d", "QD-781-2020").orElseThrow().to())
                .containsExactly("I.2.2", "I.3.4", "I.3.5");
    }

    @Test
    void a2026DossierGivingA1048SetCode_isToldTheMatchingSet() {
        Rating rating = Rater.standard().rate(Dossier.of("DL-2026-077", "I.1.1", LocalDate.of(2026, 6, 2),
                List.of()));

        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier DL-2026-077, field productSet: set I.1.1 is a code of QD-1048-2019, QD-781-2020, "
                        + "not of QD-26-2026; under QD-26-2026 the matching set is I.1.a (Rau, củ, quả, hạt tươi) "
                        + "[same title, inferred]: I.1.1; allowed: I.1.a, I.1.b,");
    }

    @Test
    void a2021DossierGivingA2026SetCode_isToldThe781Sets() {
        Rating rating = Rater.standard().rate(Dossier.of("QN-2021-078", "I.3.d", LocalDate.of(2021, 6, 2),
                List.of()));

        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier QN-2021-078, field productSet: set I.3.d is a code of QD-148-2023, QD-26-2026, "
                        + "not of QD-781-2020; under QD-781-2020 the matching sets are I.2.2 (Mật ong, các sản phẩm "
                        + "từ mật ong, mật khác) or I.3.4 (Chế biến từ thịt, trứng, sữa) or I.3.5 (Chế biến từ thủy, "
                        + "hải sản) [");
    }

    @Test
    void aSetWithoutMatch_isSaidToHaveNone() {
        Rating rating = Rater.standard().rate(Dossier.of("DL-2026-079", "III.4", LocalDate.of(2026, 6, 2),
                List.of()));

        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier DL-2026-079, field productSet: set III.4 is a code of QD-1048-2019, "
                        + "QD-781-2020, not of QD-26-2026; under QD-26-2026 the matching set is III.3 (Tinh dầu và "
                        + "dược liệu khác) [renamed");
        Rating medical = Rater.standard().rate(Dossier.of("DL-2026-080", "III.3", LocalDate.of(2026, 6, 2),
                List.of()));
        // III.3 is a code of both: 1048's medical devices, 26/2026's essential oils; only the date tells them apart
        assertThat(medical.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier DL-2026-080, field sheets: no member sheets");
    }

    @Test
    void aCodeOfNoVersionKeepsThePlainMessage() {
        Rating rating = Rater.standard().rate(Dossier.of("DL-2026-081", "X.9", LocalDate.of(2026, 6, 2), List.of()));

        assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("dossier DL-2026-081, field productSet: unknown product set in QD-26-2026: X.9; allowed:");
    }
}
