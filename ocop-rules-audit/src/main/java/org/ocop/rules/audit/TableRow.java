package org.ocop.rules.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Problem;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierSource;

/**
 * One row of a results table, read: the {@link Dossier} it gives, or the problems that make it invalid, each naming
 * file, sheet, row and column, the value and what is allowed. Rows come in the table's order, one per row that is
 * not blank, so rows in are results out.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableRow {

    private final String file;
    private final Optional<String> sheet;
    private final int row;
    private final Optional<Dossier> dossier;
    private final List<Problem> problems;
    private final Optional<String> source;

    TableRow(String file, Optional<String> sheet, int row, Optional<Dossier> dossier, List<Problem> problems) {
        this(file, sheet, row, dossier, problems, Optional.empty());
    }

    TableRow(String file, Optional<String> sheet, int row, Optional<Dossier> dossier, List<Problem> problems,
            Optional<String> source) {
        this.file = Objects.requireNonNull(file, "file");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.row = row;
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.problems = List.copyOf(problems);
        this.source = Objects.requireNonNull(source, "source");
        if (dossier.isPresent() == !this.problems.isEmpty()) {
            throw new IllegalArgumentException("a row gives a dossier or problems: " + name());
        }
    }

    /** The table's file name, for example {@code ket-qua-2026.csv}. */
    public String file() {
        return file;
    }

    /** The workbook sheet the row is on; empty for a CSV file. */
    public Optional<String> sheet() {
        return sheet;
    }

    /** The row's number as the file shows it: the header is row 1, the first product usually row 2. */
    public int row() {
        return row;
    }

    /** The dossier the row gives; empty when the row is invalid. */
    public Optional<Dossier> dossier() {
        return dossier;
    }

    /** Why the row is invalid, in column order; empty when it gives a dossier. Unmodifiable. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The row's citation, as written in its {@code source} column ({@code Nguồn}): where the published result it
     * records comes from. Empty when the table has no such column or the cell is blank. An invalid row keeps its
     * citation too, so that an auditor can go back to the document whose row could not be read.
     */
    public Optional<String> source() {
        return source;
    }

    /** Whether the row gives a dossier. */
    public boolean isValid() {
        return dossier.isPresent();
    }

    /**
     * The row's name in messages: {@code <file> row <n>}, or {@code <file> sheet <name> row <n>} for a workbook. An
     * invalid row's INVALID rating is named so.
     */
    public String name() {
        return file + sheet.map(s -> " sheet " + s).orElse("") + " row " + row;
    }

    /**
     * The row as a source for a batch ({@code Rater.rateAll}, {@code Rater.replayAll}): its dossier, or, for an
     * invalid row, a source that gives an INVALID rating named {@link #name()} with this row's problems, in its
     * place.
     */
    public DossierSource toSource() {
        return dossier.map(DossierSource::of).orElseGet(() -> DossierSource.invalid(name(), problems));
    }

    @Override
    public String toString() {
        return "TableRow[" + name() + ", " + (dossier.isPresent() ? dossier.get().id() : problems) + "]";
    }
}
