package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaFileFormat.Text;

/**
 * Small helpers that check one value of one data file and raise a {@link CriteriaDataException} naming the file, the
 * JSON path, the value and what is allowed: the words every check of the criteria data is written in.
 */
class Checker {
    final String resource;

    Checker(String resource) {
        this.resource = resource;
    }

    CriteriaDataException fail(String path, String problem, Object value, String allowed) {
        return new CriteriaDataException(resource, path, problem, String.valueOf(value), allowed);
    }

    <T> T required(String path, T value) {
        if (value == null) {
            throw fail(path, "missing key", null, "a value");
        }
        return value;
    }

    String text(String path, String value) {
        if (required(path, value).isBlank()) {
            throw fail(path, "empty text", "\"" + value + "\"", "non-blank text");
        }
        return value;
    }

    /**
     * {@link #text(String, String)} at {@code base + key}; the path is built only for the error: a sheet has
     * thousands of values, and a cold JVM pays for every string it builds (issue 8, cold start).
     */
    String text(String base, String key, String value) {
        return value != null && !value.isBlank() ? value : text(base + key, value);
    }

    /** {@link #number(String, Integer)} at {@code base + key}, the path built only for the error. */
    int number(String base, String key, Integer value) {
        return value != null && value >= 0 ? value : number(base + key, value);
    }

    int number(String path, Integer value) {
        int n = required(path, value);
        if (n < 0) {
            throw fail(path, "negative points", n, "0 or more");
        }
        return n;
    }

    void equal(String path, String value, String expected, String problem) {
        if (!expected.equals(value)) {
            throw fail(path, problem, value, expected);
        }
    }

    void matches(String path, String value, Pattern pattern, String allowed) {
        if (!pattern.matcher(text(path, value)).matches()) {
            throw fail(path, "malformed value", value, allowed);
        }
    }

    LocalDate date(String path, String value) {
        try {
            return LocalDate.parse(text(path, value));
        } catch (DateTimeParseException e) {
            throw fail(path, "not a date", value, "an ISO date yyyy-mm-dd");
        }
    }

    SourceStatus status(String path, String value) {
        return enumValue(path, value, SourceStatus.class, "status");
    }

    <E extends Enum<E>> E enumValue(String path, String value, Class<E> type, String what) {
        text(path, value);
        boolean lower = type == SourceStatus.class;
        for (E constant : type.getEnumConstants()) {
            String name = lower ? constant.name().toLowerCase(Locale.ROOT) : constant.name();
            if (name.equals(value)) {
                return constant;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> lower ? c.name().toLowerCase(Locale.ROOT) : c.name())
                .collect(Collectors.joining(", "));
        throw fail(path, "unknown " + what, value, allowed);
    }

    SourcedText sourced(String path, Text text) {
        required(path, text);
        return new SourcedText(text(path + ".text", text.text()), text(path + ".source", text.source()),
                status(path + ".status", text.status()), Optional.ofNullable(text.doubt()));
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
