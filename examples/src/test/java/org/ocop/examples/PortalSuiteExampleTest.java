package org.ocop.examples;

import static org.ocop.rules.test.OcopAssertions.assertThat;
import static org.ocop.rules.test.OcopAssertions.assertThatFolder;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.ocop.rules.Discrepancy.Cause;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.test.DossierCase;
import org.ocop.rules.test.DossierFolder;

/**
 * A portal team's test suite, written with the test kit ({@code ocop-rules-test}) on the bundled dossiers: the
 * replay folder {@code examples/dossiers/replay} stands for the dossiers the portal has rated, with the results it
 * recorded. Each block between the markers is printed in docs/test-author.md, "Testing your portal against the
 * criteria", and DocumentationTest keeps the page equal to it. Maven runs these tests in {@code examples/}.
 */
class PortalSuiteExampleTest {

    // --- docs/test-author.md: the whole folder in one test (begin) ---
    @Test
    void everyDossierWeRated_replayed_agreesWithWhatWeRecorded() {
        assertThatFolder(Path.of("dossiers/replay"))                    // every *.json file, replayed
                .allowing("YB-2026-001", Cause.RECOGNISING_LEVEL)        // the province recognised 4★ of 5★
                .allowing("BG-2026-011", Cause.STAR_MINIMUMS_NOT_APPLIED)
                .allowing("HP-2026-014", Cause.CRITERIA_VERSION)         // scored under 148, submitted under 26
                .allowing("ST-2026-007", Cause.COUNCIL_PRACTICE)
                .allowing("TN-2026-021", Cause.UNEXPLAINED)              // under investigation
                .allowing("BT-2021-052", Cause.DATA_EDITION)
                .agrees();                                               // fails listing every other discrepancy
    }
    // --- (end) ---

    // --- docs/test-author.md: one test per dossier (begin) ---
    private static final Rater RATER = Rater.standard();

    /** What our records are known to differ in, by dossier: each found by an audit and kept until corrected. */
    private static final Map<String, Cause> KNOWN = Map.of("YB-2026-001", Cause.RECOGNISING_LEVEL,
            "BG-2026-011", Cause.STAR_MINIMUMS_NOT_APPLIED, "HP-2026-014", Cause.CRITERIA_VERSION,
            "ST-2026-007", Cause.COUNCIL_PRACTICE, "TN-2026-021", Cause.UNEXPLAINED,
            "BT-2021-052", Cause.DATA_EDITION);

    @ParameterizedTest
    @DossierFolder("dossiers/replay")               // one test per file, named by dossier id and product
    void recordedResult_replayed_agreesOrDiffersOnlyForItsKnownCause(DossierCase dossier) {
        Replay replay = dossier.replay(RATER);
        Cause known = KNOWN.get(dossier.dossier().id());
        if (known == null) {
            assertThat(replay).agrees();
        } else {
            assertThat(replay).hasDiscrepanciesOnlyCausedBy(known);
        }
    }
    // --- (end) ---

    // --- docs/test-author.md: one rating (begin) ---
    @Test
    void demotedDossier_rated_isThreeStarsBecauseOfOneMinimum() {
        Rating rating = RATER.rate(DossierReader.read(Path.of("dossiers/06-ruou-lang-van-demoted.json")));

        assertThat(rating).isRated().hasBandStars(4).hasStars(3).hasFailedMinimum("1.4", 4);
    }
    // --- (end) ---
}
