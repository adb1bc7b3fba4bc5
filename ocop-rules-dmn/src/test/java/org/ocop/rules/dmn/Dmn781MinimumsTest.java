package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.drools.DroolsRatingEngine;

/**
 * 781's minimum requirements reach the DMN models as star-minimum rows (from 2★ up, the portal sheet edition in its
 * own models) and rate exactly as the Drools rules do.
 */
class Dmn781MinimumsTest {

    private static final Rater DROOLS = Rater.using(DroolsRatingEngine.shared());
    private static final Rater DMN = Rater.using(DmnRatingEngine.shared());

    private static Dossier dossier(String id, String set, String sheetEdition, String override) {
        ScoringSheet sheet = CriteriaCatalogue.bundled().version("QD-781-2020").withSheetEdition(sheetEdition)
                .sheet(set);
        Map<String, String> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            choices.put(c.code(), c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow()
                    .id());
        }
        choices.put(sheet.criterionOfOption(override).orElseThrow().code(), override);
        return Dossier.of(id, set, LocalDate.of(2021, 5, 10), List.of(MemberSheet.of("An", choices),
                MemberSheet.of("Bình", choices)));
    }

    @Test
    void aFailed2StarMinimumDemotesTo1StarInBothEngines() {
        Dossier d = dossier("DMN-781-1", "IV.1", "decision", "7.a");
        Rating drools = DROOLS.rate(d);
        Rating dmn = DMN.rate(d);

        assertThat(dmn.stars()).hasValue(1);
        assertThat(dmn.failedMinimums()).extracting(f -> f.criterion() + " " + f.stars() + "★")
                .containsExactly("7 2★", "7 3★");
        assertThat(SameRating.differences(drools, dmn)).isEmpty();
        RatingSettings refuse = RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE);
        assertThat(DMN.withSettings(refuse).rate(d).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(SameRating.differences(DROOLS.withSettings(refuse).rate(d), DMN.withSettings(refuse).rate(d)))
                .isEmpty();
    }

    @Test
    void thePortalEditionRatesWithItsOwnModels() {
        RatingSettings portal = RatingSettings.DEFAULTS.withSheetEdition("portal");
        Dossier d = dossier("DMN-781-2", "II.1.2", "portal", "9.b");
        Rating drools = DROOLS.withSettings(portal).rate(d);
        Rating dmn = DMN.withSettings(portal).rate(d);

        assertThat(dmn.version().orElseThrow().version().sheetEdition()).isEqualTo("portal");
        assertThat(dmn.average().orElseThrow().sum()).isEqualTo(2 * 94);
        assertThat(dmn.stars()).hasValue(2);
        assertThat(SameRating.differences(drools, dmn)).isEmpty();
    }
}
