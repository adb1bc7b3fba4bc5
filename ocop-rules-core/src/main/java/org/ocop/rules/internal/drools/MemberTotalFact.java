package org.ocop.rules.internal.drools;

/** One member's sheet added up. Internal to the Drools engine. */
public final class MemberTotalFact implements Described {

    private final String member;
    private final int index;
    private final int total;
    private final int partA;
    private final int partB;
    private final int partC;

    /** Creates the fact. */
    public MemberTotalFact(String member, int index, int total, int partA, int partB, int partC) {
        this.member = member;
        this.index = index;
        this.total = total;
        this.partA = partA;
        this.partB = partB;
        this.partC = partC;
    }

    /** The member. */
    public String getMember() {
        return member;
    }

    /** The index. */
    public int getIndex() {
        return index;
    }

    /** The total. */
    public int getTotal() {
        return total;
    }

    /** The partA. */
    public int getPartA() {
        return partA;
    }

    /** The partB. */
    public int getPartB() {
        return partB;
    }

    /** The partC. */
    public int getPartC() {
        return partC;
    }

    @Override
    public String describe() {
        return member + " " + total;
    }

    @Override
    public String toString() {
        return describe();
    }
}
