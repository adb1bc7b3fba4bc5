package org.ocop.rules.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.ocop.rules.Replay;
import org.ocop.rules.json.RatingJson;

/** A replay as the JSON contract prints it ({@link RatingJson}): what every report format must agree with. */
record ReportJson(JsonNode node) {

    // decimals as printed ("93.00"), not as doubles ("93.0")
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    static ReportJson of(Replay replay, Locale locale) {
        try {
            return new ReportJson(MAPPER.readTree(RatingJson.toJson(replay, locale)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode rating() {
        return node.get("rating");
    }

    /** A figure as printed ("93.00"), or the report's dash when the JSON has null. */
    static String text(JsonNode value) {
        return value == null || value.isNull() ? "\u2014" : value.asText();
    }

    /** Stars as printed ("4★"), or the dash. */
    static String stars(JsonNode value) {
        return value == null || value.isNull() ? "\u2014" : value.asInt() + "\u2605";
    }

    String recordedAverage() {
        return node.get("recorded").isNull() ? "\u2014" : text(node.get("recorded").get("average"));
    }

    String recordedStars() {
        return node.get("recorded").isNull() ? "\u2014" : stars(node.get("recorded").get("stars"));
    }

    String average() {
        return text(rating().get("average"));
    }

    String stars() {
        return stars(rating().get("stars"));
    }

    String bandStars() {
        return stars(rating().get("bandStars"));
    }

    /** The distinct causes, in order. */
    List<String> causes() {
        LinkedHashSet<String> causes = new LinkedHashSet<>();
        node.get("discrepancies").forEach(d -> causes.add(d.get("cause").asText()));
        return List.copyOf(causes);
    }

    List<String> explanations() {
        List<String> out = new ArrayList<>();
        node.get("discrepancies").forEach(d -> out.add(d.get("explanation").asText()));
        return out;
    }

    /** The rating's warnings and its problems' messages. */
    List<String> warningsAndProblems() {
        List<String> out = new ArrayList<>();
        rating().get("warnings").forEach(w -> out.add(w.asText()));
        rating().get("problems").forEach(p -> out.add(p.get("message").asText()));
        return out;
    }

    List<Integer> memberTotals() {
        List<Integer> out = new ArrayList<>();
        rating().get("memberTotals").forEach(m -> out.add(m.get("total").asInt()));
        return out;
    }
}
