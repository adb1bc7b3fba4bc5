package org.ocop.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.criteria.VersionResolution;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Messages;

/**
 * Makes the {@link Rating}: from an engine's {@link Verdict} on a checked dossier (the members' scores and averages,
 * failed minimums, knock-outs, recognition, the per-criterion table and the warnings), or the INVALID rating of a
 * dossier that failed its checks or could not be read.
 *
 * <p>Immutable and thread-safe; one per {@link Rater}.
 */
final class RatingAssembler {

    private final RatingSettings settings;
    private final String engineName;
    /** Only to notice dates in the future: no rating depends on today. */
    private final Clock clock;

    RatingAssembler(RatingSettings settings, String engineName, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engineName = Objects.requireNonNull(engineName, "engineName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the verdict knocked the dossier out: a knocked-out dossier is not scored. */
    static boolean knockedOut(Verdict verdict) {
        return verdict.outcome() == Outcome.DISQUALIFIED || verdict.outcome() == Outcome.STOPPED;
    }

    /** The INVALID rating of a source that could not be read, named after it. */
    Rating unreadable(String name, Problem problem) {
        return unreadable(name, List.of(problem));
    }

    /** The INVALID rating of a source that could not be read, named after it, with every problem found in it. */
    Rating unreadable(String name, List<Problem> problems) {
        return new Rating(name, "", Optional.empty(), "", Outcome.INVALID, List.of(), Optional.empty(), Map.of(),
                OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                problems, List.of(), List.of(), List.of(), settings, engineName);
    }

    /** The INVALID rating of a dossier, with its problems and the resolution's warnings when it got that far. */
    Rating invalid(Dossier dossier, Optional<VersionResolution> resolution, List<Problem> problems) {
        return new Rating(dossier.id(), dossier.productName(), resolution, dossier.productSet(), Outcome.INVALID,
                List.of(), Optional.empty(), Map.of(), OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(),
                Optional.empty(), List.of(), problems,
                resolution.map(VersionResolution::warningTexts).orElse(List.of()), List.of(), List.of(), settings,
                engineName);
    }

    /** The rating of a dossier rated from its members' sheets. */
    Rating fromSheets(Dossier dossier, DossierValidator.Checked checked, RatingTask task, Verdict verdict) {
        VersionResolution resolution = checked.resolution().orElseThrow();
        ScoringSheet sheet = checked.sheet();
        Procedure procedure = checked.procedure();
        Level level = checked.level();
        List<String> members = task.members();
        boolean knockedOut = knockedOut(verdict);
        // A knocked-out dossier is not scored: its sheets may stop part-way, so their sums are not totals.
        List<MemberScore> scores = knockedOut ? List.of() : verdict.members().stream().map(m -> new MemberScore(
                m.member(), m.total(), Map.of(Part.A, m.partA(), Part.B, m.partB(), Part.C, m.partC()))).toList();
        Optional<Average> average = Optional.empty();
        Map<Part, Average> partAverages = Map.of();
        if (!knockedOut) {
            int n = scores.size();
            average = Optional.of(new Average(scores.stream().mapToLong(MemberScore::total).sum(), n));
            Map<Part, Average> parts = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                parts.put(part, new Average(scores.stream().mapToLong(s -> s.parts().get(part)).sum(), n));
            }
            partAverages = parts;
        }

        List<FailedMinimum> failed = new ArrayList<>();
        for (RatingTask.Marker marker : verdict.failedMarkers()) {
            Criterion c = sheet.criterion(marker.criterion()).orElseThrow();
            Map<String, String> chosen = new LinkedHashMap<>();
            for (MemberSheet member : dossier.sheets()) {
                chosen.put(member.member(), member.choices().get(c.code()));
            }
            failed.add(new FailedMinimum(c.code(), c.label(), marker.stars(), marker.option(), marker.points(),
                    chosen, c.option(marker.option()).orElseThrow().minStarsProvenance()));
        }

        List<KnockOutHit> hits = new ArrayList<>();
        for (Verdict.KnockOutApplied applied : verdict.knockOuts()) {
            List<Text> reasons = new ArrayList<>();
            if (applied.finding()) {
                reasons.add(Messages.text("knockOut.found"));
            }
            applied.chosenBy().forEach(c -> reasons.add(Messages.text("knockOut.chosen", c)));
            hits.add(new KnockOutHit(sheet.knockOut(applied.id()).orElseThrow(), reasons));
        }

        Optional<Recognition> recognition = Optional.empty();
        if (verdict.outcome() == Outcome.RATED) {
            recognition = Optional.of(recognition(procedure, level, task.authority(), verdict));
        }

        // One member array for every per-member map of this rating (MemberMap): they are most of what a rating
        // holds, and building them as linked hash maps was the largest part of this class's time (BENCHMARKS.md).
        List<MemberSheet> sheets = dossier.sheets();
        String[] memberNames = new String[sheets.size()];
        for (int m = 0; m < memberNames.length; m++) {
            memberNames[m] = sheets.get(m).member();
        }
        List<CriterionScore> criteria = new ArrayList<>(sheet.criteria().size());
        for (Criterion c : sheet.criteria()) {
            boolean checklist = c.select() == Criterion.Select.ANY;
            Object[] chosen = new Object[memberNames.length];
            Object[] ticked = checklist ? new Object[memberNames.length] : null;
            Object[] points = new Object[memberNames.length];
            long sum = 0;
            for (int m = 0; m < memberNames.length; m++) {
                MemberSheet member = sheets.get(m);
                int p;
                if (checklist) {
                    // shown as the engine counted it: the ticked lines add up, never beyond the cap
                    List<String> lines = member.options(c.code());
                    p = Math.min(c.maxPoints(), lines.stream().mapToInt(id -> c.option(id).orElseThrow().points())
                            .sum());
                    ticked[m] = member.answered(c.code()) ? lines : null;
                } else {
                    String optionId = member.choices().get(c.code());
                    p = optionId == null ? 0 : c.option(optionId).map(Option::points).orElse(0);
                    chosen[m] = optionId;
                }
                points[m] = p;
                sum += p;
            }
            criteria.add(new CriterionScore(c.code(), c.part(), c.label(), c.maxPoints(),
                    MemberMap.of(memberNames, chosen), MemberMap.of(memberNames, points),
                    new Average(sum, members.size()), c.provenance(), c.select(),
                    checklist ? MemberMap.of(memberNames, ticked) : Map.of()));
        }

        List<Text> warnings = new ArrayList<>(resolution.warningTexts());
        futureSubmission(dossier, warnings);
        if (sheet.status() != SourceStatus.CONFIRMED) {
            // a sheet not read from the decision itself is said on every rating made with it
            warnings.add(Messages.text("warning.sheetSource", sheet.productSet(), resolution.version().id(),
                    sheet.status().tag(), sheet.provenance()));
        }
        CriteriaVersion version = resolution.version();
        // the minimums checked and not checked are the data's own words, quoted
        version.starMinimums().coverage(sheet.productSet()).ifPresent(coverage -> warnings.add(Messages.text(
                "warning.minimumsInPart", version.decision().number(), version.starMinimums().statement().source(),
                sheet.productSet(), coverage.checked().isEmpty() ? Messages.text("warning.minimumsInPart.none")
                        : Messages.literal(String.join("; ", coverage.checked())),
                String.join("; ", coverage.notChecked()))));
        if (sheet.reachableMaxPoints() < sheet.statedMaxPoints()) {
            warnings.add(Messages.text("warning.unreachableMaximum", sheet.productSet(), sheet.statedMaxPoints(),
                    sheet.reachableMaxPoints()));
        }
        for (KnockOutHit hit : hits) {
            hit.rule().doubt().ifPresent(d -> warnings.add(Messages.text("warning.knockOutDoubt", hit.rule().id(),
                    d)));
        }
        OptionalInt stars = verdict.outcome() == Outcome.RATED ? verdict.stars() : OptionalInt.empty();
        return new Rating(dossier.id(), dossier.productName(), Optional.of(resolution), dossier.productSet(),
                verdict.outcome(), scores, average, partAverages, verdict.bandStars(), stars, failed, hits, recognition,
                verdict.breaches(), List.of(), warnings, criteria, verdict.firings(), settings, engineName);
    }

    /**
     * The rating of a totals-only dossier. Star minimums cannot be checked without sheets: the rated star is the
     * band's, and the rating says so among its problems, with whatever else could not be checked.
     */
    Rating fromTotals(Dossier dossier, DossierValidator.Checked checked, RatingTask task, Verdict verdict) {
        List<String> members = task.members();
        List<Text> warnings = new ArrayList<>(checked.resolution().orElseThrow().warningTexts());
        warnings.addAll(checked.warnings());
        List<MemberScore> scores = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            // parts are not known without the sheets
            scores.add(new MemberScore(members.get(i), verdict.members().get(i).total(), Map.of()));
        }
        Average average = new Average(scores.stream().mapToLong(MemberScore::total).sum(), scores.size());
        Optional<Recognition> recognition = verdict.outcome() == Outcome.RATED
                ? Optional.of(recognition(checked.procedure(), checked.level(), task.authority(), verdict))
                : Optional.empty();
        futureSubmission(dossier, warnings);
        OptionalInt stars = verdict.outcome() == Outcome.RATED ? verdict.stars() : OptionalInt.empty();
        return new Rating(dossier.id(), dossier.productName(), checked.resolution(), dossier.productSet(),
                verdict.outcome(), scores, Optional.of(average), Map.of(), verdict.bandStars(), stars, List.of(), List.of(), recognition,
                verdict.breaches(), checked.notChecked(), warnings, List.of(), verdict.firings(), settings,
                engineName, checked.unchecked());
    }

