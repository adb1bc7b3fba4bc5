package org.ocop.rules.internal.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Where a JSON problem is, and what was found there, in the words both the criteria loader and the dossier reader
 * print: paths as {@code $.members[2].choices} and values in plain words ("a string", "an array"), never Java types.
 * Not API.
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
