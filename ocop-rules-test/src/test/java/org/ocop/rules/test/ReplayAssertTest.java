package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.rules.test.Bundled.RATER;
import static org.ocop.rules.test.Bundled.dossier;
import static org.ocop.rules.test.Bundled.indented;
import static org.ocop.rules.test.OcopAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ocop.rules.Discrepancy.Cause;
import org.ocop.rules.Replay;

/**
 * Replay assertions on the bundled replay dossiers ({@code examples/dossiers/replay/}): a failure lists every
 * discrepancy with its field, both values, its cause and why, then the replay's report. Messages verbatim.
 */
class ReplayAssertTest {

    /** Recorded 25.00 and 1★, as the criteria give. */
    private static final Replay AGREES = RATER.replay(dossier("replay/r5-agrees.json"));
    /** Recorded 55.00 and 3★ where the sheets give 45.00 and 2★, and no known cause explains it. */
    private static final Replay UNEXPLAINED = RATER.replay(dossier("replay/r6-unexplained.json"));
    /** Recorded the band's 4★: the council did not apply the 4★ minimum of criterion 1.4. */
    private static final Replay MINIMUMS = RATER.replay(dossier("replay/r2-minimums-not-applied.json"));
    /** Nothing recorded. */
    private static final Replay NOTHING = RATER.replay(dossier("01-che-shan-tuyet-ta-xua.json"));

    private static String failure(Replay replay, String id, String what) {
        return "Expecting the replay of dossier " + id + " " + what + "\nThe replay:\n" + indented(replay.explain());
    }

    @Test
    void agrees_ofAnAgreeingRecord_passes() {
        assertThat(AGREES).agrees().hasDiscrepanciesOnlyCausedBy();
        assertThat(MINIMUMS).hasDiscrepancy("stars", Cause.STAR_MINIMUMS_NOT_APPLIED)
                .hasDiscrepanciesOnlyCausedBy(Cause.STAR_MINIMUMS_NOT_APPLIED);
    }

    @Test
    void agrees_ofARecordDifferingTwice_failsListingEachDiscrepancyWithItsCause() {
        assertThatThrownBy(() -> assertThat(UNEXPLAINED).agrees()).isInstanceOf(AssertionError.class)
                .hasMessage(failure(UNEXPLAINED, "TN-2026-021", "to agree with its recorded result but 2 "
                        + "discrepancies:\n"
                        + "  - average: recorded 55.00, replay 45.00 — UNEXPLAINED: exact 225/5 = 45; no rounding, "
                        + "data anomaly or member left out gives 55.00\n"
                        + "  - stars: recorded 3★, replay 2★ — UNEXPLAINED: band 2★, outcome RATED; no known cause "
                        + "gives 3★"));
    }

    @Test
    void agrees_withNothingRecorded_failsRatherThanPassingOnNothing() {
        // Replay.agrees() is true here (nothing can differ); a test that compares nothing must not pass.
        assertThatThrownBy(() -> assertThat(NOTHING).agrees())
                .hasMessage(failure(NOTHING, "YB-2026-001", "to agree with its recorded result but nothing was "
                        + "recorded (no \"recorded\" in the dossier)"));
    }

    @Test
    void hasDiscrepancy_ofAnotherCause_failsListingTheDiscrepancies() {
        assertThatThrownBy(() -> assertThat(MINIMUMS).hasDiscrepancy("stars", Cause.UNEXPLAINED))
                .hasMessage(failure(MINIMUMS, "BG-2026-011", "to have a discrepancy in stars caused by UNEXPLAINED "
                        + "but it has 1 discrepancy:\n"
                        + "  - stars: recorded 4★, replay 3★ — STAR_MINIMUMS_NOT_APPLIED: the recorded star is the "
                        + "band's; star minimums not met: 1.4 **** needs 1.4.c (DEMOTE)"));
        assertThatThrownBy(() -> assertThat(AGREES).hasDiscrepancy("stars", Cause.UNEXPLAINED))
                .hasMessage(failure(AGREES, "DT-2026-030", "to have a discrepancy in stars caused by UNEXPLAINED "
                        + "but it has none"));
    }

    @Test
    void hasDiscrepanciesOnlyCausedBy_anotherCause_failsListingTheOthers() {
        assertThatThrownBy(() -> assertThat(UNEXPLAINED).hasDiscrepanciesOnlyCausedBy(Cause.DISPLAY_ROUNDING))
                .hasMessage(failure(UNEXPLAINED, "TN-2026-021", "to differ from its record only for "
                        + "[DISPLAY_ROUNDING] but 2 discrepancies had another cause:\n"
                        + "  - average: recorded 55.00, replay 45.00 — UNEXPLAINED: exact 225/5 = 45; no rounding, "
                        + "data anomaly or member left out gives 55.00\n"
                        + "  - stars: recorded 3★, replay 2★ — UNEXPLAINED: band 2★, outcome RATED; no known cause "
                        + "gives 3★"));
    }
}
