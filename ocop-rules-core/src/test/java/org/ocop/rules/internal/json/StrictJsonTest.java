package org.ocop.rules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict binding both readers share: what it refuses, each problem with its kind, path, position, value and
 * what is allowed, in the words the criteria loader prints as they are and the dossier reader partly rewords.
 */
class StrictJsonTest {

    /** A small document shape: text, a whole number, a list of text, a nested object. */
    record Doc(String name, Integer count, List<String> tags, Inner inner) {
    }

    /** A nested object. */
    record Inner(String code) {
    }

    private static final ObjectMapper MAPPER = StrictJson.builder(new JsonFactory()).build();

    /** The problem reading {@code json} gives, in one line: kind, path, position and the words. */
    private static String problem(String json) {
        JsonProblem p = catchThrowableOfType(JsonProblem.class,
                () -> StrictJson.read(MAPPER, json.getBytes(StandardCharsets.UTF_8), Doc.class));
        assertThat(p).as("a problem reading %s", json).isNotNull();
        return p.kind() + " at " + p.path() + p.position() + ": " + p.problem() + ": " + p.value() + "; allowed: "
                + p.allowed();
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("an empty document", "",
                        "EMPTY at $ (line 1, column 0): empty document: (nothing); allowed: a JSON object"),
                Arguments.of("a second value after the document", "{\"name\": \"a\"} {}",
                        "TRAILING_VALUE at $ (line 1, column 15): a second value after the document: an object; "
                                + "allowed: one JSON value per document"),
                Arguments.of("a trailing comma", "{\"name\": \"a\",}",
                        "MALFORMED at $.name (line 1, column 14): malformed JSON: Unexpected character ('}' (code "
                                + "125)): was expecting double-quote to start field name; allowed: well-formed JSON "
                                + "(RFC 8259)"),
                Arguments.of("a key written twice", "{\"name\": \"a\", \"name\": \"b\"}",
                        "DUPLICATE_KEY at $.name (line 1, column 21): duplicate key: name; allowed: each key once per "
                                + "object"),
                Arguments.of("a key the shape does not have", "{\"nmae\": \"a\"}",
                        "UNKNOWN_KEY at $.nmae (line 1, column 14): unknown key: nmae; allowed: count, inner, name, "
                                + "tags"),
                Arguments.of("a float where a whole number belongs", "{\"count\": 2.5}",
                        "WRONG_TYPE at $.count (line 1, column 11): wrong type of value: 2.5; allowed: a whole "
                                + "number"),
                Arguments.of("text where a whole number belongs", "{\"count\": \"2\"}",
                        "WRONG_TYPE at $.count (line 1, column 11): wrong type of value: \"2\"; allowed: a whole "
                                + "number"),
                Arguments.of("a number where text belongs", "{\"name\": 42}",
                        "WRONG_TYPE at $.name (line 1, column 10): wrong type of value: 42; allowed: a string"),
                Arguments.of("true where text belongs", "{\"name\": true}",
                        "WRONG_TYPE at $.name (line 1, column 10): wrong type of value: true; allowed: a string"),
                Arguments.of("an object where a list belongs", "{\"tags\": {}}",
                        "WRONG_TYPE at $.tags (line 1, column 10): wrong type of value: an object; allowed: an "
                                + "array"),
                Arguments.of("a list where an object belongs", "{\"inner\": []}",
                        "WRONG_TYPE at $.inner (line 1, column 11): wrong type of value: an array; allowed: an "
                                + "object"),
                Arguments.of("a number too large for its field", "{\"count\": 99999999999}",
                        "NUMBER_OUT_OF_RANGE at $.count (line 1, column 22): number out of range: 99999999999; "
                                + "allowed: a whole number from -2147483648 to 2147483647"),
                Arguments.of("a truncated nested object", "{\"inner\": {\"code\": \"a\"",
                        "MALFORMED at $.inner.code (line 1, column 23): malformed JSON: Unexpected end-of-input: "
                                + "expected close marker for Object (start marker at [Source: REDACTED "
                                + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 11]); "
                                + "allowed: well-formed JSON (RFC 8259)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void read_aDocumentThatIsNotOfItsShape_isOneProblemInPlainWords(String what, String json, String expected) {
        assertThat(problem(json)).isEqualTo(expected);
    }

    @Test
    void read_aUtf8ByteOrderMark_isSkipped() {
        byte[] bytes = "\uFEFF{\"name\": \"Chè\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(StrictJson.read(MAPPER, bytes, Doc.class)).isEqualTo(new Doc("Chè", null, null, null));
    }

    @Test
    void read_latin1_isRefusedAtItsFirstByte_withTheColumnAnEditorShows() {
        byte[] bytes = "{\"name\": \"Chè\"}".getBytes(StandardCharsets.ISO_8859_1);

        JsonProblem p = catchThrowableOfType(JsonProblem.class, () -> StrictJson.read(MAPPER, bytes, Doc.class));

        assertThat(p.kind() + " at " + p.path() + p.position() + ": " + p.problem() + ": " + p.value()).isEqualTo(
                "NOT_UTF8 at $.name (line 1, column 13, byte offset 12): not UTF-8: 0xE8");
    }

    @Test
    void read_columnsCountCharacters_notBytes() {
        // "Chè" is 4 bytes in UTF-8: a byte parser would put the count 1 column further right
        String json = "{\"name\": \"Chè\", \"count\": 1.5}";

        JsonProblem p = catchThrowableOfType(JsonProblem.class,
                () -> StrictJson.read(MAPPER, json.getBytes(StandardCharsets.UTF_8), Doc.class));

        assertThat(p.column()).isEqualTo(json.indexOf("1.5") + 1);
    }

    @Test
    void read_theJsonNull_isNull_forTheReaderToWord() {
        assertThat(StrictJson.read(MAPPER, "null".getBytes(StandardCharsets.UTF_8), Doc.class)).isNull();
        assertThat(StrictJson.read(MAPPER, "null", Doc.class)).isNull();
    }

    @Test
    void read_aWellFormedDocument_isBound() {
        assertThat(StrictJson.read(MAPPER, "{\"name\": \"a\", \"count\": 2, \"tags\": [\"x\"], \"inner\": "
                + "{\"code\": \"c\"}}", Doc.class)).isEqualTo(new Doc("a", 2, List.of("x"), new Inner("c")));
    }
}