    /**
     * The rating of an average-only dossier: the average as recorded, its band, the band's star, recognition and
     * forwarding. There are no members, so no member scores, part averages or criteria; what could not be checked
     * is in {@link Rating#unchecked()} and, in words, among the warnings (never the problems: it is RATED).
     */
    Rating fromAverage(Dossier dossier, DossierValidator.Checked checked, RatingTask task, Verdict verdict) {
        List<Text> warnings = new ArrayList<>(checked.resolution().orElseThrow().warningTexts());
        warnings.addAll(checked.warnings());
        Optional<Recognition> recognition = verdict.outcome() == Outcome.RATED
                ? Optional.of(recognition(checked.procedure(), checked.level(), task.authority(), verdict))
                : Optional.empty();
        futureSubmission(dossier, warnings);
        OptionalInt stars = verdict.outcome() == Outcome.RATED ? verdict.stars() : OptionalInt.empty();
        return new Rating(dossier.id(), dossier.productName(), checked.resolution(), dossier.productSet(),
                verdict.outcome(), List.of(), task.givenAverage(), Map.of(), verdict.bandStars(), stars, List.of(), List.of(), recognition,
                verdict.breaches(), List.of(), warnings, List.of(), verdict.firings(), settings, engineName,
                checked.unchecked());
    }

