package org.ocop.rules.internal.drools;

/** The highest star the evaluating level may recognise. Internal to the Drools engine. */
public final class GrantedFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public GrantedFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "grants " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
