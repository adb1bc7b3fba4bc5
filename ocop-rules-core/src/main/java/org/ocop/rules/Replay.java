package org.ocop.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.dossier.RecordedResult;

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

    /** The report for people: what was replayed, under what, and each difference with its cause. */
    public String explain() {
        StringBuilder out = new StringBuilder();
        Rating r = rating;
        out.append("Replay of dossier ").append(r.dossierId()).append(" under ")
                .append(r.version().map(v -> v.version().id() + " (" + v.version().decision().number()
                        + ", data edition " + v.version().edition() + ", sheet edition " + v.version().sheetEdition()
                        + "; " + v.rule() + ")").orElse("no version"))
                .append(", policy ").append(r.settings().minimumPolicy()).append(", consensus ")
                .append(r.settings().consensus()).append(", display ").append(r.settings().displayScale())
                .append(" decimals ").append(r.settings().displayRounding()).append('\n');
        recorded.ifPresentOrElse(rec -> out.append("  Recorded: ").append(describe(rec)).append('\n'),
                () -> out.append("  Recorded: nothing\n"));
        out.append("  Replay: ").append(r.outcome()).append(r.stars().isPresent() ? " " + r.stars().getAsInt() + "★"
                : "").append(r.displayedAverage().map(a -> ", average " + a.toPlainString()).orElse(""))
                .append(r.bandStars().isPresent() ? ", band " + r.bandStars().getAsInt() + "★" : "")
                .append(r.recognition().map(rec -> ", " + rec.note()).orElse("")).append('\n');
        if (recorded.isEmpty()) {
            out.append("  Nothing recorded to compare.\n");
        } else if (discrepancies.isEmpty()) {
            out.append("  Agrees with the record.\n");
        }
        for (Discrepancy d : discrepancies) {
            out.append("  Differs: ").append(d).append('\n');
        }
        r.problems().forEach(p -> out.append("  Problem: ").append(p.message()).append('\n'));
        return out.toString();
    }

    private static String describe(RecordedResult rec) {
        return List.of(rec.average().map(a -> "average " + a.toPlainString()),
                        rec.stars().isPresent() ? Optional.of(rec.stars().getAsInt() + "★") : Optional.<String>empty(),
                        rec.level().map(l -> "level " + l), rec.decision().map(d -> "decision " + d),
                        rec.decidedOn().map(d -> "of " + d), rec.criteriaVersion().map(v -> "criteria " + v),
                        rec.dataEdition().map(e -> "edition " + e))
                .stream().flatMap(Optional::stream).collect(Collectors.joining(", "));
    }
}
