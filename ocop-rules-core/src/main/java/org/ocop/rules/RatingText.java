package org.ocop.rules;

import java.util.Map;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;

/** Renders a {@link Rating} for people: the verdict first, then why, then the numbers, then what was used. */
final class RatingText {

    private RatingText() {
    }

    static String render(Rating r) {
        StringBuilder out = new StringBuilder();
        RatingSettings s = r.settings();
        out.append("Dossier ").append(r.dossierId()).append(" — product set ").append(r.productSet()).append('\n');
        r.version().ifPresent(v -> out.append("  Criteria: ").append(v.version().id()).append(" (")
                .append(v.version().decision().number()).append(", data edition ").append(v.version().edition())
                .append(", sheet edition ").append(v.version().sheetEdition()).append("); ").append(v.reason())
                .append('\n'));
        out.append("  Outcome: ").append(r.outcome());
        r.stars().ifPresent(st -> out.append(" — ").append(st).append("★"));
        out.append('\n');
        for (Problem p : r.problems()) {
            out.append("  Problem: ").append(p.message()).append('\n');
        }
        for (KnockOutHit hit : r.knockOuts()) {
            out.append("  ").append(hit.rule().kind() == KnockOutRule.Kind.DISQUALIFY ? "Disqualified" : "Stopped")
                    .append(" by ").append(hit.rule().id()).append(" (").append(hit.rule().provenance())
                    .append(", ").append(hit.rule().provenance().status().tag()).append("): ")
                    .append(hit.rule().text()).append(" [").append(String.join("; ", hit.reasons())).append("]\n");
        }
        r.average().ifPresent(avg -> {
            out.append("  Average: ").append(r.displayedAverage().orElseThrow()).append(" (exact ").append(avg)
                    .append(')');
            if (r.partAverages().isEmpty()) {
                out.append(" of the members' totals as given (no sheets)");
            } else {
                out.append("  A ").append(display(r, Part.A)).append("  B ").append(display(r, Part.B))
                        .append("  C ").append(display(r, Part.C));
            }
            out.append('\n');
        });
        // a rating with a band has a version: the band was decided with its floors
        r.bandStars().ifPresent(b -> out.append("  Band: ").append(b).append("★")
                .append(bandText(r.version().orElseThrow().version().starBands(), b)).append('\n'));
        if (!r.failedMinimums().isEmpty()) {
            out.append("  Star minimums not met (").append(s.consensus()).append("):\n");
            for (FailedMinimum f : r.failedMinimums()) {
                out.append("    ").append(f.criterion()).append(' ').append(f.label()).append(": ")
                        .append("*".repeat(f.stars())).append(" needs ").append(f.requiredOption()).append(" (")
                        .append(f.requiredPoints()).append(" pts); chosen ")
                        .append(f.choices().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")))
                        .append(" — ").append(f.provenance()).append('\n');
            }
        }
        r.bandStars().ifPresent(b -> {
            if (r.outcome() == Outcome.RATED) {
                int st = r.stars().getAsInt();
                out.append("  Star: ").append(st).append("★ — ").append(st == b ? "the band's star, every minimum up "
                        + "to it met" : "demoted from the band's " + b + "★ (" + s.minimumPolicy()
                        + "): the highest star whose minimums are all met").append('\n');
            } else if (r.outcome() == Outcome.REFUSED) {
                out.append("  Star: refused — the band's ").append(b).append("★ has a failed minimum (")
                        .append(s.minimumPolicy()).append(")\n");
            }
        });
        r.recognition().ifPresent(rec -> out.append("  Recognition: ").append(rec.note()).append(" [")
                .append(rec.procedure()).append("]\n"));
        for (CouncilBreach b : r.councilBreaches()) {
            out.append("  Council rule breached: ").append(b.rule()).append(" — ").append(b.detail()).append('\n');
        }
        if (!r.members().isEmpty()) {
            out.append("  Members: ").append(r.members().stream().map(m -> m.member() + " " + m.total()
                    + (m.parts().isEmpty() ? "" : " (A " + m.parts().get(Part.A) + ", B " + m.parts().get(Part.B)
                            + ", C " + m.parts().get(Part.C) + ")"))
                    .collect(Collectors.joining("; "))).append('\n');
        }
        for (CriterionScore c : r.criteria()) {
            if (c.select() == Criterion.Select.ANY) {
                out.append("  Checklist ").append(c.code()).append(' ').append(c.label()).append(" (lines added up to ")
                        .append(c.maxPoints()).append("): ").append(ticks(c)).append('\n');
            }
        }
        for (String w : r.warnings()) {
            out.append("  Warning: ").append(w).append('\n');
        }
        out.append("  Used: engine ").append(r.engine()).append(", policy ").append(s.minimumPolicy())
                .append(", consensus ").append(s.consensus()).append(", display ").append(s.displayScale())
                .append(" decimals ").append(s.displayRounding()).append(s.councilRules().any()
                        ? ", council rules " + s.councilRules() : "").append('\n');
        return out.toString();
    }

    /** The criterion table: each member's choice and points, and the average. */
    static String criteriaTable(Rating r) {
        StringBuilder out = new StringBuilder();
        for (CriterionScore c : r.criteria()) {
            out.append("    ").append(c.part()).append(' ').append(c.code()).append(" [max ").append(c.maxPoints())
                    .append("] avg ").append(c.average().rounded(r.settings().displayScale(),
                            r.settings().displayRounding()))
                    .append(": ");
            if (c.select() == Criterion.Select.ANY) {
                out.append("ticked ").append(ticks(c));
            } else {
                out.append(c.choices().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "-"
                        : e.getValue() + "=" + c.points().get(e.getKey()))).collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A checklist's lines as each member ticked them, with the points they add up to (capped). */
    private static String ticks(CriterionScore c) {
        return c.ticked().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "-"
                : (e.getValue().isEmpty() ? "none" : String.join("+", e.getValue())) + "=" + c.points()
                        .get(e.getKey()))).collect(Collectors.joining(", "));
    }

    private static String display(Rating r, Part part) {
        Map<Part, Average> parts = r.partAverages();
        return parts.get(part).rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString();
    }

    /** The band's bounds, from the floors of the rating's version: {@code (70 to below 90)}. */
    private static String bandText(StarBands bands, int band) {
        if (band == 1) {
            return " (below " + bands.floor(2) + ")";
        }
        return band == StarBands.MAX_STARS ? " (" + bands.floor(band) + " and above)"
                : " (" + bands.floor(band) + " to below " + bands.floor(band + 1) + ")";
    }
}
