package org.ocop.rules.audit;

import org.ocop.rules.OcopException;
import org.ocop.rules.Text;

/**
 * A results table that cannot be read at all: a file that is not CSV or XLSX, cannot be opened, has no header row,
 * an unknown or duplicate header, a required column missing, or a sheet that is not there. A bad <em>row</em> is
 * never this exception: it is a {@link TableRow} with problems, and the rows around it are read.
 *
 * <p>The message reads {@code <file>: <problem>: <value>; allowed: <allowed>}; {@link #toProblem()} keeps the texts
 * in English and Vietnamese. Immutable and thread-safe once thrown.
 */
public final class ResultsTableException extends OcopException {
    private static final long serialVersionUID = 1L;

    ResultsTableException(Text where, Text problem, String value, Text allowed, Throwable cause) {
        super(where, problem, value, allowed, cause);
    }
}
