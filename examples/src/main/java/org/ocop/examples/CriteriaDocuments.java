package org.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.json.CriteriaJson;

/**
 * The criteria documents the CLI prints ({@code ocop versions --format json}, {@code ocop criteria --format json},
 * {@code ocop criteria --template}) for {@code ocop serve}, which answers with the same JSON for the same question.
 *
 * <p>The criteria documents are the library's contract ({@link CriteriaJson}); the templates are the CLI's. Thread-safe:
 * every call builds a new tree.
 */
public final class CriteriaDocuments {

    private CriteriaDocuments() {
    }

    /** The {@code versions} document of every given version, oldest first as given. */
    public static ObjectNode versions(ObjectMapper mapper, List<CriteriaVersion> versions) {
        return tree(mapper, CriteriaJson.writeVersions(versions));
    }

    /** The {@code criteria} document of one product set of a version (in the version's sheet edition). */
    public static ObjectNode criteria(ObjectMapper mapper, CriteriaVersion version, ProductSet set) {
        return tree(mapper, CriteriaJson.write(version, set.code()));
    }

    /** The library's document as a tree: the service re-prints it with its own printer, the same JSON. */
    private static ObjectNode tree(ObjectMapper mapper, String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the criteria contract wrote JSON that does not read back", e);
        }
    }

    /** The empty dossier of a product set that has a scoring sheet in the version. */
    public static ObjectNode template(ObjectMapper mapper, CriteriaVersion version, ProductSet set) {
        return CriteriaViews.template(mapper, version, set);
    }

    /** The empty totals-only dossier of a product set code of the version. */
    public static ObjectNode totalsTemplate(ObjectMapper mapper, CriteriaVersion version, String set) {
        return CriteriaViews.totalsTemplate(mapper, version, set);
    }
}
