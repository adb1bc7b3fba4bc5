package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The service's texts exist in English and Vietnamese, with the same keys and placeholders. */
class ServiceTextTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bundles_haveTheSameKeysAndPlaceholdersInBothLanguages() {
        Properties en = ServiceText.patterns(Locale.ROOT);
        Properties vi = ServiceText.patterns(VI);

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(vi.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyProblemKind_hasATitleInBothLanguages() {
        for (HttpProblem.Kind kind : HttpProblem.Kind.values()) {
            assertThat(ServiceText.of("title." + kind.slug()).in(Locale.ROOT)).isNotBlank();
            assertThat(ServiceText.of("title." + kind.slug()).in(VI))
                    .isNotEqualTo(ServiceText.of("title." + kind.slug()).in(Locale.ROOT));
        }
    }

    @Test
    void text_withATextArgument_rendersTheArgumentInTheSameLanguage() {
        var text = ServiceText.of("where.method", ServiceText.of("where.body"), "/v1/rate");

        assertThat(text.in(Locale.ROOT)).isEqualTo("method request body on /v1/rate");
        assertThat(text.in(VI)).isEqualTo("phương thức nội dung yêu cầu trên /v1/rate");
        assertThat(text.toString()).isEqualTo(text.in(Locale.ROOT));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ServiceText.PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
