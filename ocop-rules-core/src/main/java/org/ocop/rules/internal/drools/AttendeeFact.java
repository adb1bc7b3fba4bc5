package org.ocop.rules.internal.drools;

/** Someone who took part without scoring (the secretary). Internal to the Drools engine. */
public final class AttendeeFact implements Described {

    private final String name;

    /** Creates the fact. */
    public AttendeeFact(String name) {
        this.name = name;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    @Override
    public String describe() {
        return "attendee " + name;
    }

    @Override
    public String toString() {
        return describe();
    }
}
