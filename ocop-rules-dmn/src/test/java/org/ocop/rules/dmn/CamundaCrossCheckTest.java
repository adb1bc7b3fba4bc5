package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.drools.io.ReaderResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;

/**
 * A second, independent DMN engine reads the same shipped files unchanged and decides as KIE does: Camunda 7.24
 * (its own parser and Scala FEEL) against KIE 10.2 on every option of every sheet, every star-minimum cell, the
 * band edges for several council sizes, and grids of the consensus, outcome, star, recognition and council tables.
 * Every model of the version is read, each product set's option points and star minimums models included.
 */
class CamundaCrossCheckTest {

    private static final String VERSION = "QD-26-2026";
    private static final CriteriaVersion CRITERIA = CriteriaCatalogue.bundled().version(VERSION);

    private static DMNRuntime kie;
    private static DmnEngine camunda;
    private static final Map<String, Map<String, DmnDecision>> CAMUNDA_DECISIONS = new HashMap<>();

    @BeforeAll
    static void loadBothEngines() {
        List<Resource> resources = new ArrayList<>();
        camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        for (Map.Entry<String, String> path : ShippedModels.paths(CRITERIA).entrySet()) {
            String model = path.getKey();
            String text = ShippedModels.text(path.getValue());
            Resource resource = new ReaderResource(new StringReader(text));
            resource.setSourcePath(path.getValue());
            resources.add(resource);
            Map<String, DmnDecision> byId = new HashMap<>();
            camunda.parseDecisions(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .forEach(d -> byId.put(d.getKey(), d));
            CAMUNDA_DECISIONS.put(model, byId);
        }
        kie = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(resources)
                .getOrElseThrow(IllegalStateException::new);
    }

    /** The decisions on which the engines differ, one line each. */
    private final List<String> mismatches = new ArrayList<>();
    private int checked;

    @Test
    void optionPointsOfEveryOptionOfEverySheet() {
        for (String set : CRITERIA.setsWithSheets()) {
            for (Criterion c : CRITERIA.sheet(set).criteria()) {
                for (Option o : c.options()) {
                    assertThat(check(ModelLayout.optionPointsModel(set), ModelLayout.optionPointsId(set),
                            Map.of("option", o.id()))).isEqualTo(Map.of("points", String.valueOf(o.points()),
                                    "criterion", c.code()));
                }
            }
        }
        assertAgreement(2000);
    }

    @Test
    void cumulativeStarMinimumOfEveryCriterionAtEveryStar() {
        for (String set : CRITERIA.setsWithSheets()) {
            for (Criterion c : CRITERIA.sheet(set).criteria()) {
                for (int stars = 1; stars <= 5; stars++) {
                    check(ModelLayout.starMinimumsModel(set), ModelLayout.starMinimumId(set),
                            Map.of("criterion", c.code(), "stars", stars));
                }
            }
        }
        assertAgreement(3000);
    }

    @Test
    void starBandAtEveryEdgeForSeveralCouncilSizes() {
        for (int members = 1; members <= 7; members++) {
            for (int average : new int[] {0, 29, 30, 49, 50, 69, 70, 89, 90, 100}) {
                for (int delta = -1; delta <= 1; delta++) {
                    int total = average * members + delta;
                    if (total >= 0) {
                        check("star-band", "starBand", Map.of("total", total, "members", members));
                    }
                }
            }
        }
        assertAgreement(150);
        // 269/3 is below 90 and 270/3 is not: the band is compared on the exact fraction.
        assertThat(normalise(camunda("star-band", "starBand", Map.of("total", 269, "members", 3)))).isEqualTo("4");
        assertThat(normalise(camunda("star-band", "starBand", Map.of("total", 270, "members", 3)))).isEqualTo("5");
    }

    @Test
    void minimumMetAndKnockOutTriggerUnderEveryConsensus() {
        for (MinimumConsensus consensus : MinimumConsensus.values()) {
            for (int members = 1; members <= 7; members++) {
                for (int count = 0; count <= members; count++) {
                    for (int points = 0; points <= 3; points++) {
                        for (int sum = 0; sum <= 3 * members; sum += Math.max(1, members / 2)) {
                            check("minimum-met", "minimumMet", Map.of("consensus", consensus.name(), "members",
                                    members, "meeting", count, "pointsSum", sum, "requiredPoints", points));
                            check("knock-out-trigger", "knockOutTriggered", Map.of("consensus", consensus.name(),
                                    "members", members, "ruleChoosers", count, "criterionChoosers",
                                    members - count / 2, "pointsSum", sum, "triggerPoints", points));
                        }
                    }
                }
            }
        }
        assertAgreement(3000);
    }

    @Test
    void outcomePrecedenceAndRatedStarUnderEveryPolicy() {
        for (int bits = 0; bits < 16; bits++) {
            check("outcome", "outcome", Map.of("disqualified", (bits & 8) != 0, "stopped", (bits & 4) != 0,
                    "breached", (bits & 2) != 0, "refused", (bits & 1) != 0));
        }
        for (MinimumPolicy policy : MinimumPolicy.values()) {
            for (int band = 1; band <= 5; band++) {
                for (int eligible = 1; eligible <= band; eligible++) {
                    check("rated-star", "ratedStar", Map.of("minimumPolicy", policy.name(), "band", band,
                            "highestEligible", eligible));
                }
            }
        }
        assertAgreement(40);
    }

    @Test
    void recognitionAndForwardingAtEveryLevelStarAndThresholdEdge() {
        for (Level level : Level.values()) {
            for (int stars = 1; stars <= 5; stars++) {
                for (int members = 1; members <= 5; members += 2) {
                    for (int total : new int[] {89 * members, 90 * members - 1, 90 * members, 100 * members}) {
                        Map<String, Object> in = new HashMap<>(Map.of("level", level.name(), "stars", stars,
                                "total", total, "members", members));
                        in.put("procedure", CRITERIA.procedures().get(0).name());
                        check("recognition", "grantedStars", in);
                        check("recognition", "forwardedTo", in);
                    }
                }
            }
        }
        assertAgreement(300);
        Map<String, Object> fiveStarsAt90 = Map.of("procedure", CRITERIA.procedures().get(0).name(), "level",
                "PROVINCE", "stars", 5, "total", 270, "members", 3);
        assertThat(camunda("recognition", "forwardedTo", fiveStarsAt90)).isEqualTo("MINISTRY");
        assertThat(normalise(camunda("recognition", "grantedStars", fiveStarsAt90))).isEqualTo("4");
    }

    @Test
    void councilRulesOnAGrid() {
        for (int bits = 0; bits < 128; bits++) {
            // Of a council of 5, 4 present is the least quorum; a spread of 10 lies between 80-70 and 80-69.
            for (int present : new int[] {3, 4}) {
                for (int spread : new int[] {-1, 10}) {
                    Map<String, Object> in = new LinkedHashMap<>();
                    in.put("quorum", (bits & 1) != 0);
                    in.put("present", present);
                    in.put("councilSize", 5);
                    in.put("chairNamed", (bits & 2) != 0);
                    in.put("chairScored", (bits & 4) != 0);
                    in.put("maxSpread", spread);
                    in.put("highest", 80);
                    in.put("lowest", (bits & 8) != 0 ? 70 : 69);
                    in.put("secretaryMustNotScore", (bits & 16) != 0);
                    in.put("secretaryNamed", (bits & 32) != 0);
                    in.put("secretaryScored", (bits & 64) != 0);
                    for (String decision : List.of("quorumMissed", "chairAbsent", "spreadExceeded",
                            "secretaryScoredBreach")) {
                        check("council-rules", decision, in);
                    }
                }
            }
        }
        assertAgreement(2000);
    }

    /** Evaluates one decision in both engines, records a mismatch and returns Camunda's (normalised) result. */
    private Object check(String model, String decisionId, Map<String, ?> inputs) {
        checked++;
        Object expected = normalise(kie(model, decisionId, inputs));
        Object actual = normalise(camunda(model, decisionId, inputs));
        if (!java.util.Objects.equals(expected, actual)) {
            mismatches.add(model + "/" + decisionId + " " + new TreeMap<>(inputs) + ": KIE " + expected
                    + ", Camunda " + actual);
        }
        return actual;
    }

    private void assertAgreement(int atLeast) {
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(atLeast);
    }

    private static Object kie(String model, String decisionId, Map<String, ?> inputs) {
        DMNModel dmnModel = kie.getModel(ModelLayout.namespace(VERSION, model),
                ModelLayout.modelName(model));
        DMNContext context = kie.newContext();
        inputs.forEach(context::set);
        DMNResult result = kie.evaluateById(dmnModel, context, decisionId);
        assertThat(result.hasErrors()).as("KIE errors on %s/%s %s: %s", model, decisionId, inputs,
                result.getMessages()).isFalse();
        return result.getDecisionResultById(decisionId).getResult();
    }

    private static Object camunda(String model, String decisionId, Map<String, ?> inputs) {
        DmnDecision decision = CAMUNDA_DECISIONS.get(model).get(decisionId);
        assertThat(decision).as("Camunda decision %s in %s", decisionId, model).isNotNull();
        var variables = Variables.createVariables();
        inputs.forEach(variables::putValue);
        var result = camunda.evaluateDecision(decision, variables);
        assertThat(result).as("Camunda: exactly one result of %s %s", decisionId, inputs).hasSize(1);
        DmnDecisionResultEntries entries = result.getSingleResult();
        return entries.size() == 1 && !isCompound(decisionId) ? entries.getSingleEntry() : entries.getEntryMap();
    }

    /** Decisions with several output columns: both engines give a map of the columns. */
    private static boolean isCompound(String decisionId) {
        return decisionId.equals("ratedStar") || decisionId.startsWith("optionPoints_");
    }

    /** Numbers compared by value (KIE gives BigDecimal, Camunda Long or Integer); maps by their entries. */
    private static Object normalise(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> normalised = new TreeMap<>();
            map.forEach((k, v) -> normalised.put(String.valueOf(k), normalise(v)));
            return normalised;
        }
        return value;
    }
}
