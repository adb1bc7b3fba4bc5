package org.ocop.rules.dmn;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.io.ReaderResource;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * The KIE runtime's evaluation of the shipped models, compiled on first use in groups: a version's version-wide
 * models together on the first dossier of that version, and each product set's two models together on the first
 * dossier of that set. A start-up that rates one dossier so compiles 9 small models, not every set's tables of
 * every version (compiling, mostly parsing each table cell, is most of the DMN engine's start-up).
 *
 * <p>A set's group belongs to the home of its option points model ({@link ModelLayout#optionPointsHome}):
 * it is kept once per (home key, set) and shared by every model key whose option points model lives there. So a
 * dossier of 781 on a set whose sheet is 1048's is evaluated on the very model compiled for 1048 (compiled once,
 * held once), and its own star minimums, which differ, are compiled in a group of their own. The group at 1048
 * also holds 1048's star minimums model: a 781 dossier compiles it too, which costs a small table once and keeps
 * one runtime per set.
 *
 * <p>Separate from the engine because it is the only code that knows KIE: reading the model files from the jar
 * (refusing a DOCTYPE), compiling them with {@code DMNRuntimeBuilder}, and keeping the compiled groups. The
 * orchestration sees only {@link Decisions}, so it runs unchanged on another DMN engine. Safe to share across
 * threads: compiling is guarded once per group, and the maps are concurrent.
 */
final class KieDecisions implements Decisions {
    /** Where the versions come from; a version's data is read on its first dossier, not before. */
    private final CriteriaCatalogue catalogue;
    /** Model key (version, with its sheet edition) → model id → the group it is compiled in. */
    private final ConcurrentMap<String, Map<String, LazyModels>> byVersion = new ConcurrentHashMap<>();
    /**
     * (home key, set) → the set's option points and star minimums models at that key, for every model key whose
     * option points model of the set lives there.
     */
    private final ConcurrentMap<List<String>, LazyModels> setGroups = new ConcurrentHashMap<>();
    /** How many groups have been compiled; a group shared by several model keys counts once. */
    private final AtomicInteger compilations = new AtomicInteger();

    KieDecisions(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The model groups of one model key, worked out on its first use from that version's data only (listing
     * every version's sets up front would read every version's data at start-up); empty for a key with no models.
     */
    private Map<String, LazyModels> groups(String key) {
        Map<String, LazyModels> known = byVersion.get(key);
        if (known != null) {
            return known;
        }
        // not cached when the version's data fails to load: every call reports the loader's error
        return byVersion.computeIfAbsent(key, k -> ModelLayout.modelled(catalogue, k)
                .map(version -> lazyGroups(k, version)).orElse(Map.of()));
    }

    /**
     * The groups of one model key: its version-wide models; per set, the set's group at its option points home
     * (shared), and, when that home is another key, its own star minimums alone.
     */
    private Map<String, LazyModels> lazyGroups(String key, CriteriaVersion version) {
        Map<String, String> homes = ModelLayout.homes(catalogue, version);
        Map<String, LazyModels> byModel = new HashMap<>();
        LazyModels versionWide = new LazyModels(key, ModelLayout.VERSION_MODELS, compilations);
        ModelLayout.VERSION_MODELS.forEach(model -> byModel.put(model, versionWide));
        for (String set : version.setsWithSheets()) {
            String points = ModelLayout.optionPointsModel(set);
            String minimums = ModelLayout.starMinimumsModel(set);
            String home = homes.get(points);
            LazyModels atHome = setGroups.computeIfAbsent(List.of(home, set), k -> new LazyModels(home,
                    ModelLayout.setModels(set), compilations));
            byModel.put(points, atHome);
            byModel.put(minimums, home.equals(key) ? atHome : new LazyModels(key, List.of(minimums),
                    compilations));
        }
        return Map.copyOf(byModel);
    }

