package org.ocop.rules;

/**
 * Base of the small family of unchecked exceptions thrown by ocop-rules.
 *
 * <p>Every subclass says <em>where</em> the problem is, <em>what</em> was wrong and <em>what is allowed</em>, and
 * exposes those facts as typed accessors so that callers never parse messages.
 */
public abstract class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OcopException(String message) {
        super(message);
    }

    protected OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
