package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaCatalogueTest {
    private final CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();

    @Test
    void bundled_isLoadedOnceAndShared() {
        assertThat(CriteriaCatalogue.bundled()).isSameAs(catalogue);
    }

    @Test
    void versions_areListedOldestFirstWithTheirValidity() {
        assertThat(catalogue.versions()).extracting(CriteriaVersion::id)
                .containsExactly("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");
        assertThat(catalogue.versions()).extracting(v -> v.inForceFrom().toString())
                .containsExactly("2019-08-21", "2020-06-08", "2023-02-24", "2026-05-22");
        assertThat(catalogue.versions()).extracting(v -> v.supersededOn().map(Object::toString).orElse("-"))
                .containsExactly("2020-06-08", "2023-02-24", "2026-05-22", "-");
        assertThat(catalogue.version("QD-148-2023").lapsesAfter()).contains(LocalDate.of(2026, 7, 21));
        assertThat(catalogue.version("QD-26-2026").edition()).isEqualTo("2026a");
        assertThat(catalogue.version("QD-26-2026").decision().number()).isEqualTo("26/2026/QĐ-TTg");
    }

    @ParameterizedTest(name = "submitted {0} → {1}")
    @CsvSource({
        "2019-08-21, QD-1048-2019",
        "2020-06-07, QD-1048-2019",
        "2020-06-08, QD-781-2020",
        "2022-11-30, QD-781-2020",
        "2023-02-23, QD-781-2020",
        "2023-02-24, QD-148-2023",
        "2024-06-15, QD-148-2023",
        "2026-05-20, QD-148-2023",
        "2026-05-21, QD-148-2023",
        "2026-05-22, QD-26-2026",
        "2026-11-25, QD-26-2026",
    })
    void resolve_picksTheVersionInForceOnTheSubmissionDate(LocalDate submitted, String expected) {
        VersionResolution resolution = catalogue.resolve(submitted);
        assertThat(resolution.version().id()).isEqualTo(expected);
        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void resolve_submittedBefore26_2026AndRatedAfter_staysUnder148ByTheTransitionalRule() {
        VersionResolution resolution = catalogue.resolve(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 10));
        assertThat(resolution.version().id()).isEqualTo("QD-148-2023");
        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.TRANSITIONAL);
        assertThat(resolution.reason()).isEqualTo("submitted on 2026-05-20 under QD-148-2023 and rated on 2026-06-10"
                + " when QD-26-2026 was in force; 26/2026/QĐ-TTg Điều 12.2: Hồ sơ nộp trước ngày 22/05/2026 mà chưa"
                + " đánh giá, phân hạng được tiếp tục thực hiện theo quy định giai đoạn 2021-2025 (148/QĐ-TTg, sửa"
                + " đổi bởi 1489/QĐ-TTg), trong 60 ngày (đánh giá lần đầu, nâng hạng) hoặc 30 ngày (đánh giá lại)");
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void resolve_ratedAfter148Lapsed_warns() {
        VersionResolution resolution = catalogue.resolve(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 22));
        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.TRANSITIONAL);
        assertThat(resolution.warnings()).containsExactly(
                "rated on 2026-07-22, after QD-148-2023 lapsed on 2026-07-21 (26/2026/QĐ-TTg Điều 12.2)");
    }

    @Test
    void resolve_ratedAfterAnAmendmentWithoutTransitionalProvision_warnsAndKeepsTheSubmissionDateRule() {
        VersionResolution resolution = catalogue.resolve(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 7, 1));
        assertThat(resolution.version().id()).isEqualTo("QD-1048-2019");
        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(resolution.warnings()).containsExactly("rated on 2020-07-01 when QD-781-2020 was in force; no "
                + "transitional provision is known, so the version of the submission date applies");
    }

    @Test
    void resolve_beforeTheFirstVersion_isAClearError() {
        assertThatThrownBy(() -> catalogue.resolve(LocalDate.of(2019, 8, 20)))
                .isInstanceOf(CriteriaLookupException.class)
                .hasMessage("criteria catalogue: submission date before the first criteria version: 2019-08-20; "
                        + "allowed: 2019-08-21 or later (QD-1048-2019, 1048/QĐ-TTg)");
    }

    @Test
    void requested_returnsTheNamedVersionAndWarnsWhenItWasNotInForce() {
        VersionResolution resolution = catalogue.requested("QD-26-2026", LocalDate.of(2024, 3, 1));
        assertThat(resolution.version().id()).isEqualTo("QD-26-2026");
        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.REQUESTED);
        assertThat(resolution.warnings()).containsExactly(
                "QD-26-2026 was not in force on the submission date 2024-03-01 (QD-148-2023 was)");
        assertThat(catalogue.requested("QD-26-2026", LocalDate.of(2026, 6, 1)).warnings()).isEmpty();
    }

    @Test
    void version_unknownId_namesTheKnownIds() {
        assertThatThrownBy(() -> catalogue.version("QD-999-2030"))
                .isInstanceOf(CriteriaLookupException.class)
                .hasMessage("criteria catalogue: unknown criteria version: QD-999-2030; "
                        + "allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026");
    }

    @Test
    void productSet_unknownCode_namesTheSetsOfThatVersion() {
        assertThatThrownBy(() -> catalogue.version("QD-26-2026").sheet("X.9"))
                .isInstanceOf(CriteriaLookupException.class)
                .hasMessage("criteria version QD-26-2026: unknown product set: X.9; allowed: I.1.a, I.1.b, I.2.a, "
                        + "I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, "
                        + "II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1")
                .satisfies(e -> {
                    CriteriaLookupException lookup = (CriteriaLookupException) e;
                    assertThat(lookup.where()).isEqualTo("criteria version QD-26-2026");
                    assertThat(lookup.value()).isEqualTo("X.9");
                });
    }

    @Test
    void procedures_sayWhoRecognisesWhichStarByVersionAndDate() {
        Procedure p148 = catalogue.version("QD-148-2023").procedureOn(LocalDate.of(2024, 1, 1));
        assertThat(p148.authority(Level.DISTRICT).orElseThrow().recognises()).containsExactly(3);
        assertThat(p148.authority(Level.PROVINCE).orElseThrow().recognises()).containsExactly(4);
        Procedure p1489 = catalogue.version("QD-148-2023").procedureOn(LocalDate.of(2025, 7, 6));
        assertThat(p1489.authority(Level.DISTRICT)).isEmpty();
        assertThat(p1489.authority(Level.PROVINCE).orElseThrow().recognises()).containsExactlyInAnyOrder(3, 4);
        Procedure p26 = catalogue.version("QD-26-2026").procedureOn(LocalDate.of(2026, 6, 1));
        assertThat(p26.authority(Level.PROVINCE).orElseThrow().forwardsFrom()).hasValue(90);
        assertThat(p26.authority(Level.PROVINCE).orElseThrow().forwardsTo()).contains(Level.MINISTRY);
    }

    @Test
    void starMinimums_areKnownPerVersion() {
        assertThat(catalogue.versions()).extracting(v -> v.starMinimums().kind()).containsExactly(
                StarMinimums.Kind.NONE, StarMinimums.Kind.PARTIAL, StarMinimums.Kind.MARKERS,
                StarMinimums.Kind.MARKERS);
    }
}
