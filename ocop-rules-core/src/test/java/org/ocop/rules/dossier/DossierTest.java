package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Level;

/** A dossier built in code: the builder's required parts and defaults, and copies with parts changed. */
class DossierTest {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 6, 15);
    private static final List<MemberSheet> SHEETS = List.of(MemberSheet.of("An", Map.of("1.1", "1.1.a")));

    private static Dossier.Builder required() {
        return Dossier.builder().id("HS-2026-001").productSet("I.1.a").submittedOn(SUBMITTED);
    }

    @Test
    void builder_withOnlyTheRequiredParts_givesEmptyNamesListsAndAbsentOptionalParts() {
        Dossier dossier = required().build();

        assertThat(dossier.id()).isEqualTo("HS-2026-001");
        assertThat(dossier.productSet()).isEqualTo("I.1.a");
        assertThat(dossier.submittedOn()).isEqualTo(SUBMITTED);
        assertThat(dossier.productName()).isEmpty();
        assertThat(dossier.producer()).isEmpty();
        assertThat(dossier.criteriaVersion()).isEmpty();
        assertThat(dossier.level()).isEmpty();
        assertThat(dossier.ratedOn()).isEmpty();
        assertThat(dossier.council()).isEmpty();
        assertThat(dossier.findings()).isEmpty();
        assertThat(dossier.sheets()).isEmpty();
        assertThat(dossier.recorded()).isEmpty();
        assertThat(dossier.memberTotals()).isEmpty();
    }

    @Test
    void builder_withEveryPart_givesEachPartThroughItsAccessor() {
        Council council = Council.of(7).withChair("Nguyễn Văn An");
        RecordedResult recorded = RecordedResult.of(new BigDecimal("90.85"), 4);

        Dossier dossier = everyPart(council, recorded);

        assertThat(dossier.id()).isEqualTo("HS-2026-001");
        assertThat(dossier.productName()).isEqualTo("Bưởi da xanh");
        assertThat(dossier.producer()).isEqualTo("HTX Thạnh Phú");
        assertThat(dossier.productSet()).isEqualTo("I.1.a");
        assertThat(dossier.submittedOn()).isEqualTo(SUBMITTED);
        assertThat(dossier.criteriaVersion()).contains("QD-26-2026");
        assertThat(dossier.level()).contains(Level.PROVINCE);
        assertThat(dossier.ratedOn()).contains(SUBMITTED.plusDays(30));
        assertThat(dossier.council()).contains(council);
        assertThat(dossier.findings()).containsExactly("DQ-1.1");
        assertThat(dossier.sheets()).isEqualTo(SHEETS);
        assertThat(dossier.recorded()).contains(recorded);
        assertThat(dossier.memberTotals()).containsExactly(91);
    }

    private static Dossier everyPart(Council council, RecordedResult recorded) {
        return required().productName("Bưởi da xanh").producer("HTX Thạnh Phú").criteriaVersion("QD-26-2026")
                .level(Level.PROVINCE).ratedOn(SUBMITTED.plusDays(30)).council(council).findings(List.of("DQ-1.1"))
                .sheets(SHEETS).recorded(recorded).memberTotals(List.of(91)).build();
    }

    @Test
    void equals_ofTwoDossiersBuiltAlike_isTrue_andFalseWhenOnePartDiffers() {
        Council council = Council.of(7).withChair("Nguyễn Văn An");
        RecordedResult recorded = RecordedResult.of(new BigDecimal("90.85"), 4);
        Dossier dossier = everyPart(council, recorded);

        assertThat(everyPart(council, recorded)).isNotSameAs(dossier).isEqualTo(dossier).hasSameHashCodeAs(dossier);
        assertThat(dossier.toBuilder().memberTotals(List.of(92)).build()).isNotEqualTo(dossier);
        assertThat(dossier.withRatedOn(SUBMITTED)).isNotEqualTo(dossier);
    }

    @Test
    void toString_readsLikeTheRecordItWas() {
        assertThat(required().findings(List.of("DQ-1.1")).memberTotals(List.of(90)).build()).hasToString(
                "Dossier[id=HS-2026-001, productName=, producer=, productSet=I.1.a, submittedOn=2026-06-15, "
                        + "criteriaVersion=Optional.empty, level=Optional.empty, ratedOn=Optional.empty, "
                        + "council=Optional.empty, findings=[DQ-1.1], sheets=[], recorded=Optional.empty, "
                        + "memberTotals=[90], average=Optional.empty]");
    }

    @Test
    void constructors_areNotPublic_soAPartAddedLaterBreaksNoCaller() {
        assertThat(Dossier.class.getConstructors()).isEmpty();
        assertThat(Dossier.Builder.class.getConstructors()).isEmpty();
    }

    @Test
    void builder_withoutARequiredPart_failsNamingIt() {
        assertThatThrownBy(() -> Dossier.builder().productSet("I.1.a").submittedOn(SUBMITTED).build())
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> Dossier.builder().id("HS-2026-001").submittedOn(SUBMITTED).build())
                .isInstanceOf(NullPointerException.class).hasMessage("productSet");
        assertThatThrownBy(() -> Dossier.builder().id("HS-2026-001").productSet("I.1.a").build())
                .isInstanceOf(NullPointerException.class).hasMessage("submittedOn");
        assertThatThrownBy(() -> Dossier.builder().producer(null))
                .isInstanceOf(NullPointerException.class).hasMessage("producer");
    }

    @Test
    void builder_withANullOptionalPart_leavesItAbsent() {
        Dossier dossier = required().level(Level.PROVINCE).level(null).recorded(null).build();

        assertThat(dossier.level()).isEmpty();
        assertThat(dossier.recorded()).isEmpty();
    }

    @Test
    void toBuilder_builtUnchanged_givesAnEqualDossier() {
        Dossier dossier = required().productName("Bưởi da xanh").criteriaVersion("QD-26-2026").level(Level.PROVINCE)
                .council(Council.of(5)).findings(List.of("DQ-1.1")).sheets(SHEETS)
                .recorded(RecordedResult.empty().withStars(3)).build();

        assertThat(dossier.toBuilder().build()).isEqualTo(dossier);
        assertThat(dossier.toBuilder().productSet("I.1.b").build().productSet()).isEqualTo("I.1.b");
    }

    @Test
    void withSheets_ofATotalsOnlyDossier_givesASheetsDossierKeepingTheRest() {
        Dossier totals = Dossier.ofTotals("HS-2026-001", "I.1.a", SUBMITTED, List.of(90, 91)).withLevel(Level.PROVINCE);

        Dossier sheets = totals.withSheets(SHEETS);

        assertThat(sheets.isTotalsOnly()).isFalse();
        assertThat(sheets.memberTotals()).isEmpty();
        assertThat(sheets.sheets()).isEqualTo(SHEETS);
        assertThat(sheets.level()).contains(Level.PROVINCE);
    }

    @Test
    void of_andOfTotals_areTheBuilderWithSheetsOrTotals() {
        assertThat(Dossier.of("HS-2026-001", "I.1.a", SUBMITTED, SHEETS)).isEqualTo(required().sheets(SHEETS).build());
        assertThat(Dossier.ofTotals("HS-2026-001", "I.1.a", SUBMITTED, List.of(90)))
                .isEqualTo(required().memberTotals(List.of(90)).build());
    }
}
