package org.ocop.rules.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.CriterionScore;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SetMapping;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.criteria.StarMinimums;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Rates one dossier under every criteria version and sheet edition that has its set, through the rater's engine,
 * and names what changes against the dossier's own rating ({@link Advisor#compareVersions(Dossier)}).
 *
 * <p>Two rules keep it from guessing. Sets are followed only where the data says how: the dossier's own set, the
 * same code between versions of one classification (781 is based on 1048; 148 and 26/2026 share their tree, as
 * {@code set-mapping.json} groups them), else the set mapping. Options are never mapped: the members' sheets are
 * rated under another sheet only when that version shares the dossier's sheets (the same version, or one based on
 * the other) and the sheet has every criterion and option the dossier uses; option ids such as {@code 3.1.b} recur
 * on unrelated sheets with other meanings, so equal ids alone prove nothing. Otherwise the members' totals are
 * carried.
 */
final class VersionComparer {

    /** A set of the compared version and why it matches the dossier's. */
    private record Target(Optional<String> set, String basis, SourceStatus status, String source) {
    }

    private final Rater rater;
    private final CriteriaCatalogue catalogue;

    VersionComparer(Rater rater) {
        this.rater = Objects.requireNonNull(rater, "rater");
        this.catalogue = rater.catalogue();
    }

    VersionImpact compare(Dossier dossier) {
        Rating baseline = rater.rate(dossier);
        if (baseline.version().isEmpty()) {
            return new VersionImpact(dossier.id(), baseline, List.of(), Optional.of("the dossier's criteria version "
                    + "cannot be resolved: " + baseline.problems().get(0).message()));
        }
        CriteriaVersion own = baseline.version().get().version();
        List<VersionImpact.Entry> entries = new ArrayList<>();
        for (CriteriaVersion version : catalogue.versions()) {
            List<Target> targets = targets(own, dossier.productSet(), version);
            List<String> editions = version.sheetEditions();
            for (String edition : editions) {
                CriteriaVersion under = version.withSheetEdition(edition);
                boolean firstEdition = edition.equals(editions.get(0));
                for (Target target : targets) {
                    if (target.set().isEmpty() && !firstEdition) {
                        continue;   // "no matching set" is said once per version, not once per edition
                    }
                    entries.add(entry(dossier, baseline, own, under, firstEdition, target));
                }
            }
        }
        return new VersionImpact(dossier.id(), baseline, entries, Optional.empty());
    }

    // ---- which sets ---------------------------------------------------------------------------------------------

    private List<Target> targets(CriteriaVersion own, String code, CriteriaVersion version) {
        if (version.id().equals(own.id())) {
            return List.of(new Target(Optional.of(code), "the dossier's set", SourceStatus.CONFIRMED, "the dossier"));
        }
        Optional<String> shared = sharedClassification(own, version);
        if (shared.isPresent()) {
            boolean has = version.productSets().stream().anyMatch(s -> s.code().equals(code));
            return List.of(new Target(has ? Optional.of(code) : Optional.empty(), has ? "same code: " + shared.get()
                    : "no set " + code + " in " + version.id() + " (" + shared.get() + ")", SourceStatus.SECONDARY,
                    shared.get()));
        }
        SetMapping mapping = catalogue.setMapping();
        Optional<SetMapping.Entry> match = mapping.match(own.id(), code, version.id());
        if (match.isPresent()) {
            SetMapping.Entry e = match.get();
            String source = mapping.mappings().stream().filter(m -> pairs(m, own.id(), version.id()))
                    .map(SetMapping.Mapping::source).findFirst().orElse("set-mapping.json");
            if (e.to().isEmpty()) {
                return List.of(new Target(Optional.empty(), e.basis(), e.status(), source));
            }
            return e.to().stream().map(to -> new Target(Optional.of(to), e.basis(), e.status(), source)).toList();
        }
        String why = version.productSets().isEmpty() ? "the classification of " + version.id()
                + " is not in the data" : "no mapping of set " + code + " from " + own.id() + " to " + version.id()
                + " is in the data";
        return List.of(new Target(Optional.empty(), why, SourceStatus.UNKNOWN, "set-mapping.json"));
    }

    private static boolean pairs(SetMapping.Mapping m, String a, String b) {
        return m.from().contains(a) && m.to().contains(b) || m.from().contains(b) && m.to().contains(a);
    }

