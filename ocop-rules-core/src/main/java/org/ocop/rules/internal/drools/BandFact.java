package org.ocop.rules.internal.drools;

/** The star of the band the average falls in. Internal to the Drools engine. */
public final class BandFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public BandFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "band " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
