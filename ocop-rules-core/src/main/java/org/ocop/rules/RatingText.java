package org.ocop.rules;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.internal.Messages;

/**
 * Renders a {@link Rating} for people: the verdict first, then why, then the numbers, then what was used. Every
 * phrase comes from the message bundles, in the language asked for; what the data and the dossier say (labels,
 * ids, names, sources) is quoted as it is.
 */
final class RatingText {

    private RatingText() {
    }

    static String render(Rating r, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        StringBuilder out = new StringBuilder();
        RatingSettings s = r.settings();
        out.append(m.get("rating.header", r.dossierId(), r.productSet())).append('\n');
        r.version().ifPresent(v -> out.append("  ").append(m.get("rating.criteria", v.version().id(),
                v.version().decision().number(), v.version().edition(), v.version().sheetEdition(),
                v.reason(locale))).append('\n'));
        out.append("  ").append(m.get("rating.outcome", m.name(r.outcome())));
        r.stars().ifPresent(st -> out.append(" — ").append(st).append("★"));
        out.append('\n');
        for (Problem p : r.problems()) {
            out.append("  ").append(m.get("rating.problem", p.message(locale))).append('\n');
        }
        for (KnockOutHit hit : r.knockOuts()) {
            out.append("  ").append(m.get(hit.rule().kind() == KnockOutRule.Kind.DISQUALIFY
                    ? "rating.knockOut.disqualified" : "rating.knockOut.stopped", hit.rule().id(),
                    hit.rule().provenance(), hit.rule().provenance().status().tag(), hit.rule().text(),
                    String.join("; ", hit.reasons(locale)))).append('\n');
        }
        // only an average-only dossier has an average without members
        boolean averageOnly = r.average().isPresent() && r.members().isEmpty();
        r.average().ifPresent(avg -> {
            out.append("  ");
            if (averageOnly) {
                out.append(m.get("rating.average.given", r.displayedAverage().orElseThrow(), avg));
            } else if (r.partAverages().isEmpty()) {
                out.append(m.get("rating.average.totals", r.displayedAverage().orElseThrow(), avg));
            } else {
                out.append(m.get("rating.average.parts", r.displayedAverage().orElseThrow(), avg,
                        display(r, Part.A), display(r, Part.B), display(r, Part.C)));
            }
            out.append('\n');
        });
        // a rating with a band has a version: the band was decided with its floors
        r.bandStars().ifPresent(b -> out.append("  ").append(m.get("rating.band", b,
                bandText(r.version().orElseThrow().version().starBands(), b, m))).append('\n'));
        if (!r.failedMinimums().isEmpty()) {
            out.append("  ").append(m.get("rating.minimums", m.name(s.consensus()))).append('\n');
            for (FailedMinimum f : r.failedMinimums()) {
                out.append("    ").append(m.get("rating.minimum", f.criterion(), f.label(), "*".repeat(f.stars()),
                        f.requiredOption(), f.requiredPoints(), f.choices().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                        f.provenance())).append('\n');
            }
        }
        r.bandStars().ifPresent(b -> {
            if (r.outcome() == Outcome.RATED) {
                int st = r.stars().getAsInt();
                out.append("  ").append(st == b && averageOnly && r.unchecked().contains(Unchecked.STAR_MINIMUMS)
                        ? m.get("rating.star.bandUnchecked", st) : st == b ? m.get("rating.star.band", st)
                        : m.get("rating.star.demoted", st, b, m.name(s.minimumPolicy()))).append('\n');
            } else if (r.outcome() == Outcome.REFUSED) {
                out.append("  ").append(m.get("rating.star.refused", b, m.name(s.minimumPolicy()))).append('\n');
            }
        });
        r.recognition().ifPresent(rec -> out.append("  ").append(m.get("rating.recognition", rec.note(locale),
                rec.procedure())).append('\n'));
        for (CouncilBreach b : r.councilBreaches()) {
            out.append("  ").append(m.get("rating.councilBreach", m.name(b.rule()), b.detail(locale))).append('\n');
        }
        if (!r.members().isEmpty()) {
            out.append("  ").append(m.get("rating.members", r.members().stream().map(ms -> ms.member() + " "
                    + ms.total() + (ms.parts().isEmpty() ? "" : " (A " + ms.parts().get(Part.A) + ", B "
                            + ms.parts().get(Part.B) + ", C " + ms.parts().get(Part.C) + ")"))
                    .collect(Collectors.joining("; ")))).append('\n');
        }
        for (CriterionScore c : r.criteria()) {
            if (c.select() == Criterion.Select.ANY) {
                out.append("  ").append(m.get("rating.checklist", c.code(), c.label(), c.maxPoints(), ticks(c, m)))
                        .append('\n');
            }
        }
        for (String w : r.warnings(locale)) {
            out.append("  ").append(m.get("rating.warning", w)).append('\n');
        }
        out.append("  ").append(m.get("rating.used", r.engine(), m.name(s.minimumPolicy()), m.name(s.consensus()),
                s.displayScale(), m.name(s.displayRounding()), s.councilRules().any()
                        ? m.get("rating.used.council", councilRules(s.councilRules()).in(locale)) : ""))
                .append('\n');
        return out.toString();
    }

    /** The criterion table: each member's choice and points, and the average. */
    static String criteriaTable(Rating r, Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        StringBuilder out = new StringBuilder();
        for (CriterionScore c : r.criteria()) {
            String choices = c.select() == Criterion.Select.ANY ? m.get("rating.criterion.ticked", ticks(c, m))
                    : c.choices().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "-"
                            : e.getValue() + "=" + c.points().get(e.getKey()))).collect(Collectors.joining(", "));
            out.append("    ").append(m.get("rating.criterion", c.part(), c.code(), c.maxPoints(),
                    c.average().rounded(r.settings().displayScale(), r.settings().displayRounding()), choices))
                    .append('\n');
        }
        return out.toString();
    }

    /** A checklist's lines as each member ticked them, with the points they add up to (capped). */
    private static String ticks(CriterionScore c, Messages.Bundle m) {
        return c.ticked().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "-"
                : (e.getValue().isEmpty() ? m.get("rating.ticks.none") : String.join("+", e.getValue())) + "="
                        + c.points().get(e.getKey()))).collect(Collectors.joining(", "));
    }

    private static String display(Rating r, Part part) {
        Map<Part, Average> parts = r.partAverages();
        return parts.get(part).rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString();
    }

    /**
     * The council rules switched on, in words ({@code quorum of three quarters with the chair, secretary must not
     * score}): the record's own {@code toString()} is for programmers, not for a council.
     */
    static Text councilRules(CouncilRules rules) {
        java.util.List<Text> on = new java.util.ArrayList<>();
        if (rules.quorum()) {
            on.add(Messages.text("councilRules.quorum"));
        }
        rules.maxSpread().ifPresent(max -> on.add(Messages.text("councilRules.maxSpread", max)));
        if (rules.secretaryMustNotScore()) {
            on.add(Messages.text("councilRules.secretaryMustNotScore"));
        }
        return Messages.join(", ", on);
    }

    /** The band's bounds in words, from the floors of the rating's version: {@code 70 to below 90}. */
    private static String bandText(StarBands bands, int band, Messages.Bundle m) {
        if (band == 1) {
            return m.get("band.lowest", bands.floor(2));
        }
        return band == StarBands.MAX_STARS ? m.get("band.highest", bands.floor(band))
                : m.get("band.between", bands.floor(band), bands.floor(band + 1));
    }
}
