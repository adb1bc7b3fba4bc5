package org.ocop.rules.audit;

import org.ocop.rules.OcopException;
import org.ocop.rules.Text;

/**
 * A file that is not a scoring workbook this library reads: not an XLSX workbook, no identity sheet
 * ({@value ScoringWorkbook#IDENTITY_SHEET}), a format other than {@value ScoringWorkbook#FORMAT}, or a criteria
 * version, sheet edition or product set the criteria do not have. A workbook that is one but is filled wrongly is
 * never this exception: it is a {@link FilledWorkbook} with problems naming each bad cell.
 *
 * <p>The message reads {@code <file>: <problem>: <value>; allowed: <allowed>}; {@link #toProblem()} keeps the texts
 * in English and Vietnamese. Immutable and thread-safe once thrown.
 */
public final class ScoringWorkbookException extends OcopException {
    private static final long serialVersionUID = 1L;

    ScoringWorkbookException(Text where, Text problem, String value, Text allowed, Throwable cause) {
        super(where, problem, value, allowed, cause);
    }
}
