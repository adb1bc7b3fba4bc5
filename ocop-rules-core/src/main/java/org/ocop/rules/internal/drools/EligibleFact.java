package org.ocop.rules.internal.drools;

/** A star whose band is reached and whose minimums are all met. Internal to the Drools engine. */
public final class EligibleFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public EligibleFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "eligible " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
