package org.ocop.rules.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.audit.ReplayReport;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.dossier.RecordedResult;
import org.ocop.rules.reference.DossierGenerator;

/**
 * Streams {@code count} generated dossiers (every product set of 26/2026, 1–9 members, each with a Vietnamese
 * product name) through {@link Rater#replayAll(Stream, int)} into a {@link ReplayReport} file, and prints the time
 * and the heap's peak: the constant-memory claim of the HTML and XLSX reports, to be run with a small heap such as
 * {@code -Xmx256m}, and the size the PDF reaches. Dossiers are generated lazily; a third of them carry the rated
 * result as their record, a third a record one star higher, a third nothing.
 *
 * <p>Usage: {@code StreamedReport <count> <report file: .html, .pdf or .xlsx> [threads]}.
 */
public final class StreamedReport {

    private StreamedReport() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Rater rater = Engines.rater("drools");
        DossierGenerator generator = new DossierGenerator(FoodDossiers.SEED);
        long start = System.nanoTime();
        long products;
        try (Stream<Replay> replays = rater.replayAll(IntStream.range(0, count)
                .mapToObj(i -> DossierSource.of(recorded(rater, generator.dossier(i), i))), threads)) {
            products = ReplayReport.builder().build().write(replays, file);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The sum of each heap pool's peak bounds the live peak from above (the pools peak at different times).
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %d products in %.1f s (%.0f/s, %d threads), %d KiB, max heap %d MiB, peak pools %d MiB%n",
                file.getFileName(), products, seconds, products / seconds, threads, Files.size(file) >> 10,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    /** The dossier named and with a record: agreeing, one star higher, or none, by {@code i % 3}. */
    static Dossier recorded(Rater rater, Dossier dossier, int i) {
        Dossier named = dossier.toBuilder().productName("Sản phẩm thử nghiệm số " + i + " – Hưng Yên").build();
        if (i % 3 == 2) {
            return named;
        }
        Rating rating = rater.rate(named);
        if (!rating.isRated()) {
            return named;
        }
        int stars = Math.min(5, rating.stars().getAsInt() + i % 3);
        return named.withRecorded(RecordedResult.of(rating.displayedAverage().orElseThrow(), stars));
    }
}
