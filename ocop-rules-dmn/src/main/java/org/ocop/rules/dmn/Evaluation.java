package org.ocop.rules.dmn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.Share;

/**
 * One task's rating, step by step: the state of a single {@link DmnRatingEngine#decide} call, never shared. It
 * orchestrates — loops over members, choices, markers and star levels, adds up points (a checklist's ticked lines up
 * to the cap the data gives) and keeps the rules that fired — and asks the models ({@link TaskModels}) for every
 * decision: option points, cumulative star minimums, the band, whether a minimum is met and whether a knock-out
 * option applies under the consensus, the rated star under the minimum policy, the outcome's precedence, council
 * rules, recognition and forwarding. It then makes the engine's {@link Verdict} of the results, with the council
 * breaches' texts from the message bundles, in the order the Drools engine gives them.
 *
 * <p>Separate from the engine's front door (which holds what outlives a task) and from the models' evaluation
 * (model ids, inputs, result types and the checks against the data) so that it reads as the rating's steps only.
 */
final class Evaluation {
    private final RatingTask task;
    private final TaskModels models;
    private final int n;
    private final List<RuleFiring> firings = new ArrayList<>();
    /** The points of the choices on each criterion, in choice order; filled by {@link #optionPoints()}. */
    private final Map<String, List<Integer>> pointsByCriterion = new LinkedHashMap<>();
    /** The member of each choice of each option, in choice order; filled by {@link #optionPoints()}. */
    private final Map<String, List<String>> choosersByOption = new HashMap<>();
    /** The sum of {@link #pointsByCriterion}'s lists. */
    private final Map<String, Long> sumByCriterion = new HashMap<>();
    /** The task's checklist criteria by code: their ticked lines add up to a cap. */
    private final Map<String, RatingTask.Checklist> checklists = new HashMap<>();

    Evaluation(RatingTask task, TaskModels models) {
        this.task = task;
        this.models = models;
        this.n = task.members().size();
        task.checklists().forEach(c -> checklists.put(c.criterion(), c));
    }

