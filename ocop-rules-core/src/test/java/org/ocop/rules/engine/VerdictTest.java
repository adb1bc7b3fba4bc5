package org.ocop.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Outcome;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.criteria.Level;

/** A verdict is built, never constructed: defaults, equality and what two engines compare. */
class VerdictTest {

    private static Verdict.Builder rated() {
        return Verdict.builder(Outcome.RATED).members(List.of(new Verdict.MemberTotals("An", 91, 35, 21, 35)))
                .bandStars(OptionalInt.of(5)).stars(OptionalInt.of(5)).grantedStars(OptionalInt.of(4))
                .forwardedTo(Optional.of(Level.MINISTRY));
    }

    @Test
    void builder_withOnlyAnOutcome_hasNothingElse() {
        Verdict verdict = Verdict.builder(Outcome.DISQUALIFIED).build();

        assertThat(verdict.outcome()).isEqualTo(Outcome.DISQUALIFIED);
        assertThat(verdict.members()).isEmpty();
        assertThat(verdict.bandStars()).isEmpty();
        assertThat(verdict.stars()).isEmpty();
        assertThat(verdict.failedMarkers()).isEmpty();
        assertThat(verdict.knockOuts()).isEmpty();
        assertThat(verdict.breaches()).isEmpty();
        assertThat(verdict.grantedStars()).isEmpty();
        assertThat(verdict.forwardedTo()).isEmpty();
        assertThat(verdict.firings()).isEmpty();
    }

    @Test
    void builder_withoutAnOutcome_isRefused() {
        assertThatNullPointerException().isThrownBy(() -> Verdict.builder(null)).withMessage("outcome");
    }

    @Test
    void equals_ofTwoVerdictsBuiltAlike_isTrueAndFiringsCount() {
        Verdict drools = rated().firings(List.of(new RuleFiring("band 5", List.of("91")))).build();
        Verdict dmn = rated().firings(List.of(new RuleFiring("star-band", List.of("91")))).build();

        assertThat(drools).isNotEqualTo(dmn);
        assertThat(drools.withoutFirings()).isEqualTo(dmn.withoutFirings())
                .hasSameHashCodeAs(dmn.withoutFirings());
        assertThat(drools.withoutFirings().firings()).isEmpty();
        assertThat(drools.withoutFirings().grantedStars()).hasValue(4);
    }

    @Test
    void toString_namesEveryDecisionLikeARecord() {
        assertThat(Verdict.builder(Outcome.STOPPED).build()).hasToString("Verdict[outcome=STOPPED, members=[], "
                + "bandStars=OptionalInt.empty, stars=OptionalInt.empty, failedMarkers=[], knockOuts=[], breaches=[], "
                + "grantedStars=OptionalInt.empty, forwardedTo=Optional.empty, firings=[]]");
    }
}
