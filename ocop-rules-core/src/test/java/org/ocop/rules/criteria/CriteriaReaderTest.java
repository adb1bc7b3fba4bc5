package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A data file is read with the strict reading the dossier reader uses ({@code internal.json}): the same encoding
 * rules and the same words for what is not JSON or not of the format's shape, with the file, the JSON path, the line
 * and the column.
 *
 * <p>Sharing it changed what the loader said about a few inputs no test had pinned, each a defect the dossier reader
 * had fixed before (docs/BAD-INPUTS.md, "Criteria data"): a file in Latin-1 was read with its accented letters
 * silently replaced by U+FFFD, and one in UTF-16 was "malformed JSON" at an invisible character; a byte-order mark
 * was refused; {@code "format": true} was read as the text "true"; an empty file was "wrong type of value: No content
 * to map due to end-of-input"; a second value after the object named a Java class; a number too large for its field
 * was "malformed JSON".
 */
class CriteriaReaderTest {
    private static final String INDEX = "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"V.json\"]}";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CriteriaCatalogue load(Map<String, byte[]> files) {
        return CriteriaCatalogue.load(name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name))
                : null);
    }

    private static String shipped(String name) {
        try (InputStream in = CriteriaReaderTest.class.getClassLoader()
                .getResourceAsStream(CriteriaCatalogue.ROOT + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> versionFiles() {
        String utf8Allowed = "; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8";
        return Stream.of(
                Arguments.of("an empty file", new byte[0],
                        "V.json at $ (line 1, column 0): empty document: (nothing); allowed: a JSON object"),
                Arguments.of("the JSON null", utf8("null"),
                        "V.json at $ (line 1, column 1): empty document: null; allowed: a JSON object"),
                Arguments.of("an array", utf8("[1]"),
                        "V.json at $ (line 1, column 1): wrong type of value: an array; allowed: an object"),
                Arguments.of("a second value after the object", utf8("{\"format\": \"ocop-criteria/1\"} {}"),
                        "V.json at $ (line 1, column 31): a second value after the document: an object; allowed: "
                                + "one JSON value per document"),
                Arguments.of("Latin-1", ("{\"format\": \"ocop-criteria/1\", \"id\": \"QD-1-2020\", \"edition\": "
                        + "\"2020a\", \"editionNotes\": \"café\"}").getBytes(StandardCharsets.ISO_8859_1),
                        "V.json at $.editionNotes (line 1, column 90): not UTF-8: 0xE9" + utf8Allowed),
                Arguments.of("UTF-16", "{\"format\": \"ocop-criteria/1\"}".getBytes(StandardCharsets.UTF_16),
                        "V.json at $: not UTF-8: a UTF-16 byte-order mark: 0xFE 0xFF" + utf8Allowed),
                Arguments.of("UTF-16 without a byte-order mark",
                        "{\"format\": \"ocop-criteria/1\"}".getBytes(StandardCharsets.UTF_16LE),
                        "V.json at $: not UTF-8: NUL bytes, as UTF-16 or UTF-32 text begins: 0x7B 0x00"
                                + utf8Allowed),
                Arguments.of("true where text belongs", utf8("{\"format\": true}"),
                        "V.json at $.format (line 1, column 12): wrong type of value: true; allowed: a string"),
                Arguments.of("a number where text belongs", utf8("{\"format\": \"ocop-criteria/1\", \"id\": 26}"),
                        "V.json at $.id (line 1, column 37): wrong type of value: 26; allowed: a string"),
                Arguments.of("a number too large for its field",
                        utf8("{\"format\": \"ocop-criteria/1\", \"parts\": {\"A\": 99999999999999}}"),
                        "V.json at $.parts.A (line 1, column 60): number out of range: 99999999999999; allowed: a "
                                + "whole number from -2147483648 to 2147483647"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionFiles")
    void aVersionFileThatCannotBeRead_isNamedWithItsPosition(String what, byte[] file, String expected) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(CriteriaCatalogue.INDEX, utf8(INDEX));
        files.put("V.json", file);

        assertThatThrownBy(() -> load(files)).isInstanceOf(CriteriaDataException.class).hasMessage(expected);
    }

    @Test
    void theIndex_isReadTheSameWay() {
        assertThatThrownBy(() -> load(Map.of(CriteriaCatalogue.INDEX, ("{\"format\": \"ocop-criteria-index/1\", "
                + "\"about\": \"café\"}").getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("index.json at $.about (line 1, column 50): not UTF-8: 0xE9; allowed: UTF-8 text (RFC "
                        + "8259 §8.1): save the file as UTF-8");
    }

    /**
     * A file saved with a UTF-8 byte-order mark (as Windows editors do) is read, like a dossier (#9), by the
     * catalogue's header read and by the full read alike.
     */
    @Test
    void aUtf8ByteOrderMark_isSkipped() {
        String qd26 = "QD-26-2026.json";
        Map<String, byte[]> files = new HashMap<>();
        files.put(CriteriaCatalogue.INDEX, utf8("\uFEFF{\"format\": \"ocop-criteria-index/1\", \"versions\": [\""
                + qd26 + "\"]}"));
        files.put(qd26, utf8("\uFEFF" + shipped(qd26)));
        DataFiles data = name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name)) : null;

        assertThat(CriteriaCatalogue.lazy(data).version("QD-26-2026").edition()).isEqualTo("2026a");
        assertThat(CriteriaCatalogue.load(data).version("QD-26-2026").sheet("I.1.a").criteria()).hasSize(32);
    }

    /** A check on a bound value of a file with a byte-order mark is located as in a file without one. */
    @Test
    void aLocationInAFileWithAByteOrderMark_countsFromTheText() {
        assertThatThrownBy(() -> load(Map.of(CriteriaCatalogue.INDEX, utf8("\uFEFF{\"format\": \"other/1\"}"))))
                .hasMessage("index.json at $.format (line 1, column 12): unsupported index format: other/1; allowed: "
                        + "ocop-criteria-index/1");
    }
}
