package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.Outcome;
import org.ocop.rules.criteria.Level;

class ReportTextTest {

    @Test
    void bundles_englishAndVietnamese_haveTheSameKeysAndPlaceholders() {
        Properties en = ReportText.patterns(false);
        Properties vi = ReportText.patterns(true);

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(vi.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Discrepancy.Cause.class)
    void name_everyCause_hasALabelInBothLanguages(Discrepancy.Cause cause) {
        assertThat(ReportText.in(Locale.ROOT).name("cause", cause)).isNotBlank();
        assertThat(ReportText.in(Locale.forLanguageTag("vi")).name("cause", cause)).isNotBlank()
                .isNotEqualTo(ReportText.in(Locale.ROOT).name("cause", cause));
    }

    @Test
    void name_everyOutcomeAndLevel_hasALabelInBothLanguages() {
        for (Enum<?> constant : concat(Outcome.values(), Level.values())) {
            String prefix = constant instanceof Outcome ? "outcome" : "level";
            assertThat(ReportText.in(Locale.forLanguageTag("vi")).name(prefix, constant)).isNotBlank();
            assertThat(ReportText.in(Locale.ENGLISH).name(prefix, constant)).isNotBlank();
        }
    }

    @Test
    void in_theLanguageRuleIsTheCores_vietnameseForViEnglishOtherwise() {
        assertThat(ReportText.in(Locale.forLanguageTag("vi-VN")).get("summary")).isEqualTo("Tổng hợp");
        assertThat(ReportText.in(Locale.FRENCH).get("summary")).isEqualTo("Summary");
        assertThat(ReportText.in(Locale.ROOT).languageTag()).isEqualTo("en");
    }

    @Test
    void get_anArgumentHoldingAPlaceholder_isNotFilledAgain() {
        assertThat(ReportText.in(Locale.ROOT).get("product.field", "{1}", "4★", "3★"))
                .isEqualTo("{1}: recorded 4★, recomputed 3★");
    }

    @Test
    void field_known_isItsLabel_andAFieldWithoutOne_isItsName() {
        assertThat(ReportText.in(Locale.forLanguageTag("vi")).field("stars")).isEqualTo("hạng sao");
        assertThat(ReportText.in(Locale.ROOT).field("average")).isEqualTo("average");
        assertThat(ReportText.in(Locale.forLanguageTag("vi")).field("newField")).isEqualTo("newField");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ReportText.PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Enum<?>[] concat(Enum<?>[] a, Enum<?>[] b) {
        Enum<?>[] all = new Enum<?>[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
