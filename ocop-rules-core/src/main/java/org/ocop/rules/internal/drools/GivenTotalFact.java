package org.ocop.rules.internal.drools;

/** A member's total as a totals-only dossier records it (no sheet). Internal to the Drools engine. */
public final class GivenTotalFact implements Described {

    private final String member;
    private final int total;

    /** Creates the fact. */
    public GivenTotalFact(String member, int total) {
        this.member = member;
        this.total = total;
    }

    /** The member. */
    public String getMember() {
        return member;
    }

    /** The total. */
    public int getTotal() {
        return total;
    }

    @Override
    public String describe() {
        return member + " total " + total + " (given)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
