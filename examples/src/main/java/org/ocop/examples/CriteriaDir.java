package org.ocop.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaDataException;

/** The {@code --criteria-dir} option's argument: a corrected criteria data edition, to rate with. */
final class CriteriaDir {
    /** What {@code --criteria-dir} takes. */
    private static final String ALLOWED = "a directory holding index.json and the criteria files it registers";

    private CriteriaDir() {
    }

    /**
     * The criteria catalogue of a corrected data edition, checked in full now. A broken one is a bad argument, printed
     * as the build prints broken data, {@code <file>:<line>:<column>: <message>}: the file and the place to fix.
     */
    static CriteriaCatalogue catalogue(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new OcopCli.UsageError("--criteria-dir", Files.exists(dir) ? "not a directory"
                    : "no such directory", dir.toString(), ALLOWED);
        }
        try {
            return CriteriaCatalogue.load(dir);
        } catch (CriteriaDataException e) {
            String at = e.line().isPresent() ? ":" + e.line().getAsInt() + ":" + e.column().getAsInt() : "";
            throw new OcopCli.UsageError(dir.resolve(e.resource()) + at + ": " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new OcopCli.UsageError("--criteria-dir", "cannot read the criteria data",
                    String.valueOf(e.getCause()), ALLOWED + ", readable");
        }
    }
}
