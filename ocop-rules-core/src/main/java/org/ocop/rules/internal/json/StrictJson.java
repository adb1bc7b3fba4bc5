package org.ocop.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Strict JSON binding, as the criteria loader and the dossier reader both read: RFC 8259 and nothing more, every
 * problem a {@link JsonProblem} with its path and, where the parser knows them, line and column. Not API: may change
 * in any release. Stateless and thread-safe.
 */
public final class StrictJson {
    private StrictJson() {
    }

    /**
     * A mapper builder with the rules both readers share: a key written twice, a key the format does not have, a
     * second value after the document and a {@code null} for a primitive are refused; and no value is converted to
     * another type (a float where a whole number belongs, {@code "2"} for 2, {@code 42} or {@code true} for a
     * string): a wrong type in a document is an error, never a guess.
     *
     * @param factory the parser factory (with the caller's read limits, if any)
     * @return a builder; a reader may add its own features before building
     */
    public static JsonMapper.Builder builder(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // ALLOW_COERCION_OF_SCALARS leaves numbers and booleans bound to strings: refused here
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Binds a document read as bytes. A UTF-8 object is parsed from its bytes, which is about twice as fast on a
     * cold JVM as reading characters (issue 8, cold start); anything else, and any problem, is decoded strictly
     * (a byte-order mark skipped) and bound again as characters, so that a problem's column is the one an editor
     * shows on a line of Vietnamese text.
     *
     * @param mapper a mapper from {@link #builder}
     * @param bytes the document
     * @param type what to bind it to
     * @return the value, or {@code null} for a document that is the JSON {@code null}
     * @throws JsonProblem if the bytes are not UTF-8 or the document cannot be bound
     */
    public static <T> T read(ObjectMapper mapper, byte[] bytes, Class<T> type) {
        // Jackson's byte parser counts bytes in its columns, and would accept a byte-order mark or UTF-16: it reads
        // only what starts as a UTF-8 object, and reports nothing itself
        if (bytes.length > 1 && bytes[0] == '{' && bytes[1] != 0) {
            try {
                T value = mapper.readValue(bytes, type);
                if (value != null) {
                    return value;
                }
            } catch (IOException e) {
                // reported by the character read
            }
        }
        return read(mapper, Utf8.decode(bytes), type);
    }

    /**
     * Binds a document's text.
     *
     * @param mapper a mapper from {@link #builder}
     * @param text the document
     * @param type what to bind it to
     * @return the value, or {@code null} for a document that is the JSON {@code null}
     * @throws JsonProblem if the document cannot be bound
     */
    public static <T> T read(ObjectMapper mapper, String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw JsonProblem.of(e);
        } catch (IOException e) {
            // a String has nothing to fail reading
            throw new UncheckedIOException(e);
        }
    }
}
