package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;

/**
 * The round trip, on every sheet of every version and sheet edition in the catalogue: the template is written, a
 * dossier of random valid answers is built from the criteria model, the template is filled with it as a person
 * fills it (an {@code x} in each member's cell of each option chosen, the header typed in, findings marked), read
 * back, and the dossier read equals the one built, and rates the same.
 */
class ScoringWorkbookRoundTripTest {

    private static final Rater RATER = Rater.standard();

    static Stream<Arguments> sheets() {
        return Workbooks.everySheet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("sheets")
    void everySheet_filledWithRandomValidMarks_readsBackTheSameDossierAndRating(String id, String edition,
            String set) {
        CriteriaVersion version = Workbooks.version(id, edition);
        ScoringSheet sheet = version.sheet(set);
        long seed = (id + edition + set).hashCode();
        int members = 3 + (int) Math.floorMod(seed, 5);
        Dossier built = Workbooks.randomDossier(version, sheet, members, seed);

        byte[] template = Workbooks.bytes(ScoringWorkbook.builder(version, set).memberCount(members).build());
        FilledWorkbook read = Workbooks.read(Workbooks.fill(template, built), "phieu.xlsx");

        assertThat(read.problems()).isEmpty();
        assertThat(read.criteriaVersion()).isEqualTo(id);
        assertThat(read.sheetEdition()).isEqualTo(edition);
        assertThat(read.productSet()).isEqualTo(set);
        assertThat(read.dossier()).contains(built);

        Rater rater = RATER.withSettings(RatingSettings.DEFAULTS.withSheetEdition(
                edition.equals(CriteriaVersion.DECISION_EDITION) ? null : edition));
        Rating direct = rater.rate(built);
        Rating fromWorkbook = rater.rate(read.dossier().orElseThrow());
        assertThat(fromWorkbook.outcome()).isEqualTo(direct.outcome());
        assertThat(fromWorkbook.stars()).isEqualTo(direct.stars());
        assertThat(fromWorkbook.average()).isEqualTo(direct.average());
        assertThat(fromWorkbook.failedMinimums()).isEqualTo(direct.failedMinimums());
        assertThat(fromWorkbook.knockOuts()).isEqualTo(direct.knockOuts());
        assertThat(fromWorkbook.problems()).isEqualTo(direct.problems());
    }

    /** The catalogue's sheets hold what the round trip must carry: checklists, cases, conditions, findings. */
    @org.junit.jupiter.api.Test
    void theSheetsRoundTripped_holdChecklistsCasesConditionsAndFindings() {
        List<ScoringSheet> all = Workbooks.everySheet().stream()
                .map(a -> Workbooks.version((String) a[0], (String) a[1]).sheet((String) a[2])).toList();
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all).anyMatch(s -> s.criteria().stream().anyMatch(c -> c.select() == Criterion.Select.ANY));
        assertThat(all).anyMatch(s -> s.criteria().stream().anyMatch(c -> !c.cases().isEmpty()));
        assertThat(all).anyMatch(s -> s.criteria().stream().anyMatch(c -> c.onlyIf().isPresent()));
        assertThat(all).anyMatch(s -> !FormRow.findings(s).isEmpty());
    }
}
