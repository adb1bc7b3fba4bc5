package org.ocop.rules.audit;

import java.io.Closeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one table as cells, before any meaning: a CSV file or a workbook's sheet. Its {@link #headers()} are
 * the first row's cells; the iterator gives each later row that is not blank, in order, and reads the file as it
 * goes where the format allows (CSV). Not thread-safe.
 */
interface RawTable extends Iterator<RawTable.Row>, Closeable {

    /** The sheet's name; empty for a CSV file. */
    Optional<String> sheet();

    /** The header row's cells, in column order (blank where the header cell is empty). */
    List<String> headers();

    /** How people name the column at {@code index} (0-based): its letter in a workbook, its number in a CSV file. */
    String columnLabel(int index);

    @Override
    void close();

    /**
     * One row.
     *
     * @param number the row's number as the file shows it (the header is row 1)
     * @param cells its cells, in column order (fewer than the headers when it ends early)
     */
    record Row(int number, List<Cell> cells) {
        /** The cell at {@code index}, blank when the row is shorter. */
        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.BLANK;
        }
    }

    /**
     * One cell: its text as written (a CSV field, a workbook's string cell, a number as Excel shows it in the General
     * format) and, for a workbook's typed cell, its value: a {@link BigDecimal} for a number, a {@link LocalDate}
     * for a date-formatted number.
     *
     * @param text the text, stripped; empty when blank
     * @param number a workbook's numeric value, or null
     * @param date a workbook's date value, or null
     */
    record Cell(String text, BigDecimal number, LocalDate date) {
        static final Cell BLANK = new Cell("", null, null);

        static Cell text(String text) {
            return new Cell(text == null ? "" : text.strip(), null, null);
        }

        boolean isBlank() {
            return text.isEmpty() && number == null && date == null;
        }
    }
}
