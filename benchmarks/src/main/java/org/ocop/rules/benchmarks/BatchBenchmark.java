package org.ocop.rules.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.internal.Batch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput through {@link Rater#rateAll(java.util.stream.Stream, int)}, the API auditors replay provinces
 * with, on 1 worker and on 2 (all cores here). Scores are per dossier ({@link OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {

    // Small enough that one invocation of the slowest engine fits well inside an iteration.
    static final int BATCH = 500;

    @Param({"drools", "dmn"})
    public String engine;

    @Param({"1", "2"})
    public int threads;

    private List<DossierSource> sources;
    private Rater rater;

    @Setup
    public void setUp() {
        // The sample repeats to fill the batch, so each batch holds the same mix as the single-thread runs.
        List<Dossier> sample = FoodDossiers.sample(SingleThreadBenchmark.SAMPLE);
        sources = IntStream.range(0, BATCH).mapToObj(i -> DossierSource.of(sample.get(i % sample.size()))).toList();
        rater = engine.equals("dmn") ? Rater.using(DmnRatingEngine.shared()) : Rater.standard();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long rateAll() {
        try (var ratings = rater.rateAll(sources.stream(), threads)) {
            return ratings.filter(Rating::isRated).count();
        }
    }
}
