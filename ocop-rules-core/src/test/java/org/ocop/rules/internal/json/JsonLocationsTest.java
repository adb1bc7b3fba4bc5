package org.ocop.rules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Positions found again in a text, and the head of an object read without reading on. */
class JsonLocationsTest {

    private static final String DOC = "{\n  \"format\": \"x/1\",\n  \"sheets\": [\n"
            + "    {\"set\": \"I.1\", \"number\": 1}\n  ]\n}\n";

    @Test
    void locate_aPathInTheText_isWhereItsValueStarts() {
        assertThat(JsonLocations.locate(DOC, "$.sheets[0].number"))
                .contains(new JsonLocations.Position(4, 30));
        assertThat(JsonLocations.locate(DOC, "$.format")).contains(new JsonLocations.Position(2, 13));
    }

    @Test
    void locate_aMissingKey_isWhereTheObjectThatLacksItStarts() {
        assertThat(JsonLocations.locate(DOC, "$.sheets[0].title")).contains(new JsonLocations.Position(4, 5));
    }

    @Test
    void locate_inATextThatNoLongerParses_givesTheBestFoundBeforeTheError() {
        assertThat(JsonLocations.locate("{\"a\": {\"b\": ]}}", "$.a.b")).contains(new JsonLocations.Position(1, 7));
        assertThat(JsonLocations.locate("]", "$.a")).isEmpty();
    }

    @Test
    void head_isTheObjectBeforeTheFirstStopKey_closed() throws IOException {
        assertThat(JsonLocations.head(new StringReader(DOC), Set.of("sheets")))
                .contains("{\n  \"format\": \"x/1\"}");
    }

    @Test
    void head_skipsAByteOrderMark_asDecodingDoes() throws IOException {
        assertThat(JsonLocations.head(new StringReader("\uFEFF{\"a\": 1, \"b\": 2}"), Set.of("b")))
                .contains("{\"a\": 1}");
    }

    @Test
    void head_isEmpty_whenTheTextCannotBeCutThere() throws IOException {
        assertThat(JsonLocations.head(new StringReader("{\"a\": 1}"), Set.of("b"))).as("no such key").isEmpty();
        assertThat(JsonLocations.head(new StringReader("{\"a\": ], \"b\": 2}"), Set.of("b"))).as("malformed before")
                .isEmpty();
        assertThat(JsonLocations.head(new StringReader("[1]"), Set.of("b"))).as("no object").isEmpty();
        assertThat(JsonLocations.head(new StringReader("{\"a\": 1, \"a\": 2, \"b\": 3}"), Set.of("b")))
                .as("a key twice").isEqualTo(Optional.empty());
    }
}
