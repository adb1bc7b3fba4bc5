package org.ocop.rules.internal.drools;

/** The band's star refused under REFUSE. Internal to the Drools engine. */
public final class RefusedFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public RefusedFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "refused " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
