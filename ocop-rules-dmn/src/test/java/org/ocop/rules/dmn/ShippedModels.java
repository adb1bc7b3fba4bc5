package org.ocop.rules.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * The models the build generated into the classpath, as the engine loads them: each version's version-wide models and
 * each of its product sets' option points and star minimums models, each in the folder of its home.
 */
final class ShippedModels {

    private ShippedModels() {
    }

    /**
     * Resource paths of every shipped model, version by version, each file once: a version's models in the folder of
     * their home (see {@link ModelLayout#homes}), so an option points model 781 shares with 1048 is 1048's file.
     */
    static List<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            paths.addAll(paths(version).values());
        }
        return List.copyOf(paths);
    }

    /**
     * The resource path of each of a modelled version's models, by model id (see {@link ModelLayout#models}):
     * in the folder of the model's home, as the engine loads it.
     */
    static Map<String, String> paths(CriteriaVersion version) {
        Map<String, String> paths = new LinkedHashMap<>();
        ModelLayout.homes(CriteriaCatalogue.bundled(), version).forEach((model, home) -> paths.put(model,
                path(home, model)));
        return paths;
    }

    /**
     * The resource path of a model in one model key's folder, by its id ({@code star-band},
     * {@code option-points/I.4.a}).
     */
    static String path(String versionId, String model) {
        return ModelLayout.resourcePath(versionId, model);
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
