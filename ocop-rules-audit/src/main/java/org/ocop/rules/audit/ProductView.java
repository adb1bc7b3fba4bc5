package org.ocop.rules.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.FailedMinimum;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.Replay;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.dossier.RecordedResult;

/**
 * One product of the report, flattened from its {@link Replay} once, so that the HTML section, the XLSX row and the
 * summary counts all say the same. Figures stay values (the averages as the rating displays them, with the
 * settings' scale and rounding, exactly as the JSON contract prints them); texts are in the report's language.
 */
final class ProductView {

    /** How a product's record compares with the replay. */
    enum Agreement {
        /** Something was recorded, nothing differs and the dossier could be rated. */
        AGREES,
        /** Something was recorded and differs (or the dossier is invalid). */
        DIFFERS,
        /** Nothing was recorded: nothing to compare. */
        NOTHING
    }

    /** One difference with its cause, texts in the report's language. */
    record Difference(String field, String recorded, String recomputed, Discrepancy.Cause cause, String explanation) {
    }

    final int number;
    final Replay replay;
    final Rating rating;
    final Agreement agreement;
    final Optional<CriteriaVersion> version;
    final Optional<BigDecimal> recordedAverage;
    final OptionalInt recordedBand;
    final OptionalInt recordedStars;
    final Optional<Level> recordedLevel;
    final Optional<BigDecimal> average;
    final Optional<Level> level;
    final Optional<Level> forwardedTo;
    final List<Difference> differences;
    final List<String> failedMinimums;
    final Map<String, Integer> memberTotals;
    final OptionalInt spread;
    final Map<Part, BigDecimal> partAverages;
    final List<String> warnings;
    final List<String> problems;
    /** Where the recorded result comes from, as its results table cites it; empty when nothing is cited. */
    final Optional<String> source;

    ProductView(int number, Replay replay, Locale locale, ReportText text) {
        this(number, replay, Optional.empty(), locale, text);
    }

    ProductView(int number, Replay replay, Optional<String> source, Locale locale, ReportText text) {
        this.number = number;
        this.source = java.util.Objects.requireNonNull(source, "source").map(String::strip)
                .filter(s -> !s.isEmpty());
        this.replay = replay;
        this.rating = replay.rating();
        Optional<RecordedResult> rec = replay.recorded();
        this.agreement = rec.isEmpty() ? Agreement.NOTHING
                : replay.agrees() && rating.outcome() != Outcome.INVALID ? Agreement.AGREES : Agreement.DIFFERS;
        this.version = rating.version().map(v -> v.version());
        this.recordedAverage = rec.flatMap(RecordedResult::average);
        this.recordedStars = rec.map(RecordedResult::stars).orElse(OptionalInt.empty());
        this.recordedLevel = rec.flatMap(RecordedResult::level);
        // The record holds no band: the band of the recorded average under the replay's version is what a reader
        // compares with the recomputed band (a recorded star above it points to rounding or another version).
        this.recordedBand = recordedAverage.isPresent() && version.isPresent()
                ? OptionalInt.of(band(recordedAverage.get(), version.get().starBands().floors()))
                : OptionalInt.empty();
        this.average = rating.displayedAverage();
        this.level = rating.recognition().map(Recognition::level);
        this.forwardedTo = rating.recognition().flatMap(Recognition::forwardedTo);
        List<Difference> diffs = new ArrayList<>();
        for (Discrepancy d : replay.discrepancies()) {
            diffs.add(new Difference(d.field(), d.recorded(), d.recomputed(locale), d.cause(), d.explanation(locale)));
        }
        this.differences = List.copyOf(diffs);
        List<String> failed = new ArrayList<>();
        for (FailedMinimum f : rating.failedMinimums()) {
            String chosen = f.choices().entrySet().stream()
                    .map(e -> e.getKey() + " " + (e.getValue() == null ? text.get("none") : e.getValue()))
                    .collect(Collectors.joining(", "));
            failed.add(text.get("product.failedMinimum", f.criterion(), f.label(), f.requiredOption(), f.stars(),
                    chosen));
        }
        this.failedMinimums = List.copyOf(failed);
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (MemberScore m : rating.members()) {
            // two members may share a name in a badly filled dossier: keep both, the second with its position
            String name = totals.containsKey(m.member()) ? m.member() + " (" + (totals.size() + 1) + ")" : m.member();
            totals.put(name, m.total());
        }
        this.memberTotals = java.util.Collections.unmodifiableMap(totals);
        this.spread = totals.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(totals.values().stream().mapToInt(Integer::intValue).max().getAsInt()
                        - totals.values().stream().mapToInt(Integer::intValue).min().getAsInt());
        Map<Part, BigDecimal> parts = new EnumMap<>(Part.class);
        rating.partAverages().forEach((part, avg) -> parts.put(part, avg.rounded(rating.settings().displayScale(),
                rating.settings().displayRounding())));
        this.partAverages = java.util.Collections.unmodifiableMap(parts);
        // A rated dossier's problems are what could not be checked (star minimums on a totals-only dossier): for a
        // reader they are warnings next to the rating's own; only an invalid dossier's problems are why it failed.
        List<String> problemTexts = rating.problems().stream().map(p -> p.message(locale)).toList();
        boolean invalid = rating.outcome() == Outcome.INVALID;
        List<String> notes = new ArrayList<>(rating.warnings(locale));
        if (!invalid) {
            notes.addAll(problemTexts);
        }
        this.warnings = List.copyOf(notes);
        this.problems = invalid ? problemTexts : List.of();
    }

    /** The star of the band {@code average} falls in, given the floors of 2★ to 5★. */
    static int band(BigDecimal average, List<Integer> floors) {
        int stars = 1;
        for (int floor : floors) {
            if (average.compareTo(BigDecimal.valueOf(floor)) >= 0) {
                stars++;
            }
        }
        return stars;
    }

    /** The anchor of this product's section in the HTML. */
    String anchor() {
        return "sp-" + number;
    }

    /** The product's name, or a note that the dossier gives none. */
    String displayName(ReportText text) {
        return rating.productName().isBlank() ? text.get("product.unnamed") : rating.productName();
    }

    /** The part caps of the replay's version (empty when no version was resolved). */
    Map<Part, Integer> caps() {
        return version.map(CriteriaVersion::partMaxPoints).orElse(Map.of());
    }

    /** The criteria version with its data and sheet editions, or that none was resolved. */
    String versionLabel(ReportText text) {
        return version.map(v -> text.get("stamp.version", v.id(), v.edition(), v.sheetEdition()))
                .orElse(text.get("stamp.noVersion"));
    }

    /** The distinct causes of the differences, in order. */
    List<Discrepancy.Cause> causes() {
        return differences.stream().map(Difference::cause).distinct().toList();
    }

    static String stars(OptionalInt stars, ReportText text) {
        return stars.isPresent() ? stars.getAsInt() + "\u2605" : text.get("none");
    }

    static String decimal(Optional<BigDecimal> value, ReportText text) {
        return value.map(BigDecimal::toPlainString).orElse(text.get("none"));
    }

    static String level(Optional<Level> level, ReportText text) {
        return level.map(l -> text.name("level", l)).orElse(text.get("none"));
    }
}
