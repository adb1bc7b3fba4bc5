package org.ocop.rules.criteria;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ocop.rules.internal.json.JsonLocations;
import org.ocop.rules.internal.json.JsonProblem;
import org.ocop.rules.internal.json.StrictJson;
import org.ocop.rules.internal.json.Utf8;

/**
 * Reads the criteria data files with the library's strict JSON reading ({@code internal.json}, shared with the
 * dossier reader) and words its problems as {@link CriteriaDataException}s, each with the file, the JSON path and
 * the line and column where the offending value starts: a problem the parser finds has them from the parser, one a
 * check finds on the bound values gets them by {@link #located}, which finds the path in the file again.
 */
final class CriteriaReader {
    private static final ObjectMapper MAPPER = StrictJson.builder(new JsonFactory()).build();

    private CriteriaReader() {
    }

    /**
     * A data file, bound.
     *
     * @throws CriteriaDataException if the file is missing, not UTF-8, not JSON, or not of the documented shape
     * @throws UncheckedIOException if it cannot be read
     */
    static <T> T read(DataFiles files, String name, Class<T> type) {
        byte[] bytes;
        try (InputStream in = files.open(name)) {
            if (in == null) {
                throw new CriteriaDataException(name, "$", "resource not found", name,
                        "a file next to the criteria index");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read criteria resource " + name, e);
        }
        return read(name, bytes, type);
    }

    /** A data file's bytes (or the head of a file), bound; {@code name} is the file's. */
    static <T> T read(String name, byte[] bytes, Class<T> type) {
        T value;
        try {
            value = StrictJson.read(MAPPER, bytes, type);
        } catch (JsonProblem problem) {
            throw error(name, problem);
        }
        if (value == null) {
            throw new CriteriaDataException(name, "$", "empty document", "null", "a JSON object");
        }
        return value;
    }

    /** A reading problem as a data error of {@code resource}, at the parser's line and column when it knew them. */
    private static CriteriaDataException error(String resource, JsonProblem problem) {
        CriteriaDataException error = new CriteriaDataException(resource, problem.path(), problem.problem(),
                problem.value(), problem.allowed(), problem.getCause() == null ? problem : problem.getCause());
        return problem.line() < 1 ? error : error.at(problem.line(), problem.column());
    }

    /**
     * The head of a data file: its text up to the first of {@code stopKeys}, decoded strictly; empty when the file
     * is missing, not UTF-8, or cannot be cut there (a full read then reports why).
     *
     * @throws UncheckedIOException if it cannot be read
     */
    static Optional<String> head(DataFiles files, String name, Set<String> stopKeys) {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return JsonLocations.head(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), stopKeys);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read criteria resource " + name, e);
        }
    }

    /**
     * Runs {@code load}; a {@link CriteriaDataException} it throws without a line and column gets them, read back
     * from its resource.
     */
    static <T> T located(DataFiles files, Supplier<T> load) {
        try {
            return load.get();
        } catch (CriteriaDataException e) {
            if (e.line().isPresent()) {
                throw e;
            }
            // the checks work on bound values and know only JSON paths: find the path in the text once, on failure
            Optional<JsonLocations.Position> at = locate(files, e.resource(), e.path());
            throw at.isEmpty() ? e : e.at(at.get().line(), at.get().column());
        }
    }

    /**
     * Where the value at a JSON path starts in a data file (for a missing key, its nearest enclosing value); empty
     * if the file cannot be read or decoded.
     */
    private static Optional<JsonLocations.Position> locate(DataFiles files, String resource, String path) {
        try (InputStream in = files.open(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return JsonLocations.locate(Utf8.decode(in.readAllBytes()), path);
        } catch (IOException | JsonProblem e) {
            return Optional.empty();
        }
    }
}
