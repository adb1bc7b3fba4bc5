package org.ocop.rules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Proves that every benchmark still compiles and runs: one short iteration each, in this JVM (no fork), so the
 * normal build stays fast. The figures themselves come from {@code benchmarks.jar}, see BENCHMARKS.md.
 */
class BenchmarkSmokeTest {

    /** One 200 ms iteration of every benchmark of these classes, without warm-up or fork. */
    private static Collection<RunResult> runOnce(Class<?>... benchmarks) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        for (Class<?> benchmark : benchmarks) {
            options.include(benchmark.getName());
        }
        return new Runner(options
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();
    }

    @Test
    void everyRatingBenchmarkRunsOneShortIteration() throws RunnerException {
        Collection<RunResult> results = runOnce(SingleThreadBenchmark.class, SingleThreadLatency.class,
                BatchBenchmark.class);

        // 3 single-thread benchmarks in 2 classes (throughput, latency), 2 engines × 2 thread counts in batch.
        assertThat(results).hasSize(10);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void everyPlannerBenchmarkRunsOneShortIteration() throws RunnerException {
        Collection<RunResult> results = runOnce(PlannerBenchmark.class);

        assertThat(results).hasSize(3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"probe.html", "probe.pdf", "probe.xlsx"})
    void theReportProbeWritesEachFormat(String name, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve(name);

        StreamedReport.main(new String[] {"12", file.toString(), "1"});

        assertThat(file).isNotEmptyFile();
    }
}
