package org.ocop.rules.dossier;

import java.util.List;
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
 * {@code d-014.json at $.sheets[1].choices: two choices for criterion: 1.3; allowed: one option id per criterion}:
 * {@link #where()} is {@code <source> at <path>}, and {@link #toProblem()} the facts for an INVALID rating, its texts
 * in every language the library has.
 */
public final class DossierFormatException extends OcopException {
    private static final long serialVersionUID = 3L;

    private final String source;
    private final String path;
    /** Every problem found, the first being this exception's own facts. */
    private final List<Problem> problems;

    DossierFormatException(String source, String path, Text problem, String value, Text allowed, Throwable cause) {
        super(Messages.text("where.at", Objects.requireNonNull(source, "source"), Objects.requireNonNull(path, "path")),
                problem, value, allowed, cause);
        this.source = source;
        this.path = path;
        this.problems = List.of(toProblem());
    }

    /** A source that is not JSON (a row of a results table) with every problem found in it, the first one thrown. */
    private DossierFormatException(String source, List<Problem> problems) {
        super(problems.get(0).whereText(), problems.get(0).problemText(), problems.get(0).value(),
                problems.get(0).allowedText(), null);
        this.source = source;
        this.path = "";
        this.problems = List.copyOf(problems);
    }

    /**
     * The exception for a dossier source of another format than JSON (a row of a results table, for example) in
     * which the reader found these problems, each naming where in the source it is; a batch turns it into one
     * INVALID rating that lists them all.
     *
     * @param source the source's name, for example {@code results.csv, row 7}
     * @param problems at least one problem, in the order found
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if an argument is null
     */
    public static DossierFormatException of(String source, List<Problem> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format error of " + source + " needs at least one problem");
        }
        return new DossierFormatException(source, problems);
    }

    /** Every problem found in the source, in order: the exception's own facts first; one for a JSON document. */
    public List<Problem> problems() {
        return problems;
    }

    /** The document, for example a file name. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, for example {@code $.sheets[1].choices}; empty for a source not JSON. */
    public String path() {
        return path;
    }
}
