package org.ocop.rules.drools;

import java.util.Collection;
import java.util.Set;

/** A scoring member and the options on their sheet. Internal to the Drools engine. */
public final class MemberFact implements Described {

    private final String name;
    private final int index;
    private final Set<String> options;

    /** Creates the fact. */
    public MemberFact(String name, int index, Set<String> options) {
        this.name = name;
        this.index = index;
        this.options = Set.copyOf(options);
    }

    /** Whether the member chose any of {@code anyOf}. */
    public boolean choseAny(Collection<String> anyOf) {
        for (String option : anyOf) {
            if (options.contains(option)) {
                return true;
            }
        }
        return false;
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
