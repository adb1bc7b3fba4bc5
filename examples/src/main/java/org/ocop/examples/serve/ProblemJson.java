package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ocop.rules.Problem;

/**
 * Writes an {@link HttpProblem} as an RFC 9457 problem document ({@code application/problem+json}), the one shape of
 * every error the service answers with:
 *
 * <pre>{@code
 * {"type": "urn:ocop-rules:problem:invalid-dossier", "title": "Dossier not rated", "status": 422,
 *  "detail": "<every fact's message, joined by ' | '>", "instance": "/v1/rate",
 *  "dossierId": "BI-001" or null,
 *  "problems": [{"message", "where", "problem", "value", "allowed"}, …]}
 * }</pre>
 *
 * <p>The {@code problems} list has the keys of the rating JSON's {@code problems}, so a portal reads the library's
 * where / what / value / allowed the same way from a rating and from an error. Titles and facts are in the language
 * asked for; {@code type}, keys and {@code status} never change. Thread-safe.
 */
final class ProblemJson {

    /** The media type of every error response. */
    static final String MEDIA_TYPE = "application/problem+json";
    /** The prefix of every problem {@code type}: a stable identifier, followed by the kind. */
    static final String TYPE_PREFIX = "urn:ocop-rules:problem:";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemJson() {
    }

    /** The problem document as a tree. */
    static ObjectNode tree(HttpProblem problem, String instance, Locale locale) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", TYPE_PREFIX + problem.kind().slug());
        o.put("title", ServiceText.of("title." + problem.kind().slug()).in(locale));
        o.put("status", problem.status());
        o.put("detail", problem.facts().stream().map(p -> p.message(locale)).collect(Collectors.joining(" | ")));
        o.put("instance", instance);
        o.put("dossierId", problem.dossierId());
        ArrayNode list = o.putArray("problems");
        for (Problem p : problem.facts()) {
            list.addObject().put("message", p.message(locale)).put("where", p.where(locale))
                    .put("problem", p.problem(locale)).put("value", p.value(locale))
                    .put("allowed", p.allowed(locale));
        }
        return o;
    }

    /** The problem document, pretty-printed, ending in a line end. */
    static byte[] bytes(HttpProblem problem, String instance, Locale locale) {
        return Documents.pretty(tree(problem, instance, locale));
    }
}
