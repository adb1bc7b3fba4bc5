package org.ocop.rules.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ocop.rules.Average;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaVersion;

/** Renders {@link PlanAdvice}, {@link Robustness} and {@link VersionImpact} for people. */
final class AdviceText {

    private AdviceText() {
    }

    /** A rating in a few words: {@code RATED 3★, average 68.40, band 3★}. */
    static String result(Rating r) {
        StringBuilder out = new StringBuilder(r.outcome().name());
        r.stars().ifPresent(s -> out.append(' ').append(s).append('★'));
        r.displayedAverage().ifPresent(a -> out.append(", average ").append(a.toPlainString()));
        r.bandStars().ifPresent(b -> out.append(", band ").append(b).append('★'));
        return out.toString();
    }

    private static String points(Average a, Rating r) {
        return a.rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString();
    }

    /** A label short enough for one line: long printed labels carry whole requirements. */
    private static String shortLabel(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47).strip() + "…";
    }

    static String plan(PlanAdvice advice) {
        Rating r = advice.rating();
        StringBuilder out = new StringBuilder();
        out.append("Plan for dossier ").append(advice.dossierId()).append(" — product set ").append(r.productSet())
                .append('\n');
        out.append("  Now: ").append(result(r)).append(" (").append(r.settings().minimumPolicy()).append(", ")
                .append(r.settings().consensus()).append(")\n");
        advice.targetStar().ifPresent(t -> out.append("  Target: ").append(t).append('★')
                .append(advice.fixed().isEmpty() ? "" : "; fixed: " + String.join(", ", advice.fixed()))
                .append('\n'));
        int i = 0;
        for (PlanAdvice.Plan plan : advice.plans()) {
            i++;
            out.append("  Plan ").append(i).append(": ").append(plan.criteriaChanged())
                    .append(plan.criteriaChanged() == 1 ? " criterion" : " criteria").append(", +")
                    .append(points(plan.pointsGained(), r)).append(" points → average ")
                    .append(points(plan.averageAfter(), r)).append(", rated ").append(plan.stars()).append("★\n");
            for (PlanAdvice.Step step : plan.steps()) {
                List<String> keep = new ArrayList<>(step.current().keySet());
                keep.removeAll(step.moved());
                out.append("    ").append(step.criterion()).append(' ').append(shortLabel(step.label())).append(": ")
                        .append(String.join("/", step.currentOptions()))
                        .append(step.checklist() ? " → tick " + String.join(", ", step.lines()) : " → "
                                + step.target())
                        .append(" (").append(step.targetPoints()).append(" pts), +")
                        .append(points(step.pointsGained(), r)).append("; moves ")
                        .append(String.join(", ", step.moved()))
                        .append(keep.isEmpty() ? "" : "; keeps: " + String.join(", ", keep)).append('\n');
                step.notes().forEach(note -> out.append("      ").append(note).append('\n'));
            }
        }
        advice.reason().ifPresent(reason -> out.append("  ").append(advice.plans().isEmpty() ? "No plan: " : "Note: ")
                .append(reason).append('\n'));
        return out.toString();
    }

    private static String star(Rating r) {
        return r.isRated() ? r.stars().getAsInt() + "★" : r.outcome().name()
                + r.bandStars().stream().mapToObj(b -> " (band " + b + "★)").collect(Collectors.joining());
    }

    static String summary(Robustness rob) {
        Rating r = rob.rating();
        if (rob.reason().isPresent()) {
            return rob.reason().get();
        }
        List<String> unless = new ArrayList<>();
        for (Robustness.Dropped d : rob.leaveOneOut()) {
            if (d.resultChanges()) {
                unless.add("the sheet of " + d.member() + " is dropped (" + star(d.rating()) + ")");
            }
        }
        for (Robustness.Shift s : rob.shifts()) {
            if (s.resultChanges()) {
                unless.add("every total moves by " + signed(s) + " (" + (s.stars().isPresent()
                        ? s.stars().getAsInt() + "★" : s.outcome().name()) + ")");
            }
        }
        String holds = star(r) + (unless.isEmpty() ? " holds if any one sheet is dropped and if every total moves by"
                + " up to ±1 point" : " holds unless " + String.join(", or ", unless));
        if (rob.leaveOneOut().isEmpty() && unless.isEmpty()) {
            holds = star(r) + " holds if every total moves by up to ±1 point (one sheet: none to drop)";
        }
        Robustness.Spread spread = rob.spread().orElseThrow();
        if (spread.breached()) {
            holds += "; the member spread of " + spread.spread() + " points exceeds the limit of "
                    + spread.limit().getAsInt();
        }
        return holds;
    }

    private static String signed(Robustness.Shift s) {
        return (s.delta().signum() > 0 ? "+" : "−") + s.delta().abs().toPlainString();
    }

    static String robustness(Robustness rob) {
        Rating r = rob.rating();
        StringBuilder out = new StringBuilder();
        out.append("Robustness of dossier ").append(rob.dossierId()).append(" — product set ").append(r.productSet())
                .append('\n');
        out.append("  Now: ").append(result(r)).append('\n');
        out.append("  Summary: ").append(summary(rob)).append('\n');
        for (Robustness.Dropped d : rob.leaveOneOut()) {
            out.append("  Without ").append(d.member()).append(": ").append(result(d.rating()));
            d.rating().councilBreaches().forEach(b -> out.append("; ").append(b.rule()).append(": ")
                    .append(b.detail()));
            out.append(d.resultChanges() ? " — changes the result" : d.bandChanges() ? " — changes the band" : "")
                    .append('\n');
        }
        for (Robustness.Shift s : rob.shifts()) {
            out.append("  Every total ").append(signed(s)).append(": average ")
                    .append(s.average().rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString())
                    .append(", band ").append(s.bandStars()).append("★, ").append(s.outcome());
            s.stars().ifPresent(st -> out.append(' ').append(st).append('★'));
            out.append(s.resultChanges() ? " — changes the result" : "").append('\n');
        }
        rob.spread().ifPresent(sp -> out.append("  Spread: ").append(sp.spread()).append(" points (highest ")
                .append(sp.highestMember()).append(' ').append(sp.highest()).append(", lowest ")
                .append(sp.lowestMember()).append(' ').append(sp.lowest()).append(")")
                .append(sp.limit().isPresent() ? (sp.breached() ? ", exceeds the limit of " : ", within the limit of ")
                        + sp.limit().getAsInt() : ", no limit set").append('\n'));
        if (!rob.drivers().isEmpty()) {
            out.append("  Drivers: ").append(String.join(", ", rob.drivers())).append('\n');
        }
        return out.toString();
    }

    static String versionImpact(VersionImpact impact) {
        Rating r = impact.baseline();
        StringBuilder out = new StringBuilder();
        out.append("Versions for dossier ").append(impact.dossierId()).append(" — product set ").append(r.productSet())
                .append('\n');
        out.append("  Own: ").append(r.criteriaVersion().orElse("no version")).append(r.version()
                .map(v -> v.version().sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                        : " (sheet edition " + v.version().sheetEdition() + ")").orElse("")).append(": ")
                .append(result(r)).append('\n');
        impact.reason().ifPresent(reason -> out.append("  Not compared: ").append(reason).append('\n'));
        for (VersionImpact.Entry e : impact.entries()) {
            out.append("  ").append(e.versionId())
                    .append(e.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                            : " (sheet edition " + e.sheetEdition() + ")")
                    .append(e.productSet().map(s -> ", set " + s).orElse(", no matching set")).append(" [")
                    .append(e.basis()).append(", ").append(e.status().tag()).append("]: ")
                    .append(e.rating().map(AdviceText::result).orElse("not rated")).append('\n');
            out.append("    ").append(e.method()).append(": ").append(e.note()).append('\n');
            for (VersionImpact.Change c : e.changes()) {
                out.append("    ").append(c.kind()).append(c.kind() == VersionImpact.Kind.POINTS ? " " + c.subject()
                        : "").append(": ").append(c.before()).append(" → ").append(c.after()).append(" — ")
                        .append(c.reason()).append('\n');
            }
            if (e.rating().isPresent() && e.changes().isEmpty() && e.method() != VersionImpact.Method.OWN) {
                out.append("    no change\n");
            }
        }
        return out.toString();
    }
}
