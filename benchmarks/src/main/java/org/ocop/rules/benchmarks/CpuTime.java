package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.ReferenceScorer;

/**
 * CPU time per dossier, single thread, of the reference scorer, the Drools engine and the DMN engine, measured with
 * the thread's own CPU clock ({@link ThreadMXBean#getCurrentThreadCpuTime()}) in interleaved rounds.
 *
 * <p>JMH measures wall-clock time, which on a machine shared with other builds counts the time the thread waited
 * for a core: with a load average of 10 on 2 cores its figures swing by 10× from one iteration to the next. A
 * thread's CPU time counts only the time it ran, so this probe gives usable ratios on a busy machine (caches and the
 * other hyper-thread still disturb it, much less). On a quiet machine prefer the JMH figures.
 *
 * <p>Usage: {@code CpuTime [rounds=7] [dossiersPerRound=2000] [engines=reference,drools,dmn]}. Each round rates the same
 * {@value SingleThreadBenchmark#SAMPLE} food dossiers as {@link SingleThreadBenchmark} over and over with each
 * engine in turn, after a warm-up of 5 rounds; prints the median CPU µs per dossier with min–max, the dossiers per
 * CPU-second, and each engine's ratio to the reference.
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> only = List.of((args.length > 2 ? args[2] : "reference,drools,dmn").split(","));
        List<Dossier> dossiers = FoodDossiers.sample(SingleThreadBenchmark.SAMPLE);
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        Map<String, Function<Dossier, Object>> engines = new LinkedHashMap<>();
        engines.put("reference", d -> ReferenceScorer.expected(d, catalogue, RatingSettings.DEFAULTS));
        if (only.contains("drools")) {
            engines.put("drools", Rater.standard()::rate);
        }
        if (only.contains("dmn")) {
            engines.put("dmn", Rater.using(DmnRatingEngine.shared())::rate);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        engines.keySet().forEach(e -> micros.put(e, new ArrayList<>()));
        int sink = 0;
        for (int round = -5; round < rounds; round++) {
            for (Map.Entry<String, Function<Dossier, Object>> engine : engines.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    sink += engine.getValue().apply(dossiers.get(i % dossiers.size())).hashCode();
                }
                double us = (threads.getCurrentThreadCpuTime() - start) / 1e3 / perRound;
                if (round >= 0) {
                    micros.get(engine.getKey()).add(us);
                }
            }
        }
        double reference = median(micros.get("reference"));
        for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
            double[] sorted = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = median(e.getValue());
            System.out.printf("%-9s %8.1f µs CPU/dossier (min %.1f, max %.1f; %d rounds of %d) = %,.0f dossiers per "
                    + "CPU-second, %.1f× the reference%n", e.getKey(), median, sorted[0], sorted[sorted.length - 1],
                    rounds, perRound, 1e6 / median, median / reference);
        }
        if (micros.containsKey("dmn") && micros.containsKey("drools")) {
            System.out.printf("dmn / drools: %.2f×%n", median(micros.get("dmn")) / median(micros.get("drools")));
        }
        // printed so that the JIT cannot drop the ratings
        System.out.println("(check " + (sink & 1) + ")");
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
