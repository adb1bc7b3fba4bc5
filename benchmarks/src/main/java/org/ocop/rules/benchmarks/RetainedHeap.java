package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.CriteriaVersion;
import org.ocop.rules.Rater;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.reference.DossierGenerator;

/**
 * Prints the heap retained by the criteria catalogue with every bundled version, the Drools engine and the DMN engine
 * with the models of every version, after each has rated one dossier of every product set (so that per-sheet caches
 * are filled): used heap after full GCs, minus the same before anything was loaded.
 *
 * <p>Usage: {@code RetainedHeap} (run with {@code -XX:+UseSerialGC} so that {@code System.gc()} is a full, synchronous
 * collection and the figure does not depend on when a concurrent cycle ends).
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);

        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        List<String> versions = catalogue.versions().stream().map(CriteriaVersion::id).toList();
        // the DMN engine compiles a version's models on its first dossier and a set's on the set's first dossier: load
        // them all, as the target asks
        List<Rater> raters = List.of(Engines.rater("drools"), Rater.using(DmnRatingEngine.shared().preloaded()));
        DossierGenerator generator = new DossierGenerator(FoodDossiers.SEED);
        for (Rater rater : raters) {
            for (int i = 0; i < generator.productSets().size(); i++) {
                rater.rate(generator.dossier(i));
            }
        }
        long after = usedAfterGc(memory);
        System.out.printf("retained %.1f MiB (%d versions: %s; engines: %s)%n", (after - before) / 1048576.0,
                versions.size(), versions, raters.stream().map(Rater::engineName).toList());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
