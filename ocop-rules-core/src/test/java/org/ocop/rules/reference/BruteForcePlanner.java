package org.ocop.rules.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocop.rules.Applicability;
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.Criterion;
import org.ocop.rules.Dossier;
import org.ocop.rules.KnockOutRule;
import org.ocop.rules.MemberSheet;
import org.ocop.rules.Option;
import org.ocop.rules.Outcome;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.ScoringSheet;

/**
 * The path to the next star by exhaustive search, to check the advisor's planner against on small problems: every
 * combination of targets on a few free criteria is applied to the dossier as the README defines a step, and rated by
 * {@link ReferenceScorer} (no planner model, no engine). Plans that reach the target are sorted by criteria changed,
 * points gained and sheet order, and those that still reach it with one step dropped or lowered are left out.
 *
 * <p>Exponential on purpose: keep the free criteria to a handful. Stateless and thread-safe.
 */
public final class BruteForcePlanner {

    private BruteForcePlanner() {
    }

    /**
     * One plan found.
     *
     * @param steps criterion code → target option id, in sheet order
     * @param gain the summed member points gained
     */
    public record Found(Map<String, String> steps, long gain) {
    }

    /**
     * The minimal plans reaching {@code target}★ that change only the {@code free} criteria, best first.
     *
     * @param sheet the dossier's sheet
     */
    public static List<Found> plans(Dossier dossier, ScoringSheet sheet, CriteriaCatalogue catalogue,
            RatingSettings settings, Set<String> free, int target, int max) {
        List<Criterion> criteria = sheet.criteria().stream().filter(c -> free.contains(c.code())).toList();
        Set<String> triggers = new HashSet<>();
        for (KnockOutRule rule : sheet.knockOuts()) {
            triggers.addAll(rule.options());
        }
        Set<String> noStory = new HashSet<>();
        sheet.criteria().forEach(c -> c.onlyIf().ifPresent(a -> noStory.addAll(a.notChosen())));
        List<List<Option>> candidates = new ArrayList<>();
        for (Criterion c : criteria) {
            List<Option> options = new ArrayList<>();
            options.add(null);
            c.options().stream().filter(o -> !triggers.contains(o.id()) && !noStory.contains(o.id()))
                    .forEach(options::add);
            candidates.add(options);
        }
        long before = total(ReferenceScorer.expected(dossier, catalogue, settings));
        Map<List<Option>, Long> reaching = new HashMap<>();
        enumerate(candidates, 0, new ArrayList<>(), assignment -> {
            Optional<Dossier> changed = apply(dossier, sheet, criteria, assignment);
            if (changed.isPresent()) {
                Expected e = ReferenceScorer.expected(changed.get(), catalogue, settings);
                if (e.outcome() == Outcome.RATED && e.stars().getAsInt() >= target) {
                    reaching.put(new ArrayList<>(assignment), total(e) - before);
                }
            }
        });
        List<List<Option>> minimal = new ArrayList<>();
        for (List<Option> plan : reaching.keySet()) {
            boolean reducible = false;
            for (int j = 0; j < plan.size() && !reducible; j++) {
                Option t = plan.get(j);
                if (t == null) {
                    continue;
                }
                for (Option lower : candidates.get(j)) {
                    if (lower == null || lower.points() < t.points()) {
                        List<Option> variant = new ArrayList<>(plan);
                        variant.set(j, lower);
                        reducible |= reaching.containsKey(variant);
                    }
                }
            }
            if (!reducible) {
                minimal.add(plan);
            }
        }
        Comparator<List<Option>> order = Comparator.<List<Option>>comparingLong(p -> p.stream()
                .filter(o -> o != null).count()).thenComparingLong(reaching::get);
        order = order.thenComparing((a, b) -> {
            for (int j = 0; j < a.size(); j++) {
                int ka = key(criteria.get(j), a.get(j));
                int kb = key(criteria.get(j), b.get(j));
                if (ka != kb) {
                    return Integer.compare(ka, kb);
                }
            }
            return 0;
        });
        minimal.sort(order);
        List<Found> found = new ArrayList<>();
        for (List<Option> plan : minimal.subList(0, Math.min(max, minimal.size()))) {
            Map<String, String> steps = new LinkedHashMap<>();
            for (int j = 0; j < plan.size(); j++) {
                if (plan.get(j) != null) {
                    steps.put(criteria.get(j).code(), plan.get(j).id());
                }
            }
            found.add(new Found(steps, reaching.get(plan)));
        }
        return found;
    }

    private static int key(Criterion c, Option o) {
        return o == null ? Integer.MAX_VALUE : c.options().indexOf(o);
    }

    private static long total(Expected e) {
        return e.members().stream().mapToLong(Expected.MemberTotal::total).sum();
    }

    private static void enumerate(List<List<Option>> candidates, int j, List<Option> pick,
            java.util.function.Consumer<List<Option>> visit) {
        if (j == candidates.size()) {
            visit.accept(pick);
            return;
        }
        for (Option o : candidates.get(j)) {
            pick.add(o);
            enumerate(candidates, j + 1, pick, visit);
            pick.remove(pick.size() - 1);
        }
    }

    /**
     * The dossier with the steps applied, as the README defines them: on each stepped criterion, every member below
     * the target (in the target's case) moves to it; a criterion that starts to apply (5.2 once 5.1 tells a story)
     * is counted at its lowest option. Empty when a step moves nobody.
     */
    static Optional<Dossier> apply(Dossier dossier, ScoringSheet sheet, List<Criterion> stepped,
            List<Option> targets) {
        Map<String, Option> byCode = new HashMap<>();
        for (int j = 0; j < stepped.size(); j++) {
            if (targets.get(j) != null) {
                byCode.put(stepped.get(j).code(), targets.get(j));
            }
        }
        Set<String> moving = new HashSet<>();
        List<MemberSheet> sheets = new ArrayList<>();
        for (MemberSheet member : dossier.sheets()) {
            Map<String, String> choices = new LinkedHashMap<>(member.choices());
            for (Criterion c : sheet.criteria()) {
                if (c.onlyIf().isPresent()) {
                    Applicability a = c.onlyIf().get();
                    String on = choices.get(a.criterion());
                    boolean applies = on == null || a.appliesWhen(on);
                    if (!applies) {
                        choices.remove(c.code());
                    } else if (!choices.containsKey(c.code())) {
                        choices.put(c.code(), c.options().stream().min(Comparator.comparingInt(Option::points))
                                .orElseThrow().id());
                    }
                }
                Option t = byCode.get(c.code());
                String now = choices.get(c.code());
                if (t != null && now != null) {
                    Option current = c.option(now).orElseThrow();
                    if (current.caseLabel().equals(t.caseLabel()) && current.points() < t.points()) {
                        choices.put(c.code(), t.id());
                        moving.add(c.code());
                    }
                }
            }
            sheets.add(new MemberSheet(member.member(), choices));
        }
        if (!moving.containsAll(byCode.keySet())) {
            return Optional.empty();
        }
        return Optional.of(new Dossier(dossier.id(), dossier.productName(), dossier.producer(), dossier.productSet(),
                dossier.submittedOn(), dossier.criteriaVersion(), dossier.level(), dossier.ratedOn(),
                dossier.council(), dossier.findings(), sheets));
    }
}
