package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mật ong <hoa nhãn> | Mật ong &lt;hoa nhãn&gt;",
        "A & \"B\" 'C'      | A &amp; &quot;B&quot; &#39;C&#39;"})
    void escape_markup_becomesText(String text, String escaped) {
        assertThat(Html.escape(text)).isEqualTo(escaped);
    }

    @org.junit.jupiter.api.Test
    void escape_aControlCharacterXmlForbids_becomesTheReplacementCharacter() {
        // the PDF renderer parses the page as XML, where U+0001 is not allowed at all
        assertThat(Html.escape("Nem\u0001 chua\tThanh Hóa")).isEqualTo("Nem\uFFFD chua\tThanh Hóa");
    }

    @org.junit.jupiter.api.Test
    void cssString_quotesBackslashesAndXmlCharacters_areEscaped() {
        assertThat(Html.cssString("a \"b\" \\ <c> & d")).isEqualTo("\"a \\\"b\\\" \\\\ \\3c c> \\26  d\"");
    }
}
