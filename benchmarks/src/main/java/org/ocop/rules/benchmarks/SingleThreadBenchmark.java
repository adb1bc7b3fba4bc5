package org.ocop.rules.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.Expected;
import org.ocop.rules.reference.ReferenceScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput (dossiers per second) of one dossier rated at a time, by the plain-Java reference scorer (the limit), the Drools engine and the DMN
 * engine, in the same run so that the ratios compare like with like on a noisy machine.
 *
 * <p>Each call takes the next of {@value #SAMPLE} dossiers: one fixed dossier would let the JIT specialise on a
 * single path (one band, no failed minimum) and flatter every engine. {@link SingleThreadLatency} runs the same
 * methods for the average time per dossier.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SingleThreadBenchmark {

    static final int SAMPLE = 256;

    private List<Dossier> dossiers;
    private CriteriaCatalogue catalogue;
    private Rater drools;
    private Rater dmn;
    private int next;

    @Setup
    public void setUp() {
        dossiers = FoodDossiers.sample(SAMPLE);
        catalogue = CriteriaCatalogue.bundled();
        drools = Rater.standard();
        dmn = Rater.using(DmnRatingEngine.shared());
    }

    private Dossier nextDossier() {
        Dossier dossier = dossiers.get(next);
        next = (next + 1) % SAMPLE;
        return dossier;
    }

    @Benchmark
    public Expected reference() {
        return ReferenceScorer.expected(nextDossier(), catalogue, RatingSettings.DEFAULTS);
    }

    @Benchmark
    public Rating drools() {
        return drools.rate(nextDossier());
    }

    @Benchmark
    public Rating dmn() {
        return dmn.rate(nextDossier());
    }
}
