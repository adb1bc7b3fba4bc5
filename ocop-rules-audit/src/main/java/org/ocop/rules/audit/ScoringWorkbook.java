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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;

/**
 * A council's scoring workbook (<i>phiếu đánh giá</i> as an Excel workbook): the scoring sheet of one product set
 * laid out like the paper sheet, with one column per council member, to be marked in Excel or LibreOffice and read
 * back as a dossier.
 *
 * <pre>{@code
 * CriteriaVersion version = CriteriaCatalogue.bundled().version("QD-26-2026");
 * ScoringWorkbook.builder(version, "I.1.a").members(List.of("Nguyễn Văn An", "Trần Thị Bình")).build()
 *         .write(Path.of("phieu-cham.xlsx"));
 * // … the members mark their options with x …
 * FilledWorkbook filled = ScoringWorkbook.read(Path.of("phieu-cham.xlsx"));
 * Rating rating = rater.rate(filled.toSource());          // an INVALID rating naming each bad cell, or the rating
 * }</pre>
 *
 * <p><b>The form</b> (Vietnamese by default, English headings on request; the criteria texts are the decision's
 * own): a header block with the dossier's fields (id, product, producer, submission and rating days, level, the
 * council's size, chair and secretary) and the
 * members' names at the top of their columns; then every part, heading and criterion with its cap, every option with
 * its points and its star marker ({@code ***}, {@code ****}, {@code *****}), a cell per member where the member marks
 * the option chosen with {@code x} (data validation allows {@code x} only); a checklist criterion ({@code select:
 * ANY}) says so, with its cap, and has a "none of the lines" row so that an empty checklist is an answer; conditions
 * ({@code onlyIf}), cases and notes in words; running totals per criterion, heading, part and member as Excel
 * formulas; the knock-out findings, which the council marks. It prints on A4 landscape, fitted to the width, with
 * the column headings repeated on every page.
 *
 * <p><b>Identity.</b> Every keyed row carries its key in the form's hidden column A ({@code option:1.1.a},
 * {@code criterion:1.1}, {@code finding:DQ-HEADER} …) and every member column its key in a hidden first row, so
 * reading never matches text and survives rows inserted for notes. A very hidden sheet {@value #IDENTITY_SHEET}
 * says that this is an ocop scoring workbook of format {@value #FORMAT}, and which criteria version, data edition,
 * sheet edition and product set it was written for. Reading rates from the marks alone: formula cells are never
 * read.
 *
 * <p>Immutable and thread-safe; one workbook may be written many times, from several threads.
 */
public final class ScoringWorkbook {

    /** The format of the workbooks this library writes and reads; a workbook of another format is refused. */
    public static final int FORMAT = 1;

    /** The name of the very hidden sheet that identifies a scoring workbook. */
    public static final String IDENTITY_SHEET = "ocop-workbook";

    /** The value of the identity sheet's first cell pair: what says "this is an ocop scoring workbook". */
    static final String MARKER = "ocop-scoring-workbook";

    /** The most member columns a workbook has: a council has five to fifteen members. */
    public static final int MAX_MEMBERS = 30;

    private final CriteriaVersion version;
    private final ScoringSheet sheet;
    private final List<String> members;
    private final String dossierId;
    private final String productName;
    private final String producer;
    private final Optional<LocalDate> submittedOn;
    private final Optional<LocalDate> ratedOn;
    private final Optional<Level> level;
    private final Optional<Council> council;
    private final String note;
    private final Locale locale;

    private ScoringWorkbook(Builder b) {
        this.version = b.version;
        this.sheet = b.sheet;
        this.members = List.copyOf(b.members);
        this.dossierId = b.dossierId;
        this.productName = b.productName;
        this.producer = b.producer;
        this.submittedOn = Optional.ofNullable(b.submittedOn);
        this.ratedOn = Optional.ofNullable(b.ratedOn);
        this.level = Optional.ofNullable(b.level);
        this.council = Optional.ofNullable(b.council);
        this.note = b.note;
        this.locale = b.locale;
    }

    /**
     * A builder of the workbook of one product set's sheet: five unnamed member columns, the header fields empty,
     * Vietnamese headings.
     *
     * @param version the criteria version, in the sheet edition wanted ({@link CriteriaVersion#withSheetEdition})
     * @param productSet the code of a set that has a scoring sheet in that edition, for example {@code I.1.a}
     * @throws org.ocop.rules.criteria.CriteriaLookupException if the set has no scoring sheet in the version's
     *     sheet edition, naming the sets that have one
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(CriteriaVersion version, String productSet) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(productSet, "productSet");
        return new Builder(version, version.sheet(productSet));
    }

    /** The criteria version (with its sheet edition) the workbook is written for. */
    public CriteriaVersion version() {
        return version;
    }

    /** The scoring sheet laid out. */
    public ScoringSheet sheet() {
        return sheet;
    }

    /** The names at the top of the member columns, one per column; a blank name is a column to name. */
    public List<String> members() {
        return members;
    }

    /** The language of the headings: Vietnamese for {@code vi}, English otherwise. */
    public Locale locale() {
        return locale;
    }

    /** The header fields filled in, as the writer prints them. */
    String dossierId() {
        return dossierId;
    }

    String productName() {
        return productName;
    }

    String producer() {
        return producer;
    }

    Optional<LocalDate> submittedOn() {
        return submittedOn;
    }

    Optional<LocalDate> ratedOn() {
        return ratedOn;
    }

    Optional<Level> level() {
        return level;
    }

    Optional<Council> council() {
        return council;
    }

    String note() {
        return note;
    }

