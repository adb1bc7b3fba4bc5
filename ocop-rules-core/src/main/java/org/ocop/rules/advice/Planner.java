package org.ocop.rules.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocop.rules.Applicability;
import org.ocop.rules.Average;
import org.ocop.rules.MemberScore;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.StarModel;

/**
 * The exact search behind {@link Advisor#plan}: the fewest criteria changed, then the fewest points, that reach a
 * target star.
 *
 * <p><b>Model.</b> A step raises one criterion to a target option; every member below the target moves to it. The
 * criteria are grouped into units: a criterion alone, or a criterion with the criteria whose applicability it
 * decides (26/2026's 5.2 applies only when 5.1 is not "no story"; 1048's 5.2 and 5.3 too), since raising 5.1 out of
 * "no story" makes 5.2 count for the members who move (at its lowest option, unless a step raises it). Each unit
 * has a few alternatives — leave it, or one of its target combinations — each with a number of criteria changed, a
 * gain in summed member points (an integer, so the exact average gain is {@code gain / members}), and the highest
 * star up to which the unit's star minimums hold under the consensus. A checklist criterion (1048's tourism Part C) is
 * a unit alone whose alternatives tick a set of lines: every non-empty set of lines some member has not ticked, each
 * one criterion changed, lowered by any smaller set; it carries no minimums. A plan reaches star T when the band of the
 * new average is at least T and every unit's minimums hold up to T (DEMOTE), or up to the new band (REFUSE).
 *
 * <p><b>Exactness.</b> For a required minimum level R only the alternatives meeting R are allowed (a unit whose current
 * choices fail R must change: the forced steps). A dynamic programme over units × criteria changed × exact gain (bit
 * sets of reachable gains) tells which (changes, gain) pairs are feasible; plans are then listed in (changes, gain,
 * checklist lines ticked, sheet order) order by a search guided by that table, so the first plan found is the optimum
 * and no cheaper plan can be missed. Conditions the table cannot see (a council spread limit, minimality of further
 * plans) are checked on each listed plan and skip it, which keeps the order exact. A work limit bounds only the listing
 * of further plans.
 *
 * <p>Not thread-safe: one planner per request.
 */
final class Planner {

    /**
     * Search nodes visited at most per request while listing further plans (the first plan never needs many: the
     * table guides the search straight to it). About a second of work on a loaded machine.
     */
    static final int WORK_LIMIT = 2_000_000;

    /**
     * The most lines a checklist criterion may have for the planner, which tries each of its 2^lines − 1 sets of
     * lines (1048's tourism checklists have 3 or 4).
     */
    static final int MAX_CHECKLIST_LINES = 12;

    private final Rater rater;
    private final Dossier dossier;
    private final Rating rating;
    private final PlanRequest request;
    private final RatingSettings settings;
    private ScoringSheet sheet;
    /** The rated version's star bands, which every band and target floor of a plan is measured with. */
    private StarBands bands;
    private List<MemberSheet> members;
    private int n;
    private long startSum;
    private int[] startTotals;
    private int target;
    private final List<Unit> units = new ArrayList<>();

    Planner(Rater rater, Dossier dossier, Rating rating, PlanRequest request) {
        this.rater = rater;
        this.dossier = dossier;
        this.rating = rating;
        this.request = request;
        this.settings = rater.settings();
    }

    /** One alternative of a unit: a target (or none) per criterion of the unit. */
    private static final class Alt {
        final Option[] targets;
        final Option[][] after;
        final Option[][] base;
        final int changes;
        final long gain;
        final int[] memberGain;
        final int metUpTo;
        final int[] order;
        /** On a checklist unit: the lines the step ticks, a bit per option in printed order (0: no step). */
        final int lines;
        /** On a checklist unit: each member's ticked lines after the step; null otherwise. */
        final List<List<String>> ticked;
        /** The alternatives that are this one with one step dropped or lowered. */
        final List<Alt> lower = new ArrayList<>();

        Alt(Option[] targets, Option[][] after, Option[][] base, int changes, long gain, int[] memberGain,
                int metUpTo, int[] order) {
            this(targets, after, base, changes, gain, memberGain, metUpTo, order, 0, null);
        }

        Alt(Option[] targets, Option[][] after, Option[][] base, int changes, long gain, int[] memberGain,
                int metUpTo, int[] order, int lines, List<List<String>> ticked) {
            this.targets = targets;
            this.after = after;
            this.base = base;
            this.changes = changes;
            this.gain = gain;
            this.memberGain = memberGain;
            this.metUpTo = metUpTo;
            this.order = order;
            this.lines = lines;
            this.ticked = ticked;
        }
    }

