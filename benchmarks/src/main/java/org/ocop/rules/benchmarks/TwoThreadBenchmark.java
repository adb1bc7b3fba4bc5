package org.ocop.rules.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * The benchmarks of {@link SingleThreadBenchmark} (inherited) on two JMH threads at once, each with its own state
 * (its own dossier cursor and {@link org.ocop.rules.Rater}; the engines and the catalogue are shared, as in a web
 * app). JMH adds up the two threads' throughput.
 *
 * <p>This separates what limits the batch's scaling on two cores: the plain-Java reference shows what the machine
 * itself gives a second thread on this kind of work (no engine, no lock, no hand-off); Drools and DMN show what
 * the engines give with no batch machinery in between; {@link BatchBenchmark} adds {@code Rater.rateAll}'s ordered
 * hand-off. Each ratio is taken against {@link SingleThreadBenchmark} of the same JMH run.
 */
@Threads(2)
public class TwoThreadBenchmark extends SingleThreadBenchmark {
}
