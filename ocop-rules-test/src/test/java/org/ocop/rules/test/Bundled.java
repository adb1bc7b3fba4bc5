package org.ocop.rules.test;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.ocop.rules.Rater;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;

/** The bundled example dossiers ({@code examples/dossiers/}), and the text helpers the message tests share. */
final class Bundled {

    static final Rater RATER = Rater.standard();

    /** Maven runs this module's tests in {@code ocop-rules-test/}. */
    static final Path DOSSIERS = Path.of("../examples/dossiers");

    private Bundled() {
    }

    static Dossier dossier(String file) {
        return DossierReader.read(DOSSIERS.resolve(file));
    }

    /** Indents every line by two spaces, written here again so that the tests do not trust the kit's own helper. */
    static String indented(String text) {
        return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }
}
