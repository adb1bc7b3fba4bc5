package org.ocop.rules.internal.drools;

/**
 * The council's average as an average-only dossier records it (no members): the exact fraction {@code sum / count},
 * the recorded decimal over a power of ten. Internal to the Drools engine.
 */
public final class GivenAverageFact implements Described {

    private final int sum;
    private final int count;

    /** Creates the fact. */
    public GivenAverageFact(int sum, int count) {
        this.sum = sum;
        this.count = count;
    }

    /** The numerator. */
    public int getSum() {
        return sum;
    }

    /** The denominator, a power of ten. */
    public int getCount() {
        return count;
    }

    @Override
    public String describe() {
        return "average " + sum + "/" + count + " (given)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
