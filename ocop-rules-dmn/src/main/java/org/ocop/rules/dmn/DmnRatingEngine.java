package org.ocop.rules.dmn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.io.ReaderResource;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.Share;

/**
 * The DMN engine: rates with the DMN 1.5 decision tables generated from the criteria data (one folder per criteria
 * version, {@code org/ocop/rules/dmn/qd-26-2026/*.dmn} in this jar, with each product set's option points and star
 * minimums in models of their own, {@code option-points/I.4.a.dmn} and {@code star-minimums/I.4.a.dmn}; see
 * {@link DmnModelGenerator}), and returns the same verdicts as the Drools engine. Switch engines with one line:
 *
 * <pre>{@code
 * Rater rater = Rater.using(DmnRatingEngine.shared());
 * }</pre>
 *
 * <p>This class orchestrates (it loops over members, choices, markers and star levels and adds up points); every
 * decision is the models': option points, cumulative star minimums, the band, whether a minimum is met and whether
 * a knock-out option applies under the consensus, the rated star under the minimum policy, the outcome's
 * precedence, council rules, recognition and forwarding. It also checks, on every dossier, that the models' points
 * and minimums equal the task's, which come from the criteria data: each option chosen (its points and criterion)
 * and each criterion's cumulative minimum at every star level the rating reaches, against the dossier's own set's
 * models; and, once per version and band floors, that the star-band model has the task's floors. A model generated
 * from another data edition is an error naming the option, criterion or band, never a silently different rating.
 *
 * <p>The models are compiled with {@code DMNRuntimeBuilder} on first use (or all at once with {@link #preloaded()}):
 * a version's version-wide models on its first dossier, and a product set's two models on the first dossier of that
 * set under that version, so a start-up compiles what its first dossier needs, not every set's tables. Each
 * decision's result is remembered by its inputs (see {@code Memo}). Safe to share across threads: each evaluation
 * has its own context, compiling is guarded once per group of models, and the memo is a concurrent map. A
 * version based on another (781 on 1048) evaluates the sets whose option points equal its base's on the base's
 * compiled option points model, so that model is held once. Every {@code DMNResult} is checked: a DMN error is an
 * {@link IllegalStateException} naming the dossier, model and decision.
 */
public final class DmnRatingEngine implements RatingEngine {

    private static volatile DmnRatingEngine shared;

    /**
     * Evaluates one decision of one model of one version. A model is named by its id ({@code star-band},
     * {@code option-points/I.4.a}; see {@link ModelLayout#models}); its file is in the folder of its home
     * ({@link ModelLayout#homes}), which is another version's for a set's option points shared with a base.
     * The KIE runtime is the implementation; the seam exists so that the tests can run the very same orchestration
     * on a second, independent DMN engine (Camunda) reading the same files.
     */
    interface Decisions {
        /**
         * The decision's result ({@code null} when no rule matched).
         *
         * @throws Failure if there is no such model or decision, or the evaluation has errors
         */
        Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs);

        /** The versions this implementation has models for. */
        java.util.Set<String> versions();

        /**
         * The ids of this version's models (a version without sheets has no option points or star minimums
         * models); empty for a version it has no models for.
         */
        java.util.Set<String> models(String versionId);

        /** A decision that could not be evaluated. */
        final class Failure extends RuntimeException {
            private static final long serialVersionUID = 1L;

            /** Why. */
            enum Kind {
                /** The version has no such model. */
                NO_MODEL,
                /** The model has no such decision. */
                NO_DECISION,
                /** The evaluation reported errors. */
                ERROR
            }

            final Kind kind;

