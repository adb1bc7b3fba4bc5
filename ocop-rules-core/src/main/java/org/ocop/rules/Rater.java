package org.ocop.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.criteria.StarMinimums;
import org.ocop.rules.criteria.VersionResolution;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.drools.DroolsRatingEngine;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Batch;

/**
 * The front door of rating: dossier in, {@link Rating} out.
 *
 * <pre>{@code
 * Rater rater = Rater.standard();                       // Drools engine, default policies, bundled criteria
 * Rating rating = rater.rate(DossierReader.read(path));
 * System.out.println(rating.explain());
 * }</pre>
 *
 * <p>A rater is immutable and safe to share across threads; build it once. It validates the dossier (every
 * problem becomes a {@link Problem} of an {@link Outcome#INVALID} rating, never an exception), resolves the
 * criteria version by submission date (or the one requested), lets its engine decide, and assembles the result with
 * its explanation. The engine is Drools by default; the DMN module provides another with the same verdicts.
 */
public final class Rater {

    private final CriteriaCatalogue catalogue;
    private final RatingEngine engine;
    private final RatingSettings settings;
    /** Only to notice dates in the future: no rating depends on today. */
    private final java.time.Clock clock;
    /** Dates of dossiers are Vietnamese calendar days. */
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    /** What every task of a sheet shares, built once per sheet (a bounded set: the catalogue's sheets). */
    private final java.util.concurrent.ConcurrentMap<ScoringSheet, SheetFacts> sheetFacts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Rater(CriteriaCatalogue catalogue, RatingEngine engine, RatingSettings settings) {
        this(catalogue, engine, settings, java.time.Clock.system(VIETNAM));
    }

