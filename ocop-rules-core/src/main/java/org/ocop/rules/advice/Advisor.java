package org.ocop.rules.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.MemberScore;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Decision;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.internal.Batch;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.StarModel;

/**
 * Decision support for a producer or a council, from a {@link Rater}: the path to the next star
 * ({@link #plan(Dossier, PlanRequest)}), how robust a council's result is ({@link #robustness(Dossier)}), and what
 * the product would get under the other criteria versions ({@link #compareVersions(Dossier)}).
 *
 * <pre>{@code
 * Advisor advisor = Advisor.of(Rater.standard());
 * PlanAdvice advice = advisor.plan(dossier, PlanRequest.NEXT_STAR.withFixed(List.of("1.1")));
 * Robustness robustness = advisor.robustness(dossier);   // "4★ holds unless the sheet of … is dropped"
 * }</pre>
 *
 * <p>It uses its rater's engine, criteria and settings (policy, consensus, council rules) for every rating it makes,
 * so a plan's rating is exactly what rating the changed dossier gives. Immutable and thread-safe.
 */
public final class Advisor {

    private static final BigDecimal[] SHIFTS = {new BigDecimal("-1"), new BigDecimal("-0.5"), new BigDecimal("0.5"),
        new BigDecimal("1")};

    private final Rater rater;

    private Advisor(Rater rater) {
        this.rater = Objects.requireNonNull(rater, "rater");
    }

    /**
     * Decision support with the rater's engine, criteria and settings. Cheap: build one per rater or per request.
     *
     * @throws NullPointerException if {@code rater} is null
     */
    public static Advisor of(Rater rater) {
        return new Advisor(rater);
    }

    /** A source read: its dossier, or the INVALID rating the rater gives it when it cannot be read. */
    private record Read(Dossier dossier, Rating unreadable) {
    }

    private Read read(DossierSource source) {
        try {
            return new Read(source.read(), null);
        } catch (DossierFormatException | java.io.UncheckedIOException e) {
            // the rater's own INVALID rating for this failure, without reading the source a second time
            return new Read(null, rater.rateSource(new DossierSource() {
                @Override
                public String name() {
                    return source.name();
                }

                @Override
                public Dossier read() {
                    throw e;
                }
            }));
        }
    }

    /** The rater whose engine, criteria and settings the advice uses. */
    public Rater rater() {
        return rater;
    }

    /** The best plans to the next star above the dossier's rated star, nothing fixed; see {@link PlanRequest}. */
    public PlanAdvice plan(Dossier dossier) {
        return plan(dossier, PlanRequest.NEXT_STAR);
    }

