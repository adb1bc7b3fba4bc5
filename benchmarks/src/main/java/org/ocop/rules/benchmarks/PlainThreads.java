package org.ocop.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.ReferenceScorer;

/**
 * What two cores give two threads on this machine, with no batch in between: each thread rates its own copy of the
 * {@link SingleThreadBenchmark} sample in a loop, for a fixed time, on 1 thread and then on 2, in alternating rounds.
 * The plain-Java reference shares nothing between threads, so its ratio is the machine's own ceiling for this kind
 * of work (cores shared with the JIT and GC threads, a clock that drops when both cores are busy); the engines'
 * ratios show what they lose beyond that; {@link BatchBenchmark} adds {@code Rater.rateAll}'s ordered batch.
 *
 * <p>Usage: {@code PlainThreads [rounds=5] [secondsPerRound=4] [engines=reference,drools,dmn]}. Prints, per engine,
 * the median dossiers per second on 1 and 2 threads over the rounds (after one warm-up round each) and their ratio.
 */
public final class PlainThreads {

    private PlainThreads() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<String> engines = List.of((args.length > 2 ? args[2] : "reference,drools,dmn").split(","));
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        for (String engine : engines) {
            // one rater shared by the threads, as a web app shares it (immutable and thread-safe)
            Rater drools = Rater.standard();
            Rater dmn = Rater.using(DmnRatingEngine.shared());
            ToIntFunction<Dossier> rate = switch (engine) {
                case "reference" -> d -> ReferenceScorer.expected(d, catalogue, RatingSettings.DEFAULTS).hashCode();
                case "drools" -> d -> drools.rate(d).hashCode();
                case "dmn" -> d -> dmn.rate(d).hashCode();
                default -> throw new IllegalArgumentException("engine: reference, drools or dmn, not " + engine);
            };
            List<Double> one = new ArrayList<>();
            List<Double> two = new ArrayList<>();
            for (int round = -1; round < rounds; round++) {
                double single = run(rate, 1, seconds);
                double both = run(rate, 2, seconds);
                if (round >= 0) {
                    one.add(single);
                    two.add(both);
                }
            }
            double m1 = median(one);
            double m2 = median(two);
            System.out.printf("%-9s 1 thread %,8.0f/s, 2 threads %,8.0f/s: %.2f× (%d rounds of %d s)%n", engine, m1, m2,
                    m2 / m1, rounds, seconds);
        }
    }

    /** Dossiers per second of {@code threads} threads rating for {@code seconds}, each over its own dossiers. */
    private static double run(ToIntFunction<Dossier> rate, int threads, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong rated = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Dossier> dossiers = FoodDossiers.sample(SingleThreadBenchmark.SAMPLE);
            workers.add(new Thread(() -> {
                long n = 0;
                int s = 0;
                while (!stop.get()) {
                    s += rate.applyAsInt(dossiers.get((int) (n % dossiers.size())));
                    n++;
                }
                rated.addAndGet(n);
                sink.addAndGet(s);
            }));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // the sum keeps the ratings observable, so the JIT cannot drop them
        return sink.get() == 42 ? rated.get() / elapsed + 1e-9 : rated.get() / elapsed;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
