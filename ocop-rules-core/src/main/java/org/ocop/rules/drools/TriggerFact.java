package org.ocop.rules.drools;

import java.util.Set;

/** An option that triggers a knock-out rule. Internal to the Drools engine. */
public final class TriggerFact implements Described {

    private final String knockOut;
    private final String criterion;
    private final String option;
    private final int points;
    private final Set<String> ruleOptions;

    /**
     * Creates the fact.
     *
     * @param ruleOptions every trigger option of the same knock-out rule (this one included)
     */
    public TriggerFact(String knockOut, String criterion, String option, int points, Set<String> ruleOptions) {
        this.knockOut = knockOut;
        this.criterion = criterion;
        this.option = option;
        this.points = points;
        this.ruleOptions = Set.copyOf(ruleOptions);
    }

    /** Every trigger option of the same knock-out rule. */
    public Set<String> getRuleOptions() {
        return ruleOptions;
    }

    /** The knockOut. */
    public String getKnockOut() {
        return knockOut;
    }

    /** The criterion. */
    public String getCriterion() {
        return criterion;
    }

    /** The option. */
    public String getOption() {
        return option;
    }

    /** The points. */
    public int getPoints() {
        return points;
    }

    @Override
    public String describe() {
        return "trigger " + option + " of " + knockOut;
    }

    @Override
    public String toString() {
        return describe();
    }
}
