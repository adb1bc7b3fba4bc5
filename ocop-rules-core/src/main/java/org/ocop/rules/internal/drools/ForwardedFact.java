package org.ocop.rules.internal.drools;

/** Where the product is forwarded. Internal to the Drools engine. */
public final class ForwardedFact implements Described {

    private final String level;

    /** Creates the fact. */
    public ForwardedFact(String level) {
        this.level = level;
    }

    /** The level. */
    public String getLevel() {
        return level;
    }

    @Override
    public String describe() {
        return "forwarded to " + level;
    }

    @Override
    public String toString() {
        return describe();
    }
}
