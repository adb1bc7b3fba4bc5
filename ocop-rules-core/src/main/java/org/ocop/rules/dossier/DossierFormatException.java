package org.ocop.rules.dossier;

import java.util.Objects;
import org.ocop.rules.OcopException;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * A dossier document could not be read: malformed JSON, an unknown key, a missing or mistyped field, a date that
 * is not ISO, two choices for one criterion.
 *
 * <p>The message reads {@code <source> at <path>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code d-014.json at $.sheets[1].choices: two choices for criterion: 1.3; allowed: one option id per criterion}:
 * {@link #where()} is {@code <source> at <path>}, and {@link #toProblem()} the facts for an INVALID rating, its texts
 * in every language the library has.
 */
public final class DossierFormatException extends OcopException {
    private static final long serialVersionUID = 3L;

    private final String source;
    private final String path;

    DossierFormatException(String source, String path, Text problem, String value, Text allowed, Throwable cause) {
        super(Messages.text("where.at", Objects.requireNonNull(source, "source"), Objects.requireNonNull(path, "path")),
                problem, value, allowed, cause);
        this.source = source;
        this.path = path;
    }

    /** The document, for example a file name. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, for example {@code $.sheets[1].choices}. */
    public String path() {
        return path;
    }
}
