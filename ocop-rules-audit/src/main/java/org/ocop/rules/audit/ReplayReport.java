package org.ocop.rules.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ocop.rules.Replay;

/**
 * A replay report for people: the core's {@link Replay} values written to a file as an HTML page, an A4 PDF or an
 * XLSX workbook, the format chosen by the file's extension ({@link Format#of(Path)}).
 *
 * <pre>{@code
 * try (Stream<Replay> replays = rater.replayAll(sources, 4)) {
 *     ReplayReport.builder().build().write(replays, Path.of("bao-cao.pdf")); // Vietnamese by default
 * }
 * }</pre>
 *
 * <p>Every report has a summary (counts by agreement, outcome, discrepancy cause, criteria version and level; a
 * chart of recorded against recomputed stars and of part points against their caps; a list of the products, each
 * linked to its section in HTML and PDF) and, per product, what was recorded against what the replay computes
 * (average, band, stars, level, forwarding), each difference's cause with its explanation, failed star minimums,
 * the members' totals and their spread, and the rating's warnings and problems. Every page names the library
 * version, the criteria versions and data editions used, and when the report was made.
 *
 * <p>The report's labels and the library's texts are in Vietnamese by default ({@code vi}, the language of the
 * councils and auditors who read it) and in English for any other locale. HTML and XLSX are written as the
 * replays stream past, keeping only the summary's counts, so a report of any size takes constant memory; the PDF
 * renderer holds the whole document (thousands of products fit the default heap). The file appears complete or
 * not at all: the report is written next to it and moved into place at the end.
 *
 * <p>Immutable and thread-safe; one report may write many files, from several threads.
 */
public final class ReplayReport {

    /** The report's file formats, chosen by the file's extension. */
    public enum Format {
        /** One XHTML page with inline SVG charts ({@code .html}, {@code .htm}). */
        HTML,
        /** An A4 PDF with page numbers and embedded fonts, rendered from the HTML ({@code .pdf}). */
        PDF,
        /** A workbook: a row per product with a frozen header and filters, and a summary sheet ({@code .xlsx}). */
        XLSX;

        /**
         * The format of {@code file} by its extension, ignoring case.
         *
         * @throws IllegalArgumentException naming the file and its extension, and the extensions allowed, when the
         *     extension is none of {@code .html}, {@code .htm}, {@code .pdf}, {@code .xlsx}
         * @throws NullPointerException if {@code file} is null
         */
        public static Format of(Path file) {
            Objects.requireNonNull(file, "file");
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
            return switch (extension) {
                case ".html", ".htm" -> HTML;
                case ".pdf" -> PDF;
                case ".xlsx" -> XLSX;
                default -> throw new IllegalArgumentException("report file " + file + ": "
                        + (extension.isEmpty() ? "no extension" : "extension " + extension + " is not a report format")
                        + "; allowed: .html, .pdf, .xlsx");
            };
        }
    }

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    private final Locale locale;
    private final Clock clock;
    private final Function<? super Replay, Optional<String>> sources;

    private ReplayReport(Builder builder) {
        this.locale = builder.locale;
        this.clock = builder.clock;
        this.sources = builder.sources;
    }

    /** A builder: Vietnamese, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The language of the report's texts. */
    public Locale locale() {
        return locale;
    }

    /**
     * Writes the report of {@code replays}, in their order, to {@code file} in the format of its extension. The
     * replays are consumed once; closing the stream stays with the caller.
     *
     * @param replays the replays, none null
     * @param file where the report goes; its folder must exist; an existing file is replaced
     * @return the number of products written
     * @throws IllegalArgumentException if the file's extension is not a report format ({@link Format#of(Path)})
     * @throws IOException if the file or the temporary files beside it cannot be written
     */
    public long write(Stream<Replay> replays, Path file) throws IOException {
        Objects.requireNonNull(replays, "replays");
        return write(replays.iterator(), file);
    }

    /** {@link #write(Stream, Path)} for an {@link Iterable} (a list, or a lazy source of replays). */
    public long write(Iterable<Replay> replays, Path file) throws IOException {
        Objects.requireNonNull(replays, "replays");
        return write(replays.iterator(), file);
    }

    private long write(Iterator<Replay> replays, Path file) throws IOException {
        Format format = Format.of(file);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        ReportText text = ReportText.in(locale);
        ZonedDateTime now = ZonedDateTime.now(clock);
        HtmlReport.Stamp stamp = new HtmlReport.Stamp(libraryVersion(), MADE.format(now)
                + (now.getZone() instanceof java.time.ZoneOffset ? "" : " (" + now.getZone() + ")"));
        // not createTempFile: its owner-only permissions would stay on the report once it is moved into place
        Path partial = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            long products;
            if (format == Format.XLSX) {
                try (XlsxReport xlsx = new XlsxReport(text, stamp)) {
                    int n = 0;
                    while (replays.hasNext()) {
                        Replay replay = Objects.requireNonNull(replays.next(), "replay");
                        xlsx.add(new ProductView(++n, replay, sourceOf(replay), locale, text));
                    }
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                        xlsx.finish(out);
                    }
                    products = xlsx.summary().products;
                }
            } else {
                boolean pdf = format == Format.PDF;
                Path html = pdf ? Files.createTempFile(dir, "." + target.getFileName(), ".html.part") : partial;
                try (HtmlReport report = new HtmlReport(dir, text, stamp, pdf)) {
                    int n = 0;
                    while (replays.hasNext()) {
                        Replay replay = Objects.requireNonNull(replays.next(), "replay");
                        report.add(new ProductView(++n, replay, sourceOf(replay), locale, text));
                    }
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(html,
                            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                            1 << 16)) {
                        report.finish(out);
                    }
                    products = report.summary().products;
                    if (pdf) {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                            PdfReport.render(html, out, report.summary(), text);
                        }
                    }
                } finally {
                    if (pdf) {
                        Files.deleteIfExists(html);
                    }
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return products;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Optional<String> sourceOf(Replay replay) {
        return Objects.requireNonNull(sources.apply(replay), "the source of a replay (ReplayReport.Builder.sources)");
    }

    /** The version of this library, stamped into the jar at build time. */
    static String libraryVersion() {
        try (InputStream in = ReplayReport.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read version.properties", e);
        }
    }

    /** Builds a {@link ReplayReport}. Not thread-safe; the report it builds is. */
    public static final class Builder {
        private Locale locale = Locale.forLanguageTag("vi");
        private Clock clock = Clock.systemDefaultZone();
        private Function<? super Replay, Optional<String>> sources = replay -> Optional.empty();

        private Builder() {
        }

        /**
         * The language of the report: Vietnamese for the language {@code vi} (the default), English for any other.
         *
         * @throws NullPointerException if {@code locale} is null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * The clock that says when the report was made (its zone is printed with the time); the system's by
         * default, a fixed one for reproducible reports.
         *
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where each product's recorded result comes from, shown in its section (HTML, PDF) and its row (XLSX): for
         * a results table, the rows' {@link TableRow#source()} (the {@code source} column, {@code Nguồn}). The
         * function is called once for each replay, in the order the replays are written, so it may hand out the
         * citations of the rows in the order they were read; it returns empty when nothing is cited. None by
         * default.
         *
         * @throws NullPointerException if {@code sources} is null
         */
        public Builder sources(Function<? super Replay, Optional<String>> sources) {
            this.sources = Objects.requireNonNull(sources, "sources");
            return this;
        }

        /** The report. */
        public ReplayReport build() {
            return new ReplayReport(this);
        }
    }
}
