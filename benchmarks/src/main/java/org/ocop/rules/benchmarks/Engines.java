package org.ocop.rules.benchmarks;

import org.ocop.rules.Rater;
import org.ocop.rules.dmn.DmnRatingEngine;

/** The engine names the command-line probes take. */
final class Engines {

    private Engines() {
    }

    /** The rater of {@code drools} or {@code dmn}. */
    static Rater rater(String engine) {
        return switch (engine) {
            case "drools" -> Rater.standard();
            case "dmn" -> Rater.using(DmnRatingEngine.shared());
            default -> throw new IllegalArgumentException("engine: " + engine + "; allowed: drools, dmn");
        };
    }
}
