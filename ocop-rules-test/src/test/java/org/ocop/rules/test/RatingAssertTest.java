package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.rules.test.Bundled.RATER;
import static org.ocop.rules.test.Bundled.dossier;
import static org.ocop.rules.test.Bundled.indented;
import static org.ocop.rules.test.OcopAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.Level;

/**
 * Each rating assertion passes on the rating it describes and fails on another, with a message that says what was
 * expected, what the rating has, and then the rating's whole explanation. Messages are compared verbatim.
 */
class RatingAssertTest {

    /** 5 members, 80.60 in the 4★ band, demoted to 3★: criterion 1.4 misses its 4★ minimum (needs 1.4.c). */
    private static final Rating DEMOTED = RATER.rate(dossier("06-ruou-lang-van-demoted.json"));
    /** 93.00, 5★, forwarded to the ministry. */
    private static final Rating FIVE_STARS = RATER.rate(dossier("01-che-shan-tuyet-ta-xua.json"));
    /** Disqualified by the council's finding (DQ-HEADER): no stars. */
    private static final Rating DISQUALIFIED = RATER.rate(dossier("07-rau-cu-disqualified.json"));

    private static String failure(Rating rating, String head, String what) {
        return "Expecting the rating of dossier " + head + " " + what + "\nThe rating's explanation:\n"
                + indented(rating.explain());
    }

    @Test
    void chain_onTheRatingItDescribes_passes() {
        assertThat(DEMOTED).isRated().hasStars(3).hasBandStars(4).hasAverage("80.60").hasFailedMinimum("1.4", 4)
                .hasNoProblems().hasCriteriaVersion("QD-26-2026");
        assertThat(FIVE_STARS).isRated().hasStars(5).hasNoFailedMinimums().isForwardedTo(Level.MINISTRY);
        assertThat(DISQUALIFIED).hasOutcome(Outcome.DISQUALIFIED).hasNoStars().hasKnockOut("DQ-HEADER");
    }

