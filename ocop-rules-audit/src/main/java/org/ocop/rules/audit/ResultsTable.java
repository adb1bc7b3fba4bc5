package org.ocop.rules.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.dossier.DossierSource;

/**
 * A province's published list of results (<i>danh sách kết quả</i>), one row per product, read as dossiers: a CSV
 * file (UTF-8 with or without the byte-order mark Excel writes; comma or semicolon) or an XLSX workbook (its first
 * sheet, or the one named).
 *
 * <p>Columns are found by their header, in English or Vietnamese ({@code productSet} or {@code Bộ sản phẩm},
 * {@code average} or {@code Điểm trung bình} …; the README lists every alias); case, accents and spacing do not
 * matter. {@code productSet} and {@code submittedOn} are required, and {@code memberTotals} or {@code average}: a
 * row with the members' totals ({@code 82;79;80}) gives a totals-only dossier, a row with only the average (what
 * most published lists print) an average-only dossier. {@code average}, {@code stars}, {@code level},
 * {@code decision}, {@code decidedOn} and {@code criteriaVersion} become the dossier's recorded result, for
 * {@code Rater.replay}. A product set is a code or a set's name in the classification of the version in force on
 * the submission day. {@code source} ({@code Nguồn}) is the row's citation of the published result, kept as written
 * on the {@link TableRow} ({@link TableRow#source()}) and never read as a value.
 *
 * <p>A bad row never stops the others: it is a {@link TableRow} whose problems name file, sheet, row and column,
 * the value and what is allowed, in its place, so rows in are results out. A table that cannot be read at all (not
 * CSV or XLSX, an unknown or duplicate header, a required column missing) is a {@link ResultsTableException}.
 *
 * <pre>{@code
 * try (Stream<DossierSource> rows = ResultsTable.sources(Path.of("ket-qua-2026.xlsx"));
 *      Stream<Replay> replays = rater.replayAll(rows, 4)) {
 *     replays.forEach(r -> System.out.println(r.explain()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: every method opens the file anew. A CSV file and an XLSX workbook's sheet are read row by row as
 * the stream is consumed, in memory that does not grow with the rows (a workbook's shared strings, the texts Excel
 * stores once for all its cells, are held while it is read).
 */
public final class ResultsTable {

    private ResultsTable() {
    }

    /**
     * Every row of the table, in order. For large tables prefer {@link #stream(Path)}, which holds one row at a time.
     *
     * @throws ResultsTableException if the table cannot be read at all
     */
    public static List<TableRow> read(Path file) {
        try (Stream<TableRow> rows = stream(file)) {
            return rows.toList();
        }
    }

    /**
     * The rows of the table, read lazily in order, with the bundled criteria (a set's name is looked up in them).
     * Close the stream. The header is read at once, so a table that cannot be read fails here.
     *
     * @throws ResultsTableException if the file is not {@code .csv} or {@code .xlsx}, cannot be opened, or its
     *     header row is not a results table's
     */
    public static Stream<TableRow> stream(Path file) {
        return stream(file, Optional.empty(), CriteriaCatalogue.bundled());
    }

    /**
     * The rows of a table, read lazily in order.
     *
     * @param file a {@code .csv} or {@code .xlsx} file
     * @param sheet the workbook sheet to read; empty for the first (ignored for a CSV file)
     * @param catalogue the criteria a set's name is looked up in
     * @throws ResultsTableException if the table cannot be read at all, or the sheet is not there
     */
    public static Stream<TableRow> stream(Path file, Optional<String> sheet, CriteriaCatalogue catalogue) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(catalogue, "catalogue");
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        RawTable table;
        if (lower.endsWith(".csv")) {
            table = CsvTable.open(file);
        } else if (lower.endsWith(".xlsx")) {
            table = XlsxStreamTable.open(file, sheet);
        } else {
            throw fileError(file, TableText.of("table.extension"), name, TableText.of("table.extension.allowed"));
        }
        RowReader reader;
        try {
            reader = reader(file, table, catalogue);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
        Iterator<TableRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return table.hasNext();
            }

            @Override
            public TableRow next() {
                return reader.read(table.next());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(table::close);
    }

    /**
     * The rows as sources for a batch ({@code Rater.rateAll}, {@code Rater.replayAll}, {@code Advisor.planAll}):
     * each valid row's dossier, and for each invalid row a source that gives an INVALID rating named after the row,
     * with its problems, in its place. Close the stream.
     *
     * @throws ResultsTableException if the table cannot be read at all
     */
    public static Stream<DossierSource> sources(Path file) {
        return stream(file).map(TableRow::toSource);
    }

    /** The column of each header; what is wrong with the header row is a {@link ResultsTableException}. */
    private static RowReader reader(Path file, RawTable table, CriteriaCatalogue catalogue) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Integer> unnamed = new ArrayList<>();
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                unnamed.add(i);
                continue;
            }
            Optional<Column> column = Column.of(header);
            if (column.isEmpty()) {
                throw fileError(file, TableText.of("table.unknownHeader", table.columnLabel(i)), header,
                        TableText.of("table.headers.allowed", allHeaders()));
            }
            Integer before = columns.put(column.get(), i);
            if (before != null) {
                throw fileError(file, TableText.of("table.duplicateHeader", table.columnLabel(before),
                        table.columnLabel(i), column.get().key()), headers.get(before) + ", " + header,
                        TableText.of("table.duplicateHeader.allowed"));
            }
        }
        for (Column required : List.of(Column.PRODUCT_SET, Column.SUBMITTED_ON)) {
            if (!columns.containsKey(required)) {
                throw fileError(file, TableText.of("table.missingColumn", required.key()),
                        String.join(", ", headers), TableText.of("table.missingColumn.allowed." + required.key()));
            }
        }
        if (!columns.containsKey(Column.MEMBER_TOTALS) && !columns.containsKey(Column.AVERAGE)) {
            throw fileError(file, TableText.of("table.missingScore"), String.join(", ", headers),
                    TableText.of("table.missingScore.allowed"));
        }
        return new RowReader(String.valueOf(file.getFileName()), table, columns, unnamed, catalogue);
    }

    private static String allHeaders() {
        return Arrays.stream(Column.values()).map(c -> c.key()).collect(Collectors.joining(", "))
                + " (README: Results tables)";
    }

    static ResultsTableException fileError(Path file, Text problem, String value, Text allowed) {
        return new ResultsTableException(TableText.literal(String.valueOf(file.getFileName())), problem, value,
                allowed, null);
    }
}
