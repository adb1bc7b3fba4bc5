package org.ocop.rules.internal.drools;

/** A knock-out rule the council found to apply. Internal to the Drools engine. */
public final class FindingFact implements Described {

    private final String knockOut;

    /** Creates the fact. */
    public FindingFact(String knockOut) {
        this.knockOut = knockOut;
    }

    /** The knockOut. */
    public String getKnockOut() {
        return knockOut;
    }

    @Override
    public String describe() {
        return "finding " + knockOut;
    }

    @Override
    public String toString() {
        return describe();
    }
}
