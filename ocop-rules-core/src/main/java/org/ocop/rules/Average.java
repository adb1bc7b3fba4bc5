package org.ocop.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact average of whole points: {@code sum / count}, kept as the fraction so that no comparison ever sees a
 * rounded value. 638 points over 7 members is 91.142857…, shown as 91.14 and compared as 638 ≥ 90 × 7.
 *
 * @param sum the sum of the members' points
 * @param count how many members
 */
public record Average(long sum, int count) implements Comparable<Average> {

    /** Validates the components. */
    public Average {
        if (count < 1) {
            throw new IllegalArgumentException("an average needs at least one member: " + count);
        }
    }

    /** Whether the exact average is at least {@code points}. */
    public boolean isAtLeast(long points) {
        return sum >= points * count;
    }

    /** The average rounded for display. */
    public BigDecimal rounded(int scale, RoundingMode rounding) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, rounding);
    }

    /** The exact value when it has a finite decimal expansion, else rounded to 12 decimals half-even. */
    public BigDecimal value() {
        try {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count));
        } catch (ArithmeticException nonTerminating) {
            return rounded(12, RoundingMode.HALF_EVEN);
        }
    }

    @Override
    public int compareTo(Average other) {
        return Long.compare(sum * other.count, other.sum * count);
    }

    /** The fraction, for example {@code 638/7}. */
    @Override
    public String toString() {
        return sum + "/" + count;
    }
}
