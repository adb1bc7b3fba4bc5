package org.ocop.rules.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An XLSX results table: the first sheet, or the one named. Cells keep their type: a number is its value as Excel
 * shows it in the General format (so 69.99 stays 69.99, never 69.98999…), a date-formatted number is a date, a
 * formula its cached result; a string is its text.
 *
 * <p>POI's workbook model holds the whole workbook in memory while its rows are read, so an OOXML workbook is read
 * by {@link XlsxStreamTable} instead, with the same meaning for every cell; this class reads what that one leaves to
 * it (an old binary {@code .xls} under an {@code .xlsx} name, which POI reads too) and refuses what is no workbook
 * in POI's own words.
 */
final class XlsxTable implements RawTable {

    private final Workbook workbook;
    private final Sheet sheet;
    private final List<String> headers;
    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private final int headerRow;
    private RawTable.Row next;

    private XlsxTable(Workbook workbook, Sheet sheet, List<String> headers, int headerRow) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.headers = headers;
        this.headerRow = headerRow;
        this.rows = sheet.rowIterator();
    }

    static XlsxTable open(Path file, Optional<String> sheetName) {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            // POI says "not an OOXML file" and the like in its own words: kept as the value
            throw ResultsTable.fileError(file, TableText.of("table.notXlsx"), String.valueOf(e.getMessage()),
                    TableText.of("table.notXlsx.allowed"));
        }
        Sheet sheet;
        if (sheetName.isPresent()) {
            sheet = workbook.getSheet(sheetName.get());
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                closeQuietly(workbook);
                throw ResultsTable.fileError(file, TableText.of("table.noSuchSheet"), sheetName.get(),
                        TableText.literal(String.join(", ", names)));
            }
        } else if (workbook.getNumberOfSheets() == 0) {
            closeQuietly(workbook);
            throw ResultsTable.fileError(file, TableText.of("table.empty"), "", TableText.of("table.empty.allowed"));
        } else {
            sheet = workbook.getSheetAt(0);
        }
        // the header row is the first row with a cell in it
        Iterator<org.apache.poi.ss.usermodel.Row> it = sheet.rowIterator();
        while (it.hasNext()) {
            org.apache.poi.ss.usermodel.Row row = it.next();
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                headers.add(cell(row.getCell(c)).text());
            }
            if (headers.stream().anyMatch(h -> !h.isEmpty())) {
                XlsxTable table = new XlsxTable(workbook, sheet, headers, row.getRowNum());
                // skip to after the header
                while (table.rows.hasNext() && table.rows.next().getRowNum() != row.getRowNum()) {
                    // rows before the header are blank
                }
                return table;
            }
        }
        closeQuietly(workbook);
        throw ResultsTable.fileError(file, TableText.of("table.empty"), sheet.getSheetName(),
                TableText.of("table.empty.allowed"));
    }

    @Override
    public Optional<String> sheet() {
        return Optional.of(sheet.getSheetName());
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String columnLabel(int index) {
        return CellReference.convertNumToColString(index);
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            org.apache.poi.ss.usermodel.Row row = rows.next();
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            List<RawTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(cell(row.getCell(c)));
            }
            if (cells.stream().allMatch(RawTable.Cell::isBlank)) {
                continue;
            }
            next = new RawTable.Row(row.getRowNum() + 1, cells); // POI counts from 0, Excel from 1
        }
        return next != null;
    }

    @Override
    public RawTable.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawTable.Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static RawTable.Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return RawTable.Cell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    java.time.LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield new RawTable.Cell(date.toString(), null, date);
                }
                String shown = NumberToTextConverter.toText(cell.getNumericCellValue());
                yield new RawTable.Cell(shown, new BigDecimal(shown), null);
            }
            case STRING -> RawTable.Cell.text(cell.getStringCellValue());
            case BOOLEAN -> RawTable.Cell.text(String.valueOf(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> RawTable.Cell.text("#ERROR");
            default -> RawTable.Cell.BLANK;
        };
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // reading only: nothing to lose
        }
    }
}
