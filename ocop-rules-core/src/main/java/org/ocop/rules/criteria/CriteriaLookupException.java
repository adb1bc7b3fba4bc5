package org.ocop.rules.criteria;

import org.ocop.rules.OcopException;
import org.ocop.rules.Text;

/**
 * A lookup in the criteria catalogue found nothing: an unknown criteria version, a product set that a version does
 * not have, a set without a transcribed scoring sheet, or a submission date before the first version.
 *
 * <p>The message reads {@code <where>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code criteria version QD-26-2026: unknown product set: X.9; allowed: I.1.a, I.1.b, …}: {@link #where()} is where
 * the lookup was made (for example {@code criteria version QD-26-2026}), {@link #value()} the value looked up and
 * {@link #allowed()} what exists instead. {@link #toProblem()} has the texts in every language the library has.
 */
public final class CriteriaLookupException extends OcopException {
    private static final long serialVersionUID = 3L;

    CriteriaLookupException(String where, Text problem, String value, Text allowed) {
        super(org.ocop.rules.internal.Messages.literal(where), problem, value, allowed, null);
    }
}
