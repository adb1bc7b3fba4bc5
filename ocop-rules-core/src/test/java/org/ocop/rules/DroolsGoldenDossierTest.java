package org.ocop.rules;

/** The golden dossiers, rated by the Drools engine. */
class DroolsGoldenDossierTest extends GoldenDossierSpecification {

    @Override
    protected Rater rater() {
        return Rater.standard();
    }
}