            Failure(String detail, Kind kind) {
                super(detail);
                this.kind = kind;
            }
        }
    }

    private final Decisions decisions;
    private final String name;
    /**
     * Model key → the star bands its star-band model was found to have (see {@code checkBands}): a key is checked
     * once for the floors its tasks bring, not on every dossier.
     */
    private final java.util.concurrent.ConcurrentMap<String, StarBands> bandsChecked =
            new java.util.concurrent.ConcurrentHashMap<>();

    private DmnRatingEngine(Decisions decisions, String name) {
        this.decisions = new Memo(decisions);
        this.name = name;
    }

    /**
     * Remembers each decision's result by its inputs, so that a decision is evaluated by the DMN runtime once per
     * distinct (version, model, decision, inputs) rather than once per option chosen, per criterion and per star on
     * every dossier. The model is its id, which names the product set for a set's model ({@code option-points/I.4.a}),
     * so two sets' tables never share an entry.
     *
     * <p>This is exact, not an approximation: every decision of the generated models is a decision table over its
     * named inputs only (FEEL literals, ranges and comparisons; no clock, no context beyond the inputs, see
     * {@link DmnModelGenerator}), so its result is a function of those inputs, and the models of a running engine do
     * not change. The memo is filled only from the DMN evaluation itself, so the models stay the source of every
     * number and every yes/no; a failed evaluation is not remembered and fails again next time.
     *
     * <p>The inputs are small: option ids and criterion codes of the data (bounded by the sheets), and counts and
     * sums of one council's points. The memo still stops growing at {@value #MEMO_LIMIT} entries (a few MiB); past
     * that, new inputs are evaluated every time, which is slower but gives the same results.
     */
    private static final class Memo implements Decisions {
        static final int MEMO_LIMIT = 20_000;
        private final Decisions delegate;
        private final java.util.concurrent.ConcurrentMap<Key, Result> results =
                new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * A decision and its inputs. The hash mixes each input's name and value before adding them up: a map's own
         * hash (the sum of {@code name ^ value}) collides for inputs that are small numbers, which piled the keys
         * into a few buckets of the map and made each look-up compare whole maps.
         */
        private record Key(String versionId, String model, String decision, Map<String, ?> inputs, int hash) {
            Key(String versionId, String model, String decision, Map<String, ?> inputs) {
                this(versionId, model, decision, inputs, hash(versionId, model, decision, inputs));
            }

            private static int hash(String versionId, String model, String decision, Map<String, ?> inputs) {
                int h = 0;
                for (Map.Entry<String, ?> input : inputs.entrySet()) {
                    h += mix(input.getKey().hashCode() * 31 + java.util.Objects.hashCode(input.getValue()));
                }
                return mix(((versionId.hashCode() * 31 + model.hashCode()) * 31 + decision.hashCode()) * 31 + h);
            }

            /** The finaliser of MurmurHash3: every input bit changes about half of the output bits. */
            private static int mix(int h) {
                h ^= h >>> 16;
                h *= 0x85ebca6b;
                h ^= h >>> 13;
                h *= 0xc2b2ae35;
                return h ^ (h >>> 16);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof Key k && hash == k.hash && decision.equals(k.decision)
                        && model.equals(k.model) && versionId.equals(k.versionId) && inputs.equals(k.inputs);
            }
        }

        /** A result, which may be {@code null} (no rule matched): the map cannot hold null values. */
        private record Result(Object value) {
        }

        Memo(Decisions delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
            Key key = new Key(versionId, model, decision, inputs);
            Result known = results.get(key);
            if (known != null) {
                return known.value();
            }
            Object value = delegate.evaluate(versionId, model, decision, inputs);
            if (results.size() < MEMO_LIMIT) {
                // a copy: the caller's inputs map is its own
                results.putIfAbsent(new Key(versionId, model, decision, Map.copyOf(inputs), key.hash()),
                        new Result(value));
            }
            return value;
        }

        @Override
        public java.util.Set<String> versions() {
            return delegate.versions();
        }

        @Override
        public java.util.Set<String> models(String versionId) {
            return delegate.models(versionId);
        }
    }

    /** An engine on another DMN implementation of the same models, for cross-checks in tests. */
    static DmnRatingEngine on(Decisions decisions, String name) {
        return new DmnRatingEngine(decisions, name);
    }

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
     */
    private static final class KieDecisions implements Decisions {
        /** Where the versions come from; a version's data is read on its first dossier, not before. */
        private final CriteriaCatalogue catalogue;
        /** Model key (version, with its sheet edition) → model id → the group it is compiled in. */
        private final java.util.concurrent.ConcurrentMap<String, Map<String, LazyModels>> byVersion =
                new java.util.concurrent.ConcurrentHashMap<>();
        /**
         * (home key, set) → the set's option points and star minimums models at that key, for every model key whose
         * option points model of the set lives there.
         */
        private final java.util.concurrent.ConcurrentMap<List<String>, LazyModels> setGroups =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** How many groups have been compiled; a group shared by several model keys counts once. */
        private final java.util.concurrent.atomic.AtomicInteger compilations =
                new java.util.concurrent.atomic.AtomicInteger();

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
        public java.util.Set<String> versions() {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            ModelLayout.modelled(catalogue).forEach(v -> keys.add(ModelLayout.modelKey(v)));
            return java.util.Collections.unmodifiableSet(keys);
        }

        @Override
        public java.util.Set<String> models(String versionId) {
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
            Set<LazyModels> groups = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
        private final java.util.concurrent.atomic.AtomicInteger compilations;
        private volatile CompiledModels compiled;

        LazyModels(String version, List<String> models, java.util.concurrent.atomic.AtomicInteger compilations) {
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
     * The engine over the models in this jar for every bundled version and sheet edition, built on first use: a
     * version without scoring sheets has the models that rate members' totals (band, council rules, outcome,
     * recognition), so its totals-only dossiers are decided by DMN too.
     */
    public static DmnRatingEngine shared() {
        DmnRatingEngine engine = shared;
        if (engine == null) {
            synchronized (DmnRatingEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = overShippedModels();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    /** A new engine over the models in this jar, none of them compiled yet ({@link #shared()} is one). */
    static DmnRatingEngine overShippedModels() {
        return new DmnRatingEngine(new KieDecisions(CriteriaCatalogue.bundled()), "dmn");
    }

    /**
     * Compiles some models of one version into a runtime of their own (every decision is standalone, so models need
     * no shared runtime); any model that does not load or has errors fails.
     */
    private static CompiledModels compile(String version, List<String> models) {
        List<Resource> resources = new ArrayList<>();
        ClassLoader loader = DmnRatingEngine.class.getClassLoader();
        for (String model : models) {
            String path = ModelLayout.resourcePath(version, model);
            String xml;
            try (var in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("DMN model " + path + " is missing from the classpath: the "
                            + "jar was built without DmnModelGenerator");
                }
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read DMN model " + path, e);
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
            DMNModel found = runtime.getModel(ModelLayout.namespace(version, model),
                    ModelLayout.modelName(model));
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
        Resource resource = new ReaderResource(new java.io.StringReader(xml));
        resource.setSourcePath(path);
        return resource;
    }

    private static String firstLineWith(String text, String what) {
        int at = text.indexOf(what);
        int end = text.indexOf('\n', at);
        String line = text.substring(at, end < 0 ? text.length() : end).strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /**
     * Compiles every model of every version and product set now rather than on the first dossier that needs it, for
     * a server that wants no first-dossier delay (and for measuring the memory of every version's models).
     *
     * @return this engine
     */
    public DmnRatingEngine preloaded() {
        if (decisions instanceof Memo memo && memo.delegate instanceof KieDecisions kie) {
            kie.compileAll();
        }
        return this;
    }

    /** The models compiled so far, as {@code version/model}, sorted (none for an engine not on KIE). */
    List<String> compiledModels() {
        return decisions instanceof Memo memo && memo.delegate instanceof KieDecisions kie ? kie.compiled()
                : List.of();
    }

    /**
     * How many groups of models have been compiled: a model key's version-wide models, a set's option points and
     * star minimums at the option points model's home ({@link ModelLayout#optionPointsHome}), and a set's
     * star minimums alone where its option points model lives at another key (781's sets whose sheet is 1048's). A
     * group shared by several model keys is compiled, and counted, once.
     */
    int compilations() {
        return decisions instanceof Memo memo && memo.delegate instanceof KieDecisions kie
                ? kie.compilations.get() : 0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Verdict decide(RatingTask task) {
        return new Evaluation(task).verdict();
    }

    /** One task's decisions: the state of a single {@link #decide} call, never shared. */
    private final class Evaluation {
        private final RatingTask task;
        private final int n;
        private final List<RuleFiring> firings = new ArrayList<>();
        /** The points of the choices on each criterion, in choice order; filled by {@link #optionPoints()}. */
        private final Map<String, List<Integer>> pointsByCriterion = new LinkedHashMap<>();
        /** The member of each choice of each option, in choice order; filled by {@link #optionPoints()}. */
        private final Map<String, List<String>> choosersByOption = new HashMap<>();
        /** The sum of {@link #pointsByCriterion}'s lists. */
        private final Map<String, Long> sumByCriterion = new HashMap<>();
        /** The models of the task's version in its sheet edition. */
        private final String key;
        /** The ids of the task's product set's option points and star minimums models. */
        private final String optionPointsModel;
        private final String starMinimumsModel;
        /** The task's checklist criteria by code: their ticked lines add up to a cap. */
        private final Map<String, RatingTask.Checklist> checklists = new HashMap<>();

        Evaluation(RatingTask task) {
            this.task = task;
            this.key = ModelLayout.modelKey(task.versionId(), task.sheetEdition());
            // every modelled version has its version-wide models, so no models means no such version or edition
            if (decisions.models(key).isEmpty()) {
                throw new IllegalStateException("no DMN models for criteria version " + task.versionId()
                        + (key.equals(task.versionId()) ? "" : " in sheet edition " + task.sheetEdition())
                        + " (dossier " + task.dossierId() + "); models exist for " + decisions.versions());
            }
            this.n = task.members().size();
            this.optionPointsModel = ModelLayout.optionPointsModel(task.productSet());
            this.starMinimumsModel = ModelLayout.starMinimumsModel(task.productSet());
            Set<String> models = decisions.models(key);
            if (!task.choices().isEmpty() && models.stream().noneMatch(m -> m.startsWith(
                    ModelLayout.OPTION_POINTS + "/"))) {
                throw new IllegalStateException("no DMN models of scoring sheets for criteria version "
                        + task.versionId() + " (dossier " + task.dossierId() + "): its sheets are not in the data, "
                        + "so only members' totals are rated under it");
            }
            task.checklists().forEach(c -> checklists.put(c.criterion(), c));
            checkBands();
        }

        /**
         * Checks that the version's star-band model was generated with the task's band floors, which come from the
         * criteria data: at every floor, an average of that many points is in the floor's band and one of a point
         * less in the band below, which only a table with exactly these floors gives. A corrected data edition with
         * other floors and models generated before it is an error, never a band decided on stale numbers.
         */
        private void checkBands() {
            StarBands bands = task.bands();
            if (bands.equals(bandsChecked.get(key))) {
                return;
            }
            for (int stars = 2; stars <= StarBands.MAX_STARS; stars++) {
                for (int total = bands.floor(stars) - 1; total <= bands.floor(stars); total++) {
                    int modelled = integer(evaluate("star-band", "star band", Map.of("total", total, "members", 1)));
                    int expected = bands.starsOf(total, 1);
                    if (modelled != expected) {
                        throw stale("an average of " + total + " points is in the " + modelled + "★ band in the "
                                + "DMN model, but in the " + expected + "★ band by the criteria data's band floors "
                                + bands.floors());
                    }
                }
            }
            bandsChecked.put(key, bands);
        }

        Verdict verdict() {
            int[] points = optionPoints();
            List<Verdict.MemberTotals> totals = memberTotals(points);
            long sum = totals.stream().mapToLong(Verdict.MemberTotals::total).sum();

            List<Verdict.KnockOutApplied> knockOuts = knockOuts();
            Set<String> appliedIds = knockOuts.stream().map(Verdict.KnockOutApplied::id).collect(Collectors.toSet());
            boolean disqualified = task.knockOuts().stream().anyMatch(k -> appliedIds.contains(k.id())
                    && k.kind() == KnockOutRule.Kind.DISQUALIFY);
            boolean stopped = task.knockOuts().stream().anyMatch(k -> appliedIds.contains(k.id())
                    && k.kind() == KnockOutRule.Kind.STOP);
            // a knocked-out dossier is not scored, so its council is not checked either
            List<CouncilBreach> breaches = knockOuts.isEmpty() ? breaches(totals) : List.of();

            OptionalInt band = OptionalInt.empty();
            List<RatingTask.Marker> failed = List.of();
            OptionalInt stars = OptionalInt.empty();
            boolean refused = false;
            if (knockOuts.isEmpty()) {
                int b = integer(evaluate("star-band", "star band", Map.of("total", sum, "members", n)));
                band = OptionalInt.of(b);
                failed = failedMarkers(b);
                int highestEligible = highestEligible(b);
                Map<?, ?> rated = (Map<?, ?>) evaluate("rated-star", "rated star", Map.of("minimumPolicy",
                        task.policy().minimumPolicy().name(), "band", b, "highestEligible", highestEligible));
                refused = (Boolean) rated.get("refused");
                stars = rated.get("stars") == null ? OptionalInt.empty() : OptionalInt.of(integer(rated.get("stars")));
            }
            Outcome outcome = Outcome.valueOf((String) evaluate("outcome", "outcome", Map.of("disqualified",
                    disqualified, "stopped", stopped, "breached", !breaches.isEmpty(), "refused", refused)));
            firings.add(new RuleFiring("outcome", List.of(outcome.name())));

            OptionalInt granted = OptionalInt.empty();
            Optional<Level> forwarded = Optional.empty();
            if (outcome == Outcome.RATED) {
                Map<String, Object> in = recognitionInputs(stars.getAsInt(), sum);
                Object g = evaluate("recognition", "granted stars", in);
                granted = g == null ? OptionalInt.empty() : OptionalInt.of(integer(g));
                Object f = evaluate("recognition", "forwarded to", in);
                forwarded = f == null ? Optional.empty() : Optional.of(Level.valueOf((String) f));
            } else {
                stars = OptionalInt.empty();
            }
            return Verdict.builder(outcome).members(totals).bandStars(band).stars(stars).failedMarkers(failed)
                    .knockOuts(knockOuts).breaches(breaches).grantedStars(granted).forwardedTo(forwarded)
                    .firings(firings).build();
        }

        /**
         * Every choice's points from the option points table, in choice order, checked against the task's (the
         * data's) points. Also fills the per-criterion and per-option figures the later decisions take as inputs.
         */
        private int[] optionPoints() {
            List<RatingTask.Choice> choices = task.choices();
            int[] points = new int[choices.size()];
            Map<String, Map<?, ?>> byOption = new HashMap<>();
            for (int i = 0; i < points.length; i++) {
                RatingTask.Choice choice = choices.get(i);
                Map<?, ?> row = byOption.computeIfAbsent(choice.option(), this::optionRow);
                int p = integer(row.get("points"));
                if (p != choice.points() || !choice.criterion().equals(row.get("criterion"))) {
                    throw stale("option " + choice.option() + " of set " + task.productSet() + " is " + p
                            + " points of criterion " + row.get("criterion") + " in the DMN model, but "
                            + choice.points() + " points of criterion " + choice.criterion() + " in the criteria data");
                }
                points[i] = p;
                if (checklists.containsKey(choice.criterion())) {
                    continue; // a checklist's lines: no minimums or triggers read per-criterion figures of them
                }
                pointsByCriterion.computeIfAbsent(choice.criterion(), k -> new ArrayList<>()).add(p);
                sumByCriterion.merge(choice.criterion(), (long) p, Long::sum);
                choosersByOption.computeIfAbsent(choice.option(), k -> new ArrayList<>()).add(choice.member());
            }
            return points;
        }

        private Map<?, ?> optionRow(String option) {
            Object row = evaluate(optionPointsModel, ModelLayout.optionPointsName(task.productSet()),
                    Map.of("option", option));
            if (row == null) {
                throw stale("option " + option + " of set " + task.productSet() + " is not in the DMN model");
            }
            return (Map<?, ?>) row;
        }

        private List<Verdict.MemberTotals> memberTotals(int[] points) {
            List<Verdict.MemberTotals> totals = new ArrayList<>();
            if (task.totalsOnly()) {
                // a totals-only dossier records each member's total; its parts are not known
                for (int i = 0; i < n; i++) {
                    totals.add(new Verdict.MemberTotals(task.members().get(i), task.givenTotals().get(i), 0, 0, 0));
                }
                return totals;
            }
            Map<String, int[]> byMember = new HashMap<>();
            Map<String, Map<String, Integer>> tickedByMember = new HashMap<>();
            for (String member : task.members()) {
                byMember.put(member, new int[Part.values().length]);
                tickedByMember.put(member, new LinkedHashMap<>());
            }
            List<RatingTask.Choice> choices = task.choices();
            for (int i = 0; i < points.length; i++) {
                RatingTask.Choice c = choices.get(i);
                if (checklists.containsKey(c.criterion())) {
                    tickedByMember.get(c.member()).merge(c.criterion(), points[i], Integer::sum);
                } else {
                    byMember.get(c.member())[c.part().ordinal()] += points[i];
                }
            }
            for (String member : task.members()) {
                int[] parts = byMember.get(member);
                // a checklist's ticked lines add up, never beyond the criterion's cap
                tickedByMember.get(member).forEach((criterion, sum) -> parts[checklists.get(criterion).part()
                        .ordinal()] += Math.min(checklists.get(criterion).cap(), sum));
                totals.add(new Verdict.MemberTotals(member, Arrays.stream(parts).sum(), parts[Part.A.ordinal()],
                        parts[Part.B.ordinal()], parts[Part.C.ordinal()]));
            }
            return totals;
        }

        /** The knock-out rules that apply, in task order: a council finding, or a trigger option under consensus. */
        private List<Verdict.KnockOutApplied> knockOuts() {
            Map<String, List<RatingTask.Trigger>> triggersByRule = new HashMap<>();
            task.triggers().forEach(t -> triggersByRule.computeIfAbsent(t.knockOut(), k -> new ArrayList<>()).add(t));
            List<Verdict.KnockOutApplied> applied = new ArrayList<>();
            for (RatingTask.KnockOut knockOut : task.knockOuts()) {
                if (task.findings().contains(knockOut.id())) {
                    applied.add(new Verdict.KnockOutApplied(knockOut.id(), true, List.of()));
                    firings.add(new RuleFiring("knock-out found by the council", List.of(knockOut.id())));
                    continue;
                }
                boolean triggered = false;
                List<String> chosenBy = new ArrayList<>();
                List<RatingTask.Trigger> triggers = triggersByRule.getOrDefault(knockOut.id(), List.of());
                // members who found the rule's condition on their sheet, whichever of its trigger options they chose
                Set<String> ruleMembers = new java.util.HashSet<>();
                triggers.stream().map(RatingTask.Trigger::option).distinct()
                        .forEach(o -> ruleMembers.addAll(choosers(o)));
                long ruleChoosers = ruleMembers.size();
                for (RatingTask.Trigger trigger : triggers) {
                    List<String> choosers = choosers(trigger.option());
                    boolean hit = (Boolean) evaluate("knock-out-trigger", "knock-out triggered", Map.of(
                            "consensus", task.policy().consensus().name(), "members", n, "ruleChoosers",
                            ruleChoosers, "criterionChoosers", criterionChoosers(trigger.criterion()), "pointsSum",
                            criterionSum(trigger.criterion()), "triggerPoints", trigger.points()));
                    if (hit) {
                        triggered = true;
                        choosers.forEach(who -> chosenBy.add(who + ": " + trigger.option()));
                        firings.add(new RuleFiring("knock-out trigger applies", List.of(knockOut.id(),
                                trigger.option())));
                    }
                }
                if (triggered) {
                    chosenBy.sort(Comparator.comparingInt((String e) -> task.members().indexOf(e.substring(0,
                            e.lastIndexOf(": ")))).thenComparing(Comparator.naturalOrder()));
                    applied.add(new Verdict.KnockOutApplied(knockOut.id(), false, chosenBy));
                }
            }
            return applied;
        }

        /** The markers at or below the band whose minimum the council did not meet, in task order. */
        private List<RatingTask.Marker> failedMarkers(int band) {
            List<RatingTask.Marker> failed = new ArrayList<>();
            for (RatingTask.Marker marker : task.markers()) {
                if (marker.stars() <= band && !met(marker.criterion(), marker.points())) {
                    failed.add(marker);
                    firings.add(new RuleFiring("star minimum not met", List.of(marker.option())));
                }
            }
            return failed;
        }

        /**
         * The highest star up to the band whose cumulative minimums (the star-minimums table) are all met; 1★ and
         * 2★ have none. The table's requirement must equal the one the task's markers imply.
         */
        private int highestEligible(int band) {
            Set<String> criteria = new LinkedHashSet<>(pointsByCriterion.keySet());
            Map<String, List<RatingTask.Marker>> markersByCriterion = new HashMap<>();
            for (RatingTask.Marker m : task.markers()) {
                criteria.add(m.criterion());
                markersByCriterion.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
            }
            int highest = 0;
            for (int s = 1; s <= band; s++) {
                boolean eligible = true;
                for (String criterion : criteria) {
                    int required = integer(evaluate(starMinimumsModel, ModelLayout.starMinimumName(
                            task.productSet()), Map.of("criterion", criterion, "stars", s)));
                    int fromTask = requiredByTask(markersByCriterion.getOrDefault(criterion, List.of()), s);
                    if (required != fromTask) {
                        throw stale("criterion " + criterion + " of set " + task.productSet() + " must reach "
                                + required + " points for " + s + "★ in the DMN model, but " + fromTask
                                + " by the criteria data's markers");
                    }
                    if (!met(criterion, required)) {
                        eligible = false;
                        break;
                    }
                }
                if (!eligible) {
                    break;
                }
                highest = s;
            }
            return highest;
        }

        private static int requiredByTask(List<RatingTask.Marker> markers, int stars) {
            return markers.stream().filter(m -> m.stars() <= stars).mapToInt(RatingTask.Marker::points).max()
                    .orElse(0);
        }

        private boolean met(String criterion, int required) {
            long meeting = 0;
            for (int p : pointsByCriterion.getOrDefault(criterion, List.of())) {
                meeting += p >= required ? 1 : 0;
            }
            return (Boolean) evaluate("minimum-met", "minimum met", Map.of("consensus",
                    task.policy().consensus().name(), "members", n, "meeting", meeting, "pointsSum",
                    criterionSum(criterion), "requiredPoints", required));
        }

        /** The members who chose the option, once per choice, in choice order. */
        private List<String> choosers(String option) {
            return choosersByOption.getOrDefault(option, List.of());
        }

        /** The choices on the criterion (one per member who chose on it, more if a sheet ticks several lines). */
        private long criterionChoosers(String criterion) {
            return pointsByCriterion.getOrDefault(criterion, List.of()).size();
        }

        private long criterionSum(String criterion) {
            return sumByCriterion.getOrDefault(criterion, 0L);
        }

        /** The council rules breached, in rule order, each detail naming members and totals. */
        private List<CouncilBreach> breaches(List<Verdict.MemberTotals> totals) {
            RatingTask.Policy policy = task.policy();
            RatingTask.Council council = task.council();
            Optional<String> chair = council.chair();
            Optional<String> secretary = council.secretary();
            boolean secretaryScored = secretary.isPresent() && task.members().contains(secretary.get());
            int present = n + (secretary.isPresent() && !secretaryScored ? 1 : 0);
            Verdict.MemberTotals highest = totals.get(0);
            Verdict.MemberTotals lowest = totals.get(0);
            for (Verdict.MemberTotals t : totals) {
                highest = t.total() > highest.total() ? t : highest;
                lowest = t.total() < lowest.total() ? t : lowest;
            }
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("quorum", policy.quorum());
            in.put("present", present);
            in.put("councilSize", council.size());
            in.put("chairNamed", chair.isPresent());
            in.put("chairScored", chair.isPresent() && task.members().contains(chair.get()));
            in.put("maxSpread", policy.maxSpread());
            in.put("highest", highest.total());
            in.put("lowest", lowest.total());
            in.put("secretaryMustNotScore", policy.secretaryMustNotScore());
            in.put("secretaryNamed", secretary.isPresent());
            in.put("secretaryScored", secretaryScored);
            List<CouncilBreach> breaches = new ArrayList<>();
            // one QUORUM breach naming every shortfall, in the same order as the Drools rules give them
            List<Text> quorumShort = new ArrayList<>();
            if ((Boolean) evaluate("council-rules", "quorum missed", in)) {
                int needed = Share.QUORUM.fewest(council.size());
                quorumShort.add(Messages.text("breach.quorum.short", present, council.size(), needed));
            }
            if ((Boolean) evaluate("council-rules", "chair absent", in)) {
                quorumShort.add(Messages.text("breach.quorum.chair", chair.get()));
            }
            if (!quorumShort.isEmpty()) {
                // in the order of their English text, as the Drools rules give them
                quorumShort.sort(Comparator.comparing(Object::toString));
                breaches.add(new CouncilBreach(CouncilBreach.Rule.QUORUM, Messages.join("; ", quorumShort)));
            }
            if ((Boolean) evaluate("council-rules", "spread exceeded", in)) {
                breaches.add(new CouncilBreach(CouncilBreach.Rule.SPREAD, Messages.text("breach.spread",
                        highest.member(), highest.total(), lowest.member(), lowest.total(),
                        highest.total() - lowest.total(), policy.maxSpread())));
            }
            if ((Boolean) evaluate("council-rules", "secretary scored", in)) {
                breaches.add(new CouncilBreach(CouncilBreach.Rule.SECRETARY_SCORED, Messages.text("breach.secretary",
                        secretary.get())));
            }
            breaches.sort(Comparator.comparing(CouncilBreach::rule).thenComparing(b -> b.detail()));
            breaches.forEach(b -> firings.add(new RuleFiring("council rule breached", List.of(b.rule().name()))));
            return breaches;
        }

        private Map<String, Object> recognitionInputs(int stars, long sum) {
            Map<String, Object> in = new HashMap<>();
            in.put("procedure", task.authority().procedure());
            in.put("level", task.authority().level().name());
            in.put("stars", stars);
            in.put("total", sum);
            in.put("members", n);
            return in;
        }

        /** Evaluates one decision of one model of the task's version; any DMN error is an exception. */
        private Object evaluate(String model, String decision, Map<String, ?> inputs) {
            try {
                return decisions.evaluate(key, model, decision, inputs);
            } catch (Decisions.Failure failure) {
                if (failure.kind == Decisions.Failure.Kind.NO_MODEL) {
                    throw new IllegalStateException("no DMN model " + key + "/" + model + " for decision '"
                            + decision + "' (dossier " + task.dossierId() + ", product set " + task.productSet()
                            + "); models exist for the sets " + setsWithModels());
                }
                if (failure.kind == Decisions.Failure.Kind.NO_DECISION) {
                    throw new IllegalStateException("DMN model " + key + "/" + model + " has no "
                            + "decision '" + decision + "' (dossier " + task.dossierId() + ")");
                }
                throw new IllegalStateException("DMN engine failed on dossier " + task.dossierId() + ", model "
                        + key + "/" + model + ", decision '" + decision + "', inputs " + inputs + ": "
                        + failure.getMessage());
            }
        }

        /** The file names of the sets whose option points models the task's version has, sorted. */
        private List<String> setsWithModels() {
            String prefix = ModelLayout.OPTION_POINTS + "/";
            return decisions.models(key).stream().filter(m -> m.startsWith(prefix))
                    .map(m -> m.substring(prefix.length())).sorted().toList();
        }

        private IllegalStateException stale(String detail) {
            return new IllegalStateException("DMN models of " + key + " do not match the criteria data "
                    + "edition " + task.dataEdition() + " (dossier " + task.dossierId() + "): " + detail
                    + "; regenerate the models (mvn package) from this data edition");
        }
    }

    private static int integer(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.intValueExact();
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new IllegalStateException("expected a number from the DMN model, got " + value);
    }
}
