package org.ocop.rules.internal.drools;

import org.ocop.rules.Outcome;

/** How the rating ends. Internal to the Drools engine. */
public final class OutcomeFact implements Described {

    private final Outcome outcome;

    /** Creates the fact. */
    public OutcomeFact(Outcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome. */
    public Outcome getOutcome() {
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
