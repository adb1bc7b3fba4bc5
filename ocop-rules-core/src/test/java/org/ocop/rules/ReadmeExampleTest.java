package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.RatingJson;

/** The README's "API in ten lines", line for line: if this test changes, the README changes with it. */
class ReadmeExampleTest {

    @Test
    void the_readme_api_example_runs_as_printed() {
        Path file = Path.of("../examples/dossiers/01-che-shan-tuyet-ta-xua.json");

        // --- README: API in ten lines (begin) ---
        Rater rater = Rater.standard();                       // Drools engine, default policies: build once, share
        Dossier dossier = DossierReader.read(file);           // strict JSON; or build a Dossier in code
        Rating rating = rater.rate(dossier);                  // a bad dossier is an INVALID rating, not an exception
        Outcome outcome = rating.outcome();                   // RATED
        OptionalInt stars = rating.stars();                   // 5 (band 5★, every 5★ minimum met)
        String average = rating.displayedAverage().orElseThrow().toPlainString(); // "93.00", exactly 465/5
        Recognition recognition = rating.recognition().orElseThrow(); // PROVINCE grants 4★, forwards to MINISTRY
        String why = rating.explain();                        // the explanation for people
        String json = RatingJson.write(List.of(rating));      // the CLI's JSON contract
        ScoringSheet sheet = CriteriaCatalogue.bundled().version("QD-26-2026").sheet("I.5.a"); // build forms
        // --- README: API in ten lines (end) ---

        assertThat(outcome).isEqualTo(Outcome.RATED);
        assertThat(stars).hasValue(5);
        assertThat(average).isEqualTo("93.00");
        assertThat(rating.average()).hasValue(new Average(465, 5));
        assertThat(recognition.grantedStars()).hasValue(4);
        assertThat(recognition.forwardedTo()).hasValue(Level.MINISTRY);
        assertThat(why).contains("Outcome: RATED — 5★");
        assertThat(json).contains("\"dossierId\" : \"YB-2026-001\"");
        assertThat(sheet.criteria()).hasSize(32);
    }
}
