package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.Level;

/** Where the product is forwarded. Internal to the Drools engine. */
public final class ForwardedFact implements Described {

    private final Level level;

    /** Creates the fact. */
    public ForwardedFact(Level level) {
        this.level = level;
    }

    /** The level. */
    public Level getLevel() {
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
