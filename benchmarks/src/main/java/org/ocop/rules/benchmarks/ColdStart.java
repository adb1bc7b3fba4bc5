package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.reference.ReferenceScorer;

/**
 * Prints the milliseconds from JVM start (as the JVM records it, so class loading and {@code main}'s own start-up
 * are included) to the first explained rating of a dossier file: read, rated, explanation rendered.
 *
 * <p>It also prints the process's CPU time, every thread included, which a busy machine disturbs much less than
 * the wall clock.
 *
 * <p>Usage: {@code ColdStart drools|dmn|reference <dossier.json>}. The reference scorer has no explanation; it is
 * the floor (JVM, Jackson, the catalogue) the engines add to.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis();
        String engine = args[0];
        Dossier dossier = DossierReader.read(Path.of(args[1]));
        long read = System.currentTimeMillis();
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        long loaded = System.currentTimeMillis();
        Rater rater = engine.equals("reference") ? null : Engines.rater(engine);
        long built = System.currentTimeMillis();
        String result = rater == null
                ? ReferenceScorer.expected(dossier, catalogue, RatingSettings.DEFAULTS).toString()
                : rater.rate(dossier).explain();
        long done = System.currentTimeMillis();
        // The phases say which part of the start-up to attack; the result's length keeps the work observable.
        // CPU time of the whole process (every thread: JIT compilers and GC included). On a busy machine the wall
        // clock counts the time spent waiting for a core; this does not, so it compares runs made under other loads.
        long cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
        System.out.printf("%s %d ms (JVM to main %d, read dossier %d, catalogue %d, engine %d, first rating %d;"
                + " %d chars; process CPU %d ms)%n", engine, done - start, main - start, read - main, loaded - read,
                built - loaded, done - built, result.length(), cpu);
    }
}
