package org.ocop.rules.internal.drools;

import org.ocop.rules.CouncilBreach;

/** A council rule breached. Internal to the Drools engine. */
public final class BreachFact implements Described {

    private final CouncilBreach.Rule rule;
    private final org.ocop.rules.Text detail;

    /** Creates the fact. */
    public BreachFact(CouncilBreach.Rule rule, org.ocop.rules.Text detail) {
        this.rule = rule;
        this.detail = detail;
    }

    /** The rule. */
    public CouncilBreach.Rule getRule() {
        return rule;
    }

    /** The detail. */
    public org.ocop.rules.Text getDetail() {
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
