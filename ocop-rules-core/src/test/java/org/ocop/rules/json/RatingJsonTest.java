package org.ocop.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocop.rules.Dossiers;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.dossier.RecordedResult;

/**
 * One rating or replay as JSON text is the very object the array writers give for it; without its explanation
 * (for batches) it is the same object less the {@code explanation} field, never a null in its place; the fields
 * added after the first release say what they should.
 */
class RatingJsonTest {

    private static final Rater RATER = Rater.standard();
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void toJson_ofARating_isTheObjectWriteGivesForIt() {
        Rating rating = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)));

        String object = RatingJson.toJson(rating);

        assertThat(ParsedJson.parse(object)).isEqualTo(ParsedJson.parse(RatingJson.write(List.of(rating))).get(0));
        assertThat(object).startsWith("{").endsWith("}").contains("\"dossierId\" : \"HS-2026-001\"");
    }

    @Test
    void productName_asTheDossierGivesIt_nullWhenItNamesNone() {
        Rating named = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)));
        Rating unnamed = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)).toBuilder()
                .productName("").build());

        JsonNode json = ParsedJson.of(named);
        assertThat(json.get("productName").asText()).isEqualTo("Bưởi da xanh Bến Tre").isEqualTo(named.productName());
        assertThat(fieldNames(json)).startsWith("dossierId", "productName", "criteriaVersion");
        assertThat(ParsedJson.of(unnamed).get("productName").isNull()).isTrue();
    }

    @Test
    void firings_textIsTheRulesWordsInTheOutputsLanguage_andTheRuleNameStays() {
        Rating rating = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)));

        JsonNode english = ParsedJson.parse(RatingJson.toJson(rating)).get("explanation").get("firings");
        JsonNode vietnamese = ParsedJson.parse(RatingJson.toJson(rating, VI)).get("explanation").get("firings");

        assertThat(english).hasSameSizeAs(rating.firings()).isNotEmpty();
        for (int i = 0; i < english.size(); i++) {
            RuleFiring firing = rating.firings().get(i);
            assertThat(fieldNames(english.get(i))).containsExactly("rule", "facts", "text");
            assertThat(english.get(i).get("rule").asText()).isEqualTo(firing.rule())
                    .isEqualTo(vietnamese.get(i).get("rule").asText());
            assertThat(english.get(i).get("text").asText()).isEqualTo(firing.text());
            assertThat(vietnamese.get(i).get("text").asText()).isEqualTo(firing.text(VI)).isNotEqualTo(firing.text());
        }
        assertThat(vietnamese.findValuesAsText("text")).contains("Kết quả được phân hạng");
    }

    @Test
    void toJson_ofAReplay_isTheObjectTheWriterStreamsForIt() {
        Replay replay = RATER.replay(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 92, 92))
                .withRecorded(RecordedResult.of(new BigDecimal("92.00"), 4)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RatingJson.Writer writer = RatingJson.writer(out)) {
            writer.write(replay);
        }

        String object = RatingJson.toJson(replay);

        assertThat(ParsedJson.parse(object)).isEqualTo(ParsedJson.parse(out.toString(StandardCharsets.UTF_8)).get(0));
        assertThat(ParsedJson.parse(object).get("rating")).isEqualTo(ParsedJson.of(replay.rating()));
    }

    @Test
    void explanationNone_ofARating_isTheFullObjectWithoutTheExplanationField() {
        Rating rating = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)));
        ObjectNode full = (ObjectNode) ParsedJson.parse(RatingJson.toJson(rating));

        JsonNode compact = ParsedJson.parse(RatingJson.toJson(rating, Locale.ROOT, RatingJson.Explanation.NONE));

        assertThat(full.has("explanation")).isTrue();
        assertThat(compact.has("explanation")).isFalse(); // absent, not null
        full.remove("explanation");
        assertThat(compact).isEqualTo(full);
        assertThat(RatingJson.toJson(rating, Locale.ROOT, RatingJson.Explanation.FULL))
                .isEqualTo(RatingJson.toJson(rating));
    }

    @Test
    void explanationNone_isMuchSmallerThanTheFullRating() {
        Rating rating = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89, 88, 87)));

        int full = RatingJson.toJson(rating).length();
        int compact = RatingJson.toJson(rating, Locale.ROOT, RatingJson.Explanation.NONE).length();

        assertThat(compact).isLessThan(full / 4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RatingJson.Explanation.class)
    void explanationOption_inTheStreamingWriterAndTheArray_isTheObjectToJsonGives(RatingJson.Explanation option) {
        Replay replay = RATER.replay(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 92, 92))
                .withRecorded(RecordedResult.of(new BigDecimal("92.00"), 4)));
        Locale vi = Locale.forLanguageTag("vi");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RatingJson.Writer writer = RatingJson.writer(out, vi, option)) {
            writer.write(replay);
            writer.write(replay.rating());
        }

        JsonNode streamed = ParsedJson.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(streamed.get(0)).isEqualTo(ParsedJson.parse(RatingJson.toJson(replay, vi, option)));
        assertThat(streamed.get(1)).isEqualTo(ParsedJson.parse(RatingJson.toJson(replay.rating(), vi, option)))
                .isEqualTo(ParsedJson.parse(RatingJson.write(List.of(replay.rating()), vi, option)).get(0));
        assertThat(streamed.get(0).get("rating").has("explanation"))
                .isEqualTo(option == RatingJson.Explanation.FULL);
        assertThat(streamed.get(1).has("explanation")).isEqualTo(option == RatingJson.Explanation.FULL);
    }
}
