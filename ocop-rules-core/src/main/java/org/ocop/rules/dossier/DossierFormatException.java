package org.ocop.rules.dossier;

import java.util.Objects;
import org.ocop.rules.OcopException;
import org.ocop.rules.Problem;

/**
 * A dossier document could not be read: malformed JSON, an unknown key, a missing or mistyped field, a date that
 * is not ISO, two choices for one criterion.
 *
 * <p>The message reads {@code <source> at <path>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code d-014.json at $.sheets[1].choices: two choices for criterion: 1.3; allowed: one option id per criterion}.
 */
public final class DossierFormatException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String problem;
    private final String value;
    private final String allowed;

    DossierFormatException(String source, String path, String problem, String value, String allowed,
            Throwable cause) {
        super(source + " at " + path + ": " + problem + ": " + value + "; allowed: " + allowed, cause);
        this.source = Objects.requireNonNull(source);
        this.path = Objects.requireNonNull(path);
        this.problem = Objects.requireNonNull(problem);
        this.value = String.valueOf(value);
        this.allowed = Objects.requireNonNull(allowed);
    }

    /** The document, for example a file name. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, for example {@code $.sheets[1].choices}. */
    public String path() {
        return path;
    }

    /** What was wrong. */
    public String problem() {
        return problem;
    }

    /** The offending value. */
    public String value() {
        return value;
    }

    /** What is allowed. */
    public String allowed() {
        return allowed;
    }

    /** The facts as a {@link Problem}, for an INVALID rating. */
    public Problem toProblem() {
        return new Problem(source + " at " + path, problem, value, allowed);
    }
}