    private Rater(CriteriaCatalogue catalogue, RatingEngine engine, RatingSettings settings, java.time.Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The bundled criteria, the Drools engine and {@link RatingSettings#DEFAULTS}. */
    public static Rater standard() {
        return new Rater(CriteriaCatalogue.bundled(), DroolsRatingEngine.shared(), RatingSettings.DEFAULTS);
    }

    /** The bundled criteria and default settings with another engine, such as the DMN module's. */
    public static Rater using(RatingEngine engine) {
        return new Rater(CriteriaCatalogue.bundled(), engine, RatingSettings.DEFAULTS);
    }

    /** This rater with other settings. */
    public Rater withSettings(RatingSettings newSettings) {
        return new Rater(catalogue, engine, newSettings, clock);
    }

    /** The criteria catalogue it rates with. */
    public CriteriaCatalogue catalogue() {
        return catalogue;
    }

    /** This rater with another criteria catalogue (for example a corrected data edition). */
    public Rater withCatalogue(CriteriaCatalogue newCatalogue) {
        return new Rater(newCatalogue, engine, settings, clock);
    }

    /**
     * This rater with another clock: "today" only decides whether a submission or rating date lies in the future,
     * which a rating warns about (the criteria in force then cannot be known). For tests and replays of a fixed day.
     */
    public Rater withClock(java.time.Clock newClock) {
        return new Rater(catalogue, engine, settings, newClock);
    }

    /** The settings every rating of this rater uses. */
    public RatingSettings settings() {
        return settings;
    }

    /** The engine's name. */
    public String engineName() {
        return engine.name();
    }

    /**
     * Rates each dossier independently, in order, on all cores: an invalid dossier becomes an INVALID rating of its
     * own. One rating per dossier, always.
     */
    public List<Rating> rateAll(List<Dossier> dossiers) {
        try (Stream<Rating> ratings = rateAll(dossiers.stream().map(DossierSource::of),
                Runtime.getRuntime().availableProcessors())) {
            return ratings.toList();
        }
    }

    /**
     * Rates a stream of dossier sources lazily, in input order, on {@code parallelism} threads and with a
     * bounded window of work in flight, so a batch of any size runs in constant memory.
     *
     * <p>Exactly one rating comes out per source, in the same order: a source that cannot be read or parsed
     * gives an {@link Outcome#INVALID} rating named after it. Close the returned stream (try-with-resources) to stop
     * the workers and close the sources' stream.
     *
     * @param sources the dossiers, read inside the batch
     * @param parallelism threads that rate, at least 1: the calling thread, which rates queued dossiers while it
     *     waits for the next rating, and {@code parallelism - 1} workers (1 rates on the calling thread alone)
     */
    public Stream<Rating> rateAll(Stream<DossierSource> sources, int parallelism) {
        return Batch.ordered(sources, this::rateSource, parallelism);
    }

    /** Reads and rates one source; reading problems become an INVALID rating named after the source. */
    public Rating rateSource(DossierSource source) {
        Read read = read(source);
        return read.dossier() == null ? read.unreadable() : rate(read.dossier());
    }

    /** A source read: its dossier, or the INVALID rating that says why it could not be read. */
    record Read(Dossier dossier, Rating unreadable) {
    }

    Read read(DossierSource source) {
        try {
            return new Read(source.read(), null);
        } catch (DossierFormatException e) {
            return new Read(null, unreadable(source.name(), e.toProblem()));
        } catch (java.io.UncheckedIOException e) {
            return new Read(null, unreadable(source.name(), new Problem("file " + source.name(), "cannot be read",
                    String.valueOf(e.getCause().getMessage()), "a readable UTF-8 JSON file")));
        }
    }

    /**
     * Replays a dossier for an auditor: rates it (under the version of its date, or the one it requests) and
     * compares the result with its recorded result, classifying each difference by its most likely cause.
     */
    public Replay replay(Dossier dossier) {
        return Replayer.replay(rate(dossier), dossier, catalogue);
    }

    /** Reads and replays one source; an unreadable source gives an INVALID rating and nothing to compare. */
    public Replay replaySource(DossierSource source) {
        Read read = read(source);
        return read.dossier() == null ? new Replay(read.unreadable(), Optional.empty(), List.of())
                : replay(read.dossier());
    }

    /** Replays a stream of sources like {@link #rateAll(Stream, int)}: in order, in parallel, in constant memory. */
    public Stream<Replay> replayAll(Stream<DossierSource> sources, int parallelism) {
        return Batch.ordered(sources, this::replaySource, parallelism);
    }

    /**
     * Reads and rates a dossier file. A file that cannot be read or is not a well-formed dossier gives an
     * {@link Outcome#INVALID} rating named after the file, so a batch never stops on one bad file.
     */
    public Rating rateFile(java.nio.file.Path file) {
        return rateSource(DossierSource.of(file));
    }

    private Rating unreadable(String name, Problem problem) {
        return new Rating(name, Optional.empty(), "", Outcome.INVALID, List.of(), Optional.empty(), Map.of(),
                OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                List.of(problem), List.of(), List.of(), List.of(), settings, engine.name());
    }

    /**
     * Rates one dossier.
     *
     * @throws IllegalStateException only if the engine itself fails, which is a defect
     */
    public Rating rate(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        String where = "dossier " + dossier.id();
        List<Problem> problems = new ArrayList<>();

        VersionResolution resolution;
        try {
            resolution = dossier.criteriaVersion().isPresent()
                    ? catalogue.requested(dossier.criteriaVersion().get(), dossier.submittedOn())
                    : catalogue.resolve(dossier.submittedOn(), dossier.ratedOn().orElse(null));
        } catch (CriteriaLookupException e) {
            String field = dossier.criteriaVersion().isPresent() ? "criteriaVersion" : "submittedOn";
            problems.add(new Problem(where + ", field " + field, e.problem(), e.value(), e.allowed()));
            return invalid(dossier, Optional.empty(), problems);
        }
        if (settings.sheetEdition().isPresent()) {
            String name = settings.sheetEdition().get();
            try {
                resolution = new VersionResolution(resolution.version().withSheetEdition(name), resolution.rule(),
                        resolution.reason(), resolution.warnings());
            } catch (CriteriaLookupException e) {
                problems.add(new Problem(where + ", setting sheetEdition", "criteria version "
                        + resolution.version().id() + " has no such sheet edition", name, e.allowed()));
                return invalid(dossier, Optional.of(resolution), problems);
            }
        }
        CriteriaVersion version = resolution.version();
        if (!dossier.sheets().isEmpty() && !dossier.memberTotals().isEmpty()) {
            problems.add(new Problem(where + ", field memberTotals", "given together with sheets",
                    dossier.memberTotals().toString(), "one or the other: the members' sheets, or only their totals "
                            + "when the sheets are not at hand"));
            return invalid(dossier, Optional.of(resolution), problems);
        }
        if (dossier.isTotalsOnly()) {
            return rateTotals(dossier, resolution);
        }
        if (version.setsWithSheets().isEmpty()) {
            String withSheets = catalogue.versions().stream().filter(v -> !v.setsWithSheets().isEmpty())
                    .map(CriteriaVersion::id).collect(Collectors.joining(", "));
            problems.add(new Problem(where + ", field productSet", "no scoring sheets are in the data for "
                    + version.id() + " yet", dossier.productSet(), "a dossier under a version with sheets: "
                    + withSheets + "; or the members' totals (\"memberTotals\") instead of their sheets, which "
                    + "every version rates"));
            return invalid(dossier, Optional.of(resolution), problems);
        }
        ScoringSheet sheet;
        try {
            sheet = version.sheet(dossier.productSet());
        } catch (CriteriaLookupException e) {
            boolean noSheet = e.problem().startsWith("no scoring sheet");
            String edition = version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                    : " (sheet edition " + version.sheetEdition() + ")";
            String problem = noSheet ? "no scoring sheet of " + version.id() + edition + " is in the data for product set"
                    : e.problem() + " in " + version.id();
            Optional<String> otherVersion = noSheet ? Optional.empty()
                    : catalogue.setMapping().explainForeignCode(dossier.productSet(), version, catalogue);
            if (otherVersion.isPresent()) {
                problem = otherVersion.get();
            }
            String allowed = noSheet ? "a product set with a sheet: " + e.allowed() + "; or the members' totals "
                    + "(\"memberTotals\") instead of their sheets, which rate every set of " + version.id()
                    : e.allowed();
            problems.add(new Problem(where + ", field productSet", problem, e.value(), allowed));
            return invalid(dossier, Optional.of(resolution), problems);
        }

        Optional<Problem> unsupported = unsupportedChecklist(where, version, sheet);
        if (unsupported.isPresent()) {
            problems.add(unsupported.get());
            return invalid(dossier, Optional.of(resolution), problems);
        }
        LocalDate procedureDay = dossier.ratedOn().orElse(dossier.submittedOn());
        Procedure procedure = version.procedureOn(procedureDay);
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            problems.add(new Problem(where + ", field level", "level does not evaluate under " + procedure.name(),
                    level.name(), procedure.levels().stream().map(a -> a.level().name())
                            .collect(Collectors.joining(", "))));
        }
        List<Problem> missing = new ArrayList<>();
        checkSheets(dossier, version, sheet, problems, missing);
        checkFindings(dossier, sheet, problems);
        checkCouncil(dossier, problems);
        if (!problems.isEmpty()) {
            problems.addAll(missing);
            return invalid(dossier, Optional.of(resolution), problems);
        }

        RatingTask task = task(dossier, version, sheet, procedure, authority.get());
        Verdict verdict = engine.decide(task);
        boolean knockedOut = verdict.outcome() == Outcome.DISQUALIFIED || verdict.outcome() == Outcome.STOPPED;
        if (!missing.isEmpty() && !knockedOut) {
            return invalid(dossier, Optional.of(resolution), missing);
        }
        return assemble(dossier, resolution, sheet, procedure, level, task, verdict);
    }

    /**
     * Rates a totals-only dossier: the members' totals, without their sheets. The engine decides the band, the
     * council rules it can check, the outcome, recognition and forwarding from the totals; no sheet is needed, so
     * every set of every version is rated (148's sets without a sheet, 781 before its sheets are in the data). Star
     * minimums cannot be checked without sheets: the rated star is the band's, and the rating says so.
     */
    private Rating rateTotals(Dossier dossier, VersionResolution resolution) {
        String where = "dossier " + dossier.id();
        CriteriaVersion version = resolution.version();
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>(resolution.warnings());
        if (version.productSets().isEmpty()) {
            warnings.add("product set " + dossier.productSet() + " not checked: the classification of "
                    + version.id() + " is not in the data yet");
        } else {
            try {
                version.productSet(dossier.productSet());
            } catch (CriteriaLookupException e) {
                problems.add(new Problem(where + ", field productSet", e.problem() + " in " + version.id(),
                        e.value(), e.allowed()));
            }
        }
        int max = version.partMaxPoints().values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < dossier.memberTotals().size(); i++) {
            int total = dossier.memberTotals().get(i);
            if (total < 0 || total > max) {
                problems.add(new Problem(where + ", field memberTotals[" + i + "]", "not a member's total under "
                        + version.id(), String.valueOf(total), "whole points from 0 to " + max));
            }
        }
        if (!dossier.findings().isEmpty()) {
            problems.add(new Problem(where + ", field findings", "knock-out findings on a totals-only dossier",
                    String.join(", ", dossier.findings()), "no findings: a disqualified or stopped dossier is not "
                            + "scored, so it has no totals; give the members' sheets to rate its knock-outs"));
        }
        LocalDate procedureDay = dossier.ratedOn().orElse(dossier.submittedOn());
        Procedure procedure = version.procedureOn(procedureDay);
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            problems.add(new Problem(where + ", field level", "level does not evaluate under " + procedure.name(),
                    level.name(), procedure.levels().stream().map(a -> a.level().name())
                            .collect(Collectors.joining(", "))));
        }
        CouncilRules rules = settings.councilRules();
        if (rules.quorum() && dossier.council().isEmpty()) {
            problems.add(new Problem(where + ", field council", "missing, but the quorum rule is on", "(none)",
                    "{\"size\": members on the council}"));
        }
        if (!problems.isEmpty()) {
            return invalid(dossier, Optional.of(resolution), problems);
        }