    /** Why two versions share one classification (so a code means the same set in both), if they do. */
    private Optional<String> sharedClassification(CriteriaVersion a, CriteriaVersion b) {
        if (a.basedOn().filter(b.id()::equals).isPresent() || b.basedOn().filter(a.id()::equals).isPresent()) {
            CriteriaVersion derived = a.basedOn().isPresent() ? a : b;
            return Optional.of(derived.id() + " takes its classification and sheets from "
                    + derived.basedOn().get() + " (basedOn)");
        }
        for (SetMapping.Mapping m : catalogue.setMapping().mappings()) {
            if (m.from().contains(a.id()) && m.from().contains(b.id())
                    || m.to().contains(a.id()) && m.to().contains(b.id())) {
                return Optional.of("set-mapping.json groups " + a.id() + " and " + b.id() + " as one classification");
            }
        }
        return Optional.empty();
    }

    /** Whether the version rates the dossier's own sheets: the same version, or one based on the other. */
    private static boolean sharesSheets(CriteriaVersion own, CriteriaVersion version) {
        return own.id().equals(version.id()) || own.basedOn().filter(version.id()::equals).isPresent()
                || version.basedOn().filter(own.id()::equals).isPresent();
    }

    // ---- how each entry is rated --------------------------------------------------------------------------------

    private VersionImpact.Entry entry(Dossier dossier, Rating baseline, CriteriaVersion own, CriteriaVersion under,
            boolean firstEdition, Target target) {
        String edition = under.sheetEdition();
        String name = under.id() + (firstEdition ? "" : " (sheet edition " + edition + ")");
        if (target.set().isEmpty()) {
            return notRated(under, target, under.id() + " has no set matching " + dossier.productSet() + ": "
                    + target.basis() + " (" + target.status().tag() + ")");
        }
        String set = target.set().get();
        if (under.id().equals(own.id()) && edition.equals(own.sheetEdition())) {
            return new VersionImpact.Entry(under.id(), edition, target.set(), target.basis(), target.status(),
                    target.source(), VersionImpact.Method.OWN, "the dossier's own rating", Optional.of(baseline),
                    List.of());
        }
        String carried;
        if (dossier.isTotalsOnly()) {
            if (!firstEdition || under.id().equals(own.id())) {
                return notRated(under, target, "a totals-only dossier rates the same under every sheet edition of "
                        + under.id() + ": sheet editions differ only in their sheets");
            }
            carried = "the members' totals as given (a totals-only dossier) rated under " + under.id() + " set " + set
                    + ": band, recognition and forwarding; star minimums not checked";
        } else if (sharesSheets(own, under)) {
            Optional<String> sheetProblem = sheetProblem(dossier, under, set);
            if (sheetProblem.isEmpty()) {
                Rating rating = raterFor(under).rate(copy(dossier, set, List.copyOf(dossier.sheets()), List.of(),
                        under.id()));
                return rated(baseline, under, target, VersionImpact.Method.SHEETS, "the members' sheets rated under "
                        + "the sheet of " + name + " for set " + set + ", which has every criterion and option they "
                        + "use", rating);
            }
            if (!firstEdition) {
                return notRated(under, target, sheetProblem.get() + "; the totals rate as under the "
                        + CriteriaVersion.DECISION_EDITION + " edition");
            }
            carried = "points carried: " + sheetProblem.get() + "; the members' totals rated under " + under.id()
                    + ": band, recognition and forwarding; star minimums not checked";
        } else {
            if (!firstEdition) {
                return notRated(under, target, "the sheets differ and no option mapping is in the data; sheet "
                        + "editions differ only in their sheets, so the totals rate as under the "
                        + CriteriaVersion.DECISION_EDITION + " edition");
            }
            carried = "points carried: the sheets differ and no option mapping is in the data; the members' totals "
                    + "rated under " + under.id() + " set " + set + ": band, recognition and forwarding; star "
                    + "minimums not checked";
        }
        if (baseline.members().isEmpty()) {
            return notRated(under, target, "no totals to carry: the dossier is " + baseline.outcome()
                    + " under its own version");
        }
        List<Integer> totals = baseline.members().stream().map(MemberScore::total).toList();
        Rating rating = raterFor(under).rate(copy(dossier, set, List.of(), totals, under.id()));
        return rated(baseline, under, target, VersionImpact.Method.TOTALS_CARRIED, carried, rating);
    }

