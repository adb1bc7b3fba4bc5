package org.ocop.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.internal.Messages;

/**
 * An auditor's replay of a dossier: the rating recomputed under the criteria of its date (or the version asked
 * for), compared with what was recorded, each difference classified by its most likely cause.
 *
 * @param rating the recomputed rating, with its version, edition and policies
 * @param recorded what was recorded, if the dossier says
 * @param discrepancies the differences, in field order (criteria version, data edition, average, stars, level)
 */
public record Replay(Rating rating, Optional<RecordedResult> recorded, List<Discrepancy> discrepancies) {

    /** Validates and copies. */
    public Replay {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(recorded, "recorded");
        discrepancies = List.copyOf(discrepancies);
    }

    /**
     * Whether nothing differs between the record and the replay. With nothing recorded nothing can differ, so this
     * is true: check {@link #recorded()} to tell "agrees" from "nothing to compare".
     */
    public boolean agrees() {
        return discrepancies.isEmpty();
    }

    /**
     * The recorded fields this replay does not check, in record order: {@code decision} and {@code decidedOn}
     * (what an authority decided, which no rating recomputes), and {@code stars} when the rating could not check
     * everything a star depends on ({@link Rating#unchecked()} is not empty: the recorded star is then compared with
     * the band's star only). Only fields the record gives; empty without a record.
     */
    public List<String> uncheckedFields() {
        if (recorded.isEmpty()) {
            return List.of();
        }
        RecordedResult rec = recorded.get();
        List<String> fields = new java.util.ArrayList<>();
        if (rec.stars().isPresent() && !rating.unchecked().isEmpty()) {
            fields.add("stars");
        }
        rec.decision().ifPresent(d -> fields.add("decision"));
        rec.decidedOn().ifPresent(d -> fields.add("decidedOn"));
        return List.copyOf(fields);
    }

    /** The report for people, in English: what was replayed, under what, and each difference with its cause. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /**
     * {@link #explain()} in the language of {@code locale}: Vietnamese for {@code vi}, else English; see {@link Text}.
     */
    public String explain(Locale locale) {
        Messages.Bundle m = Messages.in(locale);
        StringBuilder out = new StringBuilder();
        Rating r = rating;
        out.append(m.get("replay.header", r.dossierId(), r.version().map(v -> m.get("replay.header.version",
                        v.version().id(), v.version().decision().number(), v.version().edition(),
                        v.version().sheetEdition(), m.name(v.rule()))).orElse(m.get("replay.header.noVersion")),
                m.name(r.settings().minimumPolicy()), m.name(r.settings().consensus()), r.settings().displayScale(),
                m.name(r.settings().displayRounding()))).append('\n');
        out.append("  ").append(recorded.map(rec -> m.get("replay.recorded", describe(rec, m)))
                .orElse(m.get("replay.recorded.nothing"))).append('\n');
        out.append("  ").append(m.get("replay.result", m.name(r.outcome()))).append(r.stars().isPresent() ? " "
                + r.stars().getAsInt() + "★" : "").append(r.displayedAverage().map(a -> m.get("result.average",
                        a.toPlainString())).orElse(""))
                .append(r.bandStars().isPresent() ? m.get("result.band", r.bandStars().getAsInt()) : "")
                .append(r.recognition().map(rec -> ", " + rec.note(locale)).orElse("")).append('\n');
        if (recorded.isEmpty()) {
            out.append("  ").append(m.get("replay.nothingToCompare")).append('\n');
        } else if (discrepancies.isEmpty()) {
            out.append("  ").append(m.get("replay.agrees")).append('\n');
        }
        for (Discrepancy d : discrepancies) {
            out.append("  ").append(m.get("replay.differs", d.describe(locale))).append('\n');
        }
        if (recorded.isPresent() && !r.unchecked().isEmpty()) {
            String checks = r.unchecked().stream().map(u -> u.words().in(locale)).collect(Collectors.joining(", "));
            List<String> fields = uncheckedFields();
            // a record of the average and level only leaves no recorded field unchecked: no empty list is printed
            out.append("  ").append(fields.isEmpty() ? m.get("replay.notChecked.noFields", checks)
                    : m.get("replay.notChecked", checks, String.join(", ", fields))).append('\n');
        }
        r.problems().forEach(p -> out.append("  ").append(m.get("rating.problem", p.message(locale))).append('\n'));
        return out.toString();
    }

    private static String describe(RecordedResult rec, Messages.Bundle m) {
        return List.of(rec.average().map(a -> m.get("replay.recorded.average", a.toPlainString())),
                        rec.stars().isPresent() ? Optional.of(rec.stars().getAsInt() + "★") : Optional.<String>empty(),
                        rec.level().map(l -> m.get("replay.recorded.level", m.name(l))),
                        rec.decision().map(d -> m.get("replay.recorded.decision", d)),
                        rec.decidedOn().map(d -> m.get("replay.recorded.decidedOn", d)),
                        rec.criteriaVersion().map(v -> m.get("replay.recorded.criteria", v)),
                        rec.dataEdition().map(e -> m.get("replay.recorded.edition", e)))
                .stream().flatMap(Optional::stream).collect(Collectors.joining(", "));
    }
}
