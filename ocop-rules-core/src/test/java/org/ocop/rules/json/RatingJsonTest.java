package org.ocop.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Dossiers;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.dossier.RecordedResult;

/** One rating or replay as JSON text is the very object the array writers give for it. */
class RatingJsonTest {

    private static final Rater RATER = Rater.standard();

    @Test
    void toJson_ofARating_isTheObjectWriteGivesForIt() {
        Rating rating = RATER.rate(Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89)));

        String object = RatingJson.toJson(rating);

        assertThat(ParsedJson.parse(object)).isEqualTo(ParsedJson.parse(RatingJson.write(List.of(rating))).get(0));
        assertThat(object).startsWith("{").endsWith("}").contains("\"dossierId\" : \"HS-2026-001\"");
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
}
