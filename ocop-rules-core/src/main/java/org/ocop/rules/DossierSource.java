package org.ocop.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

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
        return new DossierSource() {
            @Override
            public String name() {
                return String.valueOf(file.getFileName());
            }

            @Override
            public Dossier read() {
                return DossierReader.read(file);
            }
        };
    }

    /** A dossier already in memory. */
    static DossierSource of(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return new DossierSource() {
            @Override
            public String name() {
                return dossier.id();
            }

            @Override
            public Dossier read() {
                return dossier;
            }
        };
    }

    /** A JSON text with its name for messages. */
    static DossierSource ofJson(String json, String name) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(name, "name");
        return new DossierSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Dossier read() {
                return DossierReader.read(json, name);
            }
        };
    }

    /**
     * The dossiers of a JSON-lines file (one dossier object per line; blank lines are skipped), read lazily: the
     * stream holds one line at a time and must be closed. Each source is named {@code <file>:<line>}.
     */
    static Stream<DossierSource> lines(Path jsonLines) {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jsonLines, e);
        }
        String file = String.valueOf(jsonLines.getFileName());
        AtomicLong lineNumber = new AtomicLong();
        return reader.lines()
                .map(line -> new Object[] {lineNumber.incrementAndGet(), line})
                .filter(numbered -> !((String) numbered[1]).isBlank())
                .map(numbered -> ofJson((String) numbered[1], file + ":" + numbered[0]))
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
