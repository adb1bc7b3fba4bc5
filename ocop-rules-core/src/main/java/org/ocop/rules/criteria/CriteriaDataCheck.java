package org.ocop.rules.criteria;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The build's check of the criteria data ({@code mvn} runs it on {@code src/main/resources/org/ocop/rules/criteria}
 * at {@code process-classes}, before any test): loads every file the index registers with every integrity rule of
 * the library (every version's body and sheet editions too, which a running program's catalogue reads only on their
 * first use), and on the first problem prints one line, {@code <file>:<line>:<column>: <message>}, the form editors
 * and CI annotate, and fails the build. A broken data file is thus found where it is written, even with
 * {@code -DskipTests}, and never reaches a jar.
 */
final class CriteriaDataCheck {

    private CriteriaDataCheck() {
    }

    /**
     * Checks the criteria folder given as the only argument; exits 1 after printing the problem.
     *
     * @param args the criteria folder (holding {@code index.json})
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CriteriaDataCheck <criteria folder holding index.json>");
            System.exit(2);
        }
        int code = check(Path.of(args[0]), System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Loads the criteria of a folder.
     *
     * @return 0 when every file loads, 1 after printing the first problem to {@code err}
     */
    static int check(Path folder, PrintStream err) {
        try {
            CriteriaCatalogue.load(DataFiles.directory(folder));
            return 0;
        } catch (CriteriaDataException e) {
            Path file = folder.resolve(e.resource());
            String at = e.line().isPresent() ? ":" + e.line().getAsInt() + ":" + e.column().getAsInt() : "";
            err.println(file + at + ": " + e.getMessage());
            return 1;
        } catch (java.io.UncheckedIOException e) {
            err.println(folder + ": cannot read the criteria data: " + e.getCause());
            return 1;
        }
    }
}
