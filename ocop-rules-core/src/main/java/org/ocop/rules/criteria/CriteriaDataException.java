package org.ocop.rules.criteria;

import java.util.Objects;
import org.ocop.rules.OcopException;

/**
 * Criteria data could not be loaded: a data file is malformed or breaks one of the catalogue's integrity rules
 * (unknown key, duplicate id, points that do not add up, an option without provenance, …).
 *
 * <p>The message reads {@code <resource> at <path> (line <n>, column <m>): <problem>: <value>; allowed: <allowed>},
 * for example {@code QD-26-2026.json at $.sheets[0].parts[0].items[0].items[2].options[2].minStars (line 412,
 * column 31): star marker on a level without minimums: 6; allowed: 3, 4 or 5}. Paths are JSON paths into the
 * resource; the line and column are where the offending value starts (for a missing key: the object that lacks it).
 */
public final class CriteriaDataException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;
    private final String value;
    private final String allowed;

    CriteriaDataException(String resource, String path, String problem, String value, String allowed) {
        this(resource, path, problem, value, allowed, null);
    }

    CriteriaDataException(String resource, String path, String problem, String value, String allowed,
            Throwable cause) {
        this(resource, path, 0, 0, problem, value, allowed, cause);
    }

    CriteriaDataException(String resource, String path, int line, int column, String problem, String value,
            String allowed, Throwable cause) {
        super(resource + " at " + path + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": "
                + problem + ": " + value + "; allowed: " + allowed, cause);
        this.resource = Objects.requireNonNull(resource);
        this.path = Objects.requireNonNull(path);
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem);
        this.value = String.valueOf(value);
        this.allowed = Objects.requireNonNull(allowed);
    }

    /** The same error at a line and column of its resource (the check that raised it knew only the JSON path). */
    CriteriaDataException at(int atLine, int atColumn) {
        CriteriaDataException located = new CriteriaDataException(resource, path, atLine, atColumn, problem, value,
                allowed, getCause());
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
    public java.util.OptionalInt line() {
        return line > 0 ? java.util.OptionalInt.of(line) : java.util.OptionalInt.empty();
    }

    /** The column (1-based) on {@link #line()}, or empty when not known. */
    public java.util.OptionalInt column() {
        return line > 0 ? java.util.OptionalInt.of(column) : java.util.OptionalInt.empty();
    }

    /** What was wrong, in a few words. */
    public String problem() {
        return problem;
    }

    /** The offending value as written in the data ({@code null} when it was missing). */
    public String value() {
        return value;
    }

    /** What the catalogue would have accepted. */
    public String allowed() {
        return allowed;
    }
}