    @Test
    void isRated_ofADisqualifiedDossier_failsWithOutcomeAndExplanation() {
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).isRated()).isInstanceOf(AssertionError.class)
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040 (I.1.a)", "to have outcome RATED but it was "
                        + "DISQUALIFIED"));
    }

    @Test
    void hasStars_ofADemotedDossier_failsWithTheStarsGiven() {
        assertThatThrownBy(() -> assertThat(DEMOTED).hasStars(4))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to be 4★ but it was 3★ (RATED)"));
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).hasStars(1))
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040 (I.1.a)", "to be 1★ but it was no stars "
                        + "(DISQUALIFIED)"));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasNoStars())
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have no stars but it was 3★ (RATED)"));
    }

    @Test
    void explanationInTheMessage_ofADemotedDossier_namesTheFailedMinimum() {
        // the point of showing the explanation: the reader sees why without rerunning anything
        assertThatThrownBy(() -> assertThat(DEMOTED).hasStars(4)).hasMessageContaining("1.4");
        assertThat(DEMOTED.explain()).contains("1.4");
    }

    @Test
    void hasBandStarsAndAverage_wrong_failWithTheRatedValues() {
        assertThatThrownBy(() -> assertThat(DEMOTED).hasBandStars(3))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to fall in the 3★ band but the band was 4★"));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasAverage("80.6"))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have the average 80.6 but it was 80.60"));
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).hasBandStars(3))
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040 (I.1.a)", "to fall in the 3★ band but the band was "
                        + "none"));
    }

    @Test
    void hasFailedMinimum_ofAnotherCriterionOrStar_failsListingTheFailedMinimums() {
        String failed = "1.4 for 4★ (needs 1.4.c)";
        assertThatThrownBy(() -> assertThat(DEMOTED).hasFailedMinimum("1.3", 4))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have failed the 4★ minimum of criterion 1.3 "
                        + "but the failed minimums were " + failed));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasFailedMinimum("1.4", 5))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have failed the 5★ minimum of criterion 1.4 "
                        + "but the failed minimums were " + failed));
        assertThatThrownBy(() -> assertThat(FIVE_STARS).hasFailedMinimum("1.4", 5))
                .hasMessage(failure(FIVE_STARS, "YB-2026-001 (I.5.a)", "to have failed the 5★ minimum of criterion "
                        + "1.4 but the failed minimums were none"));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasNoFailedMinimums())
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have no failed minimum but the failed "
                        + "minimums were " + failed));
    }

    @Test
    void knockOutsBreachesAndProblems_absent_failListingWhatTheRatingHas() {
        assertThatThrownBy(() -> assertThat(DISQUALIFIED).hasKnockOut("DQ-2.1"))
                .hasMessage(failure(DISQUALIFIED, "LD-2026-040 (I.1.a)", "to be knocked out by DQ-2.1 but the "
                        + "knock-outs were [DQ-HEADER]"));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasCouncilBreach(CouncilBreach.Rule.QUORUM))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to breach the council rule QUORUM but the "
                        + "breaches were []"));
        assertThatThrownBy(() -> assertThat(DEMOTED).hasProblem("dossier BG-2026-011: none"))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to have the problem\n  dossier BG-2026-011: "
                        + "none\nbut the problems were []"));
    }

    @Test
    void versionAndForwarding_wrong_failWithTheRatedOnes() {
        assertThatThrownBy(() -> assertThat(DEMOTED).hasCriteriaVersion("QD-148-2023"))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to be rated under QD-148-2023 but it was "
                        + "rated under QD-26-2026"));
        assertThatThrownBy(() -> assertThat(DEMOTED).isForwardedTo(Level.MINISTRY))
                .hasMessage(failure(DEMOTED, "BG-2026-011 (II.1.a)", "to be forwarded to MINISTRY but it was "
                        + "forwarded nowhere"));
        assertThatThrownBy(() -> assertThat(FIVE_STARS).isForwardedTo(Level.PROVINCE))
                .hasMessage(failure(FIVE_STARS, "YB-2026-001 (I.5.a)", "to be forwarded to PROVINCE but it was "
                        + "forwarded to MINISTRY"));
    }

    @Test
    void description_givenWithAs_comesFirst() {
        assertThatThrownBy(() -> assertThat(DEMOTED).as("portal row 17").hasStars(4))
                .hasMessage("[portal row 17] " + failure(DEMOTED, "BG-2026-011 (II.1.a)", "to be 4★ but it was 3★ "
                        + "(RATED)"));
    }

    @Test
    void matches_anExpectationWrongInTwoKeys_failsListingBoth() {
        DossierCase golden = Golden.withExpected("02-four-stars-rice.json", "\"stars\": 4,", "\"stars\": 5,",
                "\"average\": \"76.60\"", "\"average\": \"76.6\"");
        Rating rating = golden.rate(RATER);

        assertThat(rating).matches(Golden.of("02-four-stars-rice.json").expected().orElseThrow());
        assertThatThrownBy(() -> assertThat(rating).matches(golden.expected().orElseThrow()))
                .hasMessage(failure(rating, "STG-2026-008 (I.2.a)", "to match its expected rating but 2 parts "
                        + "differ:\n  - stars: expected 5, rated 4\n  - average: expected 76.6, rated 76.60"));
    }

    @Test
    void matches_expectedWarningsNotThere_failsNamingThem() {
        DossierCase golden = Golden.withExpected("02-four-stars-rice.json", "\"problems\": []",
                "\"problems\": [], \"warnings\": [\"sheet I.2.a cannot\"]");
        Rating rating = golden.rate(RATER);

        assertThatThrownBy(() -> assertThat(rating).matches(golden.expected().orElseThrow()))
                .hasMessage(failure(rating, "STG-2026-008 (I.2.a)", "to match its expected rating but 1 part "
                        + "differs:\n  - warnings: expected [sheet I.2.a cannot] (each the start of one), rated []"));
    }
}