    private static Recognition recognition(Procedure procedure, Level level, RatingTask.Authority authority,
            Verdict verdict) {
        int stars = verdict.stars().getAsInt();
        Set<Integer> recognisable = new TreeSet<>(authority.recognises());
        Text granted;
        if (stars <= 2) {
            granted = Messages.text("recognition.none", stars);
        } else if (verdict.grantedStars().isPresent()) {
            int grants = verdict.grantedStars().getAsInt();
            granted = grants < stars ? Messages.text("recognition.mayRecogniseOf", Messages.name(level), grants, stars)
                    : Messages.text("recognition.mayRecognise", Messages.name(level), grants);
        } else {
            granted = Messages.text("recognition.nothing", Messages.name(level), procedure.name());
        }
        Text note = verdict.forwardedTo().map(to -> Messages.text(to == Level.MINISTRY
                ? "recognition.forwardedPotential" : "recognition.forwarded", granted, Messages.name(to),
                authority.forwardsFrom())).orElse(granted);
        return new Recognition(level, procedure.name() + " (" + procedure.source() + ")", recognisable,
                verdict.grantedStars(), verdict.grantedStars().isPresent(), verdict.forwardedTo(), note);
    }

    private void futureSubmission(Dossier dossier, List<Text> warnings) {
        LocalDate today = LocalDate.now(clock);
        if (dossier.submittedOn().isAfter(today)) {
            warnings.add(Messages.text("warning.futureSubmission", dossier.submittedOn(), today));
        }
    }
}
