package org.ocop.rules.dmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * The shipped DMN files evaluated by Camunda 7 instead of KIE: plugged into {@link DmnRatingEngine}, the same
 * orchestration rates whole dossiers on a second, independent DMN engine.
 */
final class CamundaDecisions implements Decisions {

    /** Version → model id → decision name → decision. */
    private final Map<String, Map<String, Map<String, DmnDecision>>> decisions = new HashMap<>();
    private final DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    CamundaDecisions() {
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            String key = ModelLayout.modelKey(version);
            Map<String, Map<String, DmnDecision>> models = new HashMap<>();
            // a model shared with the base version (781's option points of 1048's sheets) is the base's file
            for (Map.Entry<String, String> path : ShippedModels.paths(version).entrySet()) {
                String model = path.getKey();
                String text = ShippedModels.text(path.getValue());
                Map<String, DmnDecision> byName = new HashMap<>();
                camunda.parseDecisions(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                        .forEach(d -> byName.put(d.getName(), d));
                models.put(model, byName);
            }
            decisions.put(key, models);
        }
    }

    @Override
    public Set<String> models(String versionId) {
        return decisions.getOrDefault(versionId, Map.of()).keySet();
    }

    @Override
    public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
        Map<String, DmnDecision> ofModel = decisions.getOrDefault(versionId, Map.of()).get(model);
        if (ofModel == null) {
            throw new Failure("no model '" + model + "'", Failure.Kind.NO_MODEL);
        }
        DmnDecision found = ofModel.get(decision);
        if (found == null) {
            throw new Failure("no decision '" + decision + "'", Failure.Kind.NO_DECISION);
        }
        VariableMap variables = Variables.createVariables();
        inputs.forEach(variables::putValue);
        DmnDecisionResult result = camunda.evaluateDecision(found, variables);
        if (result.isEmpty()) {
            return null;
        }
        if (result.size() > 1) {
            throw new Failure("Camunda: " + result.size() + " results for a single-hit table: " + result,
                    Failure.Kind.ERROR);
        }
        boolean compound = ((DmnDecisionTableImpl) found.getDecisionLogic()).getOutputs().size() > 1;
        return compound ? result.getSingleResult().getEntryMap() : result.getSingleResult().getSingleEntry();
    }

    @Override
    public Set<String> versions() {
        return decisions.keySet();
    }
}
