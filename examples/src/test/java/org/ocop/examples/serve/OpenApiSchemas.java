package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON Schema validators of the schemas of the service's OpenAPI document (OpenAPI 3.1 schemas are 2020-12). */
final class OpenApiSchemas {

    private OpenApiSchemas() {
    }

    /** A validator of one schema of the document, its {@code #/components/schemas/…} references resolved. */
    static Schema of(JsonNode document, JsonNode schema) {
        ObjectNode root = Calls.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", document.get("components").get("schemas"));
        root.setAll((ObjectNode) schema);
        String text = root.toString().replace("#/components/schemas/", "#/$defs/");
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Calls.JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A validator of the document's named component schema, such as {@code Problem}. */
    static Schema component(JsonNode document, String name) {
        return of(document, Calls.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name));
    }
}
