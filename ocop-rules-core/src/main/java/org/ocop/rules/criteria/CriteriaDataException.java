package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.OptionalInt;
import org.ocop.rules.OcopException;

/**
 * Criteria data could not be loaded: a data file is malformed or breaks one of the catalogue's integrity rules
 * (unknown key, duplicate id, points that do not add up, an option without provenance, …).
 *
 * <p>The message reads {@code <resource> at <path> (line <n>, column <m>): <problem>: <value>; allowed: <allowed>},
 * for example {@code QD-26-2026.json at $.sheets[0].parts[0].items[0].items[2].options[2].minStars (line 412,
 * column 31): star marker on a level without minimums: 6; allowed: 3, 4 or 5}. Paths are JSON paths into the
 * resource; the line and column are where the offending value starts (for a missing key: the object that lacks it).
 * {@link #where()} is everything before the problem: the resource, the path and, when known, the line and column.
 */
public final class CriteriaDataException extends OcopException {
    private static final long serialVersionUID = 2L;

    private final String resource;
    private final String path;
    private final int line;
    private final int column;

    CriteriaDataException(String resource, String path, String problem, String value, String allowed) {
        this(resource, path, problem, value, allowed, null);
    }

    CriteriaDataException(String resource, String path, String problem, String value, String allowed,
            Throwable cause) {
        this(resource, path, 0, 0, problem, value, allowed, cause);
    }

    CriteriaDataException(String resource, String path, int line, int column, String problem, String value,
            String allowed, Throwable cause) {
        super(where(resource, path, line, column), problem, value, allowed, cause);
        this.resource = resource;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** {@code <resource> at <path>}, with {@code (line <n>, column <m>)} when the location is known. */
    private static String where(String resource, String path, int line, int column) {
        return Objects.requireNonNull(resource, "resource") + " at "
                + Objects.requireNonNull(path, "path")
                + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
    }

    /** The same error at a line and column of its resource (the check that raised it knew only the JSON path). */
    CriteriaDataException at(int atLine, int atColumn) {
        CriteriaDataException located = new CriteriaDataException(resource, path, atLine, atColumn, problem(),
                value(), allowed(), getCause());
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The data resource that failed, as named in the catalogue's index, for example {@code QD-26-2026.json}. */
    public String resource() {
        return resource;
    }

    /** The JSON path of the offending value inside the resource, for example {@code $.sheets[3].number}. */
    public String path() {
        return path;
    }

    /**
     * The line of the resource where the offending value starts (1-based), or empty when not known: the value's own
     * line, or for a missing key the line of the object that lacks it.
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The column (1-based) on {@link #line()}, or empty when not known. */
    public OptionalInt column() {
        return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
