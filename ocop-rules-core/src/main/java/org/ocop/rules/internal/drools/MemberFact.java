package org.ocop.rules.internal.drools;

/** A scoring member. Internal to the Drools engine. */
public final class MemberFact implements Described {

    private final String name;
    private final int index;

    /** Creates the fact. */
    public MemberFact(String name, int index) {
        this.name = name;
        this.index = index;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The index. */
    public int getIndex() {
        return index;
    }

    @Override
    public String describe() {
        return "member " + name;
    }

    @Override
    public String toString() {
        return describe();
    }
}
