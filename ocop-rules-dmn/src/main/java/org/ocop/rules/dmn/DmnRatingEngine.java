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
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.CriteriaVersion;
import org.ocop.rules.KnockOutRule;
import org.ocop.rules.Level;
import org.ocop.rules.Outcome;
import org.ocop.rules.Part;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;

/**
 * The DMN engine: rates with the DMN 1.5 decision tables generated from the criteria data (one folder per criteria
 * version, {@code org/ocop/rules/dmn/qd-26-2026/*.dmn} in this jar), and returns the same verdicts as the Drools
 * engine. Switch engines with one line:
 *
 * <pre>{@code
 * Rater rater = Rater.using(DmnRatingEngine.shared());
 * }</pre>
 *
 * <p>This class orchestrates (it loops over members, choices, markers and star levels and adds up points); every
 * decision is the models': option points, cumulative star minimums, the band, whether a minimum is met and whether
 * a knock-out option applies under the consensus, the rated star under the minimum policy, the outcome's
 * precedence, council rules, recognition and forwarding. It also checks that the models' points and minimums equal
 * the task's, which come from the criteria data: a model generated from another data edition is an error, never a
 * silently different rating.
 *
 * <p>Built once with {@code DMNRuntimeBuilder}; immutable and safe to share across threads (each evaluation has its
 * own context). Every {@code DMNResult} is checked: a DMN error is an {@link IllegalStateException} naming the
 * dossier, model and decision.
 */
public final class DmnRatingEngine implements RatingEngine {

    private static volatile DmnRatingEngine shared;

    /**
     * Evaluates one decision of one model of one version. The KIE runtime is the implementation; the seam exists so
     * that the tests can run the very same orchestration on a second, independent DMN engine (Camunda) reading the
     * same files.
     */
    interface Decisions {
        /**
         * The decision's result ({@code null} when no rule matched).
         *
         * @throws Failure if the model lacks the decision or the evaluation has errors
         */
        Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs);

        /** The versions this implementation has models for. */
        java.util.Set<String> versions();

        /** Whether it has this model of this version (a version without sheets has no option points model). */
        boolean hasModel(String versionId, String model);

        /** A decision that could not be evaluated. */
        final class Failure extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final boolean noSuchDecision;