    /**
     * Writes the workbook (XLSX) to {@code out}, which is not closed.
     *
     * @throws IOException if {@code out} cannot be written
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        WorkbookWriter.write(this, out);
    }

    /**
     * Writes the workbook to {@code file}: it appears complete or not at all (written beside it, then moved into
     * place); an existing file is replaced.
     *
     * @throws IOException if the file or its temporary neighbour cannot be written (its folder must exist)
     */
    public void write(Path file) throws IOException {
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID()
                + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                write(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Reads a filled workbook with the bundled criteria.
     *
     * @return the dossier it gives, or the problems that keep it from being one, each naming file, sheet, cell,
     *     the value and what is allowed
     * @throws ScoringWorkbookException if the file is not a scoring workbook this library reads: not XLSX, no
     *     identity sheet, another format, or a criteria version, sheet edition or set the criteria do not have
     * @throws IOException if the file cannot be read
     */
    public static FilledWorkbook read(Path file) throws IOException {
        return read(file, CriteriaCatalogue.bundled());
    }

    /**
     * Reads a filled workbook with the given criteria; see {@link #read(Path)}.
     *
     * @throws ScoringWorkbookException if the file is not a scoring workbook this library reads
     * @throws IOException if the file cannot be read
     */
    public static FilledWorkbook read(Path file, CriteriaCatalogue catalogue) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()), catalogue);
        }
    }

    /**
     * Reads a filled workbook from a stream (an upload), which is not closed; {@code name} names it in messages.
     *
     * @throws ScoringWorkbookException if the bytes are not a scoring workbook this library reads
     * @throws IOException if the stream cannot be read
     */
    public static FilledWorkbook read(InputStream in, String name, CriteriaCatalogue catalogue) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(catalogue, "catalogue");
        return WorkbookReader.read(in, name, catalogue);
    }

    /**
     * Whether {@code file} is an XLSX workbook with the identity sheet of a scoring workbook, told from its sheet
     * list alone (cheap even for a large results table). False for anything else, including files that cannot be
     * read; {@link #read(Path)} then says why.
     */
    public static boolean isScoringWorkbook(Path file) {
        return WorkbookReader.hasIdentitySheet(Objects.requireNonNull(file, "file"));
    }

    /** Builds a {@link ScoringWorkbook}. Not thread-safe; the workbook it builds is. */
    public static final class Builder {
        private final CriteriaVersion version;
        private final ScoringSheet sheet;
        private List<String> members = List.of("", "", "", "", "");
        private String dossierId = "";
        private String productName = "";
        private String producer = "";
        private LocalDate submittedOn;
        private LocalDate ratedOn;
        private Level level;
        private Council council;
        private String note = "";
        private Locale locale = Locale.forLanguageTag("vi");

        private Builder(CriteriaVersion version, ScoringSheet sheet) {
            this.version = version;
            this.sheet = sheet;
        }

        /**
         * One column per member, with the member's name at its top, in this order.
         *
         * @throws IllegalArgumentException if there is no name or more than {@value ScoringWorkbook#MAX_MEMBERS}, a name is blank,
         *     or two names are the same person (compared as the rating compares them: NFC, spaces around aside)
         */
        public Builder members(List<String> names) {
            List<String> copy = List.copyOf(names);
            if (copy.isEmpty() || copy.size() > MAX_MEMBERS) {
                throw new IllegalArgumentException("members: " + copy.size() + " names; allowed: 1 to "
                        + MAX_MEMBERS);
            }
            Set<String> seen = new HashSet<>();
            for (String name : copy) {
                String same = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
                if (same.isEmpty()) {
                    throw new IllegalArgumentException("members: a blank name: \"" + name + "\"; allowed: each "
                            + "member's name, or memberCount(n) for columns to name in the workbook");
                }
                if (!seen.add(same)) {
                    throw new IllegalArgumentException("members: a name given twice: " + name
                            + "; allowed: one column per member");
                }
            }
            this.members = copy.stream().map(String::strip).toList();
            return this;
        }

        /**
         * {@code count} member columns without names, to be named in the workbook.
         *
         * @throws IllegalArgumentException if {@code count} is not from 1 to {@value ScoringWorkbook#MAX_MEMBERS}
         */
        public Builder memberCount(int count) {
            if (count < 1 || count > MAX_MEMBERS) {
                throw new IllegalArgumentException("memberCount: " + count + "; allowed: 1 to " + MAX_MEMBERS);
            }
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                blank.add("");
            }
            this.members = List.copyOf(blank);
            return this;
        }

        /** The dossier's id, printed in the header; empty (the default) leaves it to be typed in. */
        public Builder dossierId(String id) {
            this.dossierId = Objects.requireNonNull(id, "id");
            return this;
        }

        /** The product's name, printed in the header; empty by default. */
        public Builder productName(String name) {
            this.productName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The producer (<i>chủ thể</i>), printed in the header; empty by default. */
        public Builder producer(String name) {
            this.producer = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The submission day; {@code null} (the default) leaves it to be typed in. */
        public Builder submittedOn(LocalDate day) {
            this.submittedOn = day;
            return this;
        }

        /** The rating day; {@code null} (the default) leaves it empty. */
        public Builder ratedOn(LocalDate day) {
            this.ratedOn = day;
            return this;
        }

        /** The council's level; {@code null} (the default) leaves it empty. */
        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        /**
         * The council's size, chair and secretary (needed by the quorum rule); {@code null} (the default) leaves
         * them to be typed in.
         */
        public Builder council(Council council) {
            this.council = council;
            return this;
        }

        /**
         * A line printed under the title, for example that the workbook is an illustration; empty by default. It is
         * not read back.
         */
        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note");
            return this;
        }

        /** The language of the headings and instructions: Vietnamese ({@code vi}, the default) or English. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** The workbook. */
        public ScoringWorkbook build() {
            return new ScoringWorkbook(this);
        }
    }
}
