package org.ocop.rules.internal.drools;

/** What the evaluating level may do. Internal to the Drools engine. */
public final class AuthorityFact implements Described {

    private final String level;
    private final String procedure;
    private final int forwardsFrom;
    private final String forwardsTo;

    /** Creates the fact. */
    public AuthorityFact(String level, String procedure, int forwardsFrom, String forwardsTo) {
        this.level = level;
        this.procedure = procedure;
        this.forwardsFrom = forwardsFrom;
        this.forwardsTo = forwardsTo;
    }

    /** The level. */
    public String getLevel() {
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
    public String getForwardsTo() {
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
