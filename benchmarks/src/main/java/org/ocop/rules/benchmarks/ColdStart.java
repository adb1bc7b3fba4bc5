package org.ocop.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.ocop.rules.CriteriaCatalogue;
import org.ocop.rules.Dossier;
import org.ocop.rules.DossierReader;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.reference.ReferenceScorer;

/**
 * Prints the milliseconds from JVM start (as the JVM records it, so class loading and {@code main}'s own start-up
 * are included) to the first explained rating of a dossier file: read, rated, explanation rendered.
 *
 * <p>Usage: {@code ColdStart drools|dmn|reference <dossier.json>}. The reference scorer has no explanation; it is
 * the floor (JVM, Jackson, the catalogue) the engines add to.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        String engine = args[0];
        Dossier dossier = DossierReader.read(Path.of(args[1]));
        String result = engine.equals("reference")
                ? ReferenceScorer.expected(dossier, CriteriaCatalogue.bundled(), RatingSettings.DEFAULTS).toString()
                : Engines.rater(engine).rate(dossier).explain();
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // The result's length keeps the work observable without flooding the output.
        System.out.println(engine + " " + millis + " ms (" + result.length() + " chars)");
    }
}
