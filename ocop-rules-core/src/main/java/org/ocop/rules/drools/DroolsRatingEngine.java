package org.ocop.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.drools.AppliedFact;
import org.ocop.rules.internal.drools.AuthorityFact;
import org.ocop.rules.internal.drools.BandFact;
import org.ocop.rules.internal.drools.BandFloorsFact;
import org.ocop.rules.internal.drools.BreachFact;
import org.ocop.rules.internal.drools.ChecklistFact;
import org.ocop.rules.internal.drools.Described;
import org.ocop.rules.internal.drools.FindingFact;
import org.ocop.rules.internal.drools.ForwardedFact;
import org.ocop.rules.internal.drools.GivenAverageFact;
import org.ocop.rules.internal.drools.GivenTotalFact;
import org.ocop.rules.internal.drools.GrantedFact;
import org.ocop.rules.internal.drools.KnockOutFact;
import org.ocop.rules.internal.drools.MarkerFact;
import org.ocop.rules.internal.drools.MemberFact;
import org.ocop.rules.internal.drools.MemberTotalFact;
import org.ocop.rules.internal.drools.OutcomeFact;
import org.ocop.rules.internal.drools.PickFact;
import org.ocop.rules.internal.drools.RecognisesFact;
import org.ocop.rules.internal.drools.SetupFact;
import org.ocop.rules.internal.drools.StarsFact;
import org.ocop.rules.internal.drools.TickFact;
import org.ocop.rules.internal.drools.TriggerFact;
import org.ocop.rules.internal.drools.TriggeredFact;
import org.ocop.rules.internal.drools.UnmetMarkerFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools engine: the rules of {@code org/ocop/rules/internal/drools/rating.drl}, compiled to the executable model at
 * build time by {@code kie-maven-plugin} (no DRL is compiled at run time).
 *
 * <p>The knowledge base is built once and shared; it is immutable and thread-safe. Each rating runs in a session of
 * its own, taken from a pool of the knowledge base ({@code KieSessionsPool}) and given back afterwards: giving back
 * resets the session (facts, agenda, node memories), so no state leaks from one rating into the next, while the
 * per-session set-up (object-type registry, node memories) is not rebuilt for every dossier. That set-up was about
 * half of a rating's time in the engine (see BENCHMARKS.md).
 */
