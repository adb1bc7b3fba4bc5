package org.ocop.rules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The benchmarks of {@link SingleThreadBenchmark} (inherited) as average time per dossier in microseconds: a
 * separate class because JMH has one time unit per benchmark, and dossiers per second read better than ops/µs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleThreadLatency extends SingleThreadBenchmark {
}
