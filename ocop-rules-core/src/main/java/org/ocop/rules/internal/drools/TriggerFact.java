package org.ocop.rules.internal.drools;

/** An option that triggers a knock-out rule. Internal to the Drools engine. */
public final class TriggerFact implements Described {

    private final String knockOut;
    private final String criterion;
    private final String option;
    private final int points;

    /** Creates the fact. */
    public TriggerFact(String knockOut, String criterion, String option, int points) {
        this.knockOut = knockOut;
        this.criterion = criterion;
        this.option = option;
        this.points = points;
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
