package org.ocop.rules.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.CriteriaVersion;

/**
 * The models the build generated into the classpath, as the engine loads them: each version's version-wide models and
 * each of its product sets' option points and star minimums models.
 */
final class ShippedModels {

    private ShippedModels() {
    }

    /** Resource paths of every shipped model, version by version (see {@link DmnModelGenerator#models}). */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (CriteriaVersion version : DmnModelGenerator.modelled(CriteriaCatalogue.bundled())) {
            for (String model : DmnModelGenerator.models(version)) {
                paths.add(path(DmnModelGenerator.modelKey(version), model));
            }
        }
        return paths;
    }

    /** The resource path of a model, by its id ({@code star-band}, {@code option-points/I.4.a}). */
    static String path(String versionId, String model) {
        return DmnModelGenerator.resourcePath(versionId, model);
    }

    static String text(String path) {
        try (InputStream in = ShippedModels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