        // Members are known by their place in the record; names are not given, so what needs a name is not checked.
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= dossier.memberTotals().size(); i++) {
            members.add("member " + i);
        }
        List<Problem> notChecked = new ArrayList<>();
        if (version.starMinimums().kind() != StarMinimums.Kind.NONE) {
            notChecked.add(new Problem(where + ", field memberTotals", "star minimums not checked",
                    "no member sheets were given", "the members' sheets (\"sheets\"), to check the star minimums of "
                            + version.id() + "; the rated star is the band's"));
        }
        Optional<String> secretary = dossier.council().flatMap(Council::secretary);
        if (rules.quorum() && dossier.council().flatMap(Council::chair).isPresent()) {
            notChecked.add(new Problem(where + ", field council.chair", "whether the chair scored is not checked",
                    "members' totals without names", "the members' sheets, which name each member"));
        }
        if (rules.secretaryMustNotScore() && secretary.isPresent()) {
            notChecked.add(new Problem(where + ", field council.secretary", "whether the secretary scored is not "
                    + "checked", "members' totals without names", "the members' sheets, which name each member"));
        }
        RatingTask.Council council = new RatingTask.Council(dossier.council().map(Council::size).orElse(0),
                Optional.empty(), secretary);
        RatingTask task = new RatingTask(dossier.id(), version.id(), version.edition(), dossier.productSet(),
                members, List.of(), List.of(), List.of(), List.of(), Set.of(),
                taskAuthority(procedure, authority.get()), council, taskPolicy(), List.of(),
                dossier.memberTotals(), version.sheetEdition(), version.starBands());
        Verdict verdict = engine.decide(task);

        List<MemberScore> scores = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            // parts are not known without the sheets
            scores.add(new MemberScore(members.get(i), verdict.members().get(i).total(), Map.of()));
        }
        Average average = new Average(scores.stream().mapToLong(MemberScore::total).sum(), scores.size());
        Optional<Recognition> recognition = verdict.outcome() == Outcome.RATED
                ? Optional.of(recognition(procedure, level, task.authority(), verdict)) : Optional.empty();
        futureSubmission(dossier, warnings);
        OptionalInt stars = verdict.outcome() == Outcome.RATED ? verdict.stars() : OptionalInt.empty();
        return new Rating(dossier.id(), Optional.of(resolution), dossier.productSet(), verdict.outcome(), scores,
                Optional.of(average), Map.of(), verdict.bandStars(), stars, List.of(), List.of(), recognition,
                verdict.breaches(), notChecked, warnings, List.of(), verdict.firings(), settings, engine.name());
    }

    private void futureSubmission(Dossier dossier, List<String> warnings) {
        LocalDate today = LocalDate.now(clock);
        if (dossier.submittedOn().isAfter(today)) {
            warnings.add("submitted on " + dossier.submittedOn() + ", after today (" + today + "): rated under the "
                    + "criteria known today, which may not be those in force then");
        }
    }

    private Rating invalid(Dossier dossier, Optional<VersionResolution> resolution, List<Problem> problems) {
        return new Rating(dossier.id(), resolution, dossier.productSet(), Outcome.INVALID, List.of(),
                Optional.empty(), Map.of(), OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(),
                Optional.empty(), List.of(), problems,
                resolution.map(VersionResolution::warnings).orElse(List.of()), List.of(), List.of(), settings,
                engine.name());
    }

    /** Checks every member's choices against the sheet; missing choices go apart (a knock-out excuses them). */
    private static void checkSheets(Dossier dossier, CriteriaVersion version, ScoringSheet sheet,
            List<Problem> problems,
            List<Problem> missing) {
        String where = "dossier " + dossier.id();
        if (dossier.sheets().isEmpty()) {
            problems.add(new Problem(where + ", field sheets", "no member sheets", "[]",
                    "one sheet per scoring member, at least one; or the members' totals (memberTotals)"));
            return;
        }
        List<Criterion> criteria = sheet.criteria();
        Set<String> seen = new HashSet<>();
        for (MemberSheet member : dossier.sheets()) {
            String at = where + ", member " + member.member();
            if (member.member().isBlank()) {
                problems.add(new Problem(where + ", field sheets[].member", "blank member name", "\"\"",
                        "the member's name or seat"));
            } else if (!seen.add(java.text.Normalizer.normalize(member.member(), java.text.Normalizer.Form.NFC)
                    .strip())) {
                // one person whatever the Unicode form (composed or decomposed Vietnamese) or stray spaces
                problems.add(new Problem(at, "two sheets for one member", member.member(),
                        "one sheet per member"));
            }
            for (Map.Entry<String, String> choice : member.choices().entrySet()) {
                Criterion c = sheet.criterion(choice.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, choice.getKey(), sheet));
                    continue;
                }
                String optionId = choice.getValue();
                if (c.select() == Criterion.Select.ANY) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "one option given for a checklist "
                            + "criterion", optionId, "a list of the lines ticked, even of one, [] when none: "
                                    + String.join(", ", c.optionIds())));
                    continue;
                }
                if (c.option(optionId).isEmpty()) {
                    problems.add(foreignOption(at, c, optionId, sheet, version));
                    continue;
                }
                Optional<String> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "choice on a criterion that does not "
                            + "apply (" + notApplicable.get() + ")", optionId, "no choice"));
                }
            }
            for (Map.Entry<String, List<String>> ticked : member.ticks().entrySet()) {
                Criterion c = sheet.criterion(ticked.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, ticked.getKey(), sheet));
                    continue;
                }
                if (c.select() == Criterion.Select.ONE) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "a list of options for a criterion "
                            + "that takes one option", ticked.getValue().toString(), "one option id of "
                                    + String.join(", ", c.optionIds())));
                    continue;
                }
                Set<String> lines = new HashSet<>();
                for (String optionId : ticked.getValue()) {
                    if (!lines.add(optionId)) {
                        problems.add(new Problem(at + ", criterion " + c.code(), "option ticked twice", optionId,
                                "each ticked line once"));
                    } else if (c.option(optionId).isEmpty()) {
                        problems.add(foreignOption(at, c, optionId, sheet, version));
                    }
                }
                Optional<String> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "lines ticked on a criterion that does "
                            + "not apply (" + notApplicable.get() + ")", ticked.getValue().toString(), "no choice"));
                }
            }
            for (Criterion c : criteria) {
                if (!member.answered(c.code()) && notApplicable(c, member).isEmpty()) {
                    missing.add(new Problem(at + ", criterion " + c.code(), c.select() == Criterion.Select.ANY
                            ? "no lines given (a checklist: list the lines ticked, [] when none)" : "no option chosen",
                            "(none)", String.join(", ", c.optionIds())));
                }
            }
        }
    }

    private static Problem unknownCriterion(String at, String code, ScoringSheet sheet) {
        return new Problem(at + ", criterion " + code, "unknown criterion on sheet " + sheet.productSet(), code,
                sheet.criteria().stream().map(Criterion::code).collect(Collectors.joining(", ")));
    }

    private static Problem foreignOption(String at, Criterion c, String optionId, ScoringSheet sheet,
            CriteriaVersion version) {
        Criterion owner = sheet.criterionOfOption(optionId).orElse(null);
        String problem = owner == null
                ? "unknown option" + otherEditionHaving(version, sheet.productSet(), c.code(), optionId)
                : "option of another criterion (" + owner.code() + ")";
        return new Problem(at + ", criterion " + c.code(), problem, optionId, String.join(", ", c.optionIds()));
    }

    /**
     * A checklist criterion is rated generically (its ticked lines add up to its cap), but what a star minimum, a
     * knock-out trigger or a condition would mean on one is not printed anywhere: no sheet combines them today, and
     * a sheet that ever does is refused rather than rated by a guess.
     */
    private static Optional<Problem> unsupportedChecklist(String where, CriteriaVersion version,
            ScoringSheet sheet) {
        List<String> combined = new ArrayList<>();
        Set<String> triggerOptions = new HashSet<>();
        sheet.knockOuts().forEach(k -> triggerOptions.addAll(k.options()));
        Set<String> conditions = new HashSet<>();
        sheet.criteria().forEach(c -> c.onlyIf().ifPresent(a -> conditions.add(a.criterion())));
        for (Criterion c : sheet.criteria()) {
            if (c.select() != Criterion.Select.ANY) {
                continue;
            }
            if (c.hasStarMinimums()) {
                combined.add(c.code() + " (star minimum)");
            }
            if (c.options().stream().anyMatch(o -> triggerOptions.contains(o.id()))) {
                combined.add(c.code() + " (knock-out trigger)");
            }
            if (c.onlyIf().isPresent() || conditions.contains(c.code())) {
                combined.add(c.code() + " (condition)");
            }
        }
        if (combined.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(where + ", field productSet", "sheet " + sheet.productSet() + " of "
                + version.id() + " combines checklist criteria with star minimums, knock-out triggers or conditions, "
                + "whose meaning on a checklist is not printed", String.join(", ", combined),
                "a sheet whose checklist criteria only add their ticked lines"));
    }

    /** " (an option of the portal sheet edition only)" when another sheet edition has it on the criterion. */
    private static String otherEditionHaving(CriteriaVersion version, String set, String criterion, String option) {
        for (String name : version.sheetEditions()) {
            if (name.equals(version.sheetEdition())) {
                continue;
            }
            boolean has = version.withSheetEdition(name).productSets().stream()
                    .filter(p -> p.code().equals(set)).findFirst().flatMap(ProductSet::sheet)
                    .flatMap(other -> other.criterion(criterion)).flatMap(k -> k.option(option)).isPresent();
            if (has) {
                return " (an option of the " + name + " sheet edition only: rate with that edition)";
            }
        }
        return "";
    }

    /** The sheet's markers, knock-out rules and trigger options as engine facts. */
    private record SheetFacts(List<RatingTask.Marker> markers, List<RatingTask.KnockOut> knockOuts,
            List<RatingTask.Trigger> triggers, List<RatingTask.Checklist> checklists) {

        static SheetFacts of(ScoringSheet sheet) {
            List<RatingTask.Marker> markers = new ArrayList<>();
            for (Criterion c : sheet.criteria()) {
                for (Option o : c.options()) {
                    if (o.minStars().isPresent()) {
                        markers.add(new RatingTask.Marker(c.code(), o.id(), o.points(), o.minStars().getAsInt(),
                                o.minStarsProvenance().toString()));
                    }
                }
            }
            List<RatingTask.KnockOut> knockOuts = new ArrayList<>();
            List<RatingTask.Trigger> triggers = new ArrayList<>();
            for (KnockOutRule rule : sheet.knockOuts()) {
                knockOuts.add(new RatingTask.KnockOut(rule.id(), rule.kind(), rule.provenance().toString()));
                if (rule.trigger() == KnockOutRule.Trigger.CHOICE) {
                    for (String optionId : rule.options()) {
                        Criterion c = sheet.criterionOfOption(optionId).orElseThrow();
                        triggers.add(new RatingTask.Trigger(rule.id(), c.code(), optionId,
                                c.option(optionId).orElseThrow().points()));
                    }
                }
            }
            List<RatingTask.Checklist> checklists = sheet.criteria().stream()
                    .filter(c -> c.select() == Criterion.Select.ANY)
                    .map(c -> new RatingTask.Checklist(c.code(), c.part(), c.maxPoints())).toList();
            return new SheetFacts(List.copyOf(markers), List.copyOf(knockOuts), List.copyOf(triggers), checklists);
        }
    }

    /** Why a conditional criterion does not apply to this member's sheet, if it does not. */
    static Optional<String> notApplicable(Criterion criterion, MemberSheet member) {
        if (criterion.onlyIf().isEmpty()) {
            return Optional.empty();
        }
        Applicability condition = criterion.onlyIf().get();
        String chosen = member.choices().get(condition.criterion());
        if (chosen != null && condition.notChosen().contains(chosen)) {
            return Optional.of(condition.criterion() + " is " + chosen + ": " + condition.text());
        }
        return Optional.empty();
    }

    private static void checkFindings(Dossier dossier, ScoringSheet sheet, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String finding : dossier.findings()) {
            if (sheet.knockOut(finding).isEmpty()) {
                problems.add(new Problem("dossier " + dossier.id() + ", field findings", "unknown knock-out rule "
                        + "on sheet " + sheet.productSet(), finding, sheet.knockOuts().stream()
                                .map(KnockOutRule::id).collect(Collectors.joining(", "))));
            } else if (!seen.add(finding)) {
                problems.add(new Problem("dossier " + dossier.id() + ", field findings", "finding listed twice",
                        finding, "each knock-out rule once"));
            }
        }
    }

    private void checkCouncil(Dossier dossier, List<Problem> problems) {
        if (!settings.councilRules().quorum()) {
            return;
        }
        String where = "dossier " + dossier.id() + ", field council";
        if (dossier.council().isEmpty()) {
            problems.add(new Problem(where, "missing, but the quorum rule is on", "(none)",
                    "{\"size\": members on the council, \"chair\": the chair's name}"));
        } else if (dossier.council().get().chair().isEmpty()) {
            problems.add(new Problem(where + ".chair", "missing, but the quorum rule is on", "(none)",
                    "the chair's name as on the sheets"));
        }
    }

    private RatingTask task(Dossier dossier, CriteriaVersion version, ScoringSheet sheet, Procedure procedure,
            Procedure.Authority authority) {
        List<String> members = dossier.sheets().stream().map(MemberSheet::member).toList();
        List<RatingTask.Choice> choices = new ArrayList<>();
        for (MemberSheet member : dossier.sheets()) {
            for (Criterion c : sheet.criteria()) {
                // one choice per option given: the one chosen, or every line ticked on a checklist
                for (String optionId : member.options(c.code())) {
                    choices.add(new RatingTask.Choice(member.member(), c.code(), c.part(), optionId,
                            c.option(optionId).orElseThrow().points()));
                }
            }
        }
        SheetFacts facts = sheetFacts.computeIfAbsent(sheet, SheetFacts::of);
        RatingTask.Authority taskAuthority = taskAuthority(procedure, authority);
        RatingTask.Council council = dossier.council()
                .map(c -> new RatingTask.Council(c.size(), c.chair(), c.secretary()))
                .orElse(new RatingTask.Council(0, Optional.empty(), Optional.empty()));
        RatingTask.Policy policy = taskPolicy();
        return new RatingTask(dossier.id(), version.id(), version.edition(), sheet.productSet(), members, choices,
                facts.markers(), facts.knockOuts(), facts.triggers(),
                new HashSet<>(dossier.findings()), taskAuthority, council, policy, facts.checklists(), List.of(),
                version.sheetEdition(), version.starBands());
    }

    private static RatingTask.Authority taskAuthority(Procedure procedure, Procedure.Authority authority) {
        return new RatingTask.Authority(authority.level(), procedure.name(), authority.recognises(),
                authority.forwardsTo(), authority.forwardsFrom().orElse(0));
    }

    private RatingTask.Policy taskPolicy() {
        CouncilRules rules = settings.councilRules();
        return new RatingTask.Policy(settings.minimumPolicy(), settings.consensus(), rules.quorum(),
                rules.maxSpread().orElse(-1), rules.secretaryMustNotScore());
    }

    private Rating assemble(Dossier dossier, VersionResolution resolution, ScoringSheet sheet, Procedure procedure,
            Level level, RatingTask task, Verdict verdict) {
        List<String> members = task.members();
        boolean knockedOut = verdict.outcome() == Outcome.DISQUALIFIED || verdict.outcome() == Outcome.STOPPED;
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
            List<String> reasons = new ArrayList<>();
            if (applied.finding()) {
                reasons.add("found by the council");
            }
            applied.chosenBy().forEach(c -> reasons.add("chosen: " + c));
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

        List<String> warnings = new ArrayList<>(resolution.warnings());
        futureSubmission(dossier, warnings);
        if (sheet.status() != SourceStatus.CONFIRMED) {
            // a sheet not read from the decision itself is said on every rating made with it
            warnings.add("sheet " + sheet.productSet() + " of " + resolution.version().id() + " is read from a "
                    + sheet.status().tag() + " source, not the decision's own text (" + sheet.provenance() + ")");
        }
        CriteriaVersion version = resolution.version();
        version.starMinimums().coverage(sheet.productSet()).ifPresent(coverage -> warnings.add("star minimums of "
                + version.decision().number() + " are known only in part (" + version.starMinimums().statement()
                        .source() + "); checked on sheet " + sheet.productSet() + ": " + (coverage.checked().isEmpty()
                                ? "none" : String.join("; ", coverage.checked())) + "; not checked: "
                + String.join("; ", coverage.notChecked())));
        if (sheet.reachableMaxPoints() < sheet.statedMaxPoints()) {
            warnings.add("sheet " + sheet.productSet() + " cannot reach " + sheet.statedMaxPoints()
                    + " points as printed: its best total is " + sheet.reachableMaxPoints());
        }
        for (KnockOutHit hit : hits) {
            hit.rule().doubt().ifPresent(d -> warnings.add("knock-out " + hit.rule().id() + " is read with a doubt: "
                    + d));
        }
        OptionalInt stars = verdict.outcome() == Outcome.RATED ? verdict.stars() : OptionalInt.empty();
        return new Rating(dossier.id(), Optional.of(resolution), dossier.productSet(), verdict.outcome(), scores,
                average, partAverages, verdict.bandStars(), stars, failed, hits, recognition, verdict.breaches(),
                List.of(), warnings, criteria, verdict.firings(), settings, engine.name());
    }

    private static Recognition recognition(Procedure procedure, Level level, RatingTask.Authority authority,
            Verdict verdict) {
        int stars = verdict.stars().getAsInt();
        Set<Integer> recognisable = new TreeSet<>(authority.recognises());
        StringBuilder note = new StringBuilder();
        if (stars <= 2) {
            note.append(stars).append("★ gets no recognition decision and no certificate");
        } else if (verdict.grantedStars().isPresent()) {
            note.append(level).append(" may recognise ").append(verdict.grantedStars().getAsInt()).append('★');
            if (verdict.grantedStars().getAsInt() < stars) {
                note.append(" of the rated ").append(stars).append('★');
            }
        } else {
            note.append(level).append(" recognises no star under ").append(procedure.name());
        }
        verdict.forwardedTo().ifPresent(to -> note.append("; forwarded to ").append(to).append(" (from ")
                .append(authority.forwardsFrom()).append(" points")
                .append(to == Level.MINISTRY ? ", potential 5★)" : ")"));
        return new Recognition(level, procedure.name() + " (" + procedure.source() + ")", recognisable,
                verdict.grantedStars(), verdict.grantedStars().isPresent(), verdict.forwardedTo(),
                note.toString());
    }
}
