package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Problem;

/**
 * The results-table rows T1–T14 of docs/BAD-INPUTS.md, verbatim: each input is a CSV file {@code t.csv} holding the
 * header line and one row; the outcome is the row's problems joined by {@code " | "}, {@code ResultsTableException:
 * <message>} for a table that cannot be read, or {@code OK <productSet>} for a row accepted.
 */
class ResultsTableBadInputTest {

    private static final String HEADER = "id,productSet,submittedOn,level,memberTotals,average,stars\n";

    /** One catalogue row: its number, what is wrong, the file's text and the outcome. */
    record Entry(String number, String input, String csv, String expected) {
        @Override
        public String toString() {
            return number + " " + input;
        }
    }

    private static Entry row(String number, String input, String line, String expected) {
        return new Entry(number, input, HEADER + line + "\n", expected);
    }

    static Stream<Entry> catalogue() {
        return Stream.of(
                row("T1", "a date in another form", "A,I.1.a,2026/07/01,,,75,",
                        "t.csv row 2, column submittedOn (3): not a date: 2026/07/01; allowed: yyyy-mm-dd or dd/mm/yyyy (or a date cell)"),
                row("T2", "a day that does not exist", "A,I.1.a,31/02/2026,,,75,",
                        "t.csv row 2, column submittedOn (3): no such day: 31/02/2026; allowed: yyyy-mm-dd or dd/mm/yyyy (or a date cell)"),
                row("T3", "an average with a thousands separator", "A,I.1.a,2026-07-01,,,\"1.234,5\",",
                        "t.csv row 2, column average (6): not a number of points: 1.234,5; allowed: points from 0 to 100, with a decimal point or comma and at most 6 decimals (72.5, 72,50), no thousands separator"),
                row("T4", "an average above 100", "A,I.1.a,2026-07-01,,,100.5,",
                        "t.csv row 2, column average (6): not an average of points: 100.5; allowed: points from 0 to 100, with a decimal point or comma and at most 6 decimals (72.5, 72,50), no thousands separator"),
                row("T5", "a member total with decimals", "A,I.1.a,2026-07-01,,\"82;79.5\",,",
                        "t.csv row 2, column memberTotals (5): not a member's total: 79.5: 82;79.5; allowed: each member's total, whole points from 0 to 100, separated by ; (82;79;80)"),
                row("T6", "a star out of range", "A,I.1.a,2026-07-01,,,75,6",
                        "t.csv row 2, column stars (7): not a star: 6; allowed: a whole number from 1 to 5"),
                row("T7", "a level in other words", "A,I.1.a,2026-07-01,xã,,75,",
                        "t.csv row 2, column level (4): not a level: xã; allowed: DISTRICT, PROVINCE or MINISTRY (huyện, tỉnh, trung ương)"),
                row("T8", "an empty product set", "A,,2026-07-01,,,75,",
                        "t.csv row 2, column productSet (2): empty: ; allowed: a product set's code (I.1.a) or name (Rau, củ, quả, hạt tươi)"),
                row("T9", "a set name no set has", "A,Khoáng,2026-07-01,,,75,",
                        "t.csv row 2, column productSet (2): no set of QD-26-2026 has this name: Khoáng; allowed: one of the codes: II.2.a Nước khoáng thiên nhiên, nước uống đóng chai"),
                row("T10", "a row without a score", "A,I.1.a,2026-07-01,,,,4",
                        "t.csv row 2: no score: ; allowed: the members' totals (memberTotals) or the council's average (average)"),
                row("T11", "a value past the last header", "A,I.1.a,2026-07-01,,,92,5,x",
                        "t.csv row 2, column 8: a value in a column without a header: x; allowed: a header for every column with values"),
                row("T12", "three bad cells in one row, named in column order", "A,I.1.a,1.7.2026,xã,,abc,",
                        "t.csv row 2, column submittedOn (3): not a date: 1.7.2026; allowed: yyyy-mm-dd or dd/mm/yyyy (or a date cell) | t.csv row 2, column level (4): not a level: xã; allowed: DISTRICT, PROVINCE or MINISTRY (huyện, tỉnh, trung ương) | t.csv row 2, column average (6): not a number of points: abc; allowed: points from 0 to 100, with a decimal point or comma and at most 6 decimals (72.5, 72,50), no thousands separator"),
                new Entry("T13", "a header repeated under another alias", "productSet,submittedOn,Điểm,average\n",
                        "ResultsTableException: t.csv: columns 3 and 4 are both average: Điểm, average; allowed: each column once"),
                row("T14", "a set by its name, decimal comma, day/month/year (accepted)", "A,\"Rau, củ, quả, hạt tươi\",1/7/2026,tỉnh,,\"72,5\",4",
                        "OK I.1.a"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_bad_row_gets_its_catalogued_problems(Entry entry) {
        assertThat(observe(entry, dir)).isEqualTo(entry.expected());
    }

    static String observe(Entry entry, Path dir) {
        Path file = dir.resolve("t.csv");
        try {
            Files.writeString(file, entry.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TableRow> rows;
        try {
            rows = ResultsTable.read(file);
        } catch (ResultsTableException e) {
            return "ResultsTableException: " + e.getMessage();
        }
        if (rows.isEmpty()) {
            return "no rows";
        }
        TableRow row = rows.get(0);
        return row.isValid() ? "OK " + row.dossier().orElseThrow().productSet()
                : row.problems().stream().map(Problem::message).collect(Collectors.joining(" | "));
    }
}
