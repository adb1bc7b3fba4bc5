package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan request starts from {@link PlanRequest#NEXT_STAR} and changes one part at a time. */
class PlanRequestTest {

    @Test
    void nextStar_withEveryPart_givesTheRequestOfTheCanonicalConstructor() {
        PlanRequest request = PlanRequest.NEXT_STAR.withTargetStar(4).withFixed(Set.of("3.1", "1.1")).withMaxPlans(5);

        assertThat(request).isEqualTo(new PlanRequest(OptionalInt.of(4), Set.of("1.1", "3.1"), 5));
        assertThat(request.fixed()).containsExactly("1.1", "3.1");
        assertThat(PlanRequest.NEXT_STAR).isEqualTo(new PlanRequest(OptionalInt.empty(), Set.of(), 3));
    }

    @Test
    void withFixed_aListWithRepeats_keepsEachCodeOnceSorted() {
        assertThat(PlanRequest.NEXT_STAR.withFixed(List.of("3.1", "1.1", "3.1")).fixed()).containsExactly("1.1", "3.1");
    }

    @Test
    void with_valuesOutOfRange_areRefusedWithValueAndAllowedRange() {
        assertThatThrownBy(() -> PlanRequest.NEXT_STAR.withTargetStar(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target star: 6; allowed: 1 to 5");
        assertThatThrownBy(() -> PlanRequest.NEXT_STAR.withMaxPlans(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximum number of plans: 101; allowed: 1 to 100");
    }
}
