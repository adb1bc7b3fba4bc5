package org.ocop.rules.internal.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Where a JSON problem is, and what was found there, in the words both the criteria loader and the dossier reader
 * print: paths as {@code $.members[2].choices} and values and types in plain words ("a string", "an array"), never
 * Java types. Not API: may change in any release. Stateless and thread-safe.
 */
public final class JsonPaths {
    private JsonPaths() {
    }

    private static final java.util.regex.Pattern COERCED = java.util.regex.Pattern.compile(
            "Cannot coerce [\\w-]+ value \\((.*?)\\) to");
    private static final java.util.regex.Pattern FROM_TOKEN = java.util.regex.Pattern.compile(
            "from (Array|Object|String|Integer|Floating-point|Float|Boolean) value");

    /** A Jackson reference path as {@code $.a.b[2]}. */
    public static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A JSON pointer ({@code /sheets/0/number}) as a path ({@code $.sheets[0].number}). */
    public static String pointerToPath(String pointer) {
        StringBuilder sb = new StringBuilder("$");
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(segment).append(']');
            } else {
                sb.append('.').append(segment);
            }
        }
        return sb.toString();
    }

    /** A path ({@code $.sheets[0].number}) as the JSON pointer {@code /sheets/0/number}. */
    public static String pathToPointer(String path) {
        StringBuilder pointer = new StringBuilder();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end;
            String segment;
            if (c == '[') {
                end = path.indexOf(']', i);
                end = end < 0 ? path.length() : end;
                segment = path.substring(i + 1, end);
                end++;
            } else {
                int start = c == '.' ? i + 1 : i;
                end = start;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segment = path.substring(start, end);
            }
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            i = end;
        }
        return pointer.toString();
    }

    /**
     * What a field of this type takes, in plain words: "a string", "a whole number", "a number", "true or false",
     * "an array" or "an object".
     *
     * @param type the bound type, or {@code null} when not known
     * @param unknown the words for an unknown type
     * @return the words
     */
    public static String typeInWords(Class<?> type, String unknown) {
        if (type == null) {
            return unknown;
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** A Jackson token type ({@code START_OBJECT}) in the words of {@link #found}. */
    public static String tokenInWords(String token) {
        return switch (token) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> token;
        };
    }

    /** The offending value in plain words, read from Jackson's message (which names Java types otherwise). */
    public static String found(String message) {
        java.util.regex.Matcher coerced = COERCED.matcher(message);
        if (coerced.find()) {
            return coerced.group(1);
        }
        java.util.regex.Matcher token = FROM_TOKEN.matcher(message);
        if (token.find()) {
            return switch (token.group(1)) {
                case "Array" -> "an array";
                case "Object" -> "an object";
                case "String" -> "a string";
                case "Boolean" -> "true or false";
                default -> "a number";
            };
        }
        return message.replaceAll("\\s+", " ");
    }
}
