package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Level;

/** A recorded result built part by part, as records hold only some of it. */
class RecordedResultTest {

    @Test
    void empty_withEveryPart_givesEachPartThroughItsAccessor() {
        RecordedResult record = everyPart();

        assertThat(record.average()).contains(new BigDecimal("90.80"));
        assertThat(record.average().orElseThrow().toPlainString()).as("the printed decimals").isEqualTo("90.80");
        assertThat(record.stars()).hasValue(4);
        assertThat(record.level()).contains(Level.PROVINCE);
        assertThat(record.decision()).contains("1234/QĐ-UBND");
        assertThat(record.decidedOn()).contains(LocalDate.of(2024, 11, 5));
        assertThat(record.criteriaVersion()).contains("QD-148-2023");
        assertThat(record.dataEdition()).contains("2026a");
    }

    private static RecordedResult everyPart() {
        return RecordedResult.empty().withAverage(new BigDecimal("90.80")).withStars(4).withLevel(Level.PROVINCE)
                .withDecision("1234/QĐ-UBND").withDecidedOn(LocalDate.of(2024, 11, 5))
                .withCriteriaVersion("QD-148-2023").withDataEdition("2026a");
    }

    @Test
    void equals_ofTwoRecordsBuiltAlike_isTrue_andFalseWhenOnePartDiffers() {
        RecordedResult record = everyPart();

        assertThat(everyPart()).isNotSameAs(record).isEqualTo(record).hasSameHashCodeAs(record);
        assertThat(record.withDataEdition("2026b")).isNotEqualTo(record);
        assertThat(record.withAverage(new BigDecimal("90.8"))).as("the printed decimals count").isNotEqualTo(record);
    }

    @Test
    void toString_readsLikeTheRecordItWas() {
        assertThat(RecordedResult.of(new BigDecimal("90.85"), 4)).hasToString("RecordedResult[average=Optional[90.85], "
                + "stars=OptionalInt[4], level=Optional.empty, decision=Optional.empty, decidedOn=Optional.empty, "
                + "criteriaVersion=Optional.empty, dataEdition=Optional.empty]");
    }

    @Test
    void constructors_areNotPublic_soAPartAddedLaterBreaksNoCaller() {
        assertThat(RecordedResult.class.getConstructors()).isEmpty();
    }

    @Test
    void of_averageAndStars_holdsNothingElse() {
        assertThat(RecordedResult.of(new BigDecimal("79.00"), 3))
                .isEqualTo(RecordedResult.empty().withStars(3).withAverage(new BigDecimal("79.00")));
        assertThat(RecordedResult.empty().level()).isEmpty();
    }
}
