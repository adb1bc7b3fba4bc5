package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The kit's small JSON reader: values with their spans, and errors that say where, what and what is allowed. */
class JsonTest {

    @Test
    void parse_nestedValues_keepsEachValuesSpanVerbatim() {
        String text = "{\"a\": [1, -2.5e1, true, null], \"dossier\" : {\"id\": \"x\\u0111\"} }";

        Json.Value root = Json.parse(text);

        assertThat(Json.source(text, root.object().get("dossier"))).isEqualTo("{\"id\": \"x\\u0111\"}");
        assertThat(root.object().get("dossier").object().get("id").string()).isEqualTo("xđ");
        assertThat(root.object().get("a").array()).extracting(Json.Value::raw)
                .containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, null);
        assertThat(root.object().get("a").array().get(1).path()).isEqualTo("a[1]");
    }

    @Test
    void parse_malformedTexts_sayWhereAndWhatIsAllowed() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1,\n \"a\": 2}"))
                .hasMessage("a: duplicate key at line 2, column 7: '2'; allowed: each key once in an object");
        assertThatThrownBy(() -> Json.parse("[1 2]"))
                .hasMessage("$: expected ',' or ']' at line 1, column 4: '2'; allowed: items separated by commas");
        assertThatThrownBy(() -> Json.parse("{\"a\": tru}"))
                .hasMessage("a: unexpected word at line 1, column 7: 't'; allowed: true, false or null");
        assertThatThrownBy(() -> Json.parse("\"open"))
                .hasMessage("$: unterminated string at line 1, column 6: end of text; allowed: a closing quote");
        assertThatThrownBy(() -> Json.parse("{} {}"))
                .hasMessage("$: text after the end of the document at line 1, column 4: '{'; allowed: a single JSON "
                        + "value");
    }

    @Test
    void values_ofTheWrongKind_sayWhatWasFound() {
        Json.Value root = Json.parse("{\"n\": \"4\", \"o\": [], \"s\": {}}");

        assertThatThrownBy(() -> root.object().get("n").integer())
                .hasMessage("n: not a whole number: \"4\"; allowed: a whole number");
        assertThatThrownBy(() -> root.object().get("o").object())
                .hasMessage("o: not an object: an array; allowed: a JSON object {…}");
        assertThatThrownBy(() -> root.object().get("s").array())
                .hasMessage("s: not an array: an object; allowed: a JSON array […]");
        assertThatThrownBy(() -> root.object().get("s").string())
                .hasMessage("s: not a string: an object; allowed: a JSON string");
    }
}
