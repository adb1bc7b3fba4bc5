package org.ocop.rules.internal.drools;

import org.ocop.rules.CouncilBreach;

/** A council rule breached. Internal to the Drools engine. */
public final class BreachFact implements Described {

    private final CouncilBreach.Rule rule;
    private final String detail;

    /** Creates the fact. */
    public BreachFact(CouncilBreach.Rule rule, String detail) {
        this.rule = rule;
        this.detail = detail;
    }

    /** The rule. */
    public CouncilBreach.Rule getRule() {
        return rule;
    }

    /** The detail. */
    public String getDetail() {
        return detail;
    }

    @Override
    public String describe() {
        return "breach " + rule + ": " + detail;
    }

    @Override
    public String toString() {
        return describe();
    }
}
