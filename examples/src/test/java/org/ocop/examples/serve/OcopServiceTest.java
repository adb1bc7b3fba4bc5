package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.json.RatingJson;

/**
 * {@code ocop serve} in this JVM on a free port, called over HTTP: each endpoint answers with the JSON the CLI prints
 * for the same question (the same bytes for the criteria documents; the same object as the CLI's array holds for the
 * results of dossiers), batches stream in order, and the limits hold.
 */
class OcopServiceTest {

    private static final Path EXAMPLES = Path.of("dossiers");
    private static final Path REPLAYS = EXAMPLES.resolve("replay");

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

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> replays() throws IOException {
        try (Stream<Path> files = Files.list(REPLAYS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Calls.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class Criteria {

        @Test
        void versions_areTheBytesTheCliPrints() {
            Calls.Answer answer = Calls.get(base, "/v1/versions");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.text()).isEqualTo(Calls.cli("versions", "--format", "json").out());
        }

        @ParameterizedTest
        @ValueSource(strings = {"QD-26-2026 V.1", "QD-26-2026 I.1.a", "QD-148-2023 I.5.a", "QD-1048-2019 II.1.1"})
        void criteriaOfASet_areTheBytesTheCliPrints(String versionAndSet) {
            String[] v = versionAndSet.split(" ");

            Calls.Answer answer = Calls.get(base, "/v1/versions/" + v[0] + "/sets/" + v[1] + "/criteria");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo(Calls.cli("criteria", "--version", v[0], "--set", v[1], "--format",
                    "json").out());
        }

        @Test
        void criteriaOfASheetEdition_areTheBytesTheCliPrints() {
            Calls.Answer answer = Calls.get(base, "/v1/versions/QD-1048-2019/sets/I.1.1/criteria?edition=portal");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo(Calls.cli("criteria", "--version", "QD-1048-2019", "--set", "I.1.1",
                    "--edition", "portal", "--format", "json").out());
        }

        @Test
        void template_isTheEmptyDossierTheCliPrints() {
            Calls.Answer answer = Calls.get(base, "/v1/versions/QD-26-2026/sets/I.1.a/template");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo(Calls.cli("criteria", "--version", "QD-26-2026", "--set", "I.1.a",
                    "--template").out());
        }

        @Test
        void totalsTemplate_isTheTotalsOnlyDossierTheCliPrints() {
            Calls.Answer answer = Calls.get(base, "/v1/versions/QD-781-2020/sets/I.1.1/template?totals=true");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo(Calls.cli("criteria", "--version", "QD-781-2020", "--set", "I.1.1",
                    "--template", "--totals").out());
        }

        @Test
        void classification_listsEveryProductSetOfTheVersionWithWhetherItHasASheet() {
            JsonNode answer = Calls.get(base, "/v1/versions/QD-26-2026").json();

            assertThat(answer.get("version").asText()).isEqualTo("QD-26-2026");
            assertThat(answer.get("decision").asText()).isEqualTo("26/2026/QĐ-TTg");
            assertThat(answer.get("productSets")).hasSize(26);
            JsonNode first = answer.get("productSets").get(0);
            assertThat(first.get("code").asText()).isEqualTo("I.1.a");
            assertThat(first.get("group").asText()).isEqualTo("I.1");
            assertThat(first.get("class").asText()).isEqualTo("I");
            assertThat(first.get("hasSheet").asBoolean()).isTrue();
        }
    }

    @Nested
    class Dossiers {

        @ParameterizedTest
        @MethodSource("org.ocop.examples.serve.OcopServiceTest#examples")
        void rate_oneDossier_isTheLibrarysJsonOfItsRatingAndTheObjectTheCliPrints(Path file) {
            Rating rating = Rater.standard().rateFile(file);
            Calls.Answer answer = Calls.post(base, "/v1/rate", "application/json", bytes(file));
            JsonNode cli = json(Calls.cli("rate", "--format", "json", file.toString()).out()).get(0);

            if (rating.outcome() != org.ocop.rules.Outcome.INVALID) {
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.text()).isEqualTo(RatingJson.toJson(rating) + "\n");
                assertThat(answer.json()).isEqualTo(cli);
            } else {
                // valid JSON, INVALID dossier: a 422 problem with the rating's own problems, word for word
                assertThat(answer.status()).isEqualTo(422);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("dossierId").asText()).isEqualTo(cli.get("dossierId").asText());
                assertThat(answer.json().get("problems")).isEqualTo(cli.get("problems"));
            }
        }

        @ParameterizedTest
        @MethodSource("org.ocop.examples.serve.OcopServiceTest#replays")
        void replay_oneDossier_isTheObjectTheCliPrints(Path file) {
            Calls.Answer answer = Calls.post(base, "/v1/replay", "application/json", bytes(file));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json()).isEqualTo(json(Calls.cli("replay", "--format", "json", file.toString()).out())
                    .get(0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/v1/plan plan", "/v1/robustness robustness",
                "/v1/compare-versions compare-versions"})
        void decisionSupport_oneDossier_isTheObjectTheCliPrints(String pathAndCommand) throws IOException {
            String[] pc = pathAndCommand.split(" ");
            for (Path file : examples().filter(p -> !p.toString().contains("invalid")).toList()) {
                Calls.Answer answer = Calls.post(base, pc[0], "application/json", bytes(file));

                assertThat(answer.status()).as(file.toString()).isEqualTo(200);
                assertThat(answer.json()).as(file.toString()).isEqualTo(json(Calls.cli(pc[1], "--format", "json",
                        file.toString()).out()).get(0));
            }
        }

        @Test
        void plan_withQueryParameters_isTheObjectTheCliPrintsWithTheSameOptions() {
            Path file = EXAMPLES.resolve("03-gao-st25-soc-trang.json");

            Calls.Answer answer = Calls.post(base, "/v1/plan?targetStar=5&maxPlans=2&fixed=1.1,2.1", "application/json",
                    bytes(file));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json()).isEqualTo(json(Calls.cli("plan", "--format", "json", "--target-star", "5",
                    "--max-plans", "2", "--fixed", "1.1,2.1", file.toString()).out()).get(0));
        }