            Failure(String detail, boolean noSuchDecision) {
                super(detail);
                this.noSuchDecision = noSuchDecision;
            }
        }
    }

    private final Decisions decisions;
    private final String name;

    private DmnRatingEngine(Decisions decisions, String name) {
        this.decisions = decisions;
        this.name = name;
    }

    /** An engine on another DMN implementation of the same models, for cross-checks in tests. */
    static DmnRatingEngine on(Decisions decisions, String name) {
        return new DmnRatingEngine(decisions, name);
    }

    /** The KIE runtime's evaluation of the shipped models. */
    private record KieDecisions(DMNRuntime runtime, Map<String, Map<String, DMNModel>> models) implements Decisions {
        @Override
        public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
            DMNModel dmnModel = models.get(versionId).get(model);
            DMNContext context = runtime.newContext();
            inputs.forEach(context::set);
            DMNResult result = runtime.evaluateByName(dmnModel, context, decision);
            if (result.hasErrors()) {
                throw new Failure(String.valueOf(result.getMessages()), false);
            }
            var decisionResult = result.getDecisionResultByName(decision);
            if (decisionResult == null) {
                throw new Failure("no decision '" + decision + "'", true);
            }
            return decisionResult.getResult();
        }

        @Override
        public java.util.Set<String> versions() {
            return models.keySet();
        }

        @Override
        public boolean hasModel(String versionId, String model) {
            return models.getOrDefault(versionId, Map.of()).containsKey(model);
        }
    }

    /**
     * The engine over the models in this jar for every bundled version, built on first use: a version without
     * scoring sheets has the models that rate members' totals (band, council rules, outcome, recognition), so its
     * totals-only dossiers are decided by DMN too.
     */
    public static DmnRatingEngine shared() {
        DmnRatingEngine engine = shared;
        if (engine == null) {
            synchronized (DmnRatingEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = load();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    private static DmnRatingEngine load() {
        List<CriteriaVersion> modelled = DmnModelGenerator.modelled(CriteriaCatalogue.bundled());
        List<String> versions = modelled.stream().map(DmnModelGenerator::modelKey).toList();
        Map<String, List<String>> modelsOf = new HashMap<>();
        modelled.forEach(v -> modelsOf.put(DmnModelGenerator.modelKey(v), DmnModelGenerator.models(v)));
        List<Resource> resources = new ArrayList<>();
        ClassLoader loader = DmnRatingEngine.class.getClassLoader();
        for (String version : versions) {
            for (String model : modelsOf.get(version)) {
                String path = DmnModelGenerator.RESOURCE_ROOT + DmnModelGenerator.folder(version) + "/" + model
                        + ".dmn";
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
        }
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                // Type checking makes an input of the wrong type an error rather than a later, vaguer FEEL error.
                .setOption(new RuntimeTypeCheckOption(true)).buildConfiguration().fromResources(resources)
                .getOrElseThrow(e -> new IllegalStateException("cannot build the DMN runtime: " + e, e));
        Map<String, Map<String, DMNModel>> models = new HashMap<>();
        for (String version : versions) {
            Map<String, DMNModel> byName = new HashMap<>();
            for (String model : modelsOf.get(version)) {
                DMNModel found = runtime.getModel(DmnModelGenerator.namespace(version, model), model);
                if (found == null) {
                    throw new IllegalStateException("DMN model " + model + " of " + version + " did not load");
                }
                if (found.hasErrors()) {
                    throw new IllegalStateException("DMN model " + model + " of " + version + " has errors: "
                            + found.getMessages());
                }
                byName.put(model, found);
            }
            models.put(version, Map.copyOf(byName));
        }
        return new DmnRatingEngine(new KieDecisions(runtime, Map.copyOf(models)), "dmn");
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
        /** The models of the task's version in its sheet edition. */
        private final String key;

        Evaluation(RatingTask task) {
            this.task = task;
            this.key = DmnModelGenerator.modelKey(task.versionId(), task.sheetEdition());
            if (!decisions.versions().contains(key)) {
                throw new IllegalStateException("no DMN models for criteria version " + task.versionId()
                        + (key.equals(task.versionId()) ? "" : " in sheet edition " + task.sheetEdition())
                        + " (dossier " + task.dossierId() + "); models exist for " + decisions.versions());
            }
            this.n = task.members().size();
            if (!task.choices().isEmpty() && !decisions.hasModel(task.versionId(), "option-points")) {
                throw new IllegalStateException("no DMN models of scoring sheets for criteria version "
                        + task.versionId() + " (dossier " + task.dossierId() + "): its sheets are not in the data, "
                        + "so only members' totals are rated under it");
            }
        }

        Verdict verdict() {
            Map<RatingTask.Choice, Integer> points = optionPoints();
            List<Verdict.MemberTotals> totals = memberTotals(points);
            long sum = totals.stream().mapToLong(Verdict.MemberTotals::total).sum();

            List<Verdict.KnockOutApplied> knockOuts = knockOuts(points);
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
                failed = failedMarkers(points, b);
                int highestEligible = highestEligible(points, b);
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
            return new Verdict(outcome, totals, band, stars, failed, knockOuts, breaches, granted, forwarded,
                    firings);
        }

        /** Every choice's points from the option points table, checked against the task's (the data's) points. */
        private Map<RatingTask.Choice, Integer> optionPoints() {
            Map<String, Map<?, ?>> byOption = new HashMap<>();
            Map<RatingTask.Choice, Integer> points = new HashMap<>();
            for (RatingTask.Choice choice : task.choices()) {
                Map<?, ?> row = byOption.computeIfAbsent(choice.option(), this::optionRow);
                int p = integer(row.get("points"));
                if (p != choice.points() || !choice.criterion().equals(row.get("criterion"))) {
                    throw stale("option " + choice.option() + " of set " + task.productSet() + " is " + p
                            + " points of criterion " + row.get("criterion") + " in the DMN model, but "
                            + choice.points() + " points of criterion " + choice.criterion() + " in the criteria data");
                }
                points.put(choice, p);
            }
            return points;
        }

        private Map<?, ?> optionRow(String option) {
            Object row = evaluate("option-points", DmnModelGenerator.optionPointsName(task.productSet()),
                    Map.of("option", option));
            if (row == null) {
                throw stale("option " + option + " of set " + task.productSet() + " is not in the DMN model");
            }
            return (Map<?, ?>) row;
        }

        private List<Verdict.MemberTotals> memberTotals(Map<RatingTask.Choice, Integer> points) {
            List<Verdict.MemberTotals> totals = new ArrayList<>();
            if (task.totalsOnly()) {
                // a totals-only dossier records each member's total; its parts are not known
                for (int i = 0; i < n; i++) {
                    totals.add(new Verdict.MemberTotals(task.members().get(i), task.givenTotals().get(i), 0, 0, 0));
                }
                return totals;
            }
            Map<String, RatingTask.Checklist> checklists = new HashMap<>();
            task.checklists().forEach(c -> checklists.put(c.criterion(), c));
            for (String member : task.members()) {
                int[] parts = new int[Part.values().length];
                Map<String, Integer> ticked = new LinkedHashMap<>();
                for (RatingTask.Choice c : task.choices()) {
                    if (c.member().equals(member)) {
                        if (checklists.containsKey(c.criterion())) {
                            ticked.merge(c.criterion(), points.get(c), Integer::sum);
                        } else {
                            parts[c.part().ordinal()] += points.get(c);
                        }
                    }
                }
                // a checklist's ticked lines add up, never beyond the criterion's cap
                ticked.forEach((criterion, sum) -> parts[checklists.get(criterion).part().ordinal()] +=
                        Math.min(checklists.get(criterion).cap(), sum));
                totals.add(new Verdict.MemberTotals(member, Arrays.stream(parts).sum(), parts[Part.A.ordinal()],
                        parts[Part.B.ordinal()], parts[Part.C.ordinal()]));
            }
            return totals;
        }

        /** The knock-out rules that apply, in task order: a council finding, or a trigger option under consensus. */
        private List<Verdict.KnockOutApplied> knockOuts(Map<RatingTask.Choice, Integer> points) {
            List<Verdict.KnockOutApplied> applied = new ArrayList<>();
            for (RatingTask.KnockOut knockOut : task.knockOuts()) {
                if (task.findings().contains(knockOut.id())) {
                    applied.add(new Verdict.KnockOutApplied(knockOut.id(), true, List.of()));
                    firings.add(new RuleFiring("knock-out found by the council", List.of(knockOut.id())));
                    continue;
                }
                boolean triggered = false;
                List<String> chosenBy = new ArrayList<>();
                List<RatingTask.Trigger> triggers = task.triggers().stream()
                        .filter(t -> t.knockOut().equals(knockOut.id())).toList();
                Set<String> triggerOptions = triggers.stream().map(RatingTask.Trigger::option)
                        .collect(Collectors.toSet());
                // members who found the rule's condition on their sheet, whichever of its trigger options they chose
                long ruleChoosers = task.choices().stream().filter(c -> triggerOptions.contains(c.option()))
                        .map(RatingTask.Choice::member).distinct().count();
                for (RatingTask.Trigger trigger : triggers) {
                    List<String> choosers = task.choices().stream().filter(c -> c.option().equals(trigger.option()))
                            .map(RatingTask.Choice::member).toList();
                    long criterionChoosers = task.choices().stream()
                            .filter(c -> c.criterion().equals(trigger.criterion())).count();
                    long pointsSum = criterionSum(points, trigger.criterion());
                    boolean hit = (Boolean) evaluate("knock-out-trigger", "knock-out triggered", Map.of(
                            "consensus", task.policy().consensus().name(), "members", n, "ruleChoosers",
                            ruleChoosers, "criterionChoosers", criterionChoosers, "pointsSum", pointsSum,
                            "triggerPoints", trigger.points()));
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
        private List<RatingTask.Marker> failedMarkers(Map<RatingTask.Choice, Integer> points, int band) {
            List<RatingTask.Marker> failed = new ArrayList<>();
            for (RatingTask.Marker marker : task.markers()) {
                if (marker.stars() <= band && !met(points, marker.criterion(), marker.points())) {
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
        private int highestEligible(Map<RatingTask.Choice, Integer> points, int band) {
            Set<String> criteria = new LinkedHashSet<>();
            // checklist criteria carry no minimums (a sheet combining them is refused before any engine runs)
            Set<String> checklists = task.checklists().stream().map(RatingTask.Checklist::criterion)
                    .collect(Collectors.toSet());
            task.choices().stream().filter(c -> !checklists.contains(c.criterion()))
                    .forEach(c -> criteria.add(c.criterion()));
            task.markers().forEach(m -> criteria.add(m.criterion()));
            int highest = 0;
            for (int s = 1; s <= band; s++) {
                boolean eligible = true;
                for (String criterion : criteria) {
                    int required = integer(evaluate("star-minimums", DmnModelGenerator.starMinimumName(
                            task.productSet()), Map.of("criterion", criterion, "stars", s)));
                    int fromTask = requiredByTask(criterion, s);
                    if (required != fromTask) {
                        throw stale("criterion " + criterion + " of set " + task.productSet() + " must reach "
                                + required + " points for " + s + "★ in the DMN model, but " + fromTask
                                + " by the criteria data's markers");
                    }
                    if (!met(points, criterion, required)) {
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

        private int requiredByTask(String criterion, int stars) {
            return task.markers().stream().filter(m -> m.criterion().equals(criterion) && m.stars() <= stars)
                    .mapToInt(RatingTask.Marker::points).max().orElse(0);
        }

        private boolean met(Map<RatingTask.Choice, Integer> points, String criterion, int required) {
            long meeting = task.choices().stream().filter(c -> c.criterion().equals(criterion)
                    && points.get(c) >= required).count();
            return (Boolean) evaluate("minimum-met", "minimum met", Map.of("consensus",
                    task.policy().consensus().name(), "members", n, "meeting", meeting, "pointsSum",
                    criterionSum(points, criterion), "requiredPoints", required));
        }

        private long criterionSum(Map<RatingTask.Choice, Integer> points, String criterion) {
            return task.choices().stream().filter(c -> c.criterion().equals(criterion)).mapToLong(points::get).sum();
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
            List<String> quorumShort = new ArrayList<>();
            if ((Boolean) evaluate("council-rules", "quorum missed", in)) {
                int needed = (council.size() * 3 + 3) / 4;
                quorumShort.add(present + " of " + council.size() + " members took part; at least " + needed
                        + " (three quarters) required");
            }
            if ((Boolean) evaluate("council-rules", "chair absent", in)) {
                quorumShort.add("the chair " + chair.get() + " did not score");
            }
            if (!quorumShort.isEmpty()) {
                Collections.sort(quorumShort);
                breaches.add(new CouncilBreach(CouncilBreach.Rule.QUORUM, String.join("; ", quorumShort)));
            }
            if ((Boolean) evaluate("council-rules", "spread exceeded", in)) {
                breaches.add(new CouncilBreach(CouncilBreach.Rule.SPREAD, "highest " + highest.member() + " "
                        + highest.total() + ", lowest " + lowest.member() + " " + lowest.total() + ": spread "
                        + (highest.total() - lowest.total()) + " > " + policy.maxSpread()));
            }
            if ((Boolean) evaluate("council-rules", "secretary scored", in)) {
                breaches.add(new CouncilBreach(CouncilBreach.Rule.SECRETARY_SCORED, "the secretary "
                        + secretary.get() + " handed in a sheet"));
            }
            breaches.sort(Comparator.comparing(CouncilBreach::rule).thenComparing(CouncilBreach::detail));
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
                if (failure.noSuchDecision) {
                    throw new IllegalStateException("DMN model " + key + "/" + model + " has no "
                            + "decision '" + decision + "' (dossier " + task.dossierId() + ")");
                }
                throw new IllegalStateException("DMN engine failed on dossier " + task.dossierId() + ", model "
                        + key + "/" + model + ", decision '" + decision + "', inputs " + inputs + ": "
                        + failure.getMessage());
            }
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
