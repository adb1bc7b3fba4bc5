package org.ocop.rules.dmn;

import org.ocop.rules.Rater;
import org.ocop.rules.RatingSpecification;

/** The engine-neutral rating specification, run on the DMN engine: the same bodies as on Drools, one line apart. */
class DmnRatingSpecificationTest extends RatingSpecification {

    @Override
    protected Rater rater() {
        return Rater.using(DmnRatingEngine.shared());
    }
}
