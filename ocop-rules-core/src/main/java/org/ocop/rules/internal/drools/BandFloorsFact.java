package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.StarBands;

/**
 * The star bands of the task's criteria version, from its data: the rules make one {@link StarBandFact} per star of
 * them and hold no band numbers of their own. Internal to the Drools engine.
 */
public final class BandFloorsFact implements Described {

    private final StarBands bands;

    /** Creates the fact. */
    public BandFloorsFact(StarBands bands) {
        this.bands = bands;
    }

    /** The bands. */
    public StarBands getBands() {
        return bands;
    }

    /** The lower bound of the band of {@code stars}★ (0 for 1★). */
    public int floor(int stars) {
        return bands.floor(stars);
    }

    @Override
    public String describe() {
        return "band floors " + bands.floors();
    }

    @Override
    public String toString() {
        return describe();
    }
}
