package org.ocop.rules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The planner benchmark still compiles and runs: one short iteration of each, in this JVM. */
class PlannerBenchmarkSmokeTest {

    @Test
    void everyPlannerBenchmarkRunsOneShortIteration() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PlannerBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();

        assertThat(results).hasSize(3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
