package org.ocop.rules.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocop.rules.Applicability;
import org.ocop.rules.Outcome;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * The path to the next star by exhaustive search, to check the advisor's planner against on small problems: every
 * combination of targets on a few free criteria is applied to the dossier as docs/reference/decision-support.md defines a step, and rated by
 * {@link ReferenceScorer} (no planner model, no engine). On a checklist criterion the targets are every non-empty set
 * of lines that some member has not ticked. Plans that reach the target are sorted by criteria changed, points gained,
 * lines ticked in all, and sheet order (on a checklist: fewer lines, then the lines' printed order), and those that
 * still reach it with one step dropped or lowered (on a checklist: a smaller set of lines) are left out.
 *
 * <p>Exponential on purpose: keep the free criteria to a handful. Stateless and thread-safe.
 */
public final class BruteForcePlanner {

    private BruteForcePlanner() {
    }

    /**
     * One plan found.
     *
     * @param steps criterion code → target option id (on a checklist the lines ticked, joined by {@code +}), in
     *     sheet order
     * @param gain the summed member points gained
     */
    public record Found(Map<String, String> steps, long gain) {
    }

    /**
     * A step's target on one criterion: an option, or on a checklist the lines ticked (a bit per option in printed
     * order).
     */
    private record Pick(Option option, int lines) {

        boolean lowers(Pick higher) {
            return option != null ? option.points() < higher.option().points()
                    : lines != higher.lines() && (lines & higher.lines()) == lines;
        }
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
        List<List<Pick>> candidates = new ArrayList<>();
        for (Criterion c : criteria) {
            List<Pick> options = new ArrayList<>();
            options.add(null);
            if (c.select() == Criterion.Select.ANY) {
                for (int lines = 1; lines < 1 << c.options().size(); lines++) {
                    options.add(new Pick(null, lines));
                }
            } else {
                c.options().stream().filter(o -> !triggers.contains(o.id()) && !noStory.contains(o.id()))
                        .forEach(o -> options.add(new Pick(o, 0)));
            }
            candidates.add(options);
        }
        long before = total(ReferenceScorer.expected(dossier, catalogue, settings));
        Map<List<Pick>, Long> reaching = new HashMap<>();
        enumerate(candidates, 0, new ArrayList<>(), assignment -> {
            Optional<Dossier> changed = apply(dossier, sheet, criteria, assignment);
            if (changed.isPresent()) {
                Expected e = ReferenceScorer.expected(changed.get(), catalogue, settings);
                if (e.outcome() == Outcome.RATED && e.stars().getAsInt() >= target) {
                    reaching.put(new ArrayList<>(assignment), total(e) - before);
                }
            }
        });
        List<List<Pick>> minimal = new ArrayList<>();
        for (List<Pick> plan : reaching.keySet()) {
            boolean reducible = false;
            for (int j = 0; j < plan.size() && !reducible; j++) {
                Pick t = plan.get(j);
                if (t == null) {
                    continue;
                }
                for (Pick lower : candidates.get(j)) {
                    if (lower == null || lower.lowers(t)) {
                        List<Pick> variant = new ArrayList<>(plan);
                        variant.set(j, lower);
                        reducible |= reaching.containsKey(variant);
                    }
                }
            }
            if (!reducible) {
                minimal.add(plan);
            }
        }
        Comparator<List<Pick>> order = Comparator.<List<Pick>>comparingLong(p -> p.stream()
                .filter(o -> o != null).count()).thenComparingLong(reaching::get)
                .thenComparingInt(p -> p.stream().filter(o -> o != null).mapToInt(o -> Integer.bitCount(o.lines()))
                        .sum());
        order = order.thenComparing((a, b) -> {
            for (int j = 0; j < a.size(); j++) {
                int diff = Arrays.compare(key(criteria.get(j), a.get(j)), key(criteria.get(j), b.get(j)));
                if (diff != 0) {
                    return diff;
                }
            }
            return 0;
        });
        minimal.sort(order);
        List<Found> found = new ArrayList<>();
        for (List<Pick> plan : minimal.subList(0, Math.min(max, minimal.size()))) {
            Map<String, String> steps = new LinkedHashMap<>();
            for (int j = 0; j < plan.size(); j++) {
                Pick p = plan.get(j);
                if (p != null) {
                    steps.put(criteria.get(j).code(), p.option() != null ? p.option().id()
                            : String.join("+", lines(criteria.get(j), p.lines())));
                }
            }
            found.add(new Found(steps, reaching.get(plan)));
        }
        return found;
    }

    /**
     * Sheet order on one criterion: a step before none, a lower option first; on a checklist fewer lines first,
     * then the lines' printed order.
     */
    private static int[] key(Criterion c, Pick p) {
        if (p == null) {
            return new int[] {Integer.MAX_VALUE};
        }
        if (p.option() != null) {
            return new int[] {c.options().indexOf(p.option())};
        }
        int[] key = new int[1 + Integer.bitCount(p.lines())];
        key[0] = Integer.bitCount(p.lines());
        for (int i = 0, k = 1; i < c.options().size(); i++) {
            if ((p.lines() >> i & 1) != 0) {
                key[k++] = i;
            }
        }
        return key;
    }

    private static List<String> lines(Criterion c, int lines) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < c.options().size(); i++) {
            if ((lines >> i & 1) != 0) {
                ids.add(c.options().get(i).id());
            }
        }
        return ids;
    }

    private static long total(Expected e) {
        return e.members().stream().mapToLong(Expected.MemberTotal::total).sum();
    }

    private static void enumerate(List<List<Pick>> candidates, int j, List<Pick> pick,
            java.util.function.Consumer<List<Pick>> visit) {
        if (j == candidates.size()) {
            visit.accept(pick);
            return;
        }
        for (Pick o : candidates.get(j)) {
            pick.add(o);
            enumerate(candidates, j + 1, pick, visit);
            pick.remove(pick.size() - 1);
        }
    }

    /**
     * The dossier with the steps applied, as docs/reference/decision-support.md defines them: on each stepped criterion, every member below
     * the target (in the target's case) moves to it; a criterion that starts to apply (5.2 once 5.1 tells a story)
     * is counted at its lowest option. On a checklist, the lines are added to every member's ticked lines. Empty when
     * a step moves nobody, or ticks a line every member has ticked already.
     */
    private static Optional<Dossier> apply(Dossier dossier, ScoringSheet sheet, List<Criterion> stepped,
            List<Pick> targets) {
        Map<String, Option> byCode = new HashMap<>();
        Map<String, List<String>> ticking = new HashMap<>();
        for (int j = 0; j < stepped.size(); j++) {
            Pick p = targets.get(j);
            if (p != null && p.option() != null) {
                byCode.put(stepped.get(j).code(), p.option());
            } else if (p != null) {
                String code = stepped.get(j).code();
                List<String> lines = lines(stepped.get(j), p.lines());
                if (lines.stream().anyMatch(line -> dossier.sheets().stream().allMatch(m -> m.ticks()
                        .getOrDefault(code, List.of()).contains(line)))) {
                    return Optional.empty();
                }
                ticking.put(code, lines);
            }
        }
        Set<String> moving = new HashSet<>();
        List<MemberSheet> sheets = new ArrayList<>();
        for (MemberSheet member : dossier.sheets()) {
            Map<String, String> choices = new LinkedHashMap<>(member.choices());
            Map<String, List<String>> ticks = new LinkedHashMap<>(member.ticks());
            ticking.forEach((code, lines) -> {
                List<String> now = new ArrayList<>(ticks.getOrDefault(code, List.of()));
                lines.stream().filter(line -> !now.contains(line)).forEach(now::add);
                ticks.put(code, now);
            });
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
            sheets.add(MemberSheet.of(member.member(), choices, ticks));
        }
        if (!moving.containsAll(byCode.keySet())) {
            return Optional.empty();
        }
        return Optional.of(dossier.withSheets(sheets));
    }
}
