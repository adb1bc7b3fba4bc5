package org.ocop.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;

/** Tests that check single JSON fields read the text {@link RatingJson} writes, as a caller would. */
public final class ParsedJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParsedJson() {
    }

    /** The parsed {@link RatingJson#toJson(Rating)} of a rating. */
    public static JsonNode of(Rating rating) {
        return parse(RatingJson.toJson(rating));
    }

    /** The parsed {@link RatingJson#toJson(Replay)} of a replay. */
    public static JsonNode of(Replay replay) {
        return parse(RatingJson.toJson(replay));
    }

    /** Any JSON text, parsed. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