        @Test
        void rate_jsonLines_answersOneLinePerDossierInOrderAndABadLineIsAnInvalidResult() throws IOException {
            StringBuilder batch = new StringBuilder();
            List<Path> files = examples().toList();
            for (Path file : files) {
                batch.append(Calls.JSON.writeValueAsString(Calls.JSON.readTree(file.toFile()))).append('\n');
            }
            batch.append("{\"id\": \n").append("\n");

            Calls.Answer answer = Calls.post(base, "/v1/rate", "application/x-ndjson",
                    batch.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/x-ndjson");
            List<JsonNode> lines = answer.jsonLines();
            assertThat(lines).hasSize(files.size() + 1);
            JsonNode cli = json(Calls.cli("rate", "--format", "json", EXAMPLES.toString()).out());
            for (int i = 0; i < files.size(); i++) {
                assertThat(lines.get(i)).as(files.get(i).toString()).isEqualTo(cli.get(i));
            }
            JsonNode bad = lines.get(files.size());
            assertThat(bad.get("dossierId").asText()).isEqualTo("request:" + (files.size() + 1));
            assertThat(bad.get("outcome").asText()).isEqualTo("INVALID");
            assertThat(bad.get("problems").get(0).get("where").asText()).isEqualTo("request:10 at $.id");
        }

        /**
         * Over a raw connection, since Java's HttpClient reads no answer before it has sent the whole request: the
         * first line's result arrives while the request's body is still open.
         */
        @Test
        void rate_jsonLines_areStreamed_theFirstAnswerArrivesBeforeTheBatchEnds() throws Exception {
            String line = Calls.JSON.writeValueAsString(Calls.JSON.readTree(EXAMPLES.resolve(
                    "01-che-shan-tuyet-ta-xua.json").toFile())) + "\n";
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.port())) {
                socket.setSoTimeout(30_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(chunkedHead("/v1/rate"));
                out.write(chunk(line));
                out.flush();

                String first = firstLineOfBody(socket.getInputStream());

                assertThat(json(first).get("dossierId").asText()).isEqualTo("YB-2026-001");
                out.write(chunk(line));
                out.write(chunk(""));
                out.flush();
                String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(rest).contains("\"dossierId\":\"YB-2026-001\"");
            }
        }

