package org.ocop.rules.criteria;

/**
 * A numbered entry of a scoring sheet below its part: a {@link Heading} that groups entries (<i>1. TỔ CHỨC SẢN
 * XUẤT</i>) or a {@link Criterion} that carries options.
 */
public sealed interface SheetNode permits Heading, Criterion {
    /** The printed number, for example {@code 1} or {@code 1.3} or {@code 6.1.1}. */
    String code();

    /** The printed label. */
    String label();

    /** The points printed for this entry (its cap). */
    int maxPoints();

    /** The part this entry belongs to. */
    Part part();
}
