package org.ocop.rules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths and pointers, and types in plain words. */
class JsonPathsTest {

    @ParameterizedTest
    @CsvSource({
        "$, ''",
        "$.sheets[0].number, /sheets/0/number",
        "$.parts.A, /parts/A",
        "$.sheets[12].parts[2].items[0].items[3].options[1], /sheets/12/parts/2/items/0/items/3/options/1"
    })
    void pathToPointer_andBack_isTheSamePath(String path, String pointer) {
        assertThat(JsonPaths.pathToPointer(path)).isEqualTo(pointer);
        assertThat(JsonPaths.pointerToPath(pointer)).isEqualTo(path);
    }

    @Test
    void typeInWords_namesJsonTypes_neverJavaOnes() {
        assertThat(JsonPaths.typeInWords(String.class, "?")).isEqualTo("a string");
        assertThat(JsonPaths.typeInWords(Integer.class, "?")).isEqualTo("a whole number");
        assertThat(JsonPaths.typeInWords(int.class, "?")).isEqualTo("a whole number");
        assertThat(JsonPaths.typeInWords(BigDecimal.class, "?")).isEqualTo("a number");
        assertThat(JsonPaths.typeInWords(Boolean.class, "?")).isEqualTo("true or false");
        assertThat(JsonPaths.typeInWords(List.class, "?")).isEqualTo("an array");
        assertThat(JsonPaths.typeInWords(Map.class, "?")).isEqualTo("an object");
        assertThat(JsonPaths.typeInWords(null, "another type")).isEqualTo("another type");
    }

    @Test
    void tokenInWords_namesJsonTokens() {
        assertThat(JsonPaths.tokenInWords("START_OBJECT")).isEqualTo("an object");
        assertThat(JsonPaths.tokenInWords("VALUE_NUMBER_FLOAT")).isEqualTo("a number");
        assertThat(JsonPaths.tokenInWords("VALUE_NULL")).isEqualTo("null");
    }
}
