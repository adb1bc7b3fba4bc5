package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Level;

/** A recorded result built part by part, as records hold only some of it. */
class RecordedResultTest {

    @Test
    void empty_withEveryPart_givesTheRecordOfTheCanonicalConstructor() {
        RecordedResult record = RecordedResult.empty().withAverage(new BigDecimal("90.80")).withStars(4)
                .withLevel(Level.PROVINCE).withDecision("1234/QĐ-UBND").withDecidedOn(LocalDate.of(2024, 11, 5))
                .withCriteriaVersion("QD-148-2023").withDataEdition("2026a");

        assertThat(record).isEqualTo(new RecordedResult(Optional.of(new BigDecimal("90.80")), OptionalInt.of(4),
                Optional.of(Level.PROVINCE), Optional.of("1234/QĐ-UBND"), Optional.of(LocalDate.of(2024, 11, 5)),
                Optional.of("QD-148-2023"), Optional.of("2026a")));
        assertThat(record.average().orElseThrow().toPlainString()).as("the printed decimals").isEqualTo("90.80");
    }

    @Test
    void of_averageAndStars_holdsNothingElse() {
        assertThat(RecordedResult.of(new BigDecimal("79.00"), 3))
                .isEqualTo(RecordedResult.empty().withStars(3).withAverage(new BigDecimal("79.00")));
        assertThat(RecordedResult.empty().level()).isEmpty();
    }
}