    @Override
    public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
        LazyModels group = groups(versionId).get(model);
        if (group == null) {
            throw new Failure("no model '" + model + "'", Failure.Kind.NO_MODEL);
        }
        CompiledModels compiled = group.get();
        DMNModel dmnModel = compiled.models().get(model);
        DMNContext context = compiled.runtime().newContext();
        inputs.forEach(context::set);
        DMNResult result = compiled.runtime().evaluateByName(dmnModel, context, decision);
        if (result.hasErrors()) {
            throw new Failure(String.valueOf(result.getMessages()), Failure.Kind.ERROR);
        }
        var decisionResult = result.getDecisionResultByName(decision);
        if (decisionResult == null) {
            throw new Failure("no decision '" + decision + "'", Failure.Kind.NO_DECISION);
        }
        return decisionResult.getResult();
    }

    /** Every model key; reads every version's data (for error messages, tests and {@link #compileAll}). */
    @Override
    public Set<String> versions() {
        Set<String> keys = new TreeSet<>();
        ModelLayout.modelled(catalogue).forEach(v -> keys.add(ModelLayout.modelKey(v)));
        return Collections.unmodifiableSet(keys);
    }

    @Override
    public Set<String> models(String versionId) {
        return groups(versionId).keySet();
    }

    /** Compiles every group of every version now. */
    void compileAll() {
        versions().forEach(key -> groups(key).values().stream().distinct().forEach(LazyModels::get));
    }

    /**
     * The compiled models as {@code key/model} with the key of the folder their file is in (a shared option
     * points model once, under its home), sorted.
     */
    List<String> compiled() {
        Set<LazyModels> groups = Collections.newSetFromMap(new IdentityHashMap<>());
        byVersion.values().forEach(byModel -> groups.addAll(byModel.values()));
        List<String> compiled = new ArrayList<>();
        for (LazyModels group : groups) {
            if (group.compiled != null) {
                group.models.forEach(model -> compiled.add(group.version + "/" + model));
            }
        }
        Collections.sort(compiled);
        return compiled;
    }

    /** How many groups have been compiled so far; a group shared by several model keys counts once. */
    int compilations() {
        return compilations.get();
    }

    /** Some models of one version compiled into one runtime, and the models by id. */
    private record CompiledModels(DMNRuntime runtime, Map<String, DMNModel> models) {
    }

    /**
     * A group of models of one model key (the folder of their files), compiled once on first use; safe to share
     * across threads and across the model keys that use it.
     */
    private static final class LazyModels {
        private final String version;
        private final List<String> models;
        private final AtomicInteger compilations;
        private volatile CompiledModels compiled;

        LazyModels(String version, List<String> models, AtomicInteger compilations) {
            this.version = version;
            this.models = models;
            this.compilations = compilations;
        }

        CompiledModels get() {
            CompiledModels result = compiled;
            if (result == null) {
                synchronized (this) {
                    result = compiled;
                    if (result == null) {
                        result = compile(version, models);
                        compilations.incrementAndGet();
                        compiled = result;
                    }
                }
            }
            return result;
        }
    }

    /**
     * Compiles some models of one version into a runtime of their own (every decision is standalone, so models need
     * no shared runtime); any model that does not load or has errors fails.
     */
    private static CompiledModels compile(String version, List<String> models) {
        List<Resource> resources = new ArrayList<>();
        ClassLoader loader = KieDecisions.class.getClassLoader();
        for (String model : models) {
            String path = ModelLayout.resourcePath(version, model);
            String xml;
            try (var in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("DMN model " + path + " is missing from the classpath: the "
                            + "jar was built without DmnModelGenerator");
                }
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read DMN model " + path, e);
            }
            resources.add(modelResource(path, xml));
        }
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                // Type checking makes an input of the wrong type an error rather than a later, vaguer FEEL error.
                .setOption(new RuntimeTypeCheckOption(true)).buildConfiguration().fromResources(resources)
                .getOrElseThrow(e -> new IllegalStateException("cannot build the DMN runtime of " + version + ": "
                        + e, e));
        Map<String, DMNModel> byName = new HashMap<>();
        for (String model : models) {
            DMNModel found = runtime.getModel(ModelLayout.namespace(version, model), ModelLayout.modelName(model));
            if (found == null) {
                throw new IllegalStateException("DMN model " + model + " of " + version + " did not load");
            }
            if (found.hasErrors()) {
                throw new IllegalStateException("DMN model " + model + " of " + version + " has errors: "
                        + found.getMessages());
            }
            byName.put(model, found);
        }
        return new CompiledModels(runtime, Map.copyOf(byName));
    }

    /**
     * A model's XML as a KIE resource, refused if it declares a DOCTYPE. KIE 10.2.0's DMN reader fetches an external
     * DTD named by a DOCTYPE and expands the entities it declares (proven by {@code DmnXmlHardeningTest}); our models
     * are generated without one, so a DOCTYPE means the jar was tampered with or a foreign file was put in its place.
     */
    static Resource modelResource(String path, String xml) {
        if (xml.contains("<!DOCTYPE")) {
            throw new IllegalStateException("DMN model " + path + ": a DOCTYPE declaration, which could make the XML "
                    + "reader fetch an external DTD or expand external entities: " + firstLineWith(xml, "<!DOCTYPE")
                    + "; allowed: a model without DOCTYPE, as DmnModelGenerator writes it");
        }
        Resource resource = new ReaderResource(new StringReader(xml));
        resource.setSourcePath(path);
        return resource;
    }

    private static String firstLineWith(String text, String what) {
        int at = text.indexOf(what);
        int end = text.indexOf('\n', at);
        String line = text.substring(at, end < 0 ? text.length() : end).strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
