package org.ocop.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.criteria.VersionResolution;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.internal.Messages;

/**
 * Classifies the differences between a recorded result and its replay. Each check asks whether a known cause
 * reproduces the recorded figure exactly; the first that does is named, most specific first, and the figures that
 * show it go into the explanation. Nothing matches: {@link Discrepancy.Cause#UNEXPLAINED}.
 */
final class Replayer {

    /** The roundings printed averages are known to use; the settings' own rounding is tried first. */
    private static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.HALF_DOWN, RoundingMode.DOWN, RoundingMode.UP);

    private final Rating rating;
    private final RecordedResult recorded;
    private final CriteriaCatalogue catalogue;

    private Replayer(Rating rating, RecordedResult recorded, CriteriaCatalogue catalogue) {
        this.rating = rating;
        this.recorded = recorded;
        this.catalogue = catalogue;
    }

    static Replay replay(Rating rating, Dossier dossier, CriteriaCatalogue catalogue) {
        if (dossier.recorded().isEmpty()) {
            return new Replay(rating, Optional.empty(), List.of());
        }
        return new Replay(rating, dossier.recorded(), new Replayer(rating, dossier.recorded().get(), catalogue)
                .discrepancies());
    }

    private List<Discrepancy> discrepancies() {
        List<Discrepancy> found = new ArrayList<>();
        Optional<CriteriaVersion> version = rating.version().map(VersionResolution::version);
        recorded.criteriaVersion().ifPresent(used -> version.filter(v -> !v.id().equals(used)).ifPresent(v ->
                found.add(new Discrepancy("criteriaVersion", used, Messages.literal(v.id()),
                        Discrepancy.Cause.CRITERIA_VERSION, Messages.text("replay.criteriaVersion", used, v.id(),
                                rating.version().get().reasonText())))));
        recorded.dataEdition().ifPresent(used -> version.filter(v -> !v.edition().equals(used)).ifPresent(v ->
                found.add(new Discrepancy("dataEdition", used, Messages.literal(v.edition()),
                        Discrepancy.Cause.CRITERIA_VERSION, Messages.text("replay.dataEdition", used,
                                v.edition())))));
        if (recorded.average().isPresent() && rating.average().isPresent()) {
            averageDiscrepancy(recorded.average().get(), rating.average().get()).ifPresent(found::add);
        }
        if (recorded.stars().isPresent()) {
            starsDiscrepancy(recorded.stars().getAsInt()).ifPresent(found::add);
        }
        if (recorded.level().isPresent() && rating.recognition().isPresent()
                && recorded.level().get() != rating.recognition().get().level()) {
            found.add(new Discrepancy("level", recorded.level().get().name(),
                    Messages.literal(rating.recognition().get().level().name()), Discrepancy.Cause.RECOGNISING_LEVEL,
                    Messages.text("replay.level", Messages.name(recorded.level().get()),
                            Messages.name(rating.recognition().get().level()))));
        }
        return found;
    }

    private Optional<Discrepancy> averageDiscrepancy(BigDecimal printed, Average exact) {
        RatingSettings s = rating.settings();
        int scale = Math.max(printed.scale(), 0);
        BigDecimal ours = exact.rounded(scale, s.displayRounding());
        if (ours.compareTo(printed) == 0) {
            return Optional.empty();
        }
        Text shown = Messages.literal(ours.toPlainString());
        String exactText = exact + " = " + exact.value().stripTrailingZeros().toPlainString();
        for (RoundingMode mode : ROUNDINGS) {
            if (exact.rounded(scale, mode).compareTo(printed) == 0) {
                return Optional.of(new Discrepancy("average", printed.toPlainString(), shown,
                        Discrepancy.Cause.DISPLAY_ROUNDING, Messages.text("replay.average.rounding", exactText,
                                Messages.name(mode), scale, Messages.name(s.displayRounding()))));
            }
        }
        for (Variant edition : otherSheetEditions()) {
            if (matches(edition.average(), printed)) {
                return Optional.of(new Discrepancy("average", printed.toPlainString(), shown,
                        Discrepancy.Cause.DATA_EDITION, edition.story()));
            }
        }
        Optional<Text> anomaly = printedPointsVariant().filter(v -> matches(v.average(), printed))
                .map(Variant::story);
        if (anomaly.isPresent()) {
            return Optional.of(new Discrepancy("average", printed.toPlainString(), shown,
                    Discrepancy.Cause.DATA_ANOMALY, anomaly.get()));
        }
        for (Variant leftOut : leaveOneOut()) {
            if (matches(leftOut.average(), printed)) {
                return Optional.of(new Discrepancy("average", printed.toPlainString(), shown,
                        Discrepancy.Cause.COUNCIL_PRACTICE, leftOut.story()));
            }
        }
        return Optional.of(new Discrepancy("average", printed.toPlainString(), shown, Discrepancy.Cause.UNEXPLAINED,
                Messages.text("replay.average.unexplained", exactText, printed.toPlainString())));
    }

    private Optional<Discrepancy> starsDiscrepancy(int recordedStars) {
        Text ours = rating.stars().isPresent() ? Messages.literal(rating.stars().getAsInt() + "★")
                : Messages.text("replay.noStar", Messages.name(rating.outcome()));
        if (rating.stars().isPresent() && rating.stars().getAsInt() == recordedStars) {
            return Optional.empty();
        }
        String rec = recordedStars + "★";
        if (rating.outcome() == Outcome.INVALID) {
            return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.UNEXPLAINED,
                    Messages.text("replay.stars.invalid", Messages.join("; ", rating.problems().stream()
                            .map(Problem::messageText).toList()))));
        }
        OptionalInt band = rating.bandStars();
        if (band.isPresent() && band.getAsInt() == recordedStars && !rating.failedMinimums().isEmpty()) {
            return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.STAR_MINIMUMS_NOT_APPLIED,
                    Messages.text("replay.stars.minimums", Messages.join(", ", rating.failedMinimums().stream()
                            .map(f -> Messages.text("replay.stars.minimum", f.criterion(), "*".repeat(f.stars()),
                                    f.requiredOption())).toList()),
                            Messages.name(rating.settings().minimumPolicy()))));
        }
        Optional<Recognition> recognition = rating.recognition();
        if (recognition.isPresent() && recognition.get().grantedStars().isPresent()
                && recognition.get().grantedStars().getAsInt() == recordedStars) {
            return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.RECOGNISING_LEVEL,
                    Messages.text("replay.stars.recognition", recognition.get().noteText(),
                            recognition.get().procedure())));
        }
        if (rating.average().isPresent()) {
            Average exact = rating.average().get();
            // the precision the record printed, else the usual ones: 2 decimals, 1, a whole number
            List<Integer> scales = recorded.average().map(a -> List.of(Math.max(a.scale(), 0)))
                    .orElse(List.of(rating.settings().displayScale(), 1, 0));
            for (int scale : scales) {
                for (RoundingMode mode : ROUNDINGS) {
                    BigDecimal rounded = exact.rounded(scale, mode);
                    if (bandOf(rounded) == recordedStars && band.isPresent() && band.getAsInt() != recordedStars) {
                        return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.DISPLAY_ROUNDING,
                                Messages.text("replay.stars.rounding", rounded.toPlainString(), exact + " = "
                                        + exact.value().stripTrailingZeros().toPlainString())));
                    }
                }
            }
            for (Variant edition : otherSheetEditions()) {
                if (bandOf(edition.average()) == recordedStars) {
                    return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.DATA_EDITION,
                            edition.story()));
                }
            }
            Optional<Variant> anomaly = printedPointsVariant().filter(v -> bandOf(v.average()) == recordedStars);
            if (anomaly.isPresent()) {
                return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.DATA_ANOMALY,
                        anomaly.get().story()));
            }
            for (Variant leftOut : leaveOneOut()) {
                if (bandOf(leftOut.average()) == recordedStars) {
                    return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.COUNCIL_PRACTICE,
                            leftOut.story()));
                }
            }
        }
        if (rating.isRated() && recordedStars < rating.stars().getAsInt() && !rating.unchecked().isEmpty()) {
            // a star minimum or council rule the dossier gives too little to check may have lowered the record
            return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.NOT_CHECKABLE,
                    Messages.text("replay.stars.notCheckable", Messages.join(", ", rating.unchecked().stream()
                            .map(Unchecked::words).toList()))));
        }
        if (recorded.criteriaVersion().isPresent() && rating.criteriaVersion().isPresent()
                && !recorded.criteriaVersion().get().equals(rating.criteriaVersion().get())) {
            return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.CRITERIA_VERSION,
                    Messages.text("replay.stars.version", recorded.criteriaVersion().get(),
                            rating.criteriaVersion().get())));
        }
        return Optional.of(new Discrepancy("stars", rec, ours, Discrepancy.Cause.UNEXPLAINED,
                Messages.text("replay.stars.unexplained", band.isPresent() ? Messages.literal(band.getAsInt() + "★")
                        : Messages.text("replay.band.none"), Messages.name(rating.outcome()), rec)));
    }

    /** A way of recounting the council's sheets, with what it did. */
    private record Variant(Average average, Text story) {
    }

    /**
     * The sheets counted with each other sheet edition of the rating's version: the same option ids, that edition's
     * points. An edition without the sheet, or without an option a member chose, gives no variant.
     */
    private List<Variant> otherSheetEditions() {
        List<Variant> variants = new ArrayList<>();
        if (rating.version().isEmpty() || rating.average().isEmpty()) {
            return variants;
        }
        CriteriaVersion used = rating.version().get().version();
        CriteriaVersion base = catalogue.findVersion(used.id()).orElse(used);
        for (String name : base.sheetEditions()) {
            if (name.equals(used.sheetEdition())) {
                continue;
            }
            CriteriaVersion other = base.withSheetEdition(name);
            Optional<ScoringSheet> sheet = other.productSets().stream()
                    .filter(s -> s.code().equals(rating.productSet())).findFirst().flatMap(ProductSet::sheet);
            if (sheet.isEmpty()) {
                continue;
            }
            long delta = 0;
            boolean complete = true;
            java.util.Set<Text> differing = new java.util.LinkedHashSet<>();
            for (CriterionScore c : rating.criteria()) {
                for (var choice : c.choices().entrySet()) {
                    if (choice.getValue() == null) {
                        continue;
                    }
                    Optional<Option> theirs = sheet.get().criterion(c.code()).flatMap(k -> k.option(choice.getValue()));
                    if (theirs.isEmpty()) {
                        complete = false;
                        continue;
                    }
                    int ours = c.points().get(choice.getKey());
                    if (theirs.get().points() != ours) {
                        delta += theirs.get().points() - ours;
                        differing.add(Messages.text("replay.edition.difference", c.code(), choice.getValue(), ours,
                                used.sheetEdition(), theirs.get().points(), name));
                    }
                }
            }
            if (complete && !differing.isEmpty()) {
                Average exact = rating.average().get();
                Average theirs = new Average(exact.sum() + delta, exact.count());
                variants.add(new Variant(theirs, Messages.text("replay.edition.story", name, used.id(), theirs
                        + " = " + theirs.value().stripTrailingZeros().toPlainString(), used.sheetEdition(),
                        Messages.join(", ", List.copyOf(differing)))));
            }
        }
        return variants;
    }

    /** The sheets counted with the points printed in the decision where the data corrects a typo. */
    private Optional<Variant> printedPointsVariant() {
        if (rating.criteria().isEmpty()) {
            return Optional.empty(); // a totals-only dossier: no choices to recount
        }
        // the sheet the rating used: the same sheet edition (a portal-only option has no printed points elsewhere)
        Optional<ScoringSheet> sheet = rating.version().map(v -> catalogue.findVersion(v.version().id())
                .map(found -> found.withSheetEdition(v.version().sheetEdition())).orElse(v.version()))
                .map(v -> v.sheet(rating.productSet()));
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        long delta = 0;
        List<Text> typos = new ArrayList<>();
        for (CriterionScore c : rating.criteria()) {
            Criterion criterion = sheet.get().criterion(c.code()).orElseThrow();
            for (var choice : c.choices().entrySet()) {
                if (choice.getValue() == null) {
                    continue;
                }
                Option option = criterion.option(choice.getValue()).orElseThrow();
                if (option.printedPoints().isPresent()) {
                    delta += Integer.parseInt(option.printedPoints().get().replaceAll("[^0-9]", "")) - option.points();
                    typos.add(Messages.text("replay.typo", choice.getKey(), option.id(),
                            option.printedPoints().get(), option.points()));
                }
            }
        }
        if (typos.isEmpty()) {
            return Optional.empty();
        }
        Average exact = rating.average().orElseThrow();
        return Optional.of(new Variant(new Average(exact.sum() + delta, exact.count()),
                Messages.text("replay.typo.story", Messages.join("; ", typos))));
    }

    /** The average with each member's sheet left out in turn (a council counting the secretary's or not). */
    private List<Variant> leaveOneOut() {
        List<Variant> variants = new ArrayList<>();
        if (rating.members().size() < 2) {
            return variants;
        }
        long sum = rating.members().stream().mapToLong(MemberScore::total).sum();
        for (MemberScore m : rating.members()) {
            variants.add(new Variant(new Average(sum - m.total(), rating.members().size() - 1),
                    Messages.text("replay.leftOut", m.member(), m.total())));
        }
        return variants;
    }

    private static boolean matches(Average average, BigDecimal printed) {
        int scale = Math.max(printed.scale(), 0);
        return ROUNDINGS.stream().anyMatch(mode -> average.rounded(scale, mode).compareTo(printed) == 0);
    }

    /**
     * The band of a what-if average. The rating's own band comes from the engines; the replay only asks which
     * band another way of counting would have given, on the same half-open bands of the rating's version.
     */
    private int bandOf(Average average) {
        return bands().starsOf(average.sum(), average.count());
    }

    /** The band of a printed (rounded) average, on the same bands. */
    private int bandOf(BigDecimal points) {
        int stars = 1;
        for (int floor : bands().floors()) {
            if (points.compareTo(BigDecimal.valueOf(floor)) >= 0) {
                stars++;
            }
        }
        return stars;
    }

    /** The star bands of the rating's version; only asked of a rating with an average, which has a version. */
    private StarBands bands() {
        return rating.version().orElseThrow().version().starBands();
    }
}
