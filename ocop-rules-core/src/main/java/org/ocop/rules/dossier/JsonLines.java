package org.ocop.rules.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ocop.rules.internal.Messages;

/**
 * Splits a JSON-lines file into one {@link DossierSource} a line, as bytes: a line is decoded only when its source
 * is read, so a line that is not UTF-8 becomes that dossier's INVALID rating, not an exception that ends the batch.
 * Splitting bytes at {@code '\n'} is safe in UTF-8 (the byte never occurs inside a multi-byte character).
 */
final class JsonLines {

    /** A line longer than this cannot be a dossier (as {@link DossierReader#read(Path)} refuses such a file). */
    static final long MAX_LINE_BYTES = 4L * DossierReader.MAX_DOCUMENT_CHARS;

    private JsonLines() {
    }

    static Stream<DossierSource> sources(Path file) {
        String name = String.valueOf(file.getFileName());
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            // one INVALID result naming the file, like an unreadable .json file, not an exception ending the batch
            return Stream.of(unreadable(name, file, e));
        }
        Iterator<DossierSource> lines = new Iterator<>() {
            private long number;
            private DossierSource next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    next = readLine();
                }
                return next != null;
            }

            @Override
            public DossierSource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DossierSource line = next;
                next = null;
                return line;
            }

            private final byte[] buffer = new byte[1 << 16];
            private int position;
            private int limit;

            /** The next line's source; null for a blank line or the end. */
            private DossierSource readLine() {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long length = 0;
                boolean blank = true;
                boolean any = false;
                try {
                    while (true) {
                        if (position == limit) {
                            limit = in.read(buffer);
                            position = 0;
                            if (limit < 0) {
                                limit = 0;
                                done = true;
                                break;
                            }
                        }
                        int start = position;
                        while (position < limit && buffer[position] != '\n') {
                            byte b = buffer[position++];
                            blank &= b == ' ' || b == '\t' || b == '\r';
                        }
                        int count = position - start;
                        any |= count > 0;
                        if (length + count <= MAX_LINE_BYTES) {
                            bytes.write(buffer, start, count);
                        }
                        length += count;
                        if (position < limit) {
                            position++; // the '\n'
                            any = true;
                            break;
                        }
                    }
                } catch (IOException e) {
                    // the rest of the file cannot be read: one INVALID result for it, and the batch goes on
                    done = true;
                    return unreadable(name + ":" + (number + 1), file, e);
                }
                if (!any) {
                    return null;
                }
                number++;
                if (blank) {
                    return null;
                }
                String lineName = name + ":" + number;
                if (length > MAX_LINE_BYTES) {
                    long size = length;
                    return new NamedSource(lineName, () -> {
                        throw new DossierFormatException(lineName, "$", Messages.text("dossier.lineTooLarge"),
                                size + " bytes", Messages.text("dossier.fileTooLarge.allowed",
                                        DossierReader.MAX_DOCUMENT_CHARS), null);
                    });
                }
                byte[] line = bytes.toByteArray();
                int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                byte[] content = java.util.Arrays.copyOf(line, end);
                return new NamedSource(lineName, () -> DossierReader.read(content, lineName));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static DossierSource unreadable(String name, Path file, IOException e) {
        UncheckedIOException failure = new UncheckedIOException("Cannot read " + file, e);
        return new NamedSource(name, () -> {
            throw failure;
        });
    }
}
