package org.ocop.rules.internal.drools;

/** A star the evaluating level may recognise. Internal to the Drools engine. */
public final class RecognisesFact implements Described {

    private final int stars;

    /** Creates the fact. */
    public RecognisesFact(int stars) {
        this.stars = stars;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    @Override
    public String describe() {
        return "recognises " + stars + "★";
    }

    @Override
    public String toString() {
        return describe();
    }
}
