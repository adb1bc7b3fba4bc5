package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.CriteriaVersion;

/**
 * Where the models are, as README "Rating with DMN" publishes it: per version folder the version-wide models, and
 * each product set's option points and star minimums in models of their own, named by the set's code.
 */
class ShippedModelLayoutTest {

    @Test
    void aSetsModelsAreInFoldersOfTheirKindNamedByTheSetsCode() {
        assertThat(DmnModelGenerator.resourcePath("QD-26-2026", DmnModelGenerator.optionPointsModel("I.4.a")))
                .isEqualTo("org/ocop/rules/dmn/qd-26-2026/option-points/I.4.a.dmn");
        assertThat(DmnModelGenerator.resourcePath("QD-1048-2019-portal",
                DmnModelGenerator.starMinimumsModel("II.1.2")))
                .isEqualTo("org/ocop/rules/dmn/qd-1048-2019-portal/star-minimums/II.1.2.dmn");
        assertThat(DmnModelGenerator.resourcePath("QD-26-2026", "star-band"))
                .isEqualTo("org/ocop/rules/dmn/qd-26-2026/star-band.dmn");
    }

    @Test
    void aSetCodeIsItsFileNameWhenItIsLettersDigitsDotsAndHyphens_andEveryOtherCharacterIsEscaped() {
        assertThat(DmnModelGenerator.fileName("I.4.a")).isEqualTo("I.4.a");
        assertThat(DmnModelGenerator.fileName("III-2")).isEqualTo("III-2");
        // "_" escapes itself, so the mapping is one-to-one
        assertThat(DmnModelGenerator.fileName("I 4_b/ệ")).isEqualTo("I_20_4_5f_b_2f__1ec7_");
        assertThat(DmnModelGenerator.fileName("I_20_")).isEqualTo("I_5f_20_5f_");
    }

    @Test
    void everyBundledSetCodeIsItsOwnFileName() {
        for (CriteriaVersion version : DmnModelGenerator.modelled(CriteriaCatalogue.bundled())) {
            for (String set : version.setsWithSheets()) {
                assertThat(DmnModelGenerator.fileName(set)).isEqualTo(set);
            }
        }
    }

    @Test
    void everySetWithASheetHasItsTwoModels_eachWithOneDecisionOfThatSetInANamespaceOfItsOwn() {
        int sets = 0;
        Set<String> namespaces = new HashSet<>();
        for (CriteriaVersion version : DmnModelGenerator.modelled(CriteriaCatalogue.bundled())) {
            String key = DmnModelGenerator.modelKey(version);
            for (String set : version.setsWithSheets()) {
                sets++;
                String points = ShippedModels.text(ShippedModels.path(key, DmnModelGenerator.optionPointsModel(set)));
                assertThat(decisions(points)).as("%s %s", key, set).containsExactly("option points " + set);
                assertThat(points).contains("name=\"option-points " + set + "\"", "namespace=\"https://ocop-rules.org"
                        + "/dmn/" + key.toLowerCase(Locale.ROOT) + "/option-points/" + set + "\"");
                String minimums = ShippedModels.text(ShippedModels.path(key,
                        DmnModelGenerator.starMinimumsModel(set)));
                assertThat(decisions(minimums)).as("%s %s", key, set).containsExactly("star minimum " + set);
                assertThat(minimums).contains("name=\"star-minimums " + set + "\"");
                namespaces.add(namespace(points));
                namespaces.add(namespace(minimums));
            }
            for (String model : DmnModelGenerator.VERSION_MODELS) {
                namespaces.add(namespace(ShippedModels.text(ShippedModels.path(key, model))));
            }
        }
        assertThat(sets).isGreaterThanOrEqualTo(100);
        assertThat(namespaces).hasSize(ShippedModels.paths().size());
    }

    private static List<String> decisions(String xml) {
        Matcher m = Pattern.compile("<decision id=\"[^\"]*\" name=\"([^\"]*)\"").matcher(xml);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String namespace(String xml) {
        Matcher m = Pattern.compile("namespace=\"([^\"]*)\"").matcher(xml);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