        @Test
        void explanationNone_ofRateAndReplay_isTheCliObjectWithoutTheExplanationField() throws IOException {
            Path dossier = EXAMPLES.resolve("01-che-shan-tuyet-ta-xua.json");
            Path recorded = REPLAYS.resolve("r2-minimums-not-applied.json");
            String line = Calls.JSON.writeValueAsString(Calls.JSON.readTree(dossier.toFile())) + "\n";

            JsonNode rated = Calls.post(base, "/v1/rate?explanation=none", "application/json", bytes(dossier)).json();
            JsonNode replayed = Calls.post(base, "/v1/replay?explanation=none", "application/json", bytes(recorded))
                    .json();
            List<JsonNode> lines = Calls.post(base, "/v1/rate?explanation=none", "application/x-ndjson",
                    (line + line).getBytes(StandardCharsets.UTF_8)).jsonLines();
            JsonNode full = Calls.post(base, "/v1/rate?explanation=full", "application/json", bytes(dossier)).json();

            assertThat(rated.has("explanation")).isFalse();
            assertThat(rated).isEqualTo(json(Calls.cli("rate", "--format", "json", "--explanation", "none",
                    dossier.toString()).out()).get(0));
            assertThat(replayed.get("rating").has("explanation")).isFalse();
            assertThat(replayed).isEqualTo(json(Calls.cli("replay", "--format", "json", "--explanation", "none",
                    recorded.toString()).out()).get(0));
            assertThat(lines).containsExactly(rated, rated);
            assertThat(full).isEqualTo(Calls.post(base, "/v1/rate", "application/json", bytes(dossier)).json());
            ((com.fasterxml.jackson.databind.node.ObjectNode) full).remove("explanation");
            assertThat(rated).isEqualTo(full);
        }

        @Test
        void rate_inVietnamese_byQueryOrAcceptLanguage_changesOnlyTheTexts() {
            byte[] dossier = bytes(EXAMPLES.resolve("01-che-shan-tuyet-ta-xua.json"));
            JsonNode english = Calls.post(base, "/v1/rate", "application/json", dossier).json();
            JsonNode byQuery = Calls.post(base, "/v1/rate?lang=vi", "application/json", dossier).json();
            JsonNode byHeader = Calls.send(HttpRequest.newBuilder(base.resolve("/v1/rate"))
                    .header("Content-Type", "application/json").header("Accept-Language", "vi-VN, en;q=0.5")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(dossier)).build()).json();