    /** A criterion with the criteria whose applicability it decides, or a checklist criterion alone. */
    private final class Unit {
        final List<Criterion> criteria;
        final Option[][] current;
        /** A checklist criterion ({@link Criterion.Select#ANY}): its steps tick lines. */
        final boolean checklist;
        /** On a checklist unit: each member's ticked lines as they stand; null otherwise. */
        final List<List<String>> ticks;
        Alt keep;
        final List<Alt> changes = new ArrayList<>();

        Unit(List<Criterion> criteria) {
            this.criteria = criteria;
            this.current = new Option[criteria.size()][n];
            this.checklist = criteria.get(0).select() == Criterion.Select.ANY;
            if (checklist) {
                String code = criteria.get(0).code();
                ticks = members.stream().map(m -> m.ticks().getOrDefault(code, List.of())).toList();
                return;
            }
            ticks = null;
            for (int j = 0; j < criteria.size(); j++) {
                Criterion c = criteria.get(j);
                for (int m = 0; m < n; m++) {
                    String id = members.get(m).choices().get(c.code());
                    current[j][m] = id == null ? null : c.option(id).orElseThrow();
                }
            }
        }
    }

    PlanAdvice plan() {
        Optional<Text> refusal = refusal();
        if (refusal.isPresent()) {
            return none(OptionalInt.empty(), refusal.get());
        }
        int rated = rating.stars().getAsInt();
        target = request.targetStar().orElse(rated + 1);
        if (rated == 5 && request.targetStar().isEmpty()) {
            return none(OptionalInt.empty(), Messages.text("plan.already.top"));
        }
        if (target <= rated) {
            return none(OptionalInt.of(target), Messages.text("plan.already.target", rated, target));
        }
        if (dossier.isAverageOnly()) {
            // the council's average alone (a published results list): no members, no options to change
            return none(OptionalInt.of(target), Messages.text("plan.refusal.averageOnly",
                    dossier.average().orElseThrow().toPlainString()));
        }
        if (dossier.sheets().isEmpty()) {
            // members' totals only (the form most historical dossiers survive in): there are no options to change
            return none(OptionalInt.of(target), Messages.text("plan.refusal.totalsOnly", dossier.memberTotals().size()));
        }
        sheet = rating.version().orElseThrow().version().sheet(dossier.productSet());
        bands = rating.version().orElseThrow().version().starBands();
        for (String code : request.fixed()) {
            if (sheet.criterion(code).isEmpty()) {
                throw new IllegalArgumentException("dossier " + dossier.id() + ", fixed criterion: not on sheet "
                        + sheet.productSet() + " of " + rating.criteriaVersion().orElseThrow() + ": " + code
                        + "; allowed: " + sheet.criteria().stream().map(Criterion::code)
                                .collect(Collectors.joining(", ")));
            }
        }
        members = dossier.sheets();
        n = members.size();
        startTotals = rating.members().stream().mapToInt(MemberScore::total).toArray();
        startSum = rating.average().orElseThrow().sum();
        buildUnits();
        return search();
    }

    /** Why a dossier as rated gets no plan at all, if it does not. */
    private Optional<Text> refusal() {
        Text ids = Messages.join(", ", rating.knockOuts().stream().map(h -> Messages.text("plan.refusal.knockOut",
                h.rule().id(), Messages.join("; ", h.reasonTexts()))).toList());
        return switch (rating.outcome()) {
            case RATED -> Optional.empty();
            case INVALID -> Optional.of(Messages.text("plan.refusal.invalid",
                    rating.problems().get(0).messageText()));
            case DISQUALIFIED -> Optional.of(Messages.text("plan.refusal.disqualified", ids));
            case STOPPED -> Optional.of(Messages.text("plan.refusal.stopped", ids));
            case REFUSED -> Optional.of(Messages.text("plan.refusal.refused",
                    Messages.name(settings.minimumPolicy()), rating.bandStars().getAsInt(),
                    Messages.join(", ", rating.failedMinimums().stream()
                            .map(f -> Messages.text("plan.refusal.minimum", f.criterion(), f.requiredOption()))
                            .toList())));
            case COUNCIL_RULE_BREACHED -> Optional.of(Messages.text("plan.refusal.council", Messages.join("; ",
                    rating.councilBreaches().stream().map(b -> Messages.text("plan.refusal.breach",
                            Messages.name(b.rule()), b.detailText())).toList())));
        };
    }

    private PlanAdvice none(OptionalInt targetStar, Text reason) {
        return new PlanAdvice(dossier.id(), rating, targetStar, List.copyOf(request.fixed()), List.of(),
                Optional.of(reason), true);
    }

