package org.ocop.rules;

import java.util.Objects;

/**
 * Criteria data could not be loaded: a data file is malformed or breaks one of the catalogue's integrity rules
 * (unknown key, duplicate id, points that do not add up, an option without provenance, …).
 *
 * <p>The message reads {@code <resource> at <path>: <problem>: <value>; allowed: <allowed>}, for example
 * {@code QD-26-2026.json at $.sheets[0].parts[0].items[0].items[2].options[2].minStars: star marker on a level
 * without minimums: 6; allowed: 3, 4 or 5}. Paths are JSON paths into the resource.
 */
public final class CriteriaDataException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String path;
    private final String problem;
    private final String value;
    private final String allowed;

    CriteriaDataException(String resource, String path, String problem, String value, String allowed) {
        this(resource, path, problem, value, allowed, null);
    }

    CriteriaDataException(String resource, String path, String problem, String value, String allowed,
            Throwable cause) {
        super(resource + " at " + path + ": " + problem + ": " + value + "; allowed: " + allowed, cause);
        this.resource = Objects.requireNonNull(resource);
        this.path = Objects.requireNonNull(path);
        this.problem = Objects.requireNonNull(problem);
        this.value = String.valueOf(value);
        this.allowed = Objects.requireNonNull(allowed);
    }

    /** The data resource that failed, as named in the catalogue's index, for example {@code QD-26-2026.json}. */
    public String resource() {
        return resource;
    }

    /** The JSON path of the offending value inside the resource, for example {@code $.sheets[3].number}. */
    public String path() {
        return path;
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