            assertThat(byQuery).isEqualTo(byHeader);
            assertThat(byQuery.get("versionReason").asText()).startsWith("nộp hồ sơ ngày 2026-06-10");
            assertThat(english.get("versionReason").asText()).doesNotContain("nộp hồ sơ");
            assertThat(byQuery.get("stars")).isEqualTo(english.get("stars"));
            assertThat(byQuery.get("average")).isEqualTo(english.get("average"));
            assertThat(byQuery).isEqualTo(json(Calls.cli("rate", "--format", "json", "--lang", "vi",
                    EXAMPLES.resolve("01-che-shan-tuyet-ta-xua.json").toString()).out()).get(0));
        }

        @Test
        void problem_inVietnamese_hasTheLibrarysVietnameseFacts() {
            JsonNode problem = Calls.post(base, "/v1/rate?lang=vi", "application/json",
                    "{\"id\": 42}".getBytes(StandardCharsets.UTF_8)).json();

            assertThat(problem.get("title").asText()).isEqualTo("Không đọc được hồ sơ");
            assertThat(problem.get("type").asText()).isEqualTo("urn:ocop-rules:problem:malformed-dossier");
            assertThat(problem.get("problems").get(0).get("message").asText()).contains("cho phép");
        }
    }

    @Test
    void health_saysUpWithTheEngineAndHowBusyItIs() {
        JsonNode health = Calls.get(base, "/health").json();

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("engine").asText()).isEqualTo(Rater.standard().engineName());
        assertThat(health.get("versions").asInt()).isEqualTo(4);
        assertThat(health.get("maxConcurrentRatings").asInt()).isEqualTo(4);
    }

    @Test
    void openApi_isServedAsJson() {
        Calls.Answer answer = Calls.get(base, "/openapi.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("openapi").asText()).isEqualTo("3.1.0");
    }

    /**
     * Catalogue row S29 ({@code docs/BAD-INPUTS.md}): with every rating slot taken (here the one slot, held by a
     * batch whose body is still arriving), a rating request waits a second for a slot, is then refused with 503 and
     * {@code Retry-After}, and is served again once the slot is free.
     */
    @Test
    void rate_whenEverySlotIsTaken_isBusyWithRetryAfterAndServedOnceASlotIsFree() throws Exception {
        try (OcopService one = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0)
                .withMaxConcurrentRatings(1).withTimeout(Duration.ofSeconds(20)));
                java.net.Socket holding = new java.net.Socket("127.0.0.1", one.port())) {
            holding.setSoTimeout(30_000);
            java.io.OutputStream body = holding.getOutputStream();
            body.write(chunkedHead("/v1/rate"));
            body.write(chunk("\n"));
            body.flush();
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (Calls.get(one.uri(), "/health").json().get("ratingsInProgress").asInt() < 1) {
                assertThat(System.nanoTime()).as("the batch takes the slot").isLessThan(until);
                Thread.sleep(20);
            }
            byte[] dossier = bytes(EXAMPLES.resolve("01-che-shan-tuyet-ta-xua.json"));

            Calls.Answer busy = Calls.post(one.uri(), "/v1/rate", "application/json", dossier);

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.json().get("detail").asText()).isEqualTo("path /v1/rate: every rating slot is in use: "
                    + "1 of 1; allowed: at most 1 requests rating at once: try again after 1 second(s)");
            body.write(chunk(Calls.JSON.writeValueAsString(Calls.JSON.readTree(dossier)) + "\n"));
            body.write(chunk(""));
            body.flush();
            assertThat(firstLineOfBody(holding.getInputStream())).contains("\"outcome\":\"RATED\"");
            assertThat(Calls.post(one.uri(), "/v1/rate", "application/json", dossier).status()).isEqualTo(200);
        }
    }

    /** The head of a chunked JSON-lines POST. */
    private static byte[] chunkedHead(String path) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One chunk of a chunked body; the empty text is the last chunk. */
    private static byte[] chunk(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** Reads an answer's head and its body up to the end of the first JSON line (the first line starting "{"). */
    private static String firstLineOfBody(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                if (text.startsWith("{")) {
                    return text;
                }
                line.reset();
            } else {
                line.write(b);
            }
        }
        throw new IOException("the answer ended before a JSON line: " + line.toString(StandardCharsets.UTF_8));
    }

    @Test
    void locale_ofAnUnreadableAcceptLanguage_isEnglish() {
        Calls.Answer answer = Calls.get(base, "/v1/versions/nope", "Accept-Language", "vi;q=x");

        assertThat(answer.json().get("title").asText()).isEqualTo("Not found");
    }
}
