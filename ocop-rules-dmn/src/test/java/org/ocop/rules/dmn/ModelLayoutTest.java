package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * Where the models are, as docs/reference/dmn.md ("Where the models are") publishes it: per version folder the version-wide models, and
 * each product set's option points and star minimums in models of their own, named by the set's code; a set's option
 * points model in the folder of its home, the base version's when a version based on another has the same table.
 */
class ModelLayoutTest {

    @Test
    void aSetsModelsAreInFoldersOfTheirKindNamedByTheSetsCode() {
        assertThat(ModelLayout.resourcePath("QD-26-2026", ModelLayout.optionPointsModel("I.4.a")))
                .isEqualTo("org/ocop/rules/dmn/qd-26-2026/option-points/I.4.a.dmn");
        assertThat(ModelLayout.resourcePath("QD-1048-2019-portal",
                ModelLayout.starMinimumsModel("II.1.2")))
                .isEqualTo("org/ocop/rules/dmn/qd-1048-2019-portal/star-minimums/II.1.2.dmn");
        assertThat(ModelLayout.resourcePath("QD-26-2026", "star-band"))
                .isEqualTo("org/ocop/rules/dmn/qd-26-2026/star-band.dmn");
    }

    @Test
    void aSetCodeIsItsFileNameWhenItIsLettersDigitsDotsAndHyphens_andEveryOtherCharacterIsEscaped() {
        assertThat(ModelLayout.fileName("I.4.a")).isEqualTo("I.4.a");
        assertThat(ModelLayout.fileName("III-2")).isEqualTo("III-2");
        // "_" escapes itself, so the mapping is one-to-one
        assertThat(ModelLayout.fileName("I 4_b/ệ")).isEqualTo("I_20_4_5f_b_2f__1ec7_");
        assertThat(ModelLayout.fileName("I_20_")).isEqualTo("I_5f_20_5f_");
    }

    @Test
    void everyBundledSetCodeIsItsOwnFileName() {
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            for (String set : version.setsWithSheets()) {
                assertThat(ModelLayout.fileName(set)).isEqualTo(set);
            }
        }
    }

    @Test
    void everySetWithASheetHasItsTwoModels_eachWithOneDecisionOfThatSetInANamespaceOfItsOwn() {
        int sets = 0;
        Set<String> namespaces = new HashSet<>();
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            String key = ModelLayout.modelKey(version);
            Map<String, String> homes = ModelLayout.homes(CriteriaCatalogue.bundled(), version);
            for (String set : version.setsWithSheets()) {
                sets++;
                String pointsModel = ModelLayout.optionPointsModel(set);
                String home = homes.get(pointsModel);
                String points = ShippedModels.text(ShippedModels.path(home, pointsModel));
                assertThat(decisions(points)).as("%s %s", key, set).containsExactly("option points " + set);
                assertThat(points).contains("name=\"option-points " + set + "\"", "namespace=\"https://ocop-rules.org"
                        + "/dmn/" + home.toLowerCase(Locale.ROOT) + "/option-points/" + set + "\"");
                // one option points file per set of a version: in its home's folder, none in its own if the home is
                // another version's
                assertThat(exists(ShippedModels.path(key, pointsModel))).as("%s %s", key, set)
                        .isEqualTo(home.equals(key));
                String minimums = ShippedModels.text(ShippedModels.path(key,
                        ModelLayout.starMinimumsModel(set)));
                assertThat(decisions(minimums)).as("%s %s", key, set).containsExactly("star minimum " + set);
                assertThat(minimums).contains("name=\"star-minimums " + set + "\"");
                namespaces.add(namespace(points));
                namespaces.add(namespace(minimums));
            }
            for (String model : ModelLayout.VERSION_MODELS) {
                namespaces.add(namespace(ShippedModels.text(ShippedModels.path(key, model))));
            }
        }
        assertThat(sets).isGreaterThanOrEqualTo(100);
        assertThat(namespaces).hasSize(ShippedModels.paths().size());
    }

    /**
     * QD-781-2020 amends QD-1048-2019 and takes its sheets from it (its {@code basedOn}): the same options, points,
     * criteria and provenance, so its option points tables, in the decision edition and in the portal edition, are
     * 1048's and are shipped once, in 1048's folder (before, 49 byte-identical copies but for the description were
     * ~40% of all option points rows). Its tourism set VI.1 is the exception: in the decision edition 781 prints its
     * own sheet for it (different from 1048's), and 1048's portal edition has no VI.1 at all, so 781 keeps its own
     * VI.1 file in both editions. Star minimums stay 781's own, as they differ.
     */
    @Test
    void the781OptionPointsAre1048sFiles_exceptTheTourismSetWhoseSheetDiffersWhichKeepsItsOwn() {
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        for (String edition : List.of(CriteriaVersion.DECISION_EDITION, "portal")) {
            CriteriaVersion v781 = ModelLayout.modelled(catalogue.version("QD-781-2020"), edition).orElseThrow();
            CriteriaVersion v1048 = ModelLayout.modelled(catalogue.version("QD-1048-2019"), edition)
                    .orElseThrow();
            String key781 = ModelLayout.modelKey(v781);
            String key1048 = ModelLayout.modelKey(v1048);
            List<String> own = new ArrayList<>();
            for (String set : v781.setsWithSheets()) {
                String home = ModelLayout.optionPointsHome(catalogue, v781, set);
                String model = ModelLayout.optionPointsModel(set);
                assertThat(home).as("%s %s", key781, set).isIn(key781, key1048);
                assertThat(exists(ShippedModels.path(key781, model))).as("%s %s", key781, set)
                        .isEqualTo(home.equals(key781));
                assertThat(exists(ShippedModels.path(home, model))).as("%s %s", key781, set).isTrue();
                if (home.equals(key781)) {
                    own.add(set);
                    // kept because its table differs from the base's, or the base has no such sheet
                    assertThat(v1048.setsWithSheets().contains(set) && SheetModels.optionPointsRows(v1048,
                            set).equals(SheetModels.optionPointsRows(v781, set))).as("%s %s", key781, set)
                            .isFalse();
                } else {
                    assertThat(SheetModels.optionPointsRows(v781, set)).as("%s %s", key781, set)
                            .isEqualTo(SheetModels.optionPointsRows(v1048, set));
                }
                // star minimums are never shared
                assertThat(exists(ShippedModels.path(key781, ModelLayout.starMinimumsModel(set))))
                        .as("%s %s", key781, set).isTrue();
            }
            assertThat(own).as(key781).containsExactly("VI.1");
            assertThat(v781.setsWithSheets()).as(key781).hasSizeGreaterThanOrEqualTo(25);
            // 1048 has no base: every one of its option points models is its own
            for (String set : v1048.setsWithSheets()) {
                assertThat(ModelLayout.optionPointsHome(catalogue, v1048, set)).isEqualTo(key1048);
            }
        }
        // the decision edition's VI.1 is a set 1048 has too, with another sheet: the rows are compared, not only sets
        assertThat(catalogue.version("QD-1048-2019").setsWithSheets()).contains("VI.1");
    }

    private static boolean exists(String path) {
        return ModelLayoutTest.class.getClassLoader().getResource(path) != null;
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
