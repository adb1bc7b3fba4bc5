package org.ocop.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ocop.rules.Problem;

/**
 * Checks dossier documents against the published JSON Schema ({@code org/ocop/rules/dossier.schema.json} in the
 * core jar), reporting each violation as a {@link Problem}: the document, the JSON path, the value and what is
 * allowed. Thread-safe once built.
 */
public final class DossierSchemaCheck {

    /** Where the schema lives in the core jar. */
    public static final String SCHEMA = "/org/ocop/rules/dossier.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Schema schema;

    /** Loads the schema from the core jar. */
    public DossierSchemaCheck() {
        try (InputStream in = org.ocop.rules.dossier.Dossier.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the dossier schema " + SCHEMA + " is missing from the core jar");
            }
            JsonNode schemaNode = JSON.readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema violations of one document; empty when it conforms.
     *
     * @param json the document
     * @param source its name in messages
     */
    public List<Problem> check(String json, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(new Problem(source + " at $", "malformed JSON", e.getOriginalMessage().replaceAll("\\s+",
                    " "), "well-formed JSON (RFC 8259)"));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            String path = jsonPath(error.getInstanceLocation().toString());
            JsonNode value = error.getInstanceNode();
            problems.add(new Problem(source + " at " + path, "schema: " + error.getKeyword(),
                    value == null ? "(none)" : abbreviate(value.toString()), error.getMessage()));
        }
        return problems;
    }

    /** The validator's JSON pointer ({@code /sheets/0/choices}) in the path notation of every other message. */
    static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append('.').append(name);
            }
        }
        return path.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
