package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.rules.test.OcopAssertions.assertThatClasspathFolder;
import static org.ocop.rules.test.OcopAssertions.assertThatFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.Discrepancy.Cause;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;

/**
 * The one-line folder run: it lists every discrepancy of every dossier in one failure, not only the first, and it
 * cannot pass on a folder that checks nothing. Messages verbatim.
 */
class DossierFolderAssertTest {

    private static final Path REPLAY = Path.of("../examples/dossiers/replay");

    /** Every discrepancy of the bundled replay folder, by file, as the replay reports it. */
    private static final String EVERY_DISCREPANCY = "Expecting every dossier of folder ../examples/dossiers/replay "
            + "to agree with what it records (rated by drools), but 6 of 7 did not:\n"
            + "  YB-2026-001 · Chè Shan tuyết cổ thụ Tà Xùa [r1-province-recognised-4-stars.json]:\n"
            + "    - stars: recorded 4★, replay 5★ — RECOGNISING_LEVEL: PROVINCE may recognise 4★ of the rated 5★; "
            + "forwarded to MINISTRY (from 90 points, potential 5★) [26/2026/QĐ-TTg (26/2026/QĐ-TTg Điều 4.1, 7.2, "
            + "7.3.e, 7.4)]\n"
            + "  BG-2026-011 · Rượu làng Vân [r2-minimums-not-applied.json]:\n"
            + "    - stars: recorded 4★, replay 3★ — STAR_MINIMUMS_NOT_APPLIED: the recorded star is the band's; star "
            + "minimums not met: 1.4 **** needs 1.4.c (DEMOTE)\n"
            + "  HP-2026-014 · Nước mắm truyền thống Cát Hải [r3-scored-under-148.json]:\n"
            + "    - criteriaVersion: recorded QD-148-2023, replay QD-26-2026 — CRITERIA_VERSION: the council used "
            + "QD-148-2023; the replay used QD-26-2026 (submitted on 2026-06-20, when QD-26-2026 (26/2026/QĐ-TTg) was "
            + "in force)\n"
            + "  ST-2026-007 · Gạo ST25 ruộng tôm [r4-secretary-sheet-left-out.json]:\n"
            + "    - average: recorded 62.50, replay 62.00 — COUNCIL_PRACTICE: the record matches the average without "
            + "Trần Thị Bình's sheet (60 points)\n"
            + "  TN-2026-021 · Bánh đa nem Làng Chều [r6-unexplained.json]:\n"
            + "    - average: recorded 55.00, replay 45.00 — UNEXPLAINED: exact 225/5 = 45; no rounding, data anomaly "
            + "or member left out gives 55.00\n"
            + "    - stars: recorded 3★, replay 2★ — UNEXPLAINED: band 2★, outcome RATED; no known cause gives 3★\n"
            + "  BT-2021-052 · Nước mắm cá cơm truyền thống [r7-scored-on-the-portal.json]:\n"
            + "    - average: recorded 96.33, replay 98.00 — DATA_EDITION: the record matches the sheets counted with "
            + "the portal sheet edition of QD-781-2020 (average 289/3 = 96.333333333333); the replay used the "
            + "decision edition; criteria whose points differ: 7 (7.d: 5 points in the decision edition, 3 in the "
            + "portal), 7 (7.c: 3 points in the decision edition, 2 in the portal)";

    @Test
    void agrees_ofTheBundledReplayFolder_failsListingEveryDiscrepancyOfEveryDossier() {
        assertThatThrownBy(() -> assertThatFolder(REPLAY).agrees()).isInstanceOf(AssertionError.class)
                .hasMessage(EVERY_DISCREPANCY);
    }

    @Test
    void agrees_withEveryKnownDiscrepancyAllowed_passes() {
        assertThatFolder(REPLAY)
                .allowing("YB-2026-001", Cause.RECOGNISING_LEVEL)
                .allowing("BG-2026-011", Cause.STAR_MINIMUMS_NOT_APPLIED)
                .allowing("HP-2026-014", Cause.CRITERIA_VERSION)
                .allowing("ST-2026-007", Cause.COUNCIL_PRACTICE)
                .allowing("TN-2026-021", Cause.UNEXPLAINED)
                .allowing("BT-2021-052", Cause.DATA_EDITION)
                .agrees();
    }

