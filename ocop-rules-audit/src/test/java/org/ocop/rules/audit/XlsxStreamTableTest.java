package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed XLSX reader gives exactly what POI's workbook model ({@link XlsxTable}) gives for the same file: the
 * sheet, the header row and every later row that is not blank, cell by cell (text, number, date), and the same
 * error for a file or sheet it cannot read. The workbooks cover what the results-table tests write (typed cells,
 * a number in a date column, a word in a number column) and what spreadsheets hold besides: built-in and custom
 * date formats, times of day, formulas with cached numbers, strings, booleans and errors, rich text, inline
 * strings (as streaming writers store them), gaps between cells and rows, blank rows before the header, styled
 * blank cells, the 1904 date system, a named sheet, an empty sheet.
 */
class XlsxStreamTableTest {

    @TempDir
    Path dir;

    /** One workbook to compare: its name and how it is filled. */
    record Book(String name, boolean streamingWriter, Optional<String> sheet, Consumer<Workbook> fill) {
        Book(String name, boolean streamingWriter, Consumer<Workbook> fill) {
            this(name, streamingWriter, Optional.empty(), fill);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Book> workbooks() {
        return Stream.of(
                new Book("typed cells, as ResultsTableTest writes them", false, ResultsTableTest::typedCells),
                new Book("every kind of cell", false, Optional.of("Danh sách"), XlsxStreamTableTest::everyKind),
                new Book("every kind of cell, inline strings (SXSSF)", true, Optional.of("Danh sách"),
                        XlsxStreamTableTest::everyKind),
                new Book("1904 date system", false, wb -> {
                    ((XSSFWorkbook) wb).getCTWorkbook().addNewWorkbookPr().setDate1904(true);
                    ResultsTableTest.typedCells(wb);
                }),
                new Book("blank rows and a styled blank row before the header", false, wb -> {
                    Sheet s = wb.createSheet("Danh sách");
                    CellStyle bold = wb.createCellStyle();
                    Font font = wb.createFont();
                    font.setBold(true);
                    bold.setFont(font);
                    s.createRow(0);
                    s.createRow(1).createCell(3).setCellStyle(bold); // a styled cell with nothing in it
                    Row header = s.createRow(3);
                    header.createCell(1).setCellValue("Bộ sản phẩm");
                    header.createCell(2).setCellValue("Ngày nộp");
                    header.createCell(4).setCellValue("Điểm");
                    Row row = s.createRow(6);
                    row.createCell(1).setCellValue("I.1.a");
                    row.createCell(2).setCellValue("01/07/2026");
                    row.createCell(4).setCellValue(75);
                    s.createRow(7).createCell(2).setCellValue("   "); // only spaces: blank, skipped
                    Row last = s.createRow(9);
                    last.createCell(1).setCellValue("II.1.a");
                    last.createCell(6).setCellValue("past the header");
                }),
                new Book("header only", false, wb -> {
                    Row header = wb.createSheet("Kết quả").createRow(0);
                    header.createCell(0).setCellValue("productSet");
                    header.createCell(1).setCellValue("submittedOn");
                    header.createCell(2).setCellValue("average");
                }));
    }

    private static void everyKind(Workbook workbook) {
        workbook.createSheet("Trống"); // an empty first sheet, never read unless named
        Sheet sheet = workbook.createSheet("Danh sách");
        CellStyle builtInDate = workbook.createCellStyle();
        builtInDate.setDataFormat((short) 14); // m/d/yy, Excel's own short date
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
        Row header = sheet.createRow(0);
        String[] names = {"STT", "Tên sản phẩm", "Bộ sản phẩm", "Ngày nộp", "Ngày đánh giá", "Điểm", "Hạng sao",
            "Ghi chú", "Công thức"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Object[][] rows = {
            {1, "Nhãn lồng Hưng Yên", "I.1.a", LocalDate.of(2026, 7, 1), LocalDateTime.of(2026, 8, 2, 14, 30), 72.5,
                4.0, true, "=F2*2"},
            {2, " Tương Bần ", "Rau, củ, quả, hạt tươi", "01/07/2026", null, 0.1 + 0.2, 4, false, "=\"a\"&\"b\""},
            {3, "rich", "I.1.a", LocalDate.of(1900, 3, 1), null, 1e-7, 123456789012.0, null, "=1/0"},
            {4, null, null, null, null, -5.25, null, null, "=1>0"},
            {5, "Gà Đông Tảo", "I.1.a", 46204.0, null, 90.0, 5, "Excel's escape _x0041_ and _x000D_", null}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r == 4 ? 9 : r + 1); // a gap of blank rows before the last
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c == 8 ? 10 : c); // a gap of columns
                if (v instanceof Integer i) {
                    cell.setCellValue(i);
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                    if (c == 5) {
                        cell.setCellStyle(twoDecimals);
                    }
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(builtInDate);
                } else if (v instanceof LocalDateTime d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateTime);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (((String) v).startsWith("=")) {
                    cell.setCellFormula(((String) v).substring(1));
                } else if (v.equals("rich") && workbook instanceof XSSFWorkbook) {
                    XSSFRichTextString rich = new XSSFRichTextString("Mật ong bạc hà");
                    Font bold = workbook.createFont();
                    bold.setBold(true);
                    rich.applyFont(0, 6, bold);
                    cell.setCellValue(rich);
                } else {
                    cell.setCellValue((String) v);
                }
            }
        }
        CellStyle styled = workbook.createCellStyle();
        styled.setWrapText(true);
        sheet.getRow(2).createCell(12).setCellStyle(styled); // a styled blank cell past the last value
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // the cached results Excel saves
    }

