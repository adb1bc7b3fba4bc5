package org.ocop.rules.dmn;

import org.ocop.rules.Rater;
import org.ocop.rules.test.GoldenDossierSpecification;

/**
 * The golden dossiers rated from the same DMN files by Camunda 7, a second DMN engine independent of KIE: the files
 * mean the same thing to both.
 */
class CamundaGoldenDossierTest extends GoldenDossierSpecification {

    private static final Rater CAMUNDA = Rater.using(DmnRatingEngine.on(new CamundaDecisions(), "dmn-camunda"));

    @Override
    protected Rater rater() {
        return CAMUNDA;
    }
}
