package org.ocop.rules;

/**
 * Base of the small family of unchecked exceptions thrown by ocop-rules: {@link
 * org.ocop.rules.criteria.CriteriaDataException}, {@link org.ocop.rules.criteria.CriteriaLookupException} and {@link
 * org.ocop.rules.dossier.DossierFormatException}.
 *
 * <p>Every one says <em>where</em> the problem is, <em>what</em> was wrong, the offending <em>value</em> and what is
 * <em>allowed</em>, and exposes those facts as accessors so that callers never parse messages. The message is always
 * {@code <where>: <problem>: <value>; allowed: <allowed>}, the format of {@link Problem#message()}, built here once.
 * {@link #toProblem()} turns the facts into a {@link Problem}, for an INVALID rating or a batch report.
 *
 * <p>The message and the accessors are English, for developers and logs; the {@link Problem} keeps the texts in
 * every language the library has (see {@link Text}), for the people who read the ratings.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public abstract class OcopException extends RuntimeException {
    private static final long serialVersionUID = 3L;

    private final Problem facts;

    /**
     * The facts of a subclass, written in one language. Protected only because the subclasses live in the packages
     * whose errors they report; callers never construct these exceptions.
     *
     * @param where where the problem is, never null
     * @param problem what was wrong, never null
     * @param value the offending value; {@code null} (a missing value) is kept as the text {@code null}
     * @param allowed what would have been accepted, never null
     * @param cause the underlying failure, or {@code null}
     * @throws NullPointerException if {@code where}, {@code problem} or {@code allowed} is null
     */
    protected OcopException(String where, String problem, String value, String allowed, Throwable cause) {
        this(new Problem(where, problem, String.valueOf(value), allowed), cause);
    }

    /**
     * The facts of a subclass, as texts in every language the library has.
     *
     * @param where where the problem is, never null
     * @param problem what was wrong, never null
     * @param value the offending value; {@code null} (a missing value) is kept as the text {@code null}
     * @param allowed what would have been accepted, never null
     * @param cause the underlying failure, or {@code null}
     * @throws NullPointerException if {@code where}, {@code problem} or {@code allowed} is null
     */
    protected OcopException(Text where, Text problem, String value, Text allowed, Throwable cause) {
        this(new Problem(where, problem, org.ocop.rules.internal.Messages.literal(String.valueOf(value)), allowed),
                cause);
    }

    private OcopException(Problem facts, Throwable cause) {
        super(facts.message(), cause);
        this.facts = facts;
    }

    /**
     * Where the problem is, in English: a data resource and the JSON path in it, a dossier source and path, or the
     * catalogue or criteria version a lookup was made in. Never null.
     */
    public final String where() {
        return facts.where();
    }

    /** What was wrong, in a few words, in English. Never null. */
    public final String problem() {
        return facts.problem();
    }

    /** The offending value as given; the text {@code null} when it was missing. Never null. */
    public final String value() {
        return facts.value();
    }

    /** What would have been accepted, in English. Never null. */
    public final String allowed() {
        return facts.allowed();
    }

    /**
     * The facts as a {@link Problem} with the same where, problem, value and allowed, its texts in every language
     * the library has. Never null.
     */
    public final Problem toProblem() {
        return facts;
    }
}
