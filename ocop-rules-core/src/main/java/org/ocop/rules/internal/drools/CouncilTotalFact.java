package org.ocop.rules.internal.drools;

/** The sum of the member totals and how many members: the exact average is total / members. Internal to the Drools engine. */
public final class CouncilTotalFact implements Described {

    private final int total;
    private final int members;

    /** Creates the fact. */
    public CouncilTotalFact(int total, int members) {
        this.total = total;
        this.members = members;
    }

    /** The total. */
    public int getTotal() {
        return total;
    }

    /** The members. */
    public int getMembers() {
        return members;
    }

    /** Whether the exact average {@code total / members} is at least {@code points}, compared without division. */
    public boolean reaches(int points) {
        return (long) total >= (long) points * members;
    }

    @Override
    public String describe() {
        return "council " + total + "/" + members;
    }

    @Override
    public String toString() {
        return describe();
    }
}
