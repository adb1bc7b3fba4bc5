package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Rater;

/**
 * The service part of the bad-input catalogue ({@code docs/BAD-INPUTS.md}, entries S1…): each bad request is sent
 * as raw bytes on its own connection and answered with one RFC 9457 problem whose {@code detail} (every fact's
 * message, joined by {@code " | "}) is asserted verbatim; then {@code /health} answers, so the service still serves.
 *
 * <p>Two services answer: the bodies that never end go to one with a timeout of one second, so that they are cut
 * short quickly; every other request goes to one whose timeout (30 s) a slow machine cannot reach while it sends a
 * body over the size limit — with one second, a loaded machine sending 34 MiB met the timeout before the limit.
 * Every other limit is the default (a body as large as the dossier reader reads a file). Each problem also conforms to the
 * {@code Problem} schema of the service's OpenAPI document.
 */
class BadRequestCatalogueTest {

    /** Two V.1 sheets: a valid dossier rated 2★ (the base of the core and CLI catalogues). */
    static final String GOOD = "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": \"2026-06-15\", "
            + "\"sheets\": [" + sheet("Nguyễn Văn Hùng") + ", " + sheet("Trần Thị Mai") + "]}";

    private static String sheet(String member) {
        return "{\"member\": \"" + member + "\", \"choices\": {\"1.1\": \"1.1.a\", \"1.2\": \"1.2.a\", \"1.3\": "
                + "\"1.3.a\", \"1.4\": \"1.4.a\", \"1.5\": \"1.5.a\", \"1.6\": \"1.6.a\", \"2.1\": \"2.1.a\", \"2.2\": "
                + "\"2.2.a\", \"3.1\": \"3.1.a\", \"3.2\": \"3.2.a\", \"3.3\": \"3.3.a\", \"3.4\": \"3.4.a\", \"3.5\": "
                + "\"3.5.a\", \"4.1\": \"4.1.a\", \"4.2\": \"4.2.a\", \"4.3\": \"4.3.a\", \"5.1\": \"5.1.b\", \"5.2\": "
                + "\"5.2.a\", \"5.3\": \"5.3.b\", \"6.1\": \"6.1.d\", \"6.2\": \"6.2.d\", \"6.3\": \"6.3.c\", \"7\": "
                + "\"7.d\", \"8\": \"8.c\", \"9\": \"9.b\", \"10\": \"10.c\"}}";
    }

    private static final String ENDPOINTS = "GET /health, GET /openapi.json, GET /v1/versions, GET /v1/versions/{id}, "
            + "GET /v1/versions/{id}/sets/{code}/criteria, GET /v1/versions/{id}/sets/{code}/template, POST /v1/rate, "
            + "POST /v1/replay, POST /v1/plan, POST /v1/robustness, POST /v1/compare-versions";
    private static final String LIMIT = "at most 33554432 bytes, as a dossier file (a dossier of at most 8388608 "
            + "characters)";

    private static OcopService service;
    private static OcopService impatient;
    private static com.networknt.schema.Schema problemSchema;