    /**
     * The smallest sets of option changes that raise the dossier to the requested star: fewest criteria changed,
     * then fewest points gained, then sheet order. A dossier that is invalid, disqualified, stopped, refused,
     * breaches council rules or is already at (or above) the target gets no plan and a reason.
     *
     * @throws IllegalArgumentException when a fixed criterion is not on the dossier's sheet (the message names the
     *     dossier, the code and the sheet's criteria)
     * @throws IllegalStateException only when the engine rates a plan differently from the advisor's model, which is
     *     a defect
     */
    public PlanAdvice plan(Dossier dossier, PlanRequest request) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(request, "request");
        return new Planner(rater, dossier, rater.rate(dossier), request).plan();
    }

    /**
     * Reads and plans one source; a source that cannot be read gets no plan, with its INVALID rating saying why.
     *
     * @throws IllegalArgumentException as {@link #plan(Dossier, PlanRequest)}
     */
    public PlanAdvice plan(DossierSource source, PlanRequest request) {
        Read read = read(source);
        if (read.dossier() != null) {
            return plan(read.dossier(), request);
        }
        return new PlanAdvice(read.unreadable().dossierId(), read.unreadable(), OptionalInt.empty(),
                List.copyOf(request.fixed()), List.of(), Optional.of(Messages.text("advice.unreadable",
                        read.unreadable().problems().get(0).messageText())), true);
    }

    /**
     * Plans a stream of sources lazily, in input order, on {@code parallelism} threads, in constant memory,
     * like {@link Rater#rateAll(java.util.stream.Stream, int)}. Close the returned stream.
     */
    public java.util.stream.Stream<PlanAdvice> planAll(java.util.stream.Stream<DossierSource> sources,
            PlanRequest request, int parallelism) {
        return Batch.ordered(sources, source -> plan(source, request), parallelism);
    }

    /** Reads and analyses one source; a source that cannot be read is reported with its INVALID rating. */
    public Robustness robustness(DossierSource source, OptionalInt maxSpread) {
        Read read = read(source);
        if (read.dossier() != null) {
            return robustness(read.dossier(), maxSpread);
        }
        return new Robustness(read.unreadable().dossierId(), read.unreadable(), List.of(), List.of(),
                Optional.empty(), List.of(), Optional.of(Messages.text("robustness.unreadable",
                        Messages.name(Outcome.INVALID), read.unreadable().problems().get(0).messageText())));
    }

    /** Analyses a stream of sources like {@link #planAll}: in order, in parallel, in constant memory. */
    public java.util.stream.Stream<Robustness> robustnessAll(java.util.stream.Stream<DossierSource> sources,
            OptionalInt maxSpread, int parallelism) {
        return Batch.ordered(sources, source -> robustness(source, maxSpread), parallelism);
    }

    /** The robustness of the dossier's result with the spread limit of the rater's council rules, if any. */
    public Robustness robustness(Dossier dossier) {
        return robustness(dossier, OptionalInt.empty());
    }

    /**
     * The robustness of the dossier's result: every member's sheet left out in turn (rated by the engine), every
     * total moved by −1, −0.5, +0.5 and +1 point, and the spread of member totals against a limit.
     *
     * @param maxSpread the spread limit to check; when empty, the rater's council rules' limit, if any
     */
    public Robustness robustness(Dossier dossier, OptionalInt maxSpread) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(maxSpread, "maxSpread");
        if (maxSpread.isPresent() && maxSpread.getAsInt() < 0) {
            throw new IllegalArgumentException("maximum spread: " + maxSpread.getAsInt() + "; allowed: 0 or more");
        }
        Rating rating = rater.rate(dossier);
        if (rating.average().isEmpty()) {
            return new Robustness(dossier.id(), rating, List.of(), List.of(), Optional.empty(), List.of(),
                    Optional.of(Messages.text("robustness.noTotals", Messages.name(rating.outcome()))));
        }
        if (dossier.isAverageOnly()) {
            // robustness moves and drops members' totals: the council's average alone has none
            return new Robustness(dossier.id(), rating, List.of(), List.of(), Optional.empty(), List.of(),
                    Optional.of(Messages.text("robustness.averageOnly", rating.displayedAverage().orElseThrow()
                            .toPlainString())));
        }
        List<Robustness.Dropped> dropped = new ArrayList<>();
        List<String> drivers = new ArrayList<>();
        if (dossier.sheets().size() > 1) {
            for (MemberSheet left : dossier.sheets()) {
                List<MemberSheet> rest = dossier.sheets().stream().filter(s -> s != left).toList();
                Rating without = rater.rate(dossier.withSheets(rest));
                boolean band = !without.bandStars().equals(rating.bandStars());
                boolean result = without.outcome() != rating.outcome() || !without.stars().equals(rating.stars());
                dropped.add(new Robustness.Dropped(left.member(), without, band, result));
                if (band || result) {
                    drivers.add(left.member());
                }
            }
        }
        CriteriaVersion version = rating.version().orElseThrow().version();
        ScoringSheet sheet = version.sheet(dossier.productSet());
        StarBands bands = version.starBands();
        int metUpTo = metUpTo(sheet, dossier, rater.settings().consensus());
        List<Robustness.Shift> shifts = new ArrayList<>();
        Average average = rating.average().get();
        for (BigDecimal delta : SHIFTS) {
            // whole points: (sum + δ·n) / n; half points: (2·sum + 2δ·n) / 2n, the exact average moved by δ
            long halves = delta.multiply(BigDecimal.valueOf(2)).longValueExact();
            Average moved = halves % 2 == 0
                    ? new Average(average.sum() + halves / 2 * average.count(), average.count())
                    : new Average(2 * average.sum() + halves * average.count(), 2 * average.count());
            int band = StarModel.band(bands, moved);
            Outcome outcome;
            OptionalInt stars = OptionalInt.empty();
            if (rating.outcome() == Outcome.COUNCIL_RULE_BREACHED) {
                outcome = Outcome.COUNCIL_RULE_BREACHED;  // a uniform shift keeps spread, quorum and secretary
            } else if (rater.settings().minimumPolicy() == MinimumPolicy.REFUSE && metUpTo < band) {
                outcome = Outcome.REFUSED;
            } else {
                outcome = Outcome.RATED;
                stars = OptionalInt.of(Math.min(band, metUpTo));
            }
            shifts.add(new Robustness.Shift(delta, moved, band, outcome, stars,
                    outcome != rating.outcome() || !stars.equals(rating.stars())));
        }
        return new Robustness(dossier.id(), rating, dropped, shifts, Optional.of(spread(rating, maxSpread)), drivers,
                Optional.empty());
    }

    /**
     * The dossier rated under every criteria version and sheet edition that has its set (sets followed by the set
     * mapping, options never mapped: where the sheets differ the members' totals are carried), each with what
     * changes against its own rating and why. Every rating is made by the rater's engine; see {@link VersionImpact}.
     */
    public VersionImpact compareVersions(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return new VersionComparer(rater).compare(dossier);
    }

    /** Reads and compares one source; a source that cannot be read is reported with its INVALID rating. */
    public VersionImpact compareVersions(DossierSource source) {
        Read read = read(source);
        if (read.dossier() != null) {
            return compareVersions(read.dossier());
        }
        return new VersionImpact(read.unreadable().dossierId(), read.unreadable(), List.of(),
                Optional.of(Messages.text("advice.unreadable", read.unreadable().problems().get(0).messageText())));
    }

    /** Compares a stream of sources like {@link #planAll}: in order, in parallel, in constant memory. */
    public java.util.stream.Stream<VersionImpact> compareVersionsAll(java.util.stream.Stream<DossierSource> sources,
            int parallelism) {
        return Batch.ordered(sources, this::compareVersions, parallelism);
    }

    /** The highest star up to which every star minimum of the sheet is met by the dossier's choices. */
    static int metUpTo(ScoringSheet sheet, Dossier dossier, MinimumConsensus consensus) {
        int upTo = StarBands.MAX_STARS;
        List<MemberSheet> members = dossier.sheets();
        for (Criterion c : sheet.criteria()) {
            if (!c.hasStarMinimums()) {
                continue;
            }
            Option[] choices = new Option[members.size()];
            for (int m = 0; m < choices.length; m++) {
                String id = members.get(m).choices().get(c.code());
                choices[m] = id == null ? null : c.option(id).orElse(null);
            }
            upTo = Math.min(upTo, StarModel.metUpTo(c, choices, consensus));
        }
        return upTo;
    }

    private Robustness.Spread spread(Rating rating, OptionalInt maxSpread) {
        MemberScore high = rating.members().get(0);
        MemberScore low = rating.members().get(0);
        for (MemberScore m : rating.members()) {
            high = m.total() > high.total() ? m : high;
            low = m.total() < low.total() ? m : low;
        }
        OptionalInt limit = maxSpread.isPresent() ? maxSpread : rater.settings().councilRules().maxSpread();
        boolean breached = limit.isPresent() && high.total() - low.total() > limit.getAsInt();
        return new Robustness.Spread(high.member(), high.total(), low.member(), low.total(), limit, breached);
    }
}
