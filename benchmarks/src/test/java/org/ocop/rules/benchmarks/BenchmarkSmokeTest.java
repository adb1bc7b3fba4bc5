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

    @Test
    void everyBenchmarkRunsOneShortIteration() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(SingleThreadBenchmark.class.getName())
                .include(SingleThreadLatency.class.getName())
                .include(BatchBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();

        // 3 single-thread benchmarks in 2 classes (throughput, latency), 2 engines × 2 thread counts in batch.
        assertThat(results).hasSize(10);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
