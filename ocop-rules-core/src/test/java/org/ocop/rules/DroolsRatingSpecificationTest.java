package org.ocop.rules;

/** The rating specification, rated by the Drools engine. */
class DroolsRatingSpecificationTest extends RatingSpecification {

    @Override
    protected Rater rater() {
        return Rater.standard();
    }
}