    @BeforeAll
    static void start() {
        service = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0)
                .withTimeout(Duration.ofSeconds(30)));
        impatient = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0)
                .withTimeout(Duration.ofSeconds(1)));
        problemSchema = OpenApiSchemas.component(Calls.get(service.uri(), "/openapi.json").json(), "Problem");
    }

    @AfterAll
    static void stop() {
        service.close();
        impatient.close();
    }

    /** One entry: its number, what is wrong, the bytes sent, and the answer: status, problem type and detail. */
    record Entry(String number, String input, byte[] request, int status, String type, String detail) {
        @Override
        public String toString() {
            return number + " " + input;
        }
    }

    private static Entry entry(String number, String input, byte[] request, int status, String type,
            String detail) {
        return new Entry(number, input, request, status, type, detail);
    }

    /** A whole request with a body of the given bytes and Content-Length. */
    static byte[] request(String method, String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    static byte[] request(String method, String path, String contentType, String body) {
        return request(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] head(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Entry> catalogue() {
        String deep = "{\"id\": \"BI-001\", \"note\": " + "[".repeat(40) + "]".repeat(40) + "}";
        byte[] latin1 = GOOD.replace("Nguyễn Văn Hùng", "Nguy\u00ean").getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                entry("S1", "unknown path", request("GET", "/v1/nope", null, (String) null), 404, "not-found",
                        "path /v1/nope: no such resource: GET /v1/nope; allowed: one of the paths of /openapi.json: "
                                + ENDPOINTS),
                entry("S2", "a file the portal page does not have", request("GET", "/nope.js", null, (String) null),
                        404, "not-found", "path /nope.js: no such resource: GET /nope.js; allowed: one of the paths of"
                                + " /openapi.json: " + ENDPOINTS),
                entry("S3", "a method the path does not take", request("DELETE", "/v1/rate", null, (String) null),
                        405, "method-not-allowed",
                        "method DELETE on /v1/rate: method not allowed here: DELETE; allowed: POST"),
                entry("S4", "GET on a POST endpoint", request("GET", "/v1/rate", null, (String) null), 405,
                        "method-not-allowed", "method GET on /v1/rate: method not allowed here: GET; allowed: POST"),
                entry("S5", "no Content-Type", request("POST", "/v1/rate", null, GOOD), 415,
                        "unsupported-media-type", "header Content-Type: content type not taken here: (none); "
                                + "allowed: application/json, application/x-ndjson (UTF-8)"),
                entry("S6", "a form, not JSON", request("POST", "/v1/rate", "application/x-www-form-urlencoded",
                        "id=BI-001"), 415, "unsupported-media-type", "header Content-Type: content type not taken "
                                + "here: application/x-www-form-urlencoded; allowed: application/json, "
                                + "application/x-ndjson (UTF-8)"),
                entry("S7", "JSON in another charset", request("POST", "/v1/rate", "application/json; charset=latin1",
                        GOOD), 415, "unsupported-media-type", "header Content-Type: content type not taken here: "
                                + "application/json; charset=latin1; allowed: application/json, application/x-ndjson "
                                + "(UTF-8)"),
                entry("S8", "malformed JSON", request("POST", "/v1/rate", "application/json", "{\"id\": \"BI-001\","),
                        400, "malformed-dossier", "request at $.id: malformed JSON (line 1, column 17): Unexpected "
                                + "end-of-input within/between Object entries; allowed: well-formed JSON (RFC 8259)"),
                entry("S9", "an empty body", request("POST", "/v1/rate", "application/json", ""), 400,
                        "malformed-dossier", "request at $: empty document: (nothing); allowed: a JSON object"),
                entry("S10", "a body that is not UTF-8 (Latin-1)", request("POST", "/v1/rate", "application/json",
                        latin1), 400, "malformed-dossier", "request body: not UTF-8 (byte offset 94): 0xEA; "
                                + "allowed: UTF-8 text (RFC 8259 §8.1)"),
                entry("S11", "valid JSON, not a dossier: an array", request("POST", "/v1/rate", "application/json",
                        "[]"), 400, "malformed-dossier",
                        "request at $: wrong type of value: an array; allowed: an object"),
                entry("S12", "nesting 40 levels deep", request("POST", "/v1/rate", "application/json", deep), 400,
                        "malformed-dossier", "request at $: exceeds a read limit: Document nesting depth (33) "
                                + "exceeds the maximum allowed (32); "
                                + "allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 "
                                + "characters, numbers of 32 characters"),
                entry("S13", "a valid dossier of an unknown option", request("POST", "/v1/rate", "application/json",
                        GOOD.replaceFirst("\"1\\.1\\.a\"", "\"1.1.z\"")), 422, "invalid-dossier",
                        "dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1: unknown option: 1.1.z; allowed: "
                                + "1.1.a, 1.1.b, 1.1.c"),
                entry("S14", "a declared length over the limit", head("POST /v1/rate HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 40000000\r\n\r\n{"), 413,
                        "body-too-large", "request body: larger than the dossier reader reads: 40000000 bytes; "
                                + "allowed: " + LIMIT),
                entry("S15", "a chunked body that grows over the limit", chunked(34 * 1024 * 1024), 413,
                        "body-too-large", "request body: larger than the dossier reader reads: more than 33554432 "
                                + "bytes; allowed: " + LIMIT),
                entry("S16", "a body that never ends", head("POST /v1/rate HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\": "), 408, "timeout",
                        "request body: not received within the timeout: 1 s; allowed: a request sent completely "
                                + "within 1 seconds (in a batch: each line within 1 seconds)"),
                entry("S17", "a JSON-lines batch that stops in its first line", head("POST /v1/rate HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
                        + "\r\n5\r\n{\"id\"\r\n"), 408, "timeout", "request body: not received within the timeout: "
                                + "1 s; allowed: a request sent completely within 1 seconds (in a batch: each line "
                                + "within 1 seconds)"),
                entry("S18", "an empty JSON-lines batch", request("POST", "/v1/rate", "application/x-ndjson", "\n\n"),
                        400, "bad-request", "request body: no dossier in the batch: (none); allowed: at least one "
                                + "dossier, one a line (blank lines are skipped)"),
                entry("S19", "an unknown language", request("POST", "/v1/rate?lang=fr", "application/json", GOOD),
                        400, "bad-parameter", "query parameter lang: unknown value: fr; allowed: en, vi"),
                entry("S20", "a target star out of range", request("POST", "/v1/plan?targetStar=6",
                        "application/json", GOOD), 400, "bad-parameter",
                        "query parameter targetStar: out of range: 6; allowed: 1 to 5"),
                entry("S21", "a number of plans that is not a number", request("POST", "/v1/plan?maxPlans=three",
                        "application/json", GOOD), 400, "bad-parameter",
                        "query parameter maxPlans: not a whole number: three; allowed: 1 to 100"),
                entry("S22", "a fixed criterion not on the sheet", request("POST", "/v1/plan?fixed=99.9",
                        "application/json", GOOD), 400, "bad-parameter", "query parameter fixed: criterion not on "
                                + "the sheet: 99.9; allowed: a criterion of the dossier's sheet: 1.1, 1.2, 1.3, 1.4, "
                                + "1.5, 1.6, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 6.1, 6.2, "
                                + "6.3, 7, 8, 9, 10"),
                entry("S23", "a negative spread", request("POST", "/v1/robustness?maxSpread=-1", "application/json",
                        GOOD), 400, "bad-parameter", "query parameter maxSpread: out of range: -1; allowed: 0 or more"),
                entry("S24", "an unknown criteria version", request("GET", "/v1/versions/QD-2026", null,
                        (String) null), 404, "not-found", "path parameter id: unknown criteria version: QD-2026; "
                                + "allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026"),
                entry("S25", "a product set without a sheet", request("GET",
                        "/v1/versions/QD-26-2026/sets/IX.9/criteria", null, (String) null), 404, "not-found",
                        "path parameter code: no scoring sheet in QD-26-2026 for product set: IX.9; allowed: I.1.a, "
                                + "I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, "
                                + "II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"),
                entry("S26", "a sheet edition the version does not have", request("GET",
                        "/v1/versions/QD-26-2026/sets/V.1/criteria?edition=portal", null, (String) null), 400,
                        "bad-parameter", "query parameter edition: no sheet edition of QD-26-2026 with this name: "
                                + "portal; allowed: decision"),
                entry("S27", "a totals flag that is not true or false", request("GET",
                        "/v1/versions/QD-26-2026/sets/V.1/template?totals=yes", null, (String) null), 400,
                        "bad-parameter", "query parameter totals: unknown value: yes; allowed: true, false"),
                entry("S28", "not HTTP at all", head("HELLO\r\n\r\n"), 400, "bad-request",
                        "request: not a valid HTTP request: 400 No URI; allowed: an HTTP/1.1 request (RFC 9112)"),
                entry("S31", "an explanation option that is not full or none", request("POST",
                        "/v1/rate?explanation=short", "application/json", GOOD), 400, "bad-parameter",
                        "query parameter explanation: unknown value: short; allowed: full, none"));
    }

    /** A chunked request whose body is {@code size} bytes of a JSON string, in chunks of 1 MiB. */
    private static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head("POST /v1/rate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"));
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent < size; sent += chunk.length) {
            out.writeBytes(head(Integer.toHexString(chunk.length) + "\r\n"));
            out.writeBytes(chunk);
            out.writeBytes(head("\r\n"));
        }
        out.writeBytes(head("0\r\n\r\n"));
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void badRequest_isAnsweredWithOneProblem_andTheServiceStillServes(Entry entry) {
        OcopService target = entry.status() == 408 ? impatient : service;
        Calls.Answer answer = Calls.raw(target.port(), entry.request(), Duration.ofSeconds(60));

        assertThat(answer.status()).as("status; answer: %s", answer.text()).isEqualTo(entry.status());
        assertThat(answer.contentType()).isEqualTo("application/problem+json; charset=utf-8");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:ocop-rules:problem:" + entry.type());
        assertThat(problem.get("status").asInt()).isEqualTo(entry.status());
        assertThat(problem.get("detail").asText()).isEqualTo(entry.detail());
        assertThat(problem.get("problems")).isNotEmpty();
        assertThat(problemSchema.validate(problem)).as("the Problem schema of /openapi.json").isEmpty();
        assertThat(answer.text()).doesNotContain("\tat ", "Exception");

        assertThat(Calls.get(target.uri(), "/health").status()).as("still serving").isEqualTo(200);
    }
}
