package org.ocop.rules.internal.drools;

/** One reason the quorum is not reached. Internal to the Drools engine. */
public final class QuorumShortFact implements Described {

    private final org.ocop.rules.Text reason;

    /** Creates the fact. */
    public QuorumShortFact(org.ocop.rules.Text reason) {
        this.reason = reason;
    }

    /** The reason. */
    public org.ocop.rules.Text getReason() {
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
