package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.Level;

/** What the evaluating level may do. Internal to the Drools engine. */
public final class AuthorityFact implements Described {

    private final Level level;
    private final String procedure;
    private final int forwardsFrom;
    private final Level forwardsTo;

    /** Creates the fact. */
    public AuthorityFact(Level level, String procedure, int forwardsFrom, Level forwardsTo) {
        this.level = level;
        this.procedure = procedure;
        this.forwardsFrom = forwardsFrom;
        this.forwardsTo = forwardsTo;
    }

    /** The level. */
    public Level getLevel() {
        return level;
    }

    /** The procedure. */
    public String getProcedure() {
        return procedure;
    }

    /** The forwardsFrom. */
    public int getForwardsFrom() {
        return forwardsFrom;
    }

    /** The forwardsTo. */
    public Level getForwardsTo() {
        return forwardsTo;
    }

    @Override
    public String describe() {
        return level + " under " + procedure;
    }

    @Override
    public String toString() {
        return describe();
    }
}
