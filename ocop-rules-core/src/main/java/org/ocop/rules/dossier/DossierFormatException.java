package org.ocop.rules.dossier;

import java.util.Objects;
import org.ocop.rules.OcopException;
import org.ocop.rules.Problem;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * A dossier document could not be read: malformed JSON, an unknown key, a missing or mistyped field, a date that
 * is not ISO, two choices for one criterion.
 *
 * <p>The message reads {@code <source> at <path>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code d-014.json at $.sheets[1].choices: two choices for criterion: 1.3; allowed: one option id per criterion}.
 * The message and the accessors are English; {@link #toProblem()} keeps the texts in every language the library
 * has (see {@link Text}).
 */
public final class DossierFormatException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final Text problem;
    private final String value;
    private final Text allowed;

    DossierFormatException(String source, String path, Text problem, String value, Text allowed, Throwable cause) {
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

    /** What was wrong, in English. */
    public String problem() {
        return problem.toString();
    }

    /** The offending value. */
    public String value() {
        return value;
    }

    /** What is allowed, in English. */
    public String allowed() {
        return allowed.toString();
    }

    /** The facts as a {@link Problem}, for an INVALID rating, its texts in every language the library has. */
    public Problem toProblem() {
        return new Problem(Messages.text("where.at", source, path), problem, value, allowed);
    }
}
