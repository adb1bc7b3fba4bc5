package org.ocop.rules.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * A JSON document that could not be read, in neutral terms: the {@link Kind} of problem, where it is (a JSON path,
 * and the line and column when they are known), the offending value and what is allowed, in the words the criteria
 * loader and the dossier reader share. Each reader turns it into its own exception ({@code CriteriaDataException},
 * {@code DossierFormatException}), keeping these words or putting a kind in its own (a dossier reader says "see the
 * README" where the loader names the data format). Not API: may change in any release.
 *
 * <p>The problem and what is allowed are texts (see {@link Text}): English through {@link #problem()} and
 * {@link #allowed()}, the words the criteria loader writes, and in every language of the library through
 * {@link #problemText()} and {@link #allowedText()}, for the dossier reader's problems.
 *
 * <p>Immutable; the cause is the parser's or binder's exception, if any.
 */
public final class JsonProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What was wrong, from the bytes up to the binding. */
    public enum Kind {
        /** Bytes that are not UTF-8, or another encoding's byte-order mark. */
        NOT_UTF8,
        /** A string or key holding half of a surrogate pair. */
        LONE_SURROGATE,
        /** No value at all: an empty or blank document. */
        EMPTY,
        /** Not well-formed JSON (RFC 8259). */
        MALFORMED,
        /** A key written twice in one object. */
        DUPLICATE_KEY,
        /** A string, number, nesting or document beyond the parser's limits. */
        READ_LIMIT,
        /** A well-formed number too large for its field. */
        NUMBER_OUT_OF_RANGE,
        /** A second value after the document's. */
        TRAILING_VALUE,
        /** A key the format does not have. */
        UNKNOWN_KEY,
        /** A required property that is missing. */
        MISSING_PROPERTY,
        /** A value of another JSON type than its field's (a float where a whole number belongs, a number for text). */
        WRONG_TYPE,
        /** A value the binding refused for another reason. */
        INVALID_VALUE
    }

    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\(([^)]*)\\) out of range");
    private static final String MISSING_CREATOR = "Missing required creator property '";
    private static final String TRAILING = "Trailing token (of type ";
    private static final String DUPLICATE = "Duplicate field '";

    private final Kind kind;
    private final String path;
    private final int line;
    private final int column;
    private final long byteOffset;
    private final transient Text problem;
    private final String value;
    private final transient Text allowed;
    private final transient Class<?> targetType;
    private final String original;

    private JsonProblem(Kind kind, String path, int line, int column, long byteOffset, Text problem, String value,
            Text allowed, Class<?> targetType, String original, Throwable cause) {
        super(path + ": " + problem + ": " + value + "; allowed: " + allowed, cause);
        this.kind = Objects.requireNonNull(kind);
        this.path = Objects.requireNonNull(path);
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.problem = Objects.requireNonNull(problem);
        this.value = String.valueOf(value);
        this.allowed = Objects.requireNonNull(allowed);
        this.targetType = targetType;
        this.original = original == null ? "" : original;
    }

    /**
     * A problem found below JSON, in the bytes or characters (by {@link Utf8}).
     *
     * @param kind {@link Kind#NOT_UTF8} or {@link Kind#LONE_SURROGATE}
     * @param path where, as {@code $.a.b[2]}
     * @param line the line (1-based), or 0 when the problem is before any text (a byte-order mark)
     * @param column the column (1-based), or 0
     * @param byteOffset the offset of the offending bytes in the document, or -1
     * @param problem what was wrong
     * @param value the offending bytes or characters, written visibly
     * @param allowed what is allowed
     * @return the problem, to be thrown
     */
    public static JsonProblem ofText(Kind kind, String path, int line, int column, long byteOffset, Text problem,
            String value, Text allowed) {
        return new JsonProblem(kind, path, line, column, byteOffset, problem, value, allowed, null, null, null);
    }

    /**
     * The problem a Jackson parser or binder reported, classified, with its path, location and value in plain words
     * (never a Java type).
     *
     * @param e what Jackson threw while reading or binding a document
     * @return the problem, to be thrown
     */
    public static JsonProblem of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return jackson(Kind.UNKNOWN_KEY, JsonPaths.path(u.getPath()), Messages.text("json.unknownKey"),
                    u.getPropertyName(), Messages.literal(known), null, e);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatched(m);
        }
        if (e instanceof JsonMappingException m) {
            if (m.getCause() instanceof JsonProcessingException syntax) {
                // a syntax error met while binding a nested value (a truncated file) is still malformed JSON
                return syntax(syntax, JsonPaths.path(m.getPath()));
            }
            return jackson(Kind.INVALID_VALUE, JsonPaths.path(m.getPath()), Messages.text("json.invalidValue"),
                    normalized(m.getOriginalMessage()), Messages.text("json.invalidValue.allowed"), null, e);
        }
        return syntax(e, "$");
    }

    private static JsonProblem mismatched(MismatchedInputException m) {
        String message = m.getOriginalMessage();
        String path = JsonPaths.path(m.getPath());
        if (message.startsWith("No content to map")) {
            return jackson(Kind.EMPTY, "$", Messages.text("json.empty"), "(nothing)",
                    Messages.text("json.empty.allowed"), m.getTargetType(), m);
        }
        if (message.startsWith(TRAILING)) {
            // a second value after the document: two documents pasted in one file, or JSON lines named .json
            String token = message.substring(TRAILING.length(), message.indexOf(')'));
            return jackson(Kind.TRAILING_VALUE, "$", Messages.text("json.trailing"), JsonPaths.tokenInWords(token),
                    Messages.text("json.trailing.allowed"), m.getTargetType(), m);
        }
        if (message.startsWith(MISSING_CREATOR)) {
            int start = MISSING_CREATOR.length();
            return jackson(Kind.MISSING_PROPERTY, path, Messages.text("json.missing"), message.substring(start,
                    message.indexOf('\'', start)), Messages.text("json.missing.allowed"), m.getTargetType(), m);
        }
        // the type in words is the loader's English; the dossier reader words it in each language itself
        return jackson(Kind.WRONG_TYPE, path, Messages.text("json.wrongType"), JsonPaths.found(message),
                Messages.literal(JsonPaths.typeInWords(m.getTargetType(), "another type")), m.getTargetType(), m);
    }

    /**
     * A syntax error, a duplicate key, a read limit or a number out of range, at the parser's JSON path (or
     * {@code boundPath} when the parser is not known).
     */
    private static JsonProblem syntax(JsonProcessingException e, String boundPath) {
        String where = e.getProcessor() instanceof JsonParser parser
                ? JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString()) : boundPath;
        String original = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return jackson(Kind.READ_LIMIT, where, Messages.text("json.readLimit"),
                    original.replaceAll(", from `[^`]*`", "").replaceAll("\\s+", " "),
                    Messages.text("json.readLimit.allowed"), null, e);
        }
        if (e instanceof InputCoercionException) {
            // a well-formed number too large for its field: the JSON is fine, the value is not
            Matcher number = OUT_OF_RANGE.matcher(original);
            return jackson(Kind.NUMBER_OUT_OF_RANGE, where, Messages.text("json.numberOutOfRange"),
                    number.find() ? number.group(1) : original, Messages.text("json.numberOutOfRange.allowed",
                            Integer.MIN_VALUE, Integer.MAX_VALUE), null, e);
        }
        if (original.startsWith(DUPLICATE)) {
            String key = original.substring(DUPLICATE.length(), original.indexOf('\'', DUPLICATE.length()));
            return jackson(Kind.DUPLICATE_KEY, where, Messages.text("json.duplicateKey"), key,
                    Messages.text("json.duplicateKey.allowed"), null, e);
        }
        return jackson(Kind.MALFORMED, where, Messages.text("json.malformed"), normalized(original),
                Messages.text("json.malformed.allowed"), null, e);
    }

    private static JsonProblem jackson(Kind kind, String path, Text problem, String value, Text allowed,
            Class<?> targetType, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        boolean located = at != null && at.getLineNr() >= 1;
        return new JsonProblem(kind, path, located ? at.getLineNr() : 0, located ? at.getColumnNr() : 0, -1, problem,
                value, allowed, targetType, normalized(e.getOriginalMessage()), e);
    }

    private static String normalized(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ");
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }

    /** Where, as a JSON path such as {@code $.sheets[1].choices}. */
    public String path() {
        return path;
    }

    /** The line (1-based) where the problem was found, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The column (1-based, in characters) on {@link #line()}, or 0 when not known. */
    public int column() {
        return column;
    }

    /**
     * Where it is in the text, for a message that has no line and column of its own: {@code " (line 3, column 84)"},
     * with the byte offset for bytes that are not UTF-8; empty when the line is not known.
     */
    public String position() {
        return line < 1 ? "" : " (line " + line + ", column " + column + (byteOffset >= 0 ? ", byte offset "
                + byteOffset : "") + ")";
    }

    /** What was wrong, in a few words shared by both readers, in English. */
    public String problem() {
        return problem.toString();
    }

    /** What was wrong, as a text in every language of the library. */
    public Text problemText() {
        return problem;
    }

    /**
     * What was wrong with where it is in the text, for a message that has no line and column of its own: the
     * problem followed by {@code (line 3, column 84)}, with the byte offset for bytes that are not UTF-8; the problem
     * alone when the line is not known. The text of {@code problem() + position()}.
     *
     * @param what the problem to place, this one's or a reader's own words for it
     * @return the text
     */
    public Text located(Text what) {
        if (line < 1) {
            return what;
        }
        return byteOffset >= 0 ? Messages.text("json.located.offset", what, line, column, byteOffset)
                : Messages.text("json.located", what, line, column);
    }

    /** The offending value in plain words. */
    public String value() {
        return value;
    }

    /** What is allowed, in words shared by both readers, in English. */
    public String allowed() {
        return allowed.toString();
    }

    /** What is allowed, as a text in every language of the library. */
    public Text allowedText() {
        return allowed;
    }

    /** The type the value was to be bound to, or {@code null}; for a reader that words types in its own way. */
    public Class<?> targetType() {
        return targetType;
    }

    /** Jackson's own message, whitespace collapsed; empty for a problem found below JSON. */
    public String original() {
        return original;
    }
}
