package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.reference.DossierGenerator;

/**
 * Streams {@code count} generated dossiers (every product set of 26/2026, 1–9 members) through
 * {@link Rater#rateAll(Stream, int)} and counts the outcomes: the constant-memory claim of the batch API, to be run
 * with a small heap such as {@code -Xmx256m}. Dossiers are generated lazily, so only the batch's window is held.
 *
 * <p>Usage: {@code StreamedBatch drools|dmn <count> <threads>}.
 */
public final class StreamedBatch {

    private StreamedBatch() {
    }

    public static void main(String[] args) {
        Rater rater = Engines.rater(args[0]);
        int count = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        DossierGenerator generator = new DossierGenerator(FoodDossiers.SEED);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long start = System.nanoTime();
        try (Stream<Rating> ratings = rater.rateAll(
                IntStream.range(0, count).mapToObj(generator::dossier).map(DossierSource::of), threads)) {
            ratings.forEach(rating -> outcomes.merge(rating.outcome(), 1L, Long::sum));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The sum of each heap pool's peak bounds the live peak from above (the pools peak at different times).
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %d dossiers in %.1f s (%.0f/s, %d threads), max heap %d MiB, peak pools %d MiB, %s%n",
                args[0], count, seconds, count / seconds, threads, Runtime.getRuntime().maxMemory() >> 20,
                peak >> 20, outcomes);
    }
}
