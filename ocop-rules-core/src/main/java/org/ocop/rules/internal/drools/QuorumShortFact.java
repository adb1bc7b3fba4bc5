package org.ocop.rules.internal.drools;

/** One reason the quorum is not reached. Internal to the Drools engine. */
public final class QuorumShortFact implements Described {

    private final String reason;

    /** Creates the fact. */
    public QuorumShortFact(String reason) {
        this.reason = reason;
    }

    /** The reason. */
    public String getReason() {
        return reason;
    }

    @Override
    public String describe() {
        return "quorum short: " + reason;
    }

    @Override
    public String toString() {
        return describe();
    }
}
