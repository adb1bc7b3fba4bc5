package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Rater;

/**
 * The OpenAPI 3.1 document the service serves at {@code /openapi.json}: it parses without a message, lists exactly the
 * service's endpoints, and the real answers of every endpoint — successes and problems — conform to the schema it
 * gives for their status and media type (a JSON-lines answer line by line).
 */
class ServiceOpenApiTest {

    private static OcopService service;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        service = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0));
        document = Calls.get(service.uri(), "/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void document_parsesAsOpenApi31WithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.toString(), null, options);

        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        Set<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method + " " + path)));
        assertThat(operations).isEqualTo(new TreeSet<>(OcopService.ENDPOINTS));
        for (PathItem item : api.getPaths().values()) {
            item.readOperations().forEach(op -> assertThat(op.getResponses()).as(op.getOperationId())
                    .containsKeys("200", "404", "405", "500"));
        }
    }

    /**
     * One real call: the endpoint (as in the document) whose responses describe the answer, what is sent (a GET
     * when there is no body) and the status it answers with.
     */
    record Call(String endpoint, String path, String contentType, byte[] body, int status) {
        @Override
        public String toString() {
            return (body == null ? "GET " : "POST ") + path + " (" + endpoint + ") → " + status;
        }
    }

    private static Call get(String endpoint, String path, int status) {
        return new Call(endpoint, path, null, null, status);
    }

    private static Call post(String endpoint, String path, String type, String body, int status) {
        return new Call(endpoint, path, type, body.getBytes(StandardCharsets.UTF_8), status);
    }

    static Stream<Call> calls() throws IOException {
        String good = Files.readString(Path.of("dossiers", "01-che-shan-tuyet-ta-xua.json"));
        String invalid = Files.readString(Path.of("dossiers", "08-ca-phe-invalid.json"));
        String replay = Files.readString(Path.of("dossiers", "replay", "r2-minimums-not-applied.json"));
        String lines = Calls.JSON.readTree(good) + "\n" + Calls.JSON.readTree(invalid) + "\n{\"id\": 1}\n";
        List<Call> calls = new ArrayList<>(List.of(
                get("GET /health", "/health", 200),
                get("GET /openapi.json", "/openapi.json", 200),
                get("GET /v1/versions", "/v1/versions", 200),
                get("GET /v1/versions/{id}", "/v1/versions/QD-148-2023", 200),
                get("GET /v1/versions/{id}", "/v1/versions/QD-1", 404),
                get("GET /v1/versions/{id}/sets/{code}/criteria", "/v1/versions/QD-26-2026/sets/I.1.a/criteria", 200),
                get("GET /v1/versions/{id}/sets/{code}/criteria", "/v1/versions/QD-26-2026/sets/X/criteria", 404),
                get("GET /v1/versions/{id}/sets/{code}/criteria",
                        "/v1/versions/QD-26-2026/sets/I.1.a/criteria?edition=x", 400),
                get("GET /v1/versions/{id}/sets/{code}/template", "/v1/versions/QD-26-2026/sets/VI.1/template", 200),
                get("GET /v1/versions/{id}/sets/{code}/template",
                        "/v1/versions/QD-148-2023/sets/I.1.a/template?totals=true", 200),
                get("GET /v1/versions/{id}/sets/{code}/template",
                        "/v1/versions/QD-148-2023/sets/I.1.a/template?totals=1", 400),
                get("POST /v1/rate", "/v1/rate", 405),
                post("GET /health", "/health", "application/json", "{}", 405),
                post("GET /v1/versions", "/v1/versions", "application/json", "{}", 405)));
        for (String[] endpoint : List.of(new String[] {"/v1/rate", good}, new String[] {"/v1/replay", replay},
                new String[] {"/v1/plan", good}, new String[] {"/v1/robustness", good},
                new String[] {"/v1/compare-versions", good})) {
            String name = "POST " + endpoint[0];
            calls.add(post(name, endpoint[0], "application/json", endpoint[1], 200));
            calls.add(post(name, endpoint[0] + "?lang=vi", "application/json", endpoint[1], 200));
            calls.add(post(name, endpoint[0], "application/x-ndjson", lines, 200));
            calls.add(post(name, endpoint[0], "application/json", invalid, 422));
            calls.add(post(name, endpoint[0], "application/json", "{", 400));
            calls.add(post(name, endpoint[0], "text/plain", good, 415));
        }
        calls.add(post("POST /v1/plan", "/v1/plan?targetStar=0", "application/json", good, 400));
        // ?explanation=none leaves each rating's explanation out: the answers still conform to the schema
        calls.add(post("POST /v1/rate", "/v1/rate?explanation=none", "application/json", good, 200));
        calls.add(post("POST /v1/rate", "/v1/rate?explanation=none", "application/x-ndjson", lines, 200));
        calls.add(post("POST /v1/replay", "/v1/replay?explanation=none", "application/json", replay, 200));
        calls.add(post("POST /v1/replay", "/v1/replay?explanation=none", "application/x-ndjson", lines, 200));
        calls.add(post("POST /v1/rate", "/v1/rate?explanation=short", "application/json", good, 400));
        return calls.stream();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void answer_conformsToTheSchemaTheDocumentGivesForItsStatusAndMediaType(Call call) {
        Calls.Answer answer = call.body() == null
                ? Calls.get(service.uri(), call.path())
                : Calls.post(service.uri(), call.path(), call.contentType(), call.body());

        assertThat(answer.status()).as(answer.text()).isEqualTo(call.status());
        String media = answer.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        String[] endpoint = call.endpoint().split(" ");
        JsonNode operation = document.get("paths").get(endpoint[1]).get(endpoint[0].toLowerCase(Locale.ROOT));
        JsonNode response = operation.get("responses").get(String.valueOf(call.status()));
        assertThat(response).as("status %s documented for %s", call.status(), call.endpoint()).isNotNull();
        JsonNode schema = response.get("content").get(media);
        assertThat(schema).as("media type %s documented for %s %s", media, call.endpoint(), call.status())
                .isNotNull();
        Schema validator = OpenApiSchemas.of(document, schema.get("schema"));
        List<JsonNode> bodies = media.equals("application/x-ndjson") ? answer.jsonLines() : List.of(answer.json());
        assertThat(bodies).isNotEmpty();
        for (JsonNode body : bodies) {
            List<Error> errors = validator.validate(body);
            assertThat(errors).as("%s: %s", call, body).isEmpty();
        }
    }

    @Test
    void calls_coverEveryOperationAndEveryStatusOfTheDossierEndpoints() throws IOException {
        Set<String> covered = new HashSet<>();
        calls().forEach(c -> covered.add(c.endpoint()));

        assertThat(covered).containsAll(OcopService.ENDPOINTS);
    }
}