    @Test
    void agrees_withAnAllowanceNoLongerNeeded_failsSoTheListCannotRot() {
        assertThatThrownBy(() -> assertThatFolder(REPLAY)
                .allowing("YB-2026-001", Cause.RECOGNISING_LEVEL)
                .allowing("BG-2026-011", Cause.STAR_MINIMUMS_NOT_APPLIED)
                .allowing("HP-2026-014", Cause.CRITERIA_VERSION)
                .allowing("ST-2026-007", Cause.COUNCIL_PRACTICE)
                .allowing("TN-2026-021", Cause.UNEXPLAINED)
                .allowing("BT-2021-052", Cause.DATA_EDITION)
                .allowing("DT-2026-030", Cause.DISPLAY_ROUNDING)
                .agrees())
                .hasMessage("Expecting every dossier of folder ../examples/dossiers/replay to agree with what it "
                        + "records (rated by drools), but 1 of 7 did not:\n"
                        + "  allowed DISPLAY_ROUNDING for DT-2026-030 but no dossier DT-2026-030 has a discrepancy "
                        + "of that cause (remove the allowance)");
    }

    @Test
    void agrees_ratedByAnotherRater_usesIt(@TempDir Path folder) throws IOException {
        // Under REFUSE a failed star minimum refuses the dossier instead of demoting it to 3★: the same record
        // then differs in another way, which shows that the folder was replayed with the rater given.
        Files.copy(REPLAY.resolve("r2-minimums-not-applied.json"), folder.resolve("r2.json"));
        Rater refusing = Rater.standard().withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE));

        assertThatThrownBy(() -> assertThatFolder(folder).ratedBy(refusing).agrees())
                .hasMessageEndingWith(" did not:\n  BG-2026-011 · Rượu làng Vân [r2.json]:\n"
                        + "    - stars: recorded 4★, replay no star (REFUSED) — STAR_MINIMUMS_NOT_APPLIED: the recorded "
                        + "star is the band's; star minimums not met: 1.4 **** needs 1.4.c (REFUSE)");
    }

    @Test
    void agrees_ofAFolderWithNothingRecorded_failsRatherThanPassingOnNothing() {
        assertThatThrownBy(() -> assertThatFolder(Path.of("../examples/dossiers")).agrees())
                .hasMessage("Expecting dossier folder ../examples/dossiers to agree but none of its 9 files has "
                        + "anything to compare: no \"recorded\" result in a dossier, no golden file with \"expected\"");
    }

    @Test
    void agrees_ofAnEmptyFolder_fails(@TempDir Path empty) {
        assertThatThrownBy(() -> assertThatFolder(empty).agrees())
                .hasMessage("Expecting dossier folder " + empty.toString().replace('\\', '/') + " to agree but it has "
                        + "no *.json file");
    }

    @Test
    void agrees_ofGoldenFiles_listsAnUnreadableFileAndEveryWrongExpectation(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("01-broken.json"), "{\"id\": ", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("02-four-stars-rice.json"), Golden.text("02-four-stars-rice.json")
                .replace("\"stars\": 4,", "\"stars\": 5,").replace("\"granted\": 4,", "\"granted\": 5,"),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("03-right.json"), Golden.text("04-two-stars-orchids.json"),
                StandardCharsets.UTF_8);
        String where = folder.toString().replace('\\', '/');
        String broken = DossierCase.read(folder.resolve("01-broken.json")).location();

        assertThatThrownBy(() -> assertThatFolder(folder).agrees())
                .hasMessageStartingWith("Expecting every dossier of folder " + where + " to agree with what it "
                        + "records (rated by drools), but 2 of 3 did not:\n  " + broken + ": cannot be read: ")
                .hasMessageEndingWith("\n  STG-2026-008 · Gạo ST25 Ruộng tôm [02-four-stars-rice.json]:\n"
                        + "    - expected rating, stars: expected 5, rated 4\n"
                        + "    - expected rating, granted: expected 5, rated 4");
    }

    @Test
    void agrees_ofTheGoldenFolderOnTheClassPath_passes() {
        assertThatClasspathFolder("golden/QD-26-2026").agrees();
    }

    @Test
    void assertThatFolder_ofAMissingFolder_saysWhatIsAllowed() {
        assertThatThrownBy(() -> assertThatFolder(Path.of("no-such-folder")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dossier folder " + Path.of("no-such-folder").toAbsolutePath().normalize() + ": not a "
                        + "folder; allowed: a folder of *.json dossier or golden files, relative to the working "
                        + "directory (a Maven module's folder in a Maven build)");
    }
}
