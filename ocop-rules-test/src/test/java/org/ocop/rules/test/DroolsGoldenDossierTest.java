package org.ocop.rules.test;

import org.ocop.rules.Rater;

/** The golden dossiers, rated by the Drools engine. */
class DroolsGoldenDossierTest extends GoldenDossierSpecification {

    @Override
    protected Rater rater() {
        return Rater.standard();
    }
}
