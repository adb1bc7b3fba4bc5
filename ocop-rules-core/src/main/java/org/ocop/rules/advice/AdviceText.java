package org.ocop.rules.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ocop.rules.Average;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.internal.Messages;

/**
 * Renders {@link PlanAdvice}, {@link Robustness} and {@link VersionImpact} for people, in the language asked for;
 * what the data and the dossier say (labels, ids, names) is quoted as it is.
 */
final class AdviceText {

    private AdviceText() {
    }

    /** A rating in a few words: {@code RATED 3★, average 68.40, band 3★}. */
    static String result(Rating r, Messages.Bundle m) {
        StringBuilder out = new StringBuilder(m.name(r.outcome()));
        r.stars().ifPresent(s -> out.append(' ').append(s).append('★'));
        r.displayedAverage().ifPresent(a -> out.append(m.get("result.average", a.toPlainString())));
        r.bandStars().ifPresent(b -> out.append(m.get("result.band", b)));
        return out.toString();
    }

    private static String points(Average a, Rating r) {
        return a.rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString();
    }

    /** A label short enough for one line: long printed labels carry whole requirements. */
    private static String shortLabel(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47).strip() + "…";
    }

    static String plan(PlanAdvice advice, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        Rating r = advice.rating();
        StringBuilder out = new StringBuilder();
        out.append(m.get("plan.header", advice.dossierId(), r.productSet())).append('\n');
        out.append("  ").append(m.get("plan.now", result(r, m), m.name(r.settings().minimumPolicy()),
                m.name(r.settings().consensus()))).append('\n');
        advice.targetStar().ifPresent(t -> out.append("  ").append(m.get("plan.target", t, advice.fixed().isEmpty()
                ? "" : m.get("plan.target.fixed", String.join(", ", advice.fixed())))).append('\n'));
        int i = 0;
        for (PlanAdvice.Plan plan : advice.plans()) {
            i++;
            out.append("  ").append(m.get(plan.criteriaChanged() == 1 ? "plan.plan.one" : "plan.plan.many", i,
                    plan.criteriaChanged(), points(plan.pointsGained(), r), points(plan.averageAfter(), r),
                    plan.stars())).append('\n');
            for (PlanAdvice.Step step : plan.steps()) {
                List<String> keep = new ArrayList<>(step.current().keySet());
                keep.removeAll(step.moved());
                out.append("    ").append(m.get("plan.step", step.criterion(), shortLabel(step.label()),
                        String.join("/", currentOptions(step, m)), step.checklist()
                                ? m.get("plan.step.tick", String.join(", ", step.lines())) : step.target(),
                        step.targetPoints(), points(step.pointsGained(), r), String.join(", ", step.moved()),
                        keep.isEmpty() ? "" : m.get("plan.step.keeps", String.join(", ", keep)))).append('\n');
                step.notes(locale).forEach(note -> out.append("      ").append(note).append('\n'));
            }
        }
        advice.reason(locale).ifPresent(reason -> out.append("  ").append(m.get(advice.plans().isEmpty()
                ? "plan.none" : "plan.note", reason)).append('\n'));
        return out.toString();
    }

    /** {@link PlanAdvice.Step#currentOptions()} in the bundle's language. */
    private static List<String> currentOptions(PlanAdvice.Step step, Messages.Bundle m) {
        return step.current().values().stream().map(v -> v == null ? m.get("plan.current.none")
                : v.isEmpty() ? m.get("plan.current.nothingTicked") : v).distinct().toList();
    }

    private static String star(Rating r, Messages.Bundle m) {
        if (r.isRated()) {
            return r.stars().getAsInt() + "★";
        }
        return r.bandStars().isPresent() ? m.get("advice.notRated.band", m.name(r.outcome()), r.bandStars().getAsInt())
                : m.name(r.outcome());
    }

    static String summary(Robustness rob, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        Rating r = rob.rating();
        if (rob.reasonText().isPresent()) {
            return rob.reasonText().get().in(locale);
        }
        List<String> unless = new ArrayList<>();
        for (Robustness.Dropped d : rob.leaveOneOut()) {
            if (d.resultChanges()) {
                unless.add(m.get("robustness.unless.dropped", d.member(), star(d.rating(), m)));
            }
        }
        for (Robustness.Shift s : rob.shifts()) {
            if (s.resultChanges()) {
                unless.add(m.get("robustness.unless.shift", signed(s), s.stars().isPresent()
                        ? s.stars().getAsInt() + "★" : m.name(s.outcome())));
            }
        }
        String holds = unless.isEmpty() ? m.get("robustness.holds", star(r, m))
                : m.get("robustness.holdsUnless", star(r, m), String.join(", " + m.get("robustness.or") + " ", unless));
        if (rob.leaveOneOut().isEmpty() && unless.isEmpty()) {
            holds = m.get("robustness.holds.oneSheet", star(r, m));
        }
        Robustness.Spread spread = rob.spread().orElseThrow();
        if (spread.breached()) {
            holds += m.get("robustness.spreadBreached", spread.spread(), spread.limit().getAsInt());
        }
        return holds;
    }

    private static String signed(Robustness.Shift s) {
        return (s.delta().signum() > 0 ? "+" : "−") + s.delta().abs().toPlainString();
    }

    static String robustness(Robustness rob, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        Rating r = rob.rating();
        StringBuilder out = new StringBuilder();
        out.append(m.get("robustness.header", rob.dossierId(), r.productSet())).append('\n');
        out.append("  ").append(m.get("robustness.now", result(r, m))).append('\n');
        out.append("  ").append(m.get("robustness.summary", summary(rob, locale))).append('\n');
        for (Robustness.Dropped d : rob.leaveOneOut()) {
            out.append("  ").append(m.get("robustness.without", d.member(), result(d.rating(), m)));
            d.rating().councilBreaches().forEach(b -> out.append("; ").append(m.name(b.rule())).append(": ")
                    .append(b.detail(locale)));
            out.append(d.resultChanges() ? " — " + m.get("robustness.changesResult") : d.bandChanges()
                    ? " — " + m.get("robustness.changesBand") : "").append('\n');
        }
        for (Robustness.Shift s : rob.shifts()) {
            out.append("  ").append(m.get("robustness.shift", signed(s), s.average().rounded(r.settings()
                    .displayScale(), r.settings().displayRounding()).toPlainString(), s.bandStars(),
                    m.name(s.outcome())));
            s.stars().ifPresent(st -> out.append(' ').append(st).append('★'));
            out.append(s.resultChanges() ? " — " + m.get("robustness.changesResult") : "").append('\n');
        }
        rob.spread().ifPresent(sp -> out.append("  ").append(m.get("robustness.spread", sp.spread(),
                sp.highestMember(), sp.highest(), sp.lowestMember(), sp.lowest(), sp.limit().isPresent()
                        ? m.get(sp.breached() ? "robustness.spread.exceeds" : "robustness.spread.within",
                                sp.limit().getAsInt()) : m.get("robustness.spread.noLimit"))).append('\n'));
        if (!rob.drivers().isEmpty()) {
            out.append("  ").append(m.get("robustness.drivers", String.join(", ", rob.drivers()))).append('\n');
        }
        return out.toString();
    }

    static String versionImpact(VersionImpact impact, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        Rating r = impact.baseline();
        StringBuilder out = new StringBuilder();
        out.append(m.get("versions.header", impact.dossierId(), r.productSet())).append('\n');
        String own = r.version().map(v -> named(v.version().id(), v.version().sheetEdition(), m))
                .orElse(m.get("versions.noVersion"));
        out.append("  ").append(m.get("versions.own", own, result(r, m))).append('\n');
        impact.reason(locale).ifPresent(reason -> out.append("  ").append(m.get("versions.notCompared", reason))
                .append('\n'));
        for (VersionImpact.Entry e : impact.entries()) {
            out.append("  ").append(m.get("versions.entry", named(e.versionId(), e.sheetEdition(), m),
                    e.productSet().map(s -> m.get("versions.set", s)).orElse(m.get("versions.noSet")),
                    e.basis(locale), e.status().tag(), e.rating().map(x -> result(x, m))
                            .orElse(m.get("versions.notRated")))).append('\n');
            out.append("    ").append(m.name(e.method())).append(": ").append(e.note(locale)).append('\n');
            e.carriage().ifPresent(c -> carriage(c, m, out));
            for (VersionImpact.Change c : e.changes()) {
                out.append("    ").append(m.name(c.kind()))
                        .append(c.kind() == VersionImpact.Kind.POINTS ? " " + c.subject() : "").append(": ")
                        .append(c.before(locale)).append(" → ").append(c.after(locale))
                        .append(" — ").append(c.reason(locale)).append('\n');
            }
            if (e.rating().isPresent() && e.changes().isEmpty() && e.method() != VersionImpact.Method.OWN) {
                out.append("    ").append(m.get("versions.noChange")).append('\n');
            }
        }
        return out.toString();
    }

    /** What carried criterion by criterion, member by member, and what did not, with the comparison's reason. */
    private static void carriage(VersionImpact.Carriage c, Messages.Bundle m, StringBuilder out) {
        out.append("    ").append(m.get("versions.carriage", c.source(), c.status().tag())).append('\n');
        for (VersionImpact.MemberCarriage mc : c.members()) {
            java.util.Map<org.ocop.rules.criteria.Part, Integer> p = mc.points();
            out.append("      ").append(c.complete()
                    ? m.get("versions.carriage.memberComplete", mc.member(), p.get(org.ocop.rules.criteria.Part.A),
                            p.get(org.ocop.rules.criteria.Part.B), p.get(org.ocop.rules.criteria.Part.C))
                    : m.get("versions.carriage.member", mc.member(), mc.carried().size(),
                            p.get(org.ocop.rules.criteria.Part.A), p.get(org.ocop.rules.criteria.Part.B),
                            p.get(org.ocop.rules.criteria.Part.C))).append('\n');
            if (!mc.notCarried().isEmpty()) {
                out.append("        ").append(m.get("versions.carriage.notCarried", String.join("; ",
                        mc.notCarried().stream().map(n -> m.get("versions.carriage.item", n.criterion(),
                                m.name(n.kind()), String.join(", ", n.describe(m.locale())))).toList())))
                        .append('\n');
            }
        }
        if (!c.unreached().isEmpty()) {
            out.append("      ").append(m.get("versions.carriage.unreached", String.join(", ", c.unreached())))
                    .append('\n');
        }
        if (!c.complete()) {
            out.append("      ").append(m.get("versions.carriage.noRating")).append('\n');
        }
    }

    /** A version's id, with its sheet edition when it is not the decision's own. */
    private static String named(String versionId, String sheetEdition, Messages.Bundle m) {
        return sheetEdition.equals(CriteriaVersion.DECISION_EDITION) ? versionId
                : m.get("versions.named", versionId, sheetEdition);
    }
}
