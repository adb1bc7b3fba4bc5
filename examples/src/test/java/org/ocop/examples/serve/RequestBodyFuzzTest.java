package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ocop.rules.Rater;

/**
 * The service's request bodies under coverage-guided fuzzing (Jazzer): whatever bytes are POSTed to {@code /v1/rate},
 * as one dossier ({@code application/json}) or as a batch ({@code application/x-ndjson}), the answer is a 200 or a
 * 4xx RFC 9457 problem document naming what was wrong — never a 500, never a stack trace — and the service still
 * answers {@code /health} afterwards.
 *
 * <p>Without {@code JAZZER_FUZZ} these methods run once per committed input, under
 * {@code src/test/resources/org/ocop/examples/serve/RequestBodyFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * the fuzzer mutates those inputs for {@code maxDuration} and writes any input that breaks the contract there (see
 * docs/test-author.md, "Fuzz tests"). The service runs once, in this JVM, for all of them: the fuzzer's coverage
 * sees the request go through Jetty, Javalin, the body reader and the dossier reader.
 */
class RequestBodyFuzzTest {

    private static OcopService service;
    private static URI base;

    @BeforeAll
    static void start() {
        service = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0)
                .withMaxConcurrentRatings(4).withTimeout(Duration.ofSeconds(5)));
        base = service.uri();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @FuzzTest(maxDuration = "60s")
    void rate_anyJsonBody_answersTheResultOrAProblemNeverA500(byte[] body) {
        Calls.Answer answer = Calls.post(base, "/v1/rate", OcopService.JSON, body);

        if (answer.status() == 200) {
            assertThat(answer.contentType()).startsWith(OcopService.JSON);
            assertThat(answer.json().get("outcome").asText()).isNotBlank();
        } else {
            assertProblem(answer);
        }
        assertStillHealthy();
    }

    @FuzzTest(maxDuration = "60s")
    void rate_anyJsonLinesBody_answersOneLinePerDossierOrAProblemNeverA500(byte[] body) {
        Calls.Answer answer = Calls.post(base, "/v1/rate", OcopService.JSON_LINES, body);

        if (answer.status() == 200) {
            assertThat(answer.contentType()).startsWith(OcopService.JSON_LINES);
            // one bad line never stops the others: one result (or one problem) per line that is not blank
            List<JsonNode> lines = answer.jsonLines();
            assertThat(lines).hasSize(nonBlankLines(body))
                    .allSatisfy(line -> assertThat(line.has("outcome") || line.has("status")).as(line.toString())
                            .isTrue());
        } else {
            assertProblem(answer);
        }
        assertStillHealthy();
    }

    private static void assertProblem(Calls.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(400, 499);
        assertThat(answer.contentType()).isEqualTo(ProblemJson.MEDIA_TYPE + "; charset=utf-8");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).startsWith(ProblemJson.TYPE_PREFIX);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("problems")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("where").asText()).isNotBlank();
            assertThat(p.get("problem").asText()).isNotBlank();
            assertThat(p.get("allowed").asText()).isNotBlank();
        });
        assertThat(answer.text()).doesNotContain("\tat ", "Exception");
    }

    private static void assertStillHealthy() {
        assertThat(Calls.get(base, "/health").status()).isEqualTo(200);
    }

    /** The lines the service rates: split at '\n', without the last line when empty, skipping blank ones. */
    private static int nonBlankLines(byte[] bytes) {
        int count = 0;
        boolean blank = true;
        boolean any = false;
        for (byte b : bytes) {
            if (b == '\n') {
                count += blank ? 0 : 1;
                blank = true;
                any = false;
            } else {
                blank &= b == ' ' || b == '\t' || b == '\r';
                any = true;
            }
        }
        return count + (any && !blank ? 1 : 0);
    }
}
