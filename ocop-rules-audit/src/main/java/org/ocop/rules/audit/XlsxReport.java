package org.ocop.rules.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the report as an XLSX workbook with POI's streaming {@link SXSSFWorkbook}: a sheet of products, one row per
 * product with the columns of the HTML's product sections plus the causes, a frozen header and filters; and a
 * summary sheet with the same counts as the HTML. Rows leave memory once a window of them is written, so a
 * workbook of any size is written in constant memory.
 *
 * <p>Figures are numbers (averages with two decimals, stars as whole numbers); an empty cell means "none". Not
 * thread-safe.
 */
final class XlsxReport implements AutoCloseable {

    /** The products sheet's columns, by their label key; the order of {@link #row}. */
    static final List<String> COLUMNS = List.of("column.number", "column.dossier", "column.product",
            "column.productSet", "column.criteria", "column.edition", "column.outcome", "column.agreement",
            "column.recordedAverage", "column.average", "column.recordedBand", "column.band", "column.recordedStars",
            "column.stars", "column.recordedLevel", "column.level", "column.forwarding", "column.causes",
            "column.explanations", "column.failedMinimums", "column.memberTotals", "column.spread",
            "column.warnings", "column.source");

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 100;

    private final ReportText text;
    private final HtmlReport.Stamp stamp;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet summarySheet;
    private final SXSSFSheet products;
    private final Summary summary = new Summary();
    private final CellStyle header;
    private final CellStyle decimal;
    private final CellStyle wrap;
    /**
     * The workbook's default style (index 0), set on every cell of a product row: a cell without a style makes
     * POI's streaming writer look up its column's default style in the sheet's XML beans, which was a tenth of a
     * 100,000-row report's time. Index 0 is what such a cell gets, and it is written the same (no style attribute).
     */
    private final CellStyle plain;
    private int next = 1;

