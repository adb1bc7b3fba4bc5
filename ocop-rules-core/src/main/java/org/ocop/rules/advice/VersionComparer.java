package org.ocop.rules.advice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.ocop.rules.CriterionScore;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.CriterionComparison;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SetMapping;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.criteria.StarMinimums;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.internal.Messages;

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
 * carried. Where a criterion comparison links the two versions' decision sheets (148 and 26/2026, either way), each
 * member's choice is also carried on every criterion with an option mapping from the data, and the rest named with the
 * comparison's reason; the carried sheets are rated only when nothing is left out, never completed by guess.
 */
final class VersionComparer {

    /** A set of the compared version and why it matches the dossier's. */
    private record Target(Optional<String> set, Text basis, SourceStatus status, Text source) {
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
            return new VersionImpact(dossier.id(), baseline, List.of(), Optional.of(Messages.text(
                    "versions.unresolved", baseline.problems().get(0).messageText())));
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
            return List.of(new Target(Optional.of(code), Messages.text("versions.basis.own"), SourceStatus.CONFIRMED,
                    Messages.text("versions.source.dossier")));
        }
        Optional<Text> shared = sharedClassification(own, version);
        if (shared.isPresent()) {
            boolean has = version.productSets().stream().anyMatch(s -> s.code().equals(code));
            return List.of(new Target(has ? Optional.of(code) : Optional.empty(), has
                    ? Messages.text("versions.basis.sameCode", shared.get())
                    : Messages.text("versions.basis.noSet", code, version.id(), shared.get()), SourceStatus.SECONDARY,
                    shared.get()));
        }
        SetMapping mapping = catalogue.setMapping();
        Optional<SetMapping.Entry> match = mapping.match(own.id(), code, version.id());
        if (match.isPresent()) {
            SetMapping.Entry e = match.get();
            String source = mapping.mappings().stream().filter(m -> pairs(m, own.id(), version.id()))
                    .map(SetMapping.Mapping::source).findFirst().orElse("set-mapping.json");
            // the mapping's basis and source are the data's own words
            Text basis = Messages.literal(e.basis());
            if (e.to().isEmpty()) {
                return List.of(new Target(Optional.empty(), basis, e.status(), Messages.literal(source)));
            }
            return e.to().stream().map(to -> new Target(Optional.of(to), basis, e.status(),
                    Messages.literal(source))).toList();
        }
        Text why = version.productSets().isEmpty() ? Messages.text("versions.basis.noClassification", version.id())
                : Messages.text("versions.basis.noMapping", code, own.id(), version.id());
        return List.of(new Target(Optional.empty(), why, SourceStatus.UNKNOWN, Messages.literal("set-mapping.json")));
    }

    private static boolean pairs(SetMapping.Mapping m, String a, String b) {
        return m.from().contains(a) && m.to().contains(b) || m.from().contains(b) && m.to().contains(a);
    }

    /** Why two versions share one classification (so a code means the same set in both), if they do. */
    private Optional<Text> sharedClassification(CriteriaVersion a, CriteriaVersion b) {
        if (a.basedOn().filter(b.id()::equals).isPresent() || b.basedOn().filter(a.id()::equals).isPresent()) {
            CriteriaVersion derived = a.basedOn().isPresent() ? a : b;
            return Optional.of(Messages.text("versions.shared.basedOn", derived.id(), derived.basedOn().get()));
        }
        for (SetMapping.Mapping m : catalogue.setMapping().mappings()) {
            if (m.from().contains(a.id()) && m.from().contains(b.id())
                    || m.to().contains(a.id()) && m.to().contains(b.id())) {
                return Optional.of(Messages.text("versions.shared.grouped", a.id(), b.id()));
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
        Text name = firstEdition ? Messages.literal(under.id()) : Messages.text("versions.named", under.id(), edition);
        if (target.set().isEmpty()) {
            return notRated(under, target, Messages.text("versions.note.noMatchingSet", under.id(),
                    dossier.productSet(), target.basis(), target.status().tag()));
        }
        String set = target.set().get();
        if (under.id().equals(own.id()) && edition.equals(own.sheetEdition())) {
            return new VersionImpact.Entry(under.id(), edition, target.set(), target.basis(), target.status(),
                    target.source(), VersionImpact.Method.OWN, Messages.text("versions.note.own"),
                    Optional.of(baseline), List.of());
        }
        Text carried;
        Optional<CarryResult> carriage = Optional.empty();
        if (dossier.isAverageOnly()) {
            // the council's average as recorded rates the same under every sheet edition, and needs no sheet
            if (!firstEdition || under.id().equals(own.id())) {
                return notRated(under, target, Messages.text("versions.note.averageOnlyEditions", under.id()));
            }
            Rating rating = raterFor(under).rate(dossier.toBuilder().productSet(set).criteriaVersion(under.id())
                    .recorded(null).build());
            return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                    target.status(), target.source(), VersionImpact.Method.TOTALS_CARRIED,
                    Messages.text("versions.note.averageOnly", under.id(), set), Optional.of(rating),
                    changes(baseline, rating, under), Optional.empty());
        }
        if (dossier.isTotalsOnly()) {
            if (!firstEdition || under.id().equals(own.id())) {
                return notRated(under, target, Messages.text("versions.note.totalsOnlyEditions", under.id()));
            }
            carried = Messages.text("versions.note.totalsOnly", under.id(), set);
        } else if (sharesSheets(own, under)) {
            Optional<Text> sheetProblem = sheetProblem(dossier, under, set);
            if (sheetProblem.isEmpty()) {
                Rating rating = raterFor(under).rate(copy(dossier, set, List.copyOf(dossier.sheets()), List.of(),
                        under.id()));
                return rated(baseline, under, target, VersionImpact.Method.SHEETS, Messages.text(
                        "versions.note.sheets", name, set), rating);
            }
            if (!firstEdition) {
                return notRated(under, target, Messages.text("versions.note.sheetProblemEdition", sheetProblem.get(),
                        CriteriaVersion.DECISION_EDITION));
            }
            carried = Messages.text("versions.note.carriedProblem", sheetProblem.get(), under.id());
        } else {
            if (!firstEdition) {
                return notRated(under, target, Messages.text("versions.note.differEdition",
                        CriteriaVersion.DECISION_EDITION));
            }
            carriage = carry(dossier, own, under, set);
            if (carriage.isPresent() && carriage.get().sheets().isPresent()) {
                Rating rating = raterFor(under).rate(copy(dossier, set, carriage.get().sheets().get(), List.of(),
                        under.id()));
                return new VersionImpact.Entry(under.id(), edition, target.set(), target.basis(), target.status(),
                        target.source(), VersionImpact.Method.CRITERIA_CARRIED, Messages.text(
                                "versions.note.criteriaCarried", dossier.sheets().size(), name, set),
                        Optional.of(rating), changes(baseline, rating, under), Optional.of(carriage.get().carriage()));
            }
            carried = Messages.text(carriage.isPresent() ? "versions.note.carriedPartly" : "versions.note.carried",
                    under.id(), set);
        }
        Optional<VersionImpact.Carriage> partial = carriage.map(CarryResult::carriage);
        if (baseline.members().isEmpty()) {
            return notRated(under, target, Messages.text("versions.note.noTotals",
                    Messages.name(baseline.outcome())), partial);
        }
        List<Integer> totals = baseline.members().stream().map(MemberScore::total).toList();
        Rating rating = raterFor(under).rate(copy(dossier, set, List.of(), totals, under.id()));
        return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                target.status(), target.source(), VersionImpact.Method.TOTALS_CARRIED, carried, Optional.of(rating),
                changes(baseline, rating, under), partial);
    }

    // ---- carrying choices criterion by criterion (the criterion comparison) -------------------------------------

    /** A carriage, with the carried sheets when it is complete. */
    private record CarryResult(VersionImpact.Carriage carriage, Optional<List<MemberSheet>> sheets) {
    }

    /**
     * The members' choices carried to the sheet of {@code under} for the set, when a criterion comparison links the
     * two versions' decision sheets (either direction) and compares the set, and the members' sheets use only criteria
     * and options of their own sheet; empty otherwise. A choice carries only on
     * a criterion with an option mapping; the carried sheets are given only when every answered criterion carried and
     * every criterion of the target sheet is reached.
     */
    private Optional<CarryResult> carry(Dossier dossier, CriteriaVersion own, CriteriaVersion under, String set) {
        if (dossier.sheets().isEmpty() || !set.equals(dossier.productSet())
                || !own.sheetEdition().equals(CriteriaVersion.DECISION_EDITION)
                || !under.sheetEdition().equals(CriteriaVersion.DECISION_EDITION)
                || sheetProblem(dossier, own, set).isPresent()) {
            // a sheet using what its own sheet lacks (an invalid dossier) is not carried: its choices mean nothing
            return Optional.empty();
        }
        for (CriterionComparison cmp : catalogue.criterionComparisons()) {
            boolean forward = cmp.fromVersion().equals(own.id()) && cmp.toVersion().equals(under.id());
            boolean backward = cmp.toVersion().equals(own.id()) && cmp.fromVersion().equals(under.id());
            if ((forward || backward) && cmp.hasSet(set)) {
                return Optional.of(carry(dossier, own.sheet(set), under.sheet(set), cmp, forward));
            }
        }
        return Optional.empty();
    }

    private static CarryResult carry(Dossier dossier, ScoringSheet ownSheet, ScoringSheet target,
            CriterionComparison cmp, boolean forward) {
        String set = ownSheet.productSet();
        List<VersionImpact.MemberCarriage> members = new ArrayList<>();
        List<MemberSheet> sheets = new ArrayList<>();
        boolean allCarried = true;
        for (MemberSheet member : dossier.sheets()) {
            List<VersionImpact.Carried> carried = new ArrayList<>();
            List<VersionImpact.NotCarried> notCarried = new ArrayList<>();
            Map<Part, Integer> points = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                points.put(part, 0);
            }
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            for (Criterion criterion : ownSheet.criteria()) {
                String code = criterion.code();
                if (!member.answered(code)) {
                    continue;
                }
                List<String> chosen = member.options(code);
                Optional<CriterionComparison.Match> match = forward ? cmp.fromCriterion(set, code)
                        : cmp.toCriterion(set, code);
                if (match.isEmpty()) {
                    // only backward: no criterion of the older sheet has this one's label
                    notCarried.add(new VersionImpact.NotCarried(code, Optional.empty(),
                            CriterionComparison.Kind.NO_MATCH, List.of(new CriterionComparison.Change(
                                    CriterionComparison.ChangeKind.NO_LABEL_MATCH, Optional.empty(),
                                    Optional.empty(), OptionalInt.empty(), OptionalInt.empty()))));
                    continue;
                }
                CriterionComparison.Match m = match.get();
                String other = forward ? m.to().orElse(null) : m.from();
                if (!m.kind().carries()) {
                    // the comparison reads from the older version to the newer; a 26/2026 dossier reads it backwards
                    notCarried.add(new VersionImpact.NotCarried(code, Optional.ofNullable(other), m.kind(),
                            forward ? m.changes() : m.changes().stream().map(CriterionComparison.Change::reversed)
                                    .toList()));
                    continue;
                }
                Map<String, String> options = new LinkedHashMap<>();
                m.options().forEach((a, b) -> options.put(forward ? a : b, forward ? b : a));
                List<String> mapped = chosen.stream().map(options::get).toList();
                Criterion to = target.criterion(other).orElseThrow();
                int sum = mapped.stream().mapToInt(o -> to.option(o).orElseThrow().points()).sum();
                int score = to.select() == Criterion.Select.ANY ? Math.min(sum, to.maxPoints()) : sum;
                carried.add(new VersionImpact.Carried(code, chosen, other, mapped, m.kind(), to.part(), score));
                points.merge(to.part(), score, Integer::sum);
                if (member.ticks().containsKey(code)) {
                    ticks.put(other, mapped);
                } else {
                    choices.put(other, mapped.get(0));
                }
            }
            allCarried &= notCarried.isEmpty();
            members.add(new VersionImpact.MemberCarriage(member.member(), carried, notCarried, points));
            sheets.add(MemberSheet.of(member.member(), choices, ticks));
        }
        List<String> unreached = new ArrayList<>();
        for (Criterion criterion : target.criteria()) {
            Optional<CriterionComparison.Match> m = forward ? cmp.toCriterion(set, criterion.code())
                    : cmp.fromCriterion(set, criterion.code());
            if (m.isEmpty() || !m.get().kind().carries()) {
                unreached.add(criterion.code());
            }
        }
        boolean complete = allCarried && unreached.isEmpty();
        return new CarryResult(new VersionImpact.Carriage(cmp.source(), cmp.status(), members, unreached, complete),
                complete ? Optional.of(List.copyOf(sheets)) : Optional.empty());
    }

    /** Why the members' sheets cannot be rated under the version's sheet for the set, if they cannot. */
    private static Optional<Text> sheetProblem(Dossier dossier, CriteriaVersion under, String set) {
        Text name = named(under);
        if (under.productSets().stream().filter(s -> s.code().equals(set)).noneMatch(ProductSet::hasSheet)) {
            return Optional.of(Messages.text("versions.sheet.none", name, set));
        }
        ScoringSheet sheet = under.sheet(set);
        for (MemberSheet member : dossier.sheets()) {
            Map<String, List<String>> used = new LinkedHashMap<>();
            member.choices().forEach((c, o) -> used.put(c, List.of(o)));
            member.ticks().forEach(used::put);
            for (Map.Entry<String, List<String>> e : used.entrySet()) {
                Optional<Criterion> criterion = sheet.criterion(e.getKey());
                if (criterion.isEmpty()) {
                    return Optional.of(Messages.text("versions.sheet.noCriterion", name, set, e.getKey(),
                            member.member()));
                }
                for (String option : e.getValue()) {
                    if (criterion.get().option(option).isEmpty()) {
                        return Optional.of(Messages.text("versions.sheet.noOption", name, set, option,
                                member.member()));
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

    private static VersionImpact.Entry notRated(CriteriaVersion under, Target target, Text note) {
        return notRated(under, target, note, Optional.empty());
    }

    private static VersionImpact.Entry notRated(CriteriaVersion under, Target target, Text note,
            Optional<VersionImpact.Carriage> carriage) {
        return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                target.status(), target.source(), VersionImpact.Method.NOT_RATED, note, Optional.empty(), List.of(),
                carriage);
    }

    private static VersionImpact.Entry rated(Rating baseline, CriteriaVersion under, Target target,
            VersionImpact.Method method, Text note, Rating rating) {
        return new VersionImpact.Entry(under.id(), under.sheetEdition(), target.set(), target.basis(),
                target.status(), target.source(), method, note, Optional.of(rating),
                changes(baseline, rating, under));
    }

    // ---- what changes -------------------------------------------------------------------------------------------

    static List<VersionImpact.Change> changes(Rating before, Rating after, CriteriaVersion under) {
        List<VersionImpact.Change> changes = new ArrayList<>();
        Text name = named(under);
        Map<String, CriterionScore> was = new LinkedHashMap<>();
        before.criteria().forEach(c -> was.put(c.code(), c));
        for (CriterionScore now : after.criteria()) {
            CriterionScore then = was.get(now.code());
            if (then != null && !then.points().equals(now.points())) {
                changes.add(new VersionImpact.Change(VersionImpact.Kind.POINTS, now.code(), points(then, before),
                        points(now, after), Messages.text(sameChoices(then, now) ? "versions.change.samePoints"
                                : "versions.change.otherOptions", name)));
            }
        }
        CriteriaVersion beforeVersion = before.version().orElseThrow().version();
        Text minBefore = minimums(before, beforeVersion);
        Text minAfter = minimums(after, under);
        if (!minBefore.toString().equals(minAfter.toString())) {
            StarMinimums m = under.starMinimums();
            changes.add(new VersionImpact.Change(VersionImpact.Kind.MINIMUMS, "minimums", minBefore, minAfter,
                    after.criteria().isEmpty() && after.average().isPresent()
                            ? Messages.text("versions.change.minimumsUnchecked", name)
                            : Messages.text("versions.change.minimumsStatement", under.id(), m.statement().text(),
                                    m.statement().source(), m.statement().status().tag())));
        }
        if (!before.bandStars().equals(after.bandStars())) {
            Text why = before.average().isPresent() && after.average().isPresent()
                    && before.average().get().compareTo(after.average().get()) != 0
                    ? Messages.text("versions.change.averageMoved", average(before), average(after))
                    : after.bandStars().isEmpty() ? Messages.text("versions.change.noBand", outcomeReason(after))
                    : Messages.text("versions.change.otherBand", under.id(), under.bands().text());
            changes.add(new VersionImpact.Change(VersionImpact.Kind.BAND, "band", band(before), band(after), why));
        }
        if (!before.stars().equals(after.stars())) {
            Text why;
            if (!after.isRated()) {
                why = Messages.text("versions.change.notRated", outcomeReason(after));
            } else if (!after.failedMinimums().isEmpty() && after.stars().getAsInt() < after.bandStars().getAsInt()) {
                why = Messages.text("versions.change.demoted", failed(after));
            } else if (!before.bandStars().equals(after.bandStars())) {
                why = Messages.text("versions.change.bandMoved");
            } else if (before.failedMinimums().isEmpty()) {
                why = Messages.text("versions.change.bandStarStands");
            } else {
                why = after.criteria().isEmpty() ? Messages.text("versions.change.minimumsCarried", failed(before))
                        : Messages.text("versions.change.minimumsPassed", failed(before), name);
            }
            changes.add(new VersionImpact.Change(VersionImpact.Kind.STARS, "stars", stars(before), stars(after),
                    why));
        }
        Text recBefore = recognition(before);
        Text recAfter = recognition(after);
        if (!recBefore.toString().equals(recAfter.toString())) {
            changes.add(new VersionImpact.Change(VersionImpact.Kind.RECOGNITION, "recognition", recBefore, recAfter,
                    after.recognition().map(Recognition::noteText).orElse(Messages.text(
                            "versions.change.noRecognition", outcomeReason(after)))));
        }
        if (before.outcome() != after.outcome()) {
            changes.add(new VersionImpact.Change(VersionImpact.Kind.OUTCOME, "outcome",
                    Messages.name(before.outcome()), Messages.name(after.outcome()), outcomeReason(after)));
        }
        return changes;
    }

    /** A version's id, with its sheet edition when it is not the decision's own. */
    private static Text named(CriteriaVersion version) {
        return version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? Messages.literal(version.id())
                : Messages.text("versions.named", version.id(), version.sheetEdition());
    }

    private static boolean sameChoices(CriterionScore a, CriterionScore b) {
        return a.choices().equals(b.choices()) && a.ticked().equals(b.ticked());
    }

    /** {@code 3.1.b = 4 (An), 3.1.c = 5 (Bình); average 4.50}. */
    private static Text points(CriterionScore c, Rating r) {
        List<String> each = new ArrayList<>();
        c.points().forEach((member, pts) -> {
            String chosen = c.choices().get(member);
            List<String> ticked = c.ticked().get(member);
            String what = chosen != null ? chosen : ticked != null ? "[" + String.join(", ", ticked) + "]" : "—";
            each.add(what + " = " + pts + " (" + member + ")");
        });
        return Messages.text("versions.points", String.join(", ", each),
                c.average().rounded(r.settings().displayScale(), r.settings().displayRounding()).toPlainString());
    }

    private static Text average(Rating r) {
        return r.displayedAverage().map(a -> Messages.literal(a.toPlainString()))
                .orElse(Messages.text("versions.average.none"));
    }

    private static Text band(Rating r) {
        return r.bandStars().isPresent() ? Messages.text("versions.band", r.bandStars().getAsInt(), average(r))
                : Messages.text("versions.none", Messages.name(r.outcome()));
    }

    private static Text stars(Rating r) {
        return r.stars().isPresent() ? Messages.literal(r.stars().getAsInt() + "★")
                : Messages.text("versions.none", Messages.name(r.outcome()));
    }

    private static Text failed(Rating r) {
        return Messages.join(", ", r.failedMinimums().stream().map(f -> Messages.text("versions.failed",
                f.criterion(), f.stars(), f.requiredOption())).toList());
    }

    /** Which star minimums the rating had, checked and failed, in words. */
    static Text minimums(Rating r, CriteriaVersion version) {
        if (r.average().isEmpty()) {
            return Messages.text("versions.minimums.notReached", Messages.name(r.outcome()));
        }
        if (r.criteria().isEmpty()) {
            return Messages.text("versions.minimums.noSheets");
        }
        StarMinimums m = version.starMinimums();
        Text failed = r.failedMinimums().isEmpty() ? Messages.text("versions.minimums.noneFailed")
                : Messages.text("versions.minimums.failed", failed(r));
        return switch (m.kind()) {
            case NONE -> Messages.text("versions.minimums.none", version.id());
            case MARKERS -> Messages.text("versions.minimums.markers", failed);
            case PARTIAL -> m.coverage(r.productSet()).map(c -> Messages.text("versions.minimums.partial",
                    c.checked().size(), c.notChecked().size(), failed)).orElse(failed);
        };
    }

    /** What the evaluating level does with the result, in words. */
    static Text recognition(Rating r) {
        if (r.recognition().isEmpty()) {
            return Messages.text("versions.none", Messages.name(r.outcome()));
        }
        Recognition rec = r.recognition().get();
        Text grants = rec.grantedStars().isEmpty() ? Messages.text("versions.recognition.nothing")
                : Messages.text(rec.certificate() ? "versions.recognition.grantsCertificate"
                        : "versions.recognition.grants", rec.grantedStars().getAsInt());
        return Messages.text("versions.recognition", Messages.name(rec.level()), rec.procedure(), grants,
                rec.forwardedTo().map(l -> Messages.text("versions.recognition.forwarded", Messages.name(l)))
                        .orElse(Messages.literal("")));
    }

    private static Text outcomeReason(Rating r) {
        if (!r.problems().isEmpty() && r.outcome() == Outcome.INVALID) {
            return r.problems().get(0).messageText();
        }
        if (!r.knockOuts().isEmpty()) {
            return Messages.literal(r.knockOuts().stream().map(k -> k.rule().id()).collect(Collectors.joining(", ")));
        }
        if (!r.councilBreaches().isEmpty()) {
            return Messages.join("; ", r.councilBreaches().stream().map(b -> Messages.join(": ",
                    List.of(Messages.literal(b.rule().name()), b.detailText()))).toList());
        }
        if (r.outcome() == Outcome.REFUSED) {
            return Messages.text("versions.change.refused", failed(r));
        }
        return Messages.name(r.outcome());
    }
}
