package org.ocop.rules.internal;

/**
 * A share of a council that a rule asks for, as a fraction of whole people: the one home of the council arithmetic
 * that every engine, the models' generator and the advisor use. Counts are compared without division
 * ({@code part × denominator} against {@code whole × numerator}), so no rounding ever decides.
 *
 * <p>The Drools facts ({@code SetupFact}), the DMN engine's step-by-step evaluation ({@code Evaluation}, for the
 * quorum), the generators of the DMN tables ({@code StarModels}, {@code OutcomeModels}, through {@link #feel}) and the advisor's star arithmetic
 * ({@link StarModel}) all ask these two constants; none writes the fractions itself.
 *
 * @param numerator the fraction's numerator
 * @param denominator the fraction's denominator
 * @param strict whether the share must be exceeded ({@code >}) rather than reached ({@code ≥})
 */
public record Share(int numerator, int denominator, boolean strict) {

    /**
     * A strict majority of the scoring members: more than half. The {@code MAJORITY} consensus, our policy for how
     * the members' sheets combine on a star minimum or a knock-out trigger (the decisions are silent on it).
     */
    public static final Share MAJORITY = new Share(1, 2, true);

    /**
     * The council's quorum: at least three quarters of its members took part (Tây Ninh's council rules; off unless a
     * province's rules are chosen).
     */
    public static final Share QUORUM = new Share(3, 4, false);

    /** Validates the fraction. */
    public Share {
        if (numerator < 1 || denominator <= numerator) {
            throw new IllegalArgumentException("a share is a fraction between 0 and 1: " + numerator + "/"
                    + denominator);
        }
    }

    /** Whether {@code part} of {@code whole} is this share. */
    public boolean isMetBy(long part, long whole) {
        long left = part * denominator;
        long right = whole * numerator;
        return strict ? left > right : left >= right;
    }

    /** The fewest of {@code whole} that are this share: a strict majority of 4 is 3, three quarters of 7 is 6. */
    public int fewest(int whole) {
        long product = (long) whole * numerator;
        return (int) (strict ? product / denominator + 1 : (product + denominator - 1) / denominator);
    }

    /**
     * The same comparison as {@link #isMetBy} as a FEEL boolean expression over two names, for the generated DMN
     * tables: {@code meeting * 2 > members}, {@code present * 4 >= councilSize * 3}.
     */
    public String feel(String part, String whole) {
        return part + " * " + denominator + (strict ? " > " : " >= ") + whole
                + (numerator == 1 ? "" : " * " + numerator);
    }
}
