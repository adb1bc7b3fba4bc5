package org.ocop.rules.criteria;

import java.util.Objects;
import org.ocop.rules.OcopException;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * A lookup in the criteria catalogue found nothing: an unknown criteria version, a product set that a version does
 * not have, a set without a transcribed scoring sheet, or a submission date before the first version.
 *
 * <p>The message reads {@code <where>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code criteria version QD-26-2026: unknown product set: X.9; allowed: I.1.a, I.1.b, …}. The message and the
 * string accessors are English; {@link #problemText()} and {@link #allowedText()} are the same texts in every
 * language the library has (see {@link Text}), for a problem built from the lookup.
 */
public final class CriteriaLookupException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final Text problem;
    private final String value;
    private final Text allowed;

    CriteriaLookupException(String where, Text problem, String value, Text allowed) {
        super(where + ": " + problem + ": " + value + "; allowed: " + allowed);
        this.where = Objects.requireNonNull(where);
        this.problem = Objects.requireNonNull(problem);
        this.value = String.valueOf(value);
        this.allowed = Objects.requireNonNull(allowed);
    }

    /** Where the lookup was made, for example {@code criteria version QD-26-2026}. */
    public String where() {
        return where;
    }

    /** What was not found, in English. */
    public String problem() {
        return problem.toString();
    }

    /** What was not found, as a text in every language; see {@link Text}. */
    public Text problemText() {
        return problem;
    }

    /** The value looked up. */
    public String value() {
        return value;
    }

    /** What exists instead, in English. */
    public String allowed() {
        return allowed.toString();
    }

    /** What exists instead, as a text in every language; see {@link Text}. */
    public Text allowedText() {
        return allowed;
    }
}
