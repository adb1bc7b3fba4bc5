package org.ocop.rules.internal.drools;

/** A trigger option that applies under the consensus. Internal to the Drools engine. */
public final class TriggeredFact implements Described {

    private final String knockOut;
    private final String option;
    private final String chosenBy;

    /** Creates the fact. */
    public TriggeredFact(String knockOut, String option, String chosenBy) {
        this.knockOut = knockOut;
        this.option = option;
        this.chosenBy = chosenBy;
    }

    /** The knockOut. */
    public String getKnockOut() {
        return knockOut;
    }

    /** The option. */
    public String getOption() {
        return option;
    }

    /** The chosenBy. */
    public String getChosenBy() {
        return chosenBy;
    }

    @Override
    public String describe() {
        return "triggered " + option + " of " + knockOut;
    }

    @Override
    public String toString() {
        return describe();
    }
}
