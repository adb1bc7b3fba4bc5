package org.ocop.rules;

/**
 * Base of the small family of unchecked exceptions thrown by ocop-rules.
 *
 * <p>Every subclass says <em>where</em> the problem is, <em>what</em> was wrong and <em>what is allowed</em>, and
 * exposes those facts as typed accessors so that callers never parse messages.
 */
public abstract class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception whose message the subclass has already built from its facts.
     *
     * @param message the whole message: where, what was wrong, the value and what is allowed
     */
    protected OcopException(String message) {
        super(message);
    }

    /**
     * Creates an exception whose message the subclass has already built from its facts, with the failure that
     * revealed the problem.
     *
     * @param message the whole message: where, what was wrong, the value and what is allowed
     * @param cause   the underlying failure, for example the JSON parser's; may be {@code null}
     */
    protected OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
