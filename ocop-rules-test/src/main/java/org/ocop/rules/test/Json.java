package org.ocop.rules.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for the golden format's wrapper: objects, arrays, strings, numbers, booleans and null,
 * each value with its span in the text, so that a golden file's {@code "dossier"} value reaches
 * {@link org.ocop.rules.dossier.DossierReader} verbatim.
 *
 * <p>Why not Jackson: the kit's compile scope is the core, JUnit 5 and AssertJ only, and Jackson is the core's
 * implementation detail (it is in no public signature). A duplicate key is an error, as a repeated key would let the
 * second silently win over the first. Not thread-confined state: one reader per text.
 */
final class Json {

    /** One value, its JSON path and where it is in the text ({@code start} inclusive, {@code end} exclusive). */
    record Value(Object raw, String path, int start, int end) {

        boolean isNull() {
            return raw == null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Value> object() {
            if (!(raw instanceof Map)) {
                throw new Json.Error(path, "not an object", describe(), "a JSON object {…}");
            }
            return (Map<String, Value>) raw;
        }

        @SuppressWarnings("unchecked")
        List<Value> array() {
            if (!(raw instanceof List)) {
                throw new Json.Error(path, "not an array", describe(), "a JSON array […]");
            }
            return (List<Value>) raw;
        }

        String string() {
            if (!(raw instanceof String s)) {
                throw new Json.Error(path, "not a string", describe(), "a JSON string");
            }
            return s;
        }

        int integer() {
            if (raw instanceof BigDecimal number) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException e) {
                    // falls through to the error below: 4.5 is no star count
                }
            }
            throw new Json.Error(path, "not a whole number", describe(), "a whole number");
        }

        String describe() {
            if (raw == null) {
                return "null";
            }
            if (raw instanceof String s) {
                return '"' + s + '"';
            }
            if (raw instanceof Map) {
                return "an object";
            }
            if (raw instanceof List) {
                return "an array";
            }
            return raw.toString();
        }
    }

    /** A malformed text or a value of the wrong kind: where (a JSON path), what, the value, what is allowed. */
    static final class Error extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Error(String path, String what, String value, String allowed) {
            super(path + ": " + what + ": " + value + "; allowed: " + allowed);
        }
    }

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** Reads a whole document; nothing but whitespace may follow the value. */
    static Value parse(String text) {
        Json json = new Json(text);
        json.skipWhitespace();
        Value value = json.value("$");
        json.skipWhitespace();
        if (json.at < text.length()) {
            throw json.error("$", "text after the end of the document", "a single JSON value");
        }
        return value;
    }

    /** The text of a value exactly as written. */
    static String source(String text, Value value) {
        return text.substring(value.start(), value.end());
    }

    private Value value(String path) {
        if (at >= text.length()) {
            throw error(path, "the document ends where a value was expected", "a JSON value");
        }
        int start = at;
        char c = text.charAt(at);
        Object raw;
        switch (c) {
            case '{' -> raw = object(path);
            case '[' -> raw = array(path);
            case '"' -> raw = string(path);
            case 't' -> raw = literal(path, "true", Boolean.TRUE);
            case 'f' -> raw = literal(path, "false", Boolean.FALSE);
            case 'n' -> raw = literal(path, "null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    raw = number(path);
                } else {
                    throw error(path, "unexpected character '" + c + "'", "a JSON value");
                }
            }
        }
        return new Value(raw, path, start, at);
    }

    private Map<String, Value> object(String path) {
        Map<String, Value> members = new LinkedHashMap<>();
        at++; // {
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(path, "expected a key", "a quoted key");
            }
            String key = string(path);
            skipWhitespace();
            expect(path, ':');
            skipWhitespace();
            String childPath = "$".equals(path) ? key : path + "." + key;
            if (members.containsKey(key)) {
                throw error(childPath, "duplicate key", "each key once in an object");
            }
            members.put(key, value(childPath));
            skipWhitespace();
            char c = peek();
            at++;
            if (c == '}') {
                return Collections.unmodifiableMap(members);
            }
            if (c != ',') {
                at--;
                throw error(path, "expected ',' or '}'", "members separated by commas");
            }
        }
    }

    private List<Value> array(String path) {
        List<Value> items = new ArrayList<>();
        at++; // [
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipWhitespace();
            items.add(value(path + "[" + items.size() + "]"));
            skipWhitespace();
            char c = peek();
            at++;
            if (c == ']') {
                return Collections.unmodifiableList(items);
            }
            if (c != ',') {
                at--;
                throw error(path, "expected ',' or ']'", "items separated by commas");
            }
        }
    }

    private String string(String path) {
        at++; // "
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error(path, "short \\u escape", "\\u and four hexadecimal digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error(path, "bad \\u escape", "\\u and four hexadecimal digits");
                        }
                        at += 4;
                    }
                    default -> throw error(path, "bad escape \\" + e, "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
                }
            } else if (c < 0x20) {
                throw error(path, "control character in a string", "escaped control characters");
            } else {
                out.append(c);
            }
        }
        throw error(path, "unterminated string", "a closing quote");
    }

    private Object literal(String path, String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error(path, "unexpected word", "true, false or null");
        }
        at += word.length();
        return value;
    }

    private BigDecimal number(String path) {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        // BigDecimal accepts a few forms JSON does not (a leading '+', "1."); the golden files are ours, and a number
        // BigDecimal reads is never silently changed, so this leniency cannot hide a wrong expectation.
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            at = start;
            throw error(path, "bad number " + literal, "a JSON number");
        }
    }

    private void expect(String path, char c) {
        if (peek() != c) {
            throw error(path, "expected '" + c + "'", "'" + c + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhitespace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private Error error(String path, String what, String allowed) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Error(path, what + " at line " + line + ", column " + column,
                at < text.length() ? "'" + text.charAt(at) + "'" : "end of text", allowed);
    }
}
