package org.ocop.examples.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ocop.rules.Replay;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.Robustness;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.json.AdviceJson;
import org.ocop.rules.json.RatingJson;

/**
 * The service's JSON, always from the library's writers ({@link RatingJson}, {@link AdviceJson}) and the CLI's
 * criteria documents, never rebuilt here: one result is the object the library writes for it (pretty-printed, as
 * {@code RatingJson.toJson}), one line of a JSON-lines answer is the same object on one line.
 *
 * <p>The library writes decision-support results only inside an array, so the object is taken out of a one-element
 * array; decimals are read back exactly ({@code 93.00} stays {@code 93.00}), so nothing but whitespace changes.
 * Thread-safe.
 */
final class Documents {

    /** Pretty-printed as the library and the CLI print: Jackson's default pretty printer. */
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** One line, for JSON lines. */
    private static final ObjectMapper COMPACT = new ObjectMapper();
    /** Reads the library's text back without changing a number: decimals as written, trailing zeros kept. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Documents() {
    }

    /** The mapper whose trees the criteria documents are built with. */
    static ObjectMapper mapper() {
        return PRETTY;
    }

    /** A tree pretty-printed with a line end, as the CLI prints it. */
    static byte[] pretty(JsonNode node) {
        try {
            return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** A tree on one line with a line end: one line of a JSON-lines answer. */
    static byte[] line(JsonNode node) {
        try {
            return (COMPACT.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** The library's text of a rating, as the CLI prints it (without the line end). */
    static String rating(org.ocop.rules.Rating rating, Locale locale, RatingJson.Explanation explanation) {
        return RatingJson.toJson(rating, locale, explanation);
    }

    static String replay(Replay replay, Locale locale, RatingJson.Explanation explanation) {
        return RatingJson.toJson(replay, locale, explanation);
    }

    static String plan(PlanAdvice advice, Locale locale) {
        return text(single(AdviceJson.writePlans(List.of(advice), locale)));
    }

    static String robustness(Robustness analysis, Locale locale) {
        return text(single(AdviceJson.writeRobustness(List.of(analysis), locale)));
    }

    static String versionImpact(VersionImpact impact, Locale locale) {
        return text(single(AdviceJson.writeVersionImpact(List.of(impact), locale)));
    }

    /** The library writes decision-support results only in an array: the one object, printed as the CLI does. */
    private static String text(ObjectNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** The library's text of one object, read back exactly. */
    static ObjectNode object(String json) {
        try {
            return (ObjectNode) EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON that does not read back", e);
        }
    }

    private static ObjectNode single(String array) {
        try {
            return (ObjectNode) EXACT.readTree(array).get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON that does not read back", e);
        }
    }
}
