package org.ocop.rules.criteria;

import java.util.Locale;

/**
 * How sure we are of a piece of criteria data, with the tags of the project's research notes.
 */
public enum SourceStatus {
    /** Read in the decision's own text, or in a verbatim copy of it. */
    CONFIRMED,
    /** From the national scoring portal's data. */
    PORTAL,
    /** Stated by a secondary source (news, provincial pages, legal Q&amp;A); the decision text was not read. */
    SECONDARY,
    /** Our own inference: no source states it. The datum carries a doubt saying why we inferred it. */
    INFERRED,
    /** The source prints an impossible value; the corrected value is ours and the printed one is kept. */
    CORRECTED_TYPO,
    /** Looked for and not found. */
    UNKNOWN;

    /** The lower-case name used in data files and JSON output, for example {@code corrected_typo}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
