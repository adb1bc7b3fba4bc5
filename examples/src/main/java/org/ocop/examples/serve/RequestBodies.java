package org.ocop.examples.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;

/**
 * Reads request bodies within the service's limits: at most so many bytes (a dossier's, as the dossier reader takes
 * a file), each body — or each line of a JSON-lines batch — arriving within the timeout, and UTF-8 only, decoded
 * strictly. A body over a limit is refused as soon as the limit is passed, never read to its end.
 *
 * <p>A read that blocks is ended by Jetty's idle timeout (set to the same timeout); a client that drips a byte now and
 * then is caught by the deadline checked after every read.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /** When a body (or a line) must have arrived by. */
    static final class Deadline {
        private final long timeoutNanos;
        private final long seconds;
        private long end;

        Deadline(java.time.Duration timeout) {
            this.timeoutNanos = timeout.toNanos();
            this.seconds = Math.max(1, timeout.toSeconds());
            restart();
        }

        /** Starts the timeout again, for the next line of a batch. */
        void restart() {
            end = System.nanoTime() + timeoutNanos;
        }

        boolean passed() {
            return System.nanoTime() - end > 0;
        }

        HttpProblem problem() {
            return HttpProblem.of(HttpProblem.Kind.TIMEOUT, ServiceText.of("where.body"),
                    ServiceText.of("problem.timeout"), seconds + " s", ServiceText.of("allowed.timeout", seconds));
        }
    }

    /** The problem of a body beyond {@code max} bytes; {@code value} says how large it was, as far as known. */
    static HttpProblem tooLarge(String value, long max) {
        return HttpProblem.of(HttpProblem.Kind.BODY_TOO_LARGE, ServiceText.of("where.body"),
                ServiceText.of("problem.tooLarge"), value,
                ServiceText.of("allowed.tooLarge", max, DossierReader.MAX_DOCUMENT_CHARS));
    }

    /**
     * The whole body.
     *
     * @param declared the {@code Content-Length}, or -1 when the body is chunked
     * @throws HttpProblem 413 beyond {@code max}, 408 past the deadline, 400 when the client breaks off
     */
    static byte[] readAll(InputStream in, long declared, long max, Deadline deadline) {
        if (declared > max) {
            throw tooLarge(declared + " bytes", max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = read(in, buffer, deadline);
            if (n < 0) {
                return body.toByteArray();
            }
            if (body.size() + (long) n > max) {
                throw tooLarge("more than " + max + " bytes", max);
            }
            body.write(buffer, 0, n);
        }
    }

    private static int read(InputStream in, byte[] buffer, Deadline deadline) {
        int n;
        try {
            n = in.read(buffer);
        } catch (IOException e) {
            if (deadline.passed() || causedByTimeout(e)) {
                throw deadline.problem();
            }
            throw HttpProblem.of(HttpProblem.Kind.BAD_REQUEST, ServiceText.of("where.body"),
                    ServiceText.of("problem.unreadable"), String.valueOf(e.getMessage()),
                    ServiceText.of("allowed.complete"));
        }
        if (deadline.passed()) {
            throw deadline.problem();
        }
        return n;
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body's text, decoded strictly as UTF-8 (a byte-order mark is left for the dossier reader, which skips it).
     *
     * @throws HttpProblem 400 at the first byte that is not UTF-8
     */
    static String text(byte[] body) {
        String text = decode(body);
        if (text == null) {
            throw notUtf8(body);
        }
        return text;
    }

    private static HttpProblem notUtf8(byte[] bytes) {
        int offset = firstBadByte(bytes);
        return HttpProblem.of(HttpProblem.Kind.MALFORMED_DOSSIER, ServiceText.of("where.body"),
                ServiceText.of("problem.notUtf8", offset), String.format("0x%02X", bytes[offset] & 0xFF),
                ServiceText.of("allowed.utf8"));
    }

    /** The text, or null when the bytes are not UTF-8. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    /**
     * The dossiers of a JSON-lines body, one a line, read lazily as the batch goes: blank lines are skipped (their
     * numbers kept), a line may end in CRLF, each source is named {@code request:<line>}. A line that is not UTF-8 or
     * is longer than {@code maxLine} bytes is a source whose reading fails, so it becomes that line's INVALID result
     * and the batch goes on. Each line must arrive within the timeout of the deadline, restarted at each line.
     *
     * @throws HttpProblem from {@link Iterator#hasNext()} when the body stops arriving (408) or breaks off (400)
     */
    static Iterator<DossierSource> lines(InputStream in, long maxLine, Deadline deadline) {
        return new Iterator<>() {
            private final byte[] buffer = new byte[1 << 16];
            private int position;
            private int limit;
            private long number;
            private boolean done;
            private DossierSource next;

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

            /** The next line's source; null for a blank line or at the end. */
            private DossierSource readLine() {
                deadline.restart();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long length = 0;
                boolean blank = true;
                boolean any = false;
                while (true) {
                    if (position == limit) {
                        limit = read(in, buffer, deadline);
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
                    if (length + count <= maxLine) {
                        bytes.write(buffer, start, count);
                    }
                    length += count;
                    if (position < limit) {
                        position++; // the '\n'
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return null;
                }
                number++;
                if (blank) {
                    return null;
                }
                String name = "request:" + number;
                if (length > maxLine) {
                    return failing(name, "line too large: " + length + " bytes; at most " + maxLine);
                }
                byte[] line = bytes.toByteArray();
                int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                byte[] content = java.util.Arrays.copyOf(line, end);
                String text = decode(content);
                if (text == null) {
                    int offset = firstBadByte(content);
                    return failing(name, String.format("not UTF-8 at byte %d of the line: 0x%02X", offset,
                            content[offset] & 0xFF));
                }
                return DossierSource.ofJson(text, name);
            }
        };
    }

    /** A source whose reading fails with this reason: its INVALID result says "cannot be read: reason". */
    private static DossierSource failing(String name, String reason) {
        return new DossierSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Dossier read() {
                throw new UncheckedIOException(new IOException(reason));
            }
        };
    }
}