    /** Why the members' sheets cannot be rated under the version's sheet for the set, if they cannot. */
    private static Optional<String> sheetProblem(Dossier dossier, CriteriaVersion under, String set) {
        String name = under.id() + (under.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                : " (sheet edition " + under.sheetEdition() + ")");
        if (under.productSets().stream().filter(s -> s.code().equals(set)).noneMatch(ProductSet::hasSheet)) {
            return Optional.of("no sheet of " + name + " for set " + set + " is in the data");
        }
        ScoringSheet sheet = under.sheet(set);
        for (MemberSheet member : dossier.sheets()) {
            Map<String, List<String>> used = new LinkedHashMap<>();
            member.choices().forEach((c, o) -> used.put(c, List.of(o)));
            member.ticks().forEach(used::put);
            for (Map.Entry<String, List<String>> e : used.entrySet()) {
                Optional<Criterion> criterion = sheet.criterion(e.getKey());
                if (criterion.isEmpty()) {
                    return Optional.of("the sheet of " + name + " for set " + set + " has no criterion "
                            + e.getKey() + " (used by " + member.member() + ")");
                }
                for (String option : e.getValue()) {
                    if (criterion.get().option(option).isEmpty()) {
                        return Optional.of("the sheet of " + name + " for set " + set + " has no option " + option
                                + " (used by " + member.member() + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Rater raterFor(CriteriaVersion under) {
        String edition = under.sheetEdition();
        return rater.withSettings(rater.settings().withSheetEdition(
                edition.equals(CriteriaVersion.DECISION_EDITION) ? null : edition));
    }

    /** The dossier under another set and version, keeping its level, dates, council and findings. */
    private static Dossier copy(Dossier d, String set, List<MemberSheet> sheets, List<Integer> totals, String version) {
        return d.toBuilder().productSet(set).criteriaVersion(version)
                .findings(totals.isEmpty() ? d.findings() : List.of()).sheets(sheets).recorded(null)
                .memberTotals(totals).build();
    }

    private static VersionImpact.Entry notRated(CriteriaVersion under, Target target, String note) {
        return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                target.status(), target.source(), VersionImpact.Method.NOT_RATED, note, Optional.empty(), List.of());
    }

    private static VersionImpact.Entry rated(Rating baseline, CriteriaVersion under, Target target,
            VersionImpact.Method method, String note, Rating rating) {
        return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                target.status(), target.source(), method, note, Optional.of(rating),
                changes(baseline, rating, under));
    }

    // ---- what changes -------------------------------------------------------------------------------------------

    static List<VersionImpact.Change> changes(Rating before, Rating after, CriteriaVersion under) {
        List<VersionImpact.Change> changes = new ArrayList<>();
        String name = under.id() + (under.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                : " (sheet edition " + under.sheetEdition() + ")");
        Map<String, CriterionScore> was = new LinkedHashMap<>();
        before.criteria().forEach(c -> was.put(c.code(), c));
        for (CriterionScore now : after.criteria()) {
            CriterionScore then = was.get(now.code());
            if (then != null && !then.points().equals(now.points())) {
                changes.add(new VersionImpact.Change(VersionImpact.Kind.POINTS, now.code(), points(then, before),
                        points(now, after), sameChoices(then, now) ? "the same options are worth other points on the "
                                + "sheet of " + name : "the options or their applicability differ on the sheet of "
                                + name));
            }
        }
        CriteriaVersion beforeVersion = before.version().orElseThrow().version();
        String minBefore = minimums(before, beforeVersion);
        String minAfter = minimums(after, under);
        if (!minBefore.equals(minAfter)) {
            StarMinimums m = under.starMinimums();
            changes.add(new VersionImpact.Change(VersionImpact.Kind.MINIMUMS, "minimums", minBefore, minAfter,
                    after.criteria().isEmpty() && after.average().isPresent() ? "no member sheets are rated under "
                            + name + ", so its star minimums cannot be checked" : under.id() + ": "
                            + m.statement().text() + " (" + m.statement().source() + ", " + m.statement().status().tag()
                            + ")"));
        }
        if (!before.bandStars().equals(after.bandStars())) {
            String why = before.average().isPresent() && after.average().isPresent()
                    && before.average().get().compareTo(after.average().get()) != 0
                    ? "the average moved from " + average(before) + " to " + average(after)
                    : after.bandStars().isEmpty() ? "no band: " + outcomeReason(after)
                    : "the same average falls in another band under " + under.id() + " (" + under.bands().text()
                    + ")";
            changes.add(new VersionImpact.Change(VersionImpact.Kind.BAND, "band", band(before), band(after), why));
        }
        if (!before.stars().equals(after.stars())) {
            String why;
            if (!after.isRated()) {
                why = "not rated: " + outcomeReason(after);
            } else if (!after.failedMinimums().isEmpty() && after.stars().getAsInt() < after.bandStars().getAsInt()) {
                why = "a failed star minimum demotes it: " + failed(after);
            } else if (!before.bandStars().equals(after.bandStars())) {
                why = "the band moved";
            } else if (before.failedMinimums().isEmpty()) {
                why = "the band's star stands";
            } else {
                why = "the star minimums that demoted it (" + failed(before) + ") " + (after.criteria().isEmpty()
                        ? "cannot be checked on carried totals" : "are not failed under " + name)
                        + ": the band's star stands";
            }
            changes.add(new VersionImpact.Change(VersionImpact.Kind.STARS, "stars", stars(before), stars(after),
                    why));
        }
        String recBefore = recognition(before);
        String recAfter = recognition(after);
        if (!recBefore.equals(recAfter)) {
            changes.add(new VersionImpact.Change(VersionImpact.Kind.RECOGNITION, "recognition", recBefore, recAfter,
                    after.recognition().map(Recognition::note).orElse("no recognition: " + outcomeReason(after))));
        }
        if (before.outcome() != after.outcome()) {
            changes.add(new VersionImpact.Change(VersionImpact.Kind.OUTCOME, "outcome", before.outcome().name(),
                    after.outcome().name(), outcomeReason(after)));
        }
        return changes;
    }

    private static boolean sameChoices(CriterionScore a, CriterionScore b) {
        return a.choices().equals(b.choices()) && a.ticked().equals(b.ticked());
    }

    /** {@code 3.1.b = 4 (An), 3.1.c = 5 (Bình); average 4.50}. */
    private static String points(CriterionScore c, Rating r) {
        List<String> each = new ArrayList<>();
        c.points().forEach((member, pts) -> {
            String chosen = c.choices().get(member);
            List<String> ticked = c.ticked().get(member);
            String what = chosen != null ? chosen : ticked != null ? "[" + String.join(", ", ticked) + "]" : "—";
            each.add(what + " = " + pts + " (" + member + ")");
        });
        return String.join(", ", each) + "; average "
                + c.average().rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString();
    }

    private static String average(Rating r) {
        return r.displayedAverage().map(a -> a.toPlainString()).orElse("none");
    }

    private static String band(Rating r) {
        return r.bandStars().isPresent() ? r.bandStars().getAsInt() + "★ (average " + average(r) + ")"
                : "none (" + r.outcome() + ")";
    }

    private static String stars(Rating r) {
        return r.stars().isPresent() ? r.stars().getAsInt() + "★" : "none (" + r.outcome() + ")";
    }

    private static String failed(Rating r) {
        return r.failedMinimums().stream().map(f -> f.criterion() + " for " + f.stars() + "★ (requires "
                + f.requiredOption() + ")").collect(Collectors.joining(", "));
    }

    /** Which star minimums the rating had, checked and failed, in words. */
    static String minimums(Rating r, CriteriaVersion version) {
        if (r.average().isEmpty()) {
            return "not reached (" + r.outcome() + ")";
        }
        if (r.criteria().isEmpty()) {
            return "not checked: no member sheets";
        }
        StarMinimums m = version.starMinimums();
        String failed = r.failedMinimums().isEmpty() ? "none failed" : "failed: " + failed(r);
        return switch (m.kind()) {
            case NONE -> "none: " + version.id() + " sets no star minimums";
            case MARKERS -> "star markers on the sheet; " + failed;
            case PARTIAL -> m.coverage(r.productSet()).map(c -> "a table known in part: " + c.checked().size()
                    + " checked, " + c.notChecked().size() + " not checked; " + failed).orElse(failed);
        };
    }

    /** What the evaluating level does with the result, in words. */
    static String recognition(Rating r) {
        if (r.recognition().isEmpty()) {
            return "none (" + r.outcome() + ")";
        }
        Recognition rec = r.recognition().get();
        return "at " + rec.level() + " under " + rec.procedure() + ": " + (rec.grantedStars().isPresent()
                ? "recognises " + rec.grantedStars().getAsInt() + "★" + (rec.certificate() ? " with a certificate" : "")
                : "recognises nothing") + rec.forwardedTo().map(l -> "; forwarded to " + l).orElse("");
    }

    private static String outcomeReason(Rating r) {
        if (!r.problems().isEmpty() && r.outcome() == Outcome.INVALID) {
            return r.problems().get(0).message();
        }
        if (!r.knockOuts().isEmpty()) {
            return r.knockOuts().stream().map(k -> k.rule().id()).collect(Collectors.joining(", "));
        }
        if (!r.councilBreaches().isEmpty()) {
            return r.councilBreaches().stream().map(b -> b.rule() + ": " + b.detail())
                    .collect(Collectors.joining("; "));
        }
        if (r.outcome() == Outcome.REFUSED) {
            return "a failed star minimum refuses it: " + failed(r);
        }
        return r.outcome().name();
    }
}
