package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;

/**
 * The one line of {@code docs/reference/dmn.md} ("Rating with DMN") that switches engines, as printed:
 * {@code DocumentationTest} checks that the page's block is in this file.
 */
class DmnRatingEngineExampleTest {

    @Test
    void guide_engine_switch_rates_like_drools_under_the_name_dmn() {
        Dossier dossier = DossierReader.read(Path.of("../examples/dossiers/06-ruou-lang-van-demoted.json"));

        // --- docs/reference/dmn.md: switch engines (begin) ---
        Rater rater = Rater.using(DmnRatingEngine.shared());   // org.ocop:ocop-rules-dmn; same Rating, engine "dmn"
        // --- docs/reference/dmn.md: switch engines (end) ---

        Rating rating = rater.rate(dossier);
        assertThat(rating.engine()).isEqualTo("dmn");
        assertThat(SameRating.differences(Rater.standard().rate(dossier), rating)).isEmpty();
    }
}