    Verdict verdict() {
        int[] points = optionPoints();
        List<Verdict.MemberTotals> totals = memberTotals(points);
        // the exact average is sum / count: the members' totals over their number, or, on an average-only task,
        // the recorded decimal over its power of ten (no members, so no council rule can be checked)
        long sum = task.averageOnly() ? task.givenAverage().get().sum()
                : totals.stream().mapToLong(Verdict.MemberTotals::total).sum();
        int count = task.averageOnly() ? task.givenAverage().get().count() : n;

        List<Verdict.KnockOutApplied> knockOuts = knockOuts();
        Set<String> appliedIds = knockOuts.stream().map(Verdict.KnockOutApplied::id).collect(Collectors.toSet());
        boolean disqualified = task.knockOuts().stream().anyMatch(k -> appliedIds.contains(k.id())
                && k.kind() == KnockOutRule.Kind.DISQUALIFY);
        boolean stopped = task.knockOuts().stream().anyMatch(k -> appliedIds.contains(k.id())
                && k.kind() == KnockOutRule.Kind.STOP);
        // a knocked-out dossier is not scored, so its council is not checked either
        List<CouncilBreach> breaches = knockOuts.isEmpty() && !task.averageOnly() ? breaches(totals) : List.of();

        OptionalInt band = OptionalInt.empty();
        List<RatingTask.Marker> failed = List.of();
        OptionalInt stars = OptionalInt.empty();
        boolean refused = false;
        if (knockOuts.isEmpty()) {
            int b = models.band(sum, count);
            band = OptionalInt.of(b);
            failed = failedMarkers(b);
            TaskModels.RatedStar rated = models.ratedStar(b, highestEligible(b));
            refused = rated.refused();
            stars = rated.stars();
        }
        Outcome outcome = models.outcome(disqualified, stopped, !breaches.isEmpty(), refused);
        firings.add(new RuleFiring("outcome", List.of(outcome.name()), outcomeText(outcome)));

        OptionalInt granted = OptionalInt.empty();
        Optional<Level> forwarded = Optional.empty();
        if (outcome == Outcome.RATED) {
            TaskModels.Recognition recognition = models.recognition(stars.getAsInt(), sum, count);
            granted = recognition.granted();
            forwarded = recognition.forwardedTo();
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
        for (int i = 0; i < points.length; i++) {
            RatingTask.Choice choice = choices.get(i);
            int p = models.optionPoints(choice);
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
                firings.add(new RuleFiring("knock-out found by the council", List.of(knockOut.id()),
                        Messages.text("firing.knockOut.found")));
                continue;
            }
            boolean triggered = false;
            List<String> chosenBy = new ArrayList<>();
            List<RatingTask.Trigger> triggers = triggersByRule.getOrDefault(knockOut.id(), List.of());
            // members who found the rule's condition on their sheet, whichever of its trigger options they chose
            Set<String> ruleMembers = new HashSet<>();
            triggers.stream().map(RatingTask.Trigger::option).distinct()
                    .forEach(o -> ruleMembers.addAll(choosers(o)));
            long ruleChoosers = ruleMembers.size();
            for (RatingTask.Trigger trigger : triggers) {
                List<String> choosers = choosers(trigger.option());
                boolean hit = models.knockOutTriggered(ruleChoosers, criterionChoosers(trigger.criterion()),
                        criterionSum(trigger.criterion()), trigger.points());
                if (hit) {
                    triggered = true;
                    choosers.forEach(who -> chosenBy.add(who + ": " + trigger.option()));
                    firings.add(new RuleFiring("knock-out trigger applies", List.of(knockOut.id(),
                            trigger.option()), Messages.text("firing.knockOut.chosen")));
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
                firings.add(new RuleFiring("star minimum not met", List.of(marker.option()), minimumText()));
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
                int required = models.starMinimum(criterion, s,
                        requiredByTask(markersByCriterion.getOrDefault(criterion, List.of()), s));
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
        return models.minimumMet(meeting, criterionSum(criterion), required);
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
        TaskModels.BrokenCouncilRules broken = models.councilRules(present, chair.isPresent()
                && task.members().contains(chair.get()), secretaryScored, highest.total(), lowest.total());
        List<CouncilBreach> breaches = new ArrayList<>();
        // one QUORUM breach naming every shortfall, in the same order as the Drools rules give them
        List<Text> quorumShort = new ArrayList<>();
        if (broken.quorumMissed()) {
            int needed = Share.QUORUM.fewest(council.size());
            quorumShort.add(Messages.text("breach.quorum.short", present, council.size(), needed));
        }
        if (broken.chairAbsent()) {
            quorumShort.add(Messages.text("breach.quorum.chair", chair.get()));
        }
        if (!quorumShort.isEmpty()) {
            // in the order of their English text, as the Drools rules give them
            quorumShort.sort(Comparator.comparing(Object::toString));
            breaches.add(new CouncilBreach(CouncilBreach.Rule.QUORUM, Messages.join("; ", quorumShort)));
        }
        if (broken.spreadExceeded()) {
            breaches.add(new CouncilBreach(CouncilBreach.Rule.SPREAD, Messages.text("breach.spread",
                    highest.member(), highest.total(), lowest.member(), lowest.total(),
                    highest.total() - lowest.total(), policy.maxSpread())));
        }
        if (broken.secretaryScored()) {
            breaches.add(new CouncilBreach(CouncilBreach.Rule.SECRETARY_SCORED, Messages.text("breach.secretary",
                    secretary.get())));
        }
        breaches.sort(Comparator.comparing(CouncilBreach::rule).thenComparing(b -> b.detail()));
        breaches.forEach(b -> firings.add(new RuleFiring("council rule breached", List.of(b.rule().name()),
                breachText(b.rule()))));
        return breaches;
    }

    // The words of a firing are those of the Drools rule that takes the same step (its @text in rating.drl), so
    // that both engines' explanations read the same where they report the same thing; the names stay each
    // engine's own.

    private static Text outcomeText(Outcome outcome) {
        return switch (outcome) {
            case RATED -> Messages.text("firing.outcome.RATED");
            case REFUSED -> Messages.text("firing.outcome.REFUSED");
            case DISQUALIFIED -> Messages.text("firing.outcome.DISQUALIFIED");
            case STOPPED -> Messages.text("firing.outcome.STOPPED");
            case COUNCIL_RULE_BREACHED -> Messages.text("firing.outcome.COUNCIL_RULE_BREACHED");
            case INVALID -> throw new IllegalArgumentException("an engine never decides " + outcome);
        };
    }

    /** A failed star minimum read under the task's consensus, as the Drools rule of that consensus says it. */
    private Text minimumText() {
        return switch (task.policy().consensus()) {
            case ALL_MEMBERS -> Messages.text("firing.minimum.ALL_MEMBERS");
            case MAJORITY -> Messages.text("firing.minimum.MAJORITY");
            case AVERAGE_POINTS -> Messages.text("firing.minimum.AVERAGE_POINTS");
        };
    }

    private static Text breachText(CouncilBreach.Rule rule) {
        return switch (rule) {
            case QUORUM -> Messages.text("firing.breach.QUORUM");
            case SPREAD -> Messages.text("firing.breach.SPREAD");
            case SECRETARY_SCORED -> Messages.text("firing.breach.SECRETARY_SCORED");
        };
    }
}
