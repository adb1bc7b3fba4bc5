package org.ocop.rules.dossier;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.ocop.rules.Outcome;

/**
 * Where one dossier of a batch comes from: a file, a line of a JSON-lines file, a JSON text or a ready value.
 * Reading happens in {@link #read()}, inside the batch, so that an unreadable or malformed dossier becomes an
 * {@link Outcome#INVALID} rating named after its source instead of stopping the batch.
 */
public interface DossierSource {

    /** The name used for the dossier when it cannot be read, for example {@code d-014.json} or {@code all.jsonl:17}. */
    String name();

    /**
     * Reads the dossier.
     *
     * @throws DossierFormatException if it is not a well-formed dossier
     * @throws UncheckedIOException if it cannot be read
     */
    Dossier read();

    /** A dossier file. */
    static DossierSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new NamedSource(String.valueOf(file.getFileName()), () -> DossierReader.read(file));
    }

    /** A dossier already in memory. */
    static DossierSource of(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return new NamedSource(dossier.id(), () -> dossier);
    }

    /** A JSON text with its name for messages. */
    static DossierSource ofJson(String json, String name) {
        Objects.requireNonNull(json, "json");
        return new NamedSource(name, () -> DossierReader.read(json, name));
    }

    /**
     * A source that cannot give a dossier, for these reasons: a batch rates it as one INVALID rating named
     * {@code name} whose problems are these, so a reader of another format (a results table) keeps its bad rows in
     * the batch, in their place.
     *
     * @param name the source's name for messages, for example {@code results.csv, row 7}
     * @param problems at least one problem, each naming where in the source, the value and what is allowed
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    static DossierSource invalid(String name, java.util.List<org.ocop.rules.Problem> problems) {
        DossierFormatException error = DossierFormatException.of(name, problems);
        return new NamedSource(name, () -> {
            throw error;
        });
    }

    /**
     * The dossiers of a JSON-lines file (one dossier object per line; blank lines are skipped, a line may end in
     * CRLF), read lazily: the stream holds one line at a time and must be closed. Each source is named
     * {@code <file>:<line>}. Each line is decoded on its own, so a line that is not UTF-8 is one INVALID dossier, not
     * the end of the batch; a line longer than a dossier can be is refused without being held in memory. A file
     * that cannot be opened or read further gives one source, named after it, whose reading fails.
     */
    static Stream<DossierSource> lines(Path jsonLines) {
        return JsonLines.sources(jsonLines);
    }
}
