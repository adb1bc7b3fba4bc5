package org.ocop.rules.internal.drools;

/** The rated star. Internal to the Drools engine. */
public final class StarsFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public StarsFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "rated " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
