package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.ocop.rules.Rater;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.dmn.DmnRatingEngine;
import org.ocop.rules.reference.DossierGenerator;

/**
 * Prints the heap retained by the criteria catalogue with every bundled version (every sheet edition, the set mapping),
 * the Drools engine and the DMN engine with the models of every version, after each has rated one dossier of every
 * product set (so that per-sheet caches are filled): used heap after full GCs, minus the same before anything was
 * loaded; and the share of each, in the order they were loaded.
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
        // the catalogue reads a version's data on its first use: read every version in every sheet edition, and the
        // set mapping, as the target asks
        catalogue.versions().forEach(v -> v.sheetEditions().forEach(e -> v.withSheetEdition(e).setsWithSheets()));
        catalogue.setMapping();
        long catalogueOnly = usedAfterGc(memory);
        DossierGenerator generator = new DossierGenerator(FoodDossiers.SEED);
        Rater drools = Engines.rater("drools");
        rateOneOfEachSet(drools, generator);
        long withDrools = usedAfterGc(memory);
        // the DMN engine compiles a version's models on its first dossier and a set's on the set's first dossier: load
        // them all, as the target asks
        Rater dmn = Rater.using(DmnRatingEngine.shared().preloaded());
        rateOneOfEachSet(dmn, generator);
        long after = usedAfterGc(memory);
        System.out.printf("retained %.1f MiB (%d versions: %s; engines: %s); of which catalogue %.1f MiB, Drools "
                + "%.1f MiB, DMN %.1f MiB%n", mib(after - before), versions.size(), versions,
                List.of(drools.engineName(), dmn.engineName()), mib(catalogueOnly - before),
                mib(withDrools - catalogueOnly), mib(after - withDrools));
    }

    private static void rateOneOfEachSet(Rater rater, DossierGenerator generator) {
        for (int i = 0; i < generator.productSets().size(); i++) {
            rater.rate(generator.dossier(i));
        }
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
