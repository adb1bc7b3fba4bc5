package org.ocop.rules.internal.drools;

/** How the rating ends. Internal to the Drools engine. */
public final class OutcomeFact implements Described {

    private final String outcome;

    /** Creates the fact. */
    public OutcomeFact(String outcome) {
        this.outcome = outcome;
    }

    /** The outcome. */
    public String getOutcome() {
        return outcome;
    }

    @Override
    public String describe() {
        return "outcome " + outcome;
    }

    @Override
    public String toString() {
        return describe();
    }
}
