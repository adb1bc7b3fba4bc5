package org.ocop.rules.internal.drools;

/** A star's band: from {@code lower} points (inclusive) up to the next band. Internal to the Drools engine. */
public final class StarBandFact implements Described {

    private final int stars;
    private final int lower;

    /** Creates the fact. */
    public StarBandFact(int stars, int lower) {
        this.stars = stars;
        this.lower = lower;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    /** The lower. */
    public int getLower() {
        return lower;
    }

    @Override
    public String describe() {
        return stars + "★ from " + lower;
    }

    @Override
    public String toString() {
        return describe();
    }
}
