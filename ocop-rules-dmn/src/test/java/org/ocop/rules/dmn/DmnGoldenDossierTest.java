package org.ocop.rules.dmn;

import org.ocop.rules.Rater;
import org.ocop.rules.test.GoldenDossierSpecification;

/** The golden dossiers, rated by the DMN engine. */
class DmnGoldenDossierTest extends GoldenDossierSpecification {

    @Override
    protected Rater rater() {
        return Rater.using(DmnRatingEngine.shared());
    }
}