    XlsxReport(ReportText text, HtmlReport.Stamp stamp) {
        this.text = text;
        this.stamp = stamp;
        // the summary sheet comes first for a reader, but is filled last, from the counts
        this.summarySheet = workbook.createSheet(text.get("sheet.summary"));
        this.products = workbook.createSheet(text.get("sheet.products"));
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        this.decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        this.plain = workbook.getCellStyleAt(0);
        Row head = products.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(text.get(COLUMNS.get(i)));
            cell.setCellStyle(header);
        }
        products.createFreezePane(0, 1);
        int[] widths = {6, 16, 34, 10, 14, 10, 16, 14, 11, 11, 9, 9, 9, 9, 12, 12, 14, 30, 60, 40, 30, 9, 60, 50};
        for (int i = 0; i < widths.length; i++) {
            products.setColumnWidth(i, widths[i] * 256);
        }
    }

    Summary summary() {
        return summary;
    }

    /** Writes one product's row and counts it. */
    void add(ProductView p) {
        summary.add(p, text);
        row(products.createRow(next++), p);
    }

    private void row(Row r, ProductView p) {
        int c = 0;
        cell(r, c++).setCellValue(p.number);
        cell(r, c++).setCellValue(p.rating.dossierId());
        cell(r, c++).setCellValue(p.rating.productName());
        cell(r, c++).setCellValue(p.rating.productSet());
        string(r, c++, p.version.map(v -> v.id()));
        string(r, c++, p.version.map(v -> v.edition()));
        cell(r, c++).setCellValue(text.name("outcome", p.rating.outcome()));
        cell(r, c++).setCellValue(text.get("agreement." + HtmlReport.agreementKey(p.agreement)));
        decimal(r, c++, p.recordedAverage);
        decimal(r, c++, p.average);
        whole(r, c++, p.recordedBand);
        whole(r, c++, p.rating.bandStars());
        whole(r, c++, p.recordedStars);
        whole(r, c++, p.rating.stars());
        string(r, c++, p.recordedLevel.map(l -> text.name("level", l)));
        string(r, c++, p.level.map(l -> text.name("level", l)));
        string(r, c++, p.forwardedTo.map(l -> text.name("level", l)));
        // the causes as their stable names, which a filter and a program can match in any language
        string(r, c++, joined(p.causes().stream().map(Enum::name).toList(), "; "));
        string(r, c++, joined(p.differences.stream().map(d -> d.cause().name() + ": " + text.get("product.field",
                text.field(d.field()), d.recorded(), d.recomputed()) + " \u2014 " + d.explanation()).toList(),
                "\n"));
        string(r, c++, joined(p.failedMinimums, "\n"));
        string(r, c++, joined(p.memberTotals.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .toList(), "; "));
        whole(r, c++, p.spread);
        string(r, c++, joined(concat(p.warnings, p.problems), "\n"));
        string(r, c, p.source);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Optional<String> joined(List<String> items, String separator) {
        return items.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, items));
    }

    private Cell cell(Row r, int column) {
        Cell cell = r.createCell(column);
        cell.setCellStyle(plain);
        return cell;
    }

    private void string(Row r, int column, Optional<String> value) {
        if (value.isPresent()) {
            Cell cell = cell(r, column);
            // Excel refuses a cell over 32,767 characters: a long explanation is cut there, never the workbook
            String v = value.get();
            cell.setCellValue(v.length() > 32_767 ? v.substring(0, 32_766) + "\u2026" : v);
            if (v.indexOf('\n') >= 0) {
                cell.setCellStyle(wrap);
            }
        }
    }

    private void decimal(Row r, int column, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            Cell cell = cell(r, column);
            cell.setCellValue(value.get().doubleValue());
            cell.setCellStyle(decimal);
        }
    }

    private void whole(Row r, int column, OptionalInt value) {
        if (value.isPresent()) {
            cell(r, column).setCellValue(value.getAsInt());
        }
    }

    /** Writes the summary sheet, the filters and the print headers, then the workbook to {@code out}. */
    void finish(OutputStream out) throws IOException {
        int last = Math.max(1, next - 1);
        products.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.size() - 1));
        String stampText = stamp.line(text, summary);
        for (SXSSFSheet sheet : List.of(summarySheet, products)) {
            // what every printed page names, as on every page of the PDF
            sheet.getHeader().setLeft(stampText.replace("&", "&&"));
            sheet.getFooter().setRight(text.get("page", "&P", "&N"));
        }
        products.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        int r = 0;
        r = line(r, text.get("title"), header);
        r = line(r, stampText, null);
        r = line(r, text.get("summary.products", summary.products, summary.count(ProductView.Agreement.AGREES),
                summary.count(ProductView.Agreement.DIFFERS), summary.count(ProductView.Agreement.NOTHING)), null);
        r = counts(r + 1, "summary.byAgreement", "column.agreement", "count", summary.byAgreement.entrySet().stream()
                .collect(Collectors.toMap(e -> text.get("agreement." + HtmlReport.agreementKey(e.getKey())),
                        Map.Entry::getValue, Long::sum, java.util.LinkedHashMap::new)));
        r = counts(r + 1, "summary.byOutcome", "column.outcome", "count", summary.byOutcome.entrySet().stream()
                .collect(Collectors.toMap(e -> text.name("outcome", e.getKey()), Map.Entry::getValue, Long::sum,
                        java.util.LinkedHashMap::new)));
        r = counts(r + 1, "summary.byCause", "column.cause", "count.differences", summary.byCause.entrySet()
                .stream().collect(Collectors.toMap(e -> text.name("cause", e.getKey()) + " (" + e.getKey().name()
                        + ")", Map.Entry::getValue, Long::sum, java.util.LinkedHashMap::new)));
        r = counts(r + 1, "summary.byVersion", "column.version", "count", summary.byVersion);
        r = counts(r + 1, "summary.byLevel", "column.level.name", "count", summary.byLevel);
        r = line(r + 1, text.get("chart.stars.title"), header);
        Row head = summarySheet.createRow(r++);
        head.createCell(0).setCellValue(text.get("chart.stars.recorded") + " \\ " + text.get("chart.stars.recomputed"));
        for (int col = 0; col < Summary.STAR_SLOTS; col++) {
            head.createCell(col + 1).setCellValue(starLabel(col));
        }
        for (int row = 0; row < Summary.STAR_SLOTS; row++) {
            Row line = summarySheet.createRow(r++);
            line.createCell(0).setCellValue(starLabel(row));
            for (int col = 0; col < Summary.STAR_SLOTS; col++) {
                line.createCell(col + 1).setCellValue(summary.stars[slot(row)][slot(col)]);
            }
        }
        summarySheet.setColumnWidth(0, 60 * 256);
        summarySheet.setColumnWidth(1, 14 * 256);
        workbook.write(out);
    }

    private String starLabel(int position) {
        int stars = slot(position);
        return stars == 0 ? text.get("none") : stars + "\u2605";
    }

    private static int slot(int position) {
        return position == Summary.STAR_SLOTS - 1 ? 0 : position + 1;
    }

    private int line(int r, String value, CellStyle style) {
        Cell cell = summarySheet.createRow(r).createCell(0);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return r + 1;
    }

    private int counts(int r, String title, String column, String countColumn, Map<String, Long> counts) {
        r = line(r, text.get(title), header);
        Row head = summarySheet.createRow(r++);
        head.createCell(0).setCellValue(text.get(column));
        head.createCell(1).setCellValue(text.get(countColumn));
        if (counts.isEmpty()) {
            Row row = summarySheet.createRow(r++);
            row.createCell(0).setCellValue(text.get("summary.none"));
            row.createCell(1).setCellValue(0);
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Row row = summarySheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        // the rows' temporary files go first, whether or not the workbook was written
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