    private Path write(Book book) throws IOException {
        Path file = dir.resolve(book.name().replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx");
        try (Workbook workbook = book.streamingWriter() ? new SXSSFWorkbook() : new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            book.fill().accept(workbook);
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook s) {
                s.dispose();
            }
        }
        return file;
    }

    /** What a reader gives: its sheet, headers and rows, or its error. */
    private static String read(RawTable table) {
        try (table) {
            List<String> lines = new ArrayList<>();
            lines.add("sheet " + table.sheet().orElse("?") + ", headers " + table.headers());
            table.forEachRemaining(row -> lines.add(row.toString()));
            return String.join("\n", lines);
        }
    }

    private static String outcome(java.util.function.Supplier<RawTable> open) {
        try {
            return read(open.get());
        } catch (ResultsTableException e) {
            return "ResultsTableException: " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void streamed_readsEveryWorkbookAsTheWorkbookModelDoes(Book book) throws IOException {
        Path file = write(book);

        String streamed = outcome(() -> XlsxStreamTable.open(file, book.sheet()));

        assertThat(streamed).isEqualTo(outcome(() -> XlsxTable.open(file, book.sheet())));
        try (RawTable table = XlsxStreamTable.open(file, book.sheet())) {
            assertThat(table).isInstanceOf(XlsxStreamTable.class);
        }
    }

    @Test
    void streamed_everyKindOfCell_givesTypedValues() throws IOException {
        Path file = write(new Book("kinds", false, XlsxStreamTableTest::everyKind));

        List<RawTable.Row> rows = new ArrayList<>();
        try (RawTable table = XlsxStreamTable.open(file, Optional.of("danh sách"))) {
            assertThat(table.sheet()).hasValue("Danh sách"); // found ignoring case, named as the workbook names it
            table.forEachRemaining(rows::add);
        }

        assertThat(rows).extracting(RawTable.Row::number).containsExactly(2, 3, 4, 5, 10);
        RawTable.Row first = rows.get(0);
        assertThat(first.cell(3).date()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(first.cell(4).date()).isEqualTo(LocalDate.of(2026, 8, 2)); // the day of a date and time
        assertThat(first.cell(5).number()).isEqualTo(new BigDecimal("72.5"));
        assertThat(first.cell(7).text()).isEqualTo("TRUE");
        assertThat(first.cell(10).number()).isEqualTo(new BigDecimal("145")); // =F2*2, its cached result
        RawTable.Row second = rows.get(1);
        assertThat(second.cell(1).text()).isEqualTo("Tương Bần"); // stripped
        assertThat(second.cell(5).text()).isEqualTo("0.3"); // as Excel shows 0.1 + 0.2 in General
        assertThat(second.cell(10).text()).isEqualTo("ab");
        assertThat(rows.get(2).cell(1).text()).isEqualTo("Mật ong bạc hà");
        assertThat(rows.get(2).cell(10).text()).isEqualTo("#ERROR");
        assertThat(second.cells()).hasSize(13); // up to the styled blank cell, as the workbook model counts
        assertThat(second.cell(12).isBlank()).isTrue();
        assertThat(rows.get(3).cell(1).isBlank()).isTrue();
        assertThat(rows.get(4).cell(3).number()).isEqualTo(new BigDecimal("46204")); // not a date without a format
    }

    @Test
    void streamed_namedSheets_areFoundOrListedAsTheWorkbookModelDoes() throws IOException {
        Path file = write(new Book("kinds", false, XlsxStreamTableTest::everyKind));

        for (String name : List.of("Trống", "TRỐNG", "Danh sách", "Sheet9")) {
            assertThat(outcome(() -> XlsxStreamTable.open(file, Optional.of(name)))).as(name)
                    .isEqualTo(outcome(() -> XlsxTable.open(file, Optional.of(name))));
        }
        assertThat(outcome(() -> XlsxStreamTable.open(file, Optional.of("Sheet9"))))
                .isEqualTo("ResultsTableException: kinds.xlsx: no such sheet: Sheet9; allowed: Trống, Danh sách");
        assertThat(outcome(() -> XlsxStreamTable.open(file, Optional.of("Trống"))))
                .isEqualTo("ResultsTableException: kinds.xlsx: no header row: Trống; allowed: a header row naming the "
                        + "columns, then one row per product");
    }

    @Test
    void streamed_badCell_isNamedBySheetRowAndColumnLetter() throws IOException {
        Path file = write(new Book("ket-qua", false, ResultsTableTest::typedCells));

        List<TableRow> rows = ResultsTable.read(file);

        assertThat(rows.get(1).problems()).extracting(p -> p.where(java.util.Locale.ROOT)).containsExactly(
                "ket-qua.xlsx sheet Kết quả row 3, column Ngày nộp (C)",
                "ket-qua.xlsx sheet Kết quả row 3, column Điểm trung bình (D)");
    }

    @Test
    void notAnOoxmlPackage_isLeftToTheWorkbookModel_anOldXlsIsStillRead() throws IOException {
        Path old = dir.resolve("cu.xlsx"); // a binary .xls saved under an .xlsx name, which POI reads
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(old)) {
            ResultsTableTest.typedCells(workbook);
            workbook.write(out);
        }
        Path text = dir.resolve("text.xlsx");
        Files.writeString(text, "not a workbook\n");

        try (RawTable table = XlsxStreamTable.open(old, Optional.empty())) {
            assertThat(table).isInstanceOf(XlsxTable.class);
        }
        assertThat(outcome(() -> XlsxStreamTable.open(old, Optional.empty())))
                .contains("Row[number=2, cells=[Cell[text=HY-03");
        assertThatThrownBy(() -> XlsxStreamTable.open(text, Optional.empty()))
                .isInstanceOf(ResultsTableException.class)
                .hasMessageStartingWith("text.xlsx: not an XLSX workbook: ");
    }
}