public final class DroolsRatingEngine implements RatingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsRatingEngine.class);
    /** Written by kie-maven-plugin: {@code META-INF/kie/<groupId>/<artifactId>/drools-model}. */
    static final String MODEL_INDEX = "META-INF/kie/org.ocop/ocop-rules-core/drools-model";

    private static volatile DroolsRatingEngine shared;

    /** The metadata of a rule in {@code rating.drl} that names the message saying what the rule does. */
    static final String TEXT_KEY = "text";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    /** Each rule's words, by the rule's name: read once from the rules' {@value #TEXT_KEY} metadata. */
    private final Map<String, Text> texts;

    private DroolsRatingEngine(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.texts = texts(kieBase);
    }

    /**
     * Each rule's words from its {@code @text("key")} in {@code rating.drl}. Every rule must have one naming a
     * message of the bundles: a rule without words is a defect of the rules, refused when the engine is built
     * rather than found in an explanation.
     */
    static Map<String, Text> texts(KieBase kieBase) {
        Map<String, Text> texts = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                Object key = rule.getMetaData().get(TEXT_KEY);
                if (!(key instanceof String k) || k.isBlank()) {
                    throw new IllegalStateException("rule \"" + rule.getName() + "\" of " + p.getName()
                            + " has no @" + TEXT_KEY + "(\"key\") naming its words in the message bundles");
                }
                texts.put(rule.getName(), Messages.text(k));
            }
        }
        return Map.copyOf(texts);
    }

    /** Each rule's words by its name (for the tests). */
    Map<String, Text> texts() {
        return texts;
    }

    /** The names of the rules, in no particular order (for the tests). */
    List<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();
    }

    /** The engine, built on first use from the classpath's compiled rules. */
    public static DroolsRatingEngine shared() {
        DroolsRatingEngine engine = shared;
        if (engine == null) {
            synchronized (DroolsRatingEngine.class) {
                engine = shared;
                if (engine == null) {
                    long start = System.nanoTime();
                    engine = new DroolsRatingEngine(KieBaseBuilder.createKieBaseFromModel(models()));
                    LOG.debug("Drools knowledge base ready in {} ms", (System.nanoTime() - start) / 1_000_000);
                    shared = engine;
                }
            }
        }
        return engine;
    }

    /**
     * The rule models kie-maven-plugin generated from {@code rating.drl}, listed in {@value #MODEL_INDEX}.
     *
     * <p>They are instantiated directly rather than through {@code KieServices}' classpath container, which finds
     * a module by its {@code pom.properties}: in a shaded (fat) jar such as {@code ocop.jar} there are many, the
     * container picks the wrong one, misses the executable model and falls back to compiling the DRL at run time,
     * which this runtime cannot do (no MVEL). Loading the models by name works in any packaging.
     */
    private static List<Model> models() {
        ClassLoader loader = DroolsRatingEngine.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the compiled rules index " + MODEL_INDEX + " is missing: the jar was "
                        + "built without kie-maven-plugin");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version:")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rules listed in " + MODEL_INDEX, e);
        }
        return models;
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public Verdict decide(RatingTask task) {
        KieSession session = sessions.newKieSession();
        List<RuleFiring> firings = new ArrayList<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    List<String> facts = new ArrayList<>();
                    for (Object fact : event.getMatch().getObjects()) {
                        if (fact instanceof MarkerFact || fact instanceof KnockOutFact || fact instanceof TriggerFact
                                || fact instanceof FindingFact || fact instanceof BreachFact
                                || fact instanceof ChecklistFact || fact instanceof GivenTotalFact
                                || fact instanceof GivenAverageFact) {
                            facts.add(((Described) fact).describe());
                        }
                    }
                    String rule = event.getMatch().getRule().getName();
                    firings.add(new RuleFiring(rule, facts, texts.get(rule)));
                }
            };
        try {
            session.addEventListener(listener);
            insert(session, task);
            session.fireAllRules();
            return verdict(session, task, firings);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Drools engine failed on dossier " + task.dossierId() + ": " + e, e);
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }

    private static void insert(KieSession session, RatingTask task) {
        for (int i = 0; i < task.members().size(); i++) {
            session.insert(new MemberFact(task.members().get(i), i));
        }
        java.util.Set<String> checklists = new java.util.HashSet<>();
        for (RatingTask.Checklist c : task.checklists()) {
            checklists.add(c.criterion());
            session.insert(new ChecklistFact(c.criterion(), c.part(), c.cap()));
        }
        for (RatingTask.Choice c : task.choices()) {
            // a checklist's lines are ticks; the rules add them up to the cap into the criterion's one pick
            session.insert(checklists.contains(c.criterion())
                    ? new TickFact(c.member(), c.criterion(), c.option(), c.points())
                    : new PickFact(c.member(), c.criterion(), c.part(), c.option(), c.points()));
        }
        for (int i = 0; i < task.givenTotals().size(); i++) {
            session.insert(new GivenTotalFact(task.members().get(i), task.givenTotals().get(i)));
        }
        task.givenAverage().ifPresent(a -> session.insert(new GivenAverageFact(Math.toIntExact(a.sum()),
                a.count())));
        for (int i = 0; i < task.markers().size(); i++) {
            RatingTask.Marker m = task.markers().get(i);
            session.insert(new MarkerFact(m.criterion(), m.option(), m.points(), m.stars(), m.source(), i));
        }
        for (int i = 0; i < task.knockOuts().size(); i++) {
            RatingTask.KnockOut k = task.knockOuts().get(i);
            session.insert(new KnockOutFact(k.id(), k.kind(), k.source(), i));
        }
        for (RatingTask.Trigger t : task.triggers()) {
            session.insert(new TriggerFact(t.knockOut(), t.criterion(), t.option(), t.points()));
        }
        task.findings().forEach(f -> session.insert(new FindingFact(f)));
        RatingTask.Policy p = task.policy();
        RatingTask.Council c = task.council();
        session.insert(new SetupFact(task.members().size(), c.size(), c.chair().orElse(null),
                c.secretary().orElse(null), p.minimumPolicy(), p.consensus(), p.quorum(),
                p.maxSpread(), p.secretaryMustNotScore()));
        RatingTask.Authority a = task.authority();
        session.insert(new AuthorityFact(a.level(), a.procedure(), a.forwardsFrom(), a.forwardsTo().orElse(null)));
        a.recognises().forEach(s -> session.insert(new RecognisesFact(s)));
        session.insert(new BandFloorsFact(task.bands()));
    }

    private static Verdict verdict(KieSession session, RatingTask task, List<RuleFiring> firings) {
        List<Verdict.MemberTotals> members = facts(session, MemberTotalFact.class).stream()
                .sorted(Comparator.comparingInt(MemberTotalFact::getIndex))
                .map(m -> new Verdict.MemberTotals(m.getMember(), m.getTotal(), m.getPartA(), m.getPartB(),
                        m.getPartC()))
                .toList();
        Outcome outcome = single(session, OutcomeFact.class, task).getOutcome();
        OptionalInt band = optionalStars(session, BandFact.class, BandFact::getStars, task);
        OptionalInt stars = outcome == Outcome.RATED
                ? optionalStars(session, StarsFact.class, StarsFact::getStars, task) : OptionalInt.empty();
        List<RatingTask.Marker> failed = facts(session, UnmetMarkerFact.class).stream()
                .map(UnmetMarkerFact::getMarker)
                .sorted(Comparator.comparingInt(MarkerFact::getIndex))
                .map(m -> task.markers().get(m.getIndex()))
                .toList();
        Map<String, List<String>> chosenBy = new LinkedHashMap<>();
        for (TriggeredFact t : facts(session, TriggeredFact.class)) {
            List<String> entries = chosenBy.computeIfAbsent(t.getKnockOut(), k -> new ArrayList<>());
            if (!t.getChosenBy().isEmpty()) {
                Arrays.stream(t.getChosenBy().split(", ")).forEach(who -> entries.add(who + ": " + t.getOption()));
            }
        }
        List<Verdict.KnockOutApplied> knockOuts = facts(session, AppliedFact.class).stream()
                .sorted(Comparator.comparingInt(AppliedFact::getIndex))
                .map(a -> new Verdict.KnockOutApplied(a.getId(), a.isFinding(),
                        a.isFinding() ? List.of() : sortedByMember(chosenBy.getOrDefault(a.getId(), List.of()), task)))
                .toList();
        List<CouncilBreach> breaches = facts(session, BreachFact.class).stream()
                .map(b -> new CouncilBreach(b.getRule(), b.getDetail()))
                .sorted(Comparator.comparing(CouncilBreach::rule).thenComparing(b -> b.detail()))
                .toList();
        OptionalInt granted = optionalStars(session, GrantedFact.class, GrantedFact::getStars, task);
        Optional<Level> forwarded = facts(session, ForwardedFact.class).stream().findFirst()
                .map(ForwardedFact::getLevel);
        return Verdict.builder(outcome).members(members).bandStars(band).stars(stars).failedMarkers(failed)
                .knockOuts(knockOuts).breaches(breaches).grantedStars(granted).forwardedTo(forwarded)
                .firings(firings).build();
    }

    private static List<String> sortedByMember(List<String> entries, RatingTask task) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((String e) -> task.members().indexOf(e.substring(0, e.lastIndexOf(": "))))
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static <T> Collection<T> facts(KieSession session, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            list.add(type.cast(o));
        }
        return list;
    }

    private static <T> T single(KieSession session, Class<T> type, RatingTask task) {
        Collection<T> all = facts(session, type);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one " + type.getSimpleName() + " for dossier "
                    + task.dossierId() + ", found " + all);
        }
        return all.iterator().next();
    }

    private static <T> OptionalInt optionalStars(KieSession session, Class<T> type,
            java.util.function.ToIntFunction<T> stars, RatingTask task) {
        Collection<T> all = facts(session, type);
        if (all.size() > 1) {
            throw new IllegalStateException("expected at most one " + type.getSimpleName() + " for dossier "
                    + task.dossierId() + ", found " + all);
        }
        return all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(stars.applyAsInt(all.iterator().next()));
    }
}