    private void buildUnits() {
        Map<String, List<Criterion>> dependents = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            c.onlyIf().filter(a -> sheet.criterion(a.criterion()).isPresent())
                    .ifPresent(a -> dependents.computeIfAbsent(a.criterion(), k -> new ArrayList<>()).add(c));
        }
        Set<String> grouped = dependents.values().stream().flatMap(List::stream).map(Criterion::code)
                .collect(Collectors.toSet());
        Set<String> triggers = new HashSet<>();
        sheet.knockOuts().forEach(rule -> triggers.addAll(rule.options()));
        for (Criterion c : sheet.criteria()) {
            if (grouped.contains(c.code())) {
                continue;
            }
            List<Criterion> criteria = new ArrayList<>();
            criteria.add(c);
            criteria.addAll(dependents.getOrDefault(c.code(), List.of()));
            if (criteria.stream().anyMatch(k -> k.select() == Criterion.Select.ANY)) {
                if (criteria.size() > 1) {
                    // the rater refuses a condition on or by a checklist, so a rated dossier never gets here
                    throw new IllegalStateException("sheet " + sheet.productSet() + ": checklist criterion in a "
                            + "condition (" + criteria.stream().map(Criterion::code).collect(Collectors.joining(", "))
                            + ") on a rated dossier; this is a defect of the advisor");
                }
                units.add(checklistUnit(c));
                continue;
            }
            Unit unit = new Unit(criteria);
            // A step never ends a product story (it would drop the dependants' points) nor picks a knock-out option.
            Set<String> notChosen = new HashSet<>();
            dependents.getOrDefault(c.code(), List.of()).forEach(d -> notChosen.addAll(d.onlyIf().get().notChosen()));
            List<List<Option>> choices = new ArrayList<>();
            for (Criterion k : criteria) {
                List<Option> targets = new ArrayList<>();
                targets.add(null);
                if (!request.fixed().contains(k.code())) {
                    k.options().stream().filter(o -> !triggers.contains(o.id()) && !notChosen.contains(o.id()))
                            .forEach(targets::add);
                }
                choices.add(targets);
            }
            Option[] pick = new Option[criteria.size()];
            combine(unit, choices, 0, pick);
            unit.changes.sort(Comparator.comparing(a -> a.order, Arrays::compare));
            for (Alt a : unit.changes) {
                if (below(unit.keep, a)) {
                    a.lower.add(unit.keep);
                }
                unit.changes.stream().filter(b -> b != a && below(b, a)).forEach(a.lower::add);
            }
            units.add(unit);
        }
    }

    /**
     * A checklist criterion's unit: leave it, or tick any non-empty set of lines that some member has not ticked
     * yet, in (number of lines, printed order of the lines) order. A set is lowered by any smaller set, down to
     * none. Checklists carry no star minimums (the rater refuses a sheet where one would), so every alternative
     * meets them up to 5★.
     */
    private Unit checklistUnit(Criterion c) {
        Unit unit = new Unit(List.of(c));
        List<Option> options = c.options();
        int count = options.size();
        if (count > MAX_CHECKLIST_LINES) {
            throw new IllegalStateException("sheet " + sheet.productSet() + ", checklist criterion " + c.code() + ": "
                    + count + " lines; the planner tries every set of lines, so it takes at most "
                    + MAX_CHECKLIST_LINES);
        }
        int[] have = new int[n];
        int all = (1 << count) - 1;
        for (int m = 0; m < n; m++) {
            for (String id : unit.ticks.get(m)) {
                have[m] |= 1 << options.indexOf(c.option(id).orElseThrow());
            }
            all &= have[m];
        }
        unit.keep = checklistAlternative(unit, 0, have);
        boolean free = !request.fixed().contains(c.code());
        for (int lines = 1; free && lines < 1 << count; lines++) {
            if ((lines & all) == 0) {
                unit.changes.add(checklistAlternative(unit, lines, have));
            }
        }
        unit.changes.sort(Comparator.comparing(a -> a.order, Arrays::compare));
        for (Alt a : unit.changes) {
            a.lower.add(unit.keep);
            unit.changes.stream().filter(b -> b != a && (b.lines & a.lines) == b.lines).forEach(a.lower::add);
        }
        return unit;
    }

    private Alt checklistAlternative(Unit unit, int lines, int[] have) {
        Criterion c = unit.criteria.get(0);
        List<Option> options = c.options();
        int[] memberGain = new int[n];
        long gain = 0;
        List<List<String>> ticked = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            memberGain[m] = capped(c, have[m] | lines) - capped(c, have[m]);
            gain += memberGain[m];
            List<String> after = new ArrayList<>(unit.ticks.get(m));
            for (int i = 0; i < options.size(); i++) {
                if ((lines >> i & 1) != 0 && (have[m] >> i & 1) == 0) {
                    after.add(options.get(i).id());
                }
            }
            ticked.add(after);
        }
        int[] order = new int[1 + Integer.bitCount(lines)];
        order[0] = lines == 0 ? Integer.MAX_VALUE : Integer.bitCount(lines);
        for (int i = 0, k = 1; i < options.size(); i++) {
            if ((lines >> i & 1) != 0) {
                order[k++] = i;
            }
        }
        return new Alt(new Option[1], null, null, lines == 0 ? 0 : 1, gain, memberGain, 5, order, lines, ticked);
    }

    /** A member's points on a checklist with these lines ticked: their sum, never beyond the cap. */
    private static int capped(Criterion c, int lines) {
        int sum = 0;
        for (int i = 0; i < c.options().size(); i++) {
            if ((lines >> i & 1) != 0) {
                sum += c.options().get(i).points();
            }
        }
        return Math.min(c.maxPoints(), sum);
    }

    private void combine(Unit unit, List<List<Option>> choices, int j, Option[] pick) {
        if (j == choices.size()) {
            Alt alt = alternative(unit, pick.clone());
            if (alt != null) {
                if (alt.changes == 0) {
                    unit.keep = alt;
                } else {
                    unit.changes.add(alt);
                }
            }
            return;
        }
        for (Option o : choices.get(j)) {
            pick[j] = o;
            combine(unit, choices, j + 1, pick);
        }
    }

    /** The alternative of these targets, or null when a target moves nobody (a step that changes nothing). */
    private Alt alternative(Unit unit, Option[] targets) {
        List<Criterion> criteria = unit.criteria;
        int size = criteria.size();
        Option[][] after = new Option[size][n];
        Option[][] base = new Option[size][n];
        boolean[] moves = new boolean[size];
        int[] memberGain = new int[n];
        long gain = 0;
        for (int m = 0; m < n; m++) {
            for (int j = 0; j < size; j++) {
                Criterion c = criteria.get(j);
                Option old = unit.current[j][m];
                Option start = old;
                if (j > 0) {
                    Applicability condition = c.onlyIf().orElseThrow();
                    Option decided = after[0][m];
                    boolean applies = decided == null || condition.appliesWhen(decided.id());
                    // A member who now tells a product story is counted at the dependant's lowest option.
                    start = !applies ? null : old != null ? old : lowest(c);
                }
                base[j][m] = start;
                Option now = start;
                Option t = targets[j];
                if (start != null && t != null && sameCase(start, t) && start.points() < t.points()) {
                    now = t;
                    moves[j] = true;
                }
                after[j][m] = now;
                int delta = points(now) - points(old);
                memberGain[m] += delta;
                gain += delta;
            }
        }
        int changes = 0;
        int[] order = new int[size];
        int metUpTo = 5;
        for (int j = 0; j < size; j++) {
            Criterion c = criteria.get(j);
            if (targets[j] != null) {
                if (!moves[j]) {
                    return null;
                }
                changes++;
                order[j] = c.options().indexOf(targets[j]);
            } else {
                order[j] = Integer.MAX_VALUE;
            }
            metUpTo = Math.min(metUpTo, StarModel.metUpTo(c, after[j], settings.consensus()));
        }
        return new Alt(targets, after, base, changes, gain, memberGain, metUpTo, order);
    }

    private static Option lowest(Criterion c) {
        return c.options().stream().min(Comparator.comparingInt(Option::points)).orElseThrow();
    }

    /** Options of a criterion with cases (the producer's legal form, the kind of tourism service) stay in case. */
    private static boolean sameCase(Option a, Option b) {
        return a.caseLabel().equals(b.caseLabel());
    }

    private static int points(Option o) {
        return o == null ? 0 : o.points();
    }

    /** A range of gains that ends at one band, with the minimum level it needs. */
    private record Window(int required, long lo, long hi, Table table) {
    }

    /** The feasibility table for one required minimum level. */
    private final class Table {
        final int required;
        final List<List<Alt>> allowed = new ArrayList<>();
        final boolean[] keepAllowed;
        final long[][][] reach;
        final int words;
        final int maxChanges;
        Text blocked;

        Table(int required) {
            this(required, -1);
        }

        /**
         * The table of the plans whose every step is necessary when the total gain exceeds the need by
         * {@code slack}: only alternatives whose {@link #reduction} is larger than the slack (all when negative).
         */
        Table(int required, long slack) {
            this.required = required;
            int u = units.size();
            keepAllowed = new boolean[u];
            long maxGain = 0;
            int changes = 0;
            for (int i = 0; i < u; i++) {
                Unit unit = units.get(i);
                keepAllowed[i] = unit.keep.metUpTo >= required;
                List<Alt> ok = unit.changes.stream().filter(a -> a.metUpTo >= required
                        && (slack < 0 || reduction(a, required) > slack)).toList();
                allowed.add(ok);
                if (!keepAllowed[i] && ok.isEmpty() && blocked == null) {
                    blocked = blocking(unit, required);
                }
                maxGain += ok.stream().mapToLong(a -> a.gain).max().orElse(0);
                changes += ok.stream().mapToInt(a -> a.changes).max().orElse(0);
            }
            maxChanges = changes;
            words = (int) (maxGain >>> 6) + 1;
            reach = new long[u + 1][][];
            reach[u] = new long[1][words];
            reach[u][0][0] = 1L;
            if (blocked != null) {
                return;
            }
            for (int i = u - 1; i >= 0; i--) {
                long[][] next = reach[i + 1];
                int kMax = next.length - 1 + allowed.get(i).stream().mapToInt(a -> a.changes).max().orElse(0);
                long[][] here = new long[kMax + 1][words];
                for (int k = 0; k <= kMax; k++) {
                    if (keepAllowed[i] && k < next.length) {
                        or(here[k], next[k], 0);
                    }
                    for (Alt a : allowed.get(i)) {
                        int rest = k - a.changes;
                        if (rest >= 0 && rest < next.length) {
                            or(here[k], next[rest], a.gain);
                        }
                    }
                }
                reach[i] = here;
            }
        }

        boolean has(int unit, int changes, long gain) {
            long[][] r = reach[unit];
            if (r == null || changes < 0 || changes >= r.length || gain < 0 || gain >= (long) words << 6) {
                return false;
            }
            return (r[changes][(int) (gain >>> 6)] >>> (gain & 63) & 1L) != 0;
        }
    }

    /**
     * How much gain dropping or lowering {@code a}'s step loses at the least, among the variants that still meet
     * the minimums up to {@code required}; {@link Long#MAX_VALUE} when there is none (the step cannot be reduced).
     * Under DEMOTE without a spread limit a plan of total gain {@code need + slack} is minimal exactly when every
     * step's reduction exceeds the slack.
     */
    private static long reduction(Alt a, int required) {
        long best = Long.MAX_VALUE;
        for (Alt b : a.lower) {
            if (b.metUpTo >= required) {
                best = Math.min(best, a.gain - b.gain);
            }
        }
        return best;
    }

    /** {@code into |= from << shift}, bits beyond the array dropped (they exceed the largest gain). */
    private static void or(long[] into, long[] from, long shift) {
        int wordShift = (int) (shift >>> 6);
        int bitShift = (int) (shift & 63);
        for (int w = into.length - 1; w >= wordShift; w--) {
            int src = w - wordShift;
            long v = from[src] << bitShift;
            if (bitShift != 0 && src > 0) {
                v |= from[src - 1] >>> (64 - bitShift);
            }
            into[w] |= v;
        }
    }

    /** Why a unit cannot meet the required minimums: a fixed criterion, or no option that meets them. */
    private Text blocking(Unit unit, int required) {
        for (int j = 0; j < unit.criteria.size(); j++) {
            Criterion c = unit.criteria.get(j);
            if (StarModel.metUpTo(c, unit.current[j], settings.consensus()) < required) {
                String markers = c.options().stream().filter(o -> o.minStars().isPresent()
                        && o.minStars().getAsInt() <= required).map(o -> o.id() + " " + "*".repeat(o.minStars()
                                .getAsInt())).collect(Collectors.joining(", "));
                return request.fixed().contains(c.code())
                        ? Messages.text("plan.blocked.fixed", c.code(), required, markers,
                                Messages.name(settings.consensus()))
                        : Messages.text("plan.blocked.criterion", c.code(), required, markers,
                                Messages.name(settings.consensus()));
            }
        }
        return Messages.text("plan.blocked.criteria", unit.criteria.stream().map(Criterion::code)
                .collect(Collectors.joining(", ")), required);
    }

    private long need(int stars) {
        return (long) bands.floor(stars) * n - startSum;
    }

    private PlanAdvice search() {
        List<Window> windows = new ArrayList<>();
        Text blocked = null;
        if (settings.minimumPolicy() == MinimumPolicy.DEMOTE) {
            Table table = new Table(target);
            windows.add(new Window(target, Math.max(0, need(target)), Long.MAX_VALUE, table));
        } else {
            // REFUSE: a plan that overshoots into a higher band must meet that band's minimums too.
            for (int b = target; b <= 5; b++) {
                long lo = Math.max(0, need(b));
                long hi = b == 5 ? Long.MAX_VALUE : need(b + 1);
                if (lo < hi) {
                    windows.add(new Window(b, lo, hi, new Table(b)));
                }
            }
        }
        for (Window w : windows) {
            if (w.table().blocked != null && blocked == null) {
                blocked = w.table().blocked;
            }
        }
        Search s = new Search(windows);
        s.run();
        Text reason = null;
        if (s.plans.isEmpty()) {
            Window first = windows.get(0);
            long best = first.table().blocked == null ? maxGain(first.table()) : 0;
            Text why = blocked != null ? blocked
                    : !s.exhaustive ? Messages.text("plan.why.workLimit", WORK_LIMIT)
                    : best < first.lo() ? Messages.text("plan.why.best", new Average(startSum + best, n)
                            .rounded(2, java.math.RoundingMode.HALF_UP), bands.floor(target))
                    : settings.councilRules().maxSpread().isPresent() ? Messages.text("plan.why.spread",
                            settings.councilRules().maxSpread().getAsInt())
                    : Messages.text("plan.why.minimums");
            reason = request.fixed().isEmpty() ? Messages.text("plan.why", target, why)
                    : Messages.text("plan.why.fixed", target, String.join(", ", request.fixed()), why);
        } else if (!s.exhaustive) {
            reason = Messages.text("plan.why.furtherPlans", WORK_LIMIT);
        }
        return new PlanAdvice(dossier.id(), rating, OptionalInt.of(target), List.copyOf(request.fixed()), s.plans,
                Optional.ofNullable(reason), s.exhaustive);
    }

    private static long maxGain(Table t) {
        long best = 0;
        for (long[] row : t.reach[0]) {
            for (int w = row.length - 1; w >= 0; w--) {
                if (row[w] != 0) {
                    best = Math.max(best, ((long) w << 6) + 63 - Long.numberOfLeadingZeros(row[w]));
                    break;
                }
            }
        }
        return best;
    }

    /** The ordered listing of plans over the windows' tables. */
    private final class Search {
        final List<Window> windows;
        final List<PlanAdvice.Plan> plans = new ArrayList<>();
        final Alt[] chosen = new Alt[units.size()];
        /** A spread limit makes minimality depend on every member's total: checked on whole plans only. */
        final boolean prune = settings.councilRules().maxSpread().isEmpty();
        /**
         * With a checklist on the sheet, plans of equal (changes, gain) are ordered by the lines they tick in total
         * before sheet order: the plans of one (changes, gain) are gathered whole, then sorted (stably, so sheet
         * order breaks the remaining ties) and confirmed. Without one every plan ticks no line and the walk's sheet
         * order is final.
         */
        final boolean byLines = units.stream().anyMatch(unit -> unit.checklist);
        final List<Alt[]> level = new ArrayList<>();
        long total;
        int work;
        boolean exhaustive = true;

        Search(List<Window> windows) {
            this.windows = windows;
        }

        void run() {
            if (settings.minimumPolicy() == MinimumPolicy.DEMOTE && prune) {
                runExact();
                return;
            }
            int kMax = windows.stream().mapToInt(w -> w.table().maxChanges).max().orElse(0);
            for (int k = 0; k <= kMax && !done(); k++) {
                for (Window w : windows) {
                    Table t = w.table();
                    if (t.blocked != null) {
                        continue;
                    }
                    long top = Math.min(w.hi(), (long) t.words << 6);
                    for (long g = w.lo(); g < top && !done(); g++) {
                        if (t.has(0, k, g)) {
                            total = g;
                            walk(t, 0, k, g);
                            flush();
                        }
                    }
                }
            }
        }

        /**
         * DEMOTE without a spread limit: minimality is a per-step condition on the slack (see {@link #reduction}),
         * so one table per slack lists exactly the minimal plans and the search never walks into a dead end.
         * Slacks beyond the largest finite reduction share one table.
         */
        private void runExact() {
            Window w = windows.get(0);
            Table base = w.table();
            if (base.blocked != null) {
                return;
            }
            long cap = 0;
            for (List<Alt> alts : base.allowed) {
                for (Alt a : alts) {
                    long r = reduction(a, target);
                    if (r != Long.MAX_VALUE) {
                        cap = Math.max(cap, r);
                    }
                }
            }
            Map<Long, Table> bySlack = new java.util.HashMap<>();
            long top = (long) base.words << 6;
            for (int k = 0; k <= base.maxChanges && !done(); k++) {
                for (long g = w.lo(); g < top && !done(); g++) {
                    if (!base.has(0, k, g)) {
                        continue;
                    }
                    long slack = Math.min(g - w.lo(), cap);
                    Table t = bySlack.computeIfAbsent(slack, x -> new Table(target, x));
                    if (t.has(0, k, g)) {
                        total = g;
                        walk(t, 0, k, g);
                        flush();
                    }
                }
            }
        }

        boolean done() {
            return plans.size() >= request.maxPlans() || !exhaustive;
        }

        private void walk(Table t, int u, int k, long g) {
            if (done()) {
                return;
            }
            if (++work > WORK_LIMIT) {
                exhaustive = false;
                return;
            }
            if (u == units.size()) {
                leaf(t);
                return;
            }
            for (Alt a : t.allowed.get(u)) {
                if (t.has(u + 1, k - a.changes, g - a.gain) && !(prune && removable(a))) {
                    chosen[u] = a;
                    walk(t, u + 1, k - a.changes, g - a.gain);
                    if (done()) {
                        return;
                    }
                }
            }
            if (t.keepAllowed[u] && t.has(u + 1, k, g)) {
                chosen[u] = units.get(u).keep;
                walk(t, u + 1, k, g);
            }
        }

        /**
         * Whether every plan of the current total gain that takes {@code a} still reaches the target with a's step
         * dropped or lowered: the other units meet the window's minimum level, so only the band of the smaller gain
         * and the variant's own minimums decide. Such plans are not minimal, so the branch is cut.
         */
        private boolean removable(Alt a) {
            for (Alt b : a.lower) {
                long gain = total - a.gain + b.gain;
                if (gain < need(target)) {
                    continue;
                }
                int band = StarModel.band(bands, new Average(startSum + gain, n));
                int required = settings.minimumPolicy() == MinimumPolicy.DEMOTE ? target : band;
                if (b.metUpTo >= required) {
                    return true;
                }
            }
            return false;
        }

        private void leaf(Table t) {
            if (!reaches(chosen) || !minimal()) {
                return;
            }
            if (byLines) {
                level.add(chosen.clone());
            } else {
                plans.add(confirm(chosen.clone()));
            }
        }

        /** Lists the plans gathered for one (changes, gain): fewer lines ticked first, then sheet order. */
        private void flush() {
            level.sort(Comparator.comparingInt(Planner::lines));
            for (Alt[] alts : level) {
                if (plans.size() < request.maxPlans()) {
                    plans.add(confirm(alts));
                }
            }
            level.clear();
        }

        /** No single step can be dropped or lowered with the plan still reaching the target. */
        private boolean minimal() {
            for (int u = 0; u < chosen.length; u++) {
                Alt a = chosen[u];
                if (a.changes == 0) {
                    continue;
                }
                for (Alt b : a.lower) {
                    chosen[u] = b;
                    boolean still = reaches(chosen);
                    chosen[u] = a;
                    if (still) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** How many checklist lines a plan ticks in all. */
    private static int lines(Alt[] alts) {
        int lines = 0;
        for (Alt a : alts) {
            lines += Integer.bitCount(a.lines);
        }
        return lines;
    }

    /**
     * Whether {@code b} is {@code a} with one step dropped or lowered: the targets differ on exactly one criterion,
     * where {@code b} has none or a target worth fewer points.
     */
    private static boolean below(Alt b, Alt a) {
        int differ = 0;
        for (int j = 0; j < a.targets.length; j++) {
            Option tb = b.targets[j];
            Option ta = a.targets[j];
            if (tb == ta) {
                continue;
            }
            if (++differ > 1 || ta == null || tb != null && tb.points() >= ta.points()) {
                return false;
            }
        }
        return differ == 1;
    }

    /** Whether these alternatives reach the target under the policy, the consensus and the spread limit. */
    private boolean reaches(Alt[] alts) {
        long gain = 0;
        int metUpTo = 5;
        int[] totals = startTotals.clone();
        for (Alt a : alts) {
            gain += a.gain;
            metUpTo = Math.min(metUpTo, a.metUpTo);
            for (int m = 0; m < n; m++) {
                totals[m] += a.memberGain[m];
            }
        }
        int band = StarModel.band(bands, new Average(startSum + gain, n));
        if (band < target) {
            return false;
        }
        int required = settings.minimumPolicy() == MinimumPolicy.DEMOTE ? target : band;
        if (metUpTo < required) {
            return false;
        }
        OptionalInt spread = settings.councilRules().maxSpread();
        if (spread.isPresent()) {
            int hi = Arrays.stream(totals).max().orElse(0);
            int lo = Arrays.stream(totals).min().orElse(0);
            return hi - lo <= spread.getAsInt();
        }
        return true;
    }

    /** The plan of these alternatives, rated by the rater's engine, which must agree that it reaches the target. */
    private PlanAdvice.Plan confirm(Alt[] alts) {
        List<Map<String, String>> choices = new ArrayList<>();
        List<Map<String, List<String>>> ticks = new ArrayList<>();
        members.forEach(m -> {
            choices.add(new LinkedHashMap<>(m.choices()));
            ticks.add(new LinkedHashMap<>(m.ticks()));
        });
        List<PlanAdvice.Step> steps = new ArrayList<>();
        long gain = 0;
        for (int u = 0; u < alts.length; u++) {
            Alt a = alts[u];
            gain += a.gain;
            if (a.changes == 0) {
                continue;
            }
            Unit unit = units.get(u);
            if (unit.checklist) {
                for (int m = 0; m < n; m++) {
                    ticks.get(m).put(unit.criteria.get(0).code(), a.ticked.get(m));
                }
                steps.add(checklistStep(unit, a));
                continue;
            }
            for (int j = 0; j < unit.criteria.size(); j++) {
                Criterion c = unit.criteria.get(j);
                for (int m = 0; m < n; m++) {
                    Option now = a.after[j][m];
                    if (now == null) {
                        choices.get(m).remove(c.code());
                    } else {
                        choices.get(m).put(c.code(), now.id());
                    }
                }
            }
            steps.addAll(steps(unit, a));
        }
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            sheets.add(MemberSheet.of(members.get(m).member(), choices.get(m), ticks.get(m)));
        }
        Dossier changed = dossier.withSheets(sheets);
        Rating after = rater.rate(changed);
        if (!after.isRated() || after.stars().getAsInt() < target) {
            throw new IllegalStateException("dossier " + dossier.id() + ": the plan " + steps.stream()
                    .map(st -> st.criterion() + "→" + st.target()).collect(Collectors.joining(", "))
                    + " should reach " + target + "★ but the " + after.engine() + " engine rates it "
                    + after.outcome() + " " + after.stars() + "; this is a defect of the advisor");
        }
        return new PlanAdvice.Plan(steps, new Average(gain, n), new Average(startSum + gain, n), after);
    }

    /** The step of a checklist alternative: the lines it ticks, each member's lines before, who gains lines. */
    private PlanAdvice.Step checklistStep(Unit unit, Alt a) {
        Criterion c = unit.criteria.get(0);
        List<String> lines = new ArrayList<>();
        int points = 0;
        for (int i = 0; i < c.options().size(); i++) {
            if ((a.lines >> i & 1) != 0) {
                lines.add(c.options().get(i).id());
                points += c.options().get(i).points();
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, List<String>> currentLines = new LinkedHashMap<>();
        List<String> moved = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            String name = members.get(m).member();
            List<String> before = unit.ticks.get(m);
            current.put(name, String.join("+", before));
            currentLines.put(name, before);
            if (a.ticked.get(m).size() > before.size()) {
                moved.add(name);
            }
        }
        return new PlanAdvice.Step(c.code(), c.label(), current, String.join("+", lines), points, moved,
                new Average(a.gain, n), List.of(), lines, currentLines);
    }

    private List<PlanAdvice.Step> steps(Unit unit, Alt a) {
        List<PlanAdvice.Step> steps = new ArrayList<>();
        for (int j = 0; j < unit.criteria.size(); j++) {
            if (a.targets[j] == null) {
                continue;
            }
            Criterion c = unit.criteria.get(j);
            Map<String, String> current = new LinkedHashMap<>();
            List<String> moved = new ArrayList<>();
            long gain = 0;
            for (int m = 0; m < n; m++) {
                String name = members.get(m).member();
                Option old = unit.current[j][m];
                current.put(name, old == null ? null : old.id());
                if (a.after[j][m] != a.base[j][m]) {
                    moved.add(name);
                }
                gain += points(a.after[j][m]) - points(a.base[j][m]);
            }
            List<Text> notes = new ArrayList<>();
            if (j == 0) {
                // the dependants that now apply are counted at their lowest option: their points belong here
                for (int d = 1; d < unit.criteria.size(); d++) {
                    List<String> now = new ArrayList<>();
                    for (int m = 0; m < n; m++) {
                        if (unit.current[d][m] == null && a.base[d][m] != null) {
                            now.add(members.get(m).member());
                            gain += points(a.base[d][m]);
                        }
                    }
                    if (!now.isEmpty()) {
                        Option low = lowest(unit.criteria.get(d));
                        notes.add(Messages.text(a.targets[d] == null ? "plan.note.nowApplies"
                                : "plan.note.nowAppliesBeforeStep", unit.criteria.get(d).code(),
                                String.join(", ", now), low.id(), low.points()));
                    }
                }
            }
            steps.add(new PlanAdvice.Step(c.code(), c.label(), current, a.targets[j].id(), a.targets[j].points(),
                    moved, new Average(gain, n), notes));
        }
        return steps;
    }
}
