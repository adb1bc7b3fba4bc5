package org.ocop.rules.dmn;

import org.ocop.rules.GoldenDossierSpecification;
import org.ocop.rules.Rater;

/** The golden dossiers, rated by the DMN engine. */
class DmnGoldenDossierTest extends GoldenDossierSpecification {

    @Override
    protected Rater rater() {
        return Rater.using(DmnRatingEngine.shared());
    }
}
