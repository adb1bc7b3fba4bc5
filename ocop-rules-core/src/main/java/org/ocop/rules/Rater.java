package org.ocop.rules;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.drools.DroolsRatingEngine;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Batch;
import org.ocop.rules.internal.Messages;

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
 *
 * <p>This class is only the front door: the checks live in {@code DossierValidator}, the flattening into an engine's
 * {@link RatingTask} in {@code TaskBuilder} and the making of the rating from the engine's {@link Verdict} in
 * {@code RatingAssembler}, all package-private.
 */
public final class Rater {

    /** Dates of dossiers are Vietnamese calendar days. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CriteriaCatalogue catalogue;
    private final RatingEngine engine;
    private final RatingSettings settings;
    /** Only to notice dates in the future: no rating depends on today. */
    private final Clock clock;
    private final DossierValidator validator;
    private final TaskBuilder tasks;
    private final RatingAssembler assembler;

    private Rater(CriteriaCatalogue catalogue, RatingEngine engine, RatingSettings settings) {
        this(catalogue, engine, settings, Clock.system(VIETNAM));
    }

    private Rater(CriteriaCatalogue catalogue, RatingEngine engine, RatingSettings settings, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.validator = new DossierValidator(catalogue, settings);
        this.tasks = new TaskBuilder(settings);
        this.assembler = new RatingAssembler(settings, engine.name(), clock);
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
    public Rater withClock(Clock newClock) {
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
    private record Read(Dossier dossier, Rating unreadable) {
    }

    private Read read(DossierSource source) {
        try {
            return new Read(source.read(), null);
        } catch (DossierFormatException e) {
            return new Read(null, assembler.unreadable(source.name(), e.problems()));
        } catch (UncheckedIOException e) {
            return new Read(null, assembler.unreadable(source.name(), new Problem(Messages.text("where.file",
                    source.name()), Messages.text("file.unreadable"), Messages.literal(String.valueOf(e.getCause()
                            .getMessage())), Messages.text("file.unreadable.allowed"))));
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
    public Rating rateFile(Path file) {
        return rateSource(DossierSource.of(file));
    }


    /**
     * Rates one dossier: checks it, lets the engine decide, and assembles the rating.
     *
     * @throws IllegalStateException only if the engine itself fails, which is a defect
     */
    public Rating rate(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        DossierValidator.Checked checked = validator.check(dossier);
        if (!checked.isValid()) {
            return assembler.invalid(dossier, checked.resolution(), checked.problems());
        }
        RatingTask task = tasks.task(dossier, checked);
        Verdict verdict = engine.decide(task);
        if (dossier.isTotalsOnly()) {
            return assembler.fromTotals(dossier, checked, task, verdict);
        }
        if (dossier.isAverageOnly()) {
            return assembler.fromAverage(dossier, checked, task, verdict);
        }
        if (!checked.missing().isEmpty() && !RatingAssembler.knockedOut(verdict)) {
            // an unanswered criterion is excused only by a knock-out, which only the engine can tell
            return assembler.invalid(dossier, checked.resolution(), checked.missing());
        }
        return assembler.fromSheets(dossier, checked, task, verdict);
    }
}
