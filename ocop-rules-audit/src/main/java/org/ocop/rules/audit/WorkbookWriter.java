package org.ocop.rules.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Heading;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SheetNode;
import org.ocop.rules.criteria.SheetPart;
import org.ocop.rules.dossier.Council;

/**
 * Lays a scoring sheet out as a workbook (see {@link ScoringWorkbook} for what the form holds). Columns: A the hidden
 * row keys, B the code, C the text, D the points or cap, E the star marker, then one column per member. Row 1 is
 * hidden and holds the column keys. Totals are formulas over the marks ({@code SUMIF(marks, "x", points)}, which
 * Excel compares without case), evaluated once here so that a viewer that does not recalculate shows them too.
 */
final class WorkbookWriter {

    static final int KEY = 0;
    static final int CODE = 1;
    static final int TEXT = 2;
    static final int POINTS = 3;
    static final int STARS = 4;
    static final int FIRST_MEMBER = 5;
    /** The text column's width, in characters. */
    private static final int TEXT_WIDTH = 72;

    private final ScoringWorkbook spec;
    private final Locale locale;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet form;
    private final int lastMember;
    private final Styles styles;
    private final CellRangeAddressList markCells = new CellRangeAddressList();
    private int next;

    private WorkbookWriter(ScoringWorkbook spec) {
        this.spec = spec;
        this.locale = spec.locale();
        this.form = workbook.createSheet(sheetName(spec.sheet()));
        this.lastMember = FIRST_MEMBER + spec.members().size() - 1;
        this.styles = new Styles(workbook);
    }

    static void write(ScoringWorkbook spec, OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter(spec);
        try {
            writer.layout();
            writer.workbook.write(out);
        } finally {
            writer.workbook.close();
        }
    }

    /** {@code Phiếu I.1.a}: a sheet name is at most 31 characters and has none of {@code []:*?/\}. */
    static String sheetName(ScoringSheet sheet) {
        return ("Phiếu " + sheet.productSet()).replaceAll("[\\[\\]:*?/\\\\]", "-");
    }

    private String text(String key, Object... args) {
        return WorkbookText.of(key, args).in(locale);
    }

    private void layout() {
        ScoringSheet sheet = spec.sheet();
        // row 1, hidden: the column keys
        Row keys = form.createRow(next++);
        keys.setZeroHeight(true);
        keys.createCell(KEY).setCellValue(FormRow.FORM_MARKER);
        keys.createCell(CODE).setCellValue("code");
        keys.createCell(TEXT).setCellValue("text");
        keys.createCell(POINTS).setCellValue("points");
        keys.createCell(STARS).setCellValue("stars");
        for (int m = 0; m < spec.members().size(); m++) {
            keys.createCell(FIRST_MEMBER + m).setCellValue("member:" + (m + 1));
        }

        info(text("form.title"), styles.title);
        info(text("form.sheet", sheet.number(), sheet.title(), sheet.productSet()), styles.subtitle);
        if (!sheet.header().isBlank()) {
            info(sheet.header(), styles.subtitle);
        }
        info(text("form.version", spec.version().id(), spec.version().decision().number(),
                spec.version().edition(), spec.version().sheetEdition()), styles.note);
        if (!spec.note().isBlank()) {
            info(spec.note(), styles.banner);
        }
        next++;
        fields();
        next++;
        info(text("form.howTo"), styles.note);
        info(text("form.markers"), styles.note);

        int head = next;
        Row heads = row(FormRow.HEAD);
        cell(heads, CODE, text("col.code"), styles.colHead);
        cell(heads, TEXT, text("col.text"), styles.colHead);
        cell(heads, POINTS, text("col.points"), styles.colHead);
        cell(heads, STARS, text("col.stars"), styles.colHead);
        for (int m = 0; m < spec.members().size(); m++) {
            cell(heads, FIRST_MEMBER + m, text("col.member", m + 1), styles.colHead);
        }
        Row names = row("names");
        cell(names, TEXT, text("form.names"), styles.namesLabel);
        cell(names, CODE, "", styles.namesLabel);
        cell(names, POINTS, "", styles.namesLabel);
        cell(names, STARS, "", styles.namesLabel);
        for (int m = 0; m < spec.members().size(); m++) {
            cell(names, FIRST_MEMBER + m, spec.members().get(m), styles.name);
        }
        names.setHeightInPoints(30);
        int namesRow = next - 1;

        List<Integer> partRows = new ArrayList<>();
        for (SheetPart part : sheet.parts()) {
            int at = next;
            Row row = row("part:" + part.part());
            cell(row, CODE, part.part().name(), styles.part);
            cell(row, TEXT, part.label(), styles.part);
            number(row, POINTS, part.maxPoints(), styles.partNumber);
            cell(row, STARS, "", styles.part);
            List<Integer> items = new ArrayList<>();
            for (SheetNode node : part.items()) {
                items.add(node(node));
            }
            sums(form.getRow(at), items, styles.partNumber);
            partRows.add(at);
        }
        Row total = row("total");
        cell(total, CODE, "", styles.part);
        cell(total, TEXT, text("form.total"), styles.part);
        number(total, POINTS, sheet.parts().stream().mapToInt(SheetPart::maxPoints).sum(), styles.partNumber);
        cell(total, STARS, "", styles.part);
        sums(total, partRows, styles.partNumber);

        findings(sheet);
        sheet.footer().filter(f -> !f.isBlank()).ifPresent(f -> {
            next++;
            info(f, styles.note);
        });

        identity();
        validations();
        print(head, namesRow);
        workbook.setForceFormulaRecalculation(true);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** The header block: label in C, value in D merged to the last member column. */
    private void fields() {
        for (String field : FormRow.FIELDS) {
            Row row = row("field:" + field);
            cell(row, TEXT, text("field." + field), styles.fieldLabel);
            Cell value = row.createCell(POINTS);
            for (int c = POINTS + 1; c <= Math.max(lastMember, STARS + 1); c++) {
                row.createCell(c).setCellStyle(styles.fieldValue);
            }
            form.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), POINTS,
                    Math.max(lastMember, STARS + 1)));
            value.setCellStyle(styles.fieldValue);
            switch (field) {
                case "id" -> value.setCellValue(spec.dossierId());
                case "productName" -> value.setCellValue(spec.productName());
                case "producer" -> value.setCellValue(spec.producer());
                case "submittedOn" -> date(value, spec.submittedOn().orElse(null));
                case "ratedOn" -> date(value, spec.ratedOn().orElse(null));
                case "level" -> {
                    spec.level().ifPresent(l -> value.setCellValue(levelWord(l)));
                    DataValidationHelper help = form.getDataValidationHelper();
                    DataValidation levels = help.createValidation(help.createExplicitListConstraint(
                            new String[] {"cấp huyện", "cấp tỉnh", "cấp trung ương"}),
                            new CellRangeAddressList(row.getRowNum(), row.getRowNum(), POINTS, POINTS));
                    levels.setShowErrorBox(false); // DISTRICT, PROVINCE, MINISTRY are read too
                    form.addValidationData(levels);
                }
                case "councilSize" -> spec.council().ifPresent(c -> value.setCellValue(c.size()));
                case "chair" -> spec.council().flatMap(Council::chair).ifPresent(value::setCellValue);
                case "secretary" -> spec.council().flatMap(Council::secretary).ifPresent(value::setCellValue);
                default -> throw new IllegalStateException(field);
            }
        }
    }

    static String levelWord(Level level) {
        return switch (level) {
            case DISTRICT -> "cấp huyện";
            case PROVINCE -> "cấp tỉnh";
            case MINISTRY -> "cấp trung ương";
        };
    }

    private void date(Cell cell, LocalDate day) {
        cell.setCellStyle(styles.dateValue);
        if (day != null) {
            cell.setCellValue(day);
        }
    }

    /** A heading or a criterion with what it holds; the row of its running total. */
    private int node(SheetNode node) {
        int at = next;
        if (node instanceof Heading heading) {
            Row row = row("heading:" + heading.code());
            cell(row, CODE, heading.code(), styles.heading);
            cell(row, TEXT, heading.label(), styles.heading);
            number(row, POINTS, heading.maxPoints(), styles.headingNumber);
            cell(row, STARS, "", styles.heading);
            List<Integer> items = new ArrayList<>();
            for (SheetNode child : heading.children()) {
                items.add(node(child));
            }
            sums(row, items, styles.headingNumber);
            return at;
        }
        Criterion c = (Criterion) node;
        Row row = row("criterion:" + c.code());
        cell(row, CODE, c.code(), styles.criterion);
        boolean checklist = c.select() == Criterion.Select.ANY;
        cell(row, TEXT, checklist ? c.label() + " — " + text("form.checklist", c.maxPoints()) : c.label(),
                styles.criterion);
        number(row, POINTS, c.maxPoints(), styles.criterionNumber);
        cell(row, STARS, "", styles.criterion);
        c.onlyIf().ifPresent(when -> info(text("form.onlyIf", when.text(), when.criterion(),
                String.join(", ", when.notChosen())), styles.condition));
        for (String note : c.notes()) {
            info(note, styles.note);
        }
        int first = next;
        String caseLabel = null;
        for (Option o : c.options()) {
            if (o.caseLabel().isPresent() && !o.caseLabel().get().equals(caseLabel)) {
                caseLabel = o.caseLabel().get();
                info(text("form.case", caseLabel), styles.condition);
            }
            Row option = row("option:" + o.id());
            cell(option, CODE, o.id(), styles.optionCode);
            cell(option, TEXT, o.text(), styles.option);
            number(option, POINTS, o.points(), styles.points);
            cell(option, STARS, o.minStars().isPresent() ? "*".repeat(o.minStars().getAsInt()) : "", styles.marker);
            marks(option);
        }
        if (checklist) {
            Row none = row("none:" + c.code());
            cell(none, CODE, "", styles.optionCode);
            cell(none, TEXT, text("form.none"), styles.option);
            number(none, POINTS, 0, styles.points);
            cell(none, STARS, "", styles.marker);
            marks(none);
        }
        int last = next - 1;
        for (int m = 0; m < spec.members().size(); m++) {
            String column = CellReference.convertNumToColString(FIRST_MEMBER + m);
            String sum = "SUMIF(" + column + (first + 1) + ":" + column + (last + 1) + ",\"x\",$D$" + (first + 1)
                    + ":$D$" + (last + 1) + ")";
            Cell total = row.createCell(FIRST_MEMBER + m);
            total.setCellFormula(checklist ? "MIN(" + c.maxPoints() + "," + sum + ")" : sum);
            total.setCellStyle(styles.criterionNumber);
        }
        return at;
    }

    private void marks(Row row) {
        for (int m = 0; m < spec.members().size(); m++) {
            row.createCell(FIRST_MEMBER + m).setCellStyle(styles.mark);
        }
        markCells.addCellRangeAddress(row.getRowNum(), FIRST_MEMBER, row.getRowNum(), lastMember);
    }

    /** Each member's sum of the given rows' totals. */
    private void sums(Row row, List<Integer> rows, CellStyle style) {
        for (int m = 0; m < spec.members().size(); m++) {
            String column = CellReference.convertNumToColString(FIRST_MEMBER + m);
            Cell cell = row.createCell(FIRST_MEMBER + m);
            cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + rows.stream().map(r -> column + (r + 1))
                    .collect(Collectors.joining(",")) + ")");
            cell.setCellStyle(style);
        }
    }

    private void findings(ScoringSheet sheet) {
        List<KnockOutRule> findings = FormRow.findings(sheet);
        List<KnockOutRule> byChoice = sheet.knockOuts().stream()
                .filter(k -> k.trigger() == KnockOutRule.Trigger.CHOICE).toList();
        if (findings.isEmpty() && byChoice.isEmpty()) {
            return;
        }
        next++;
        Row head = row("info");
        cell(head, TEXT, text("form.findings"), styles.part);
        for (KnockOutRule rule : findings) {
            Row row = row("finding:" + rule.id());
            cell(row, CODE, rule.id(), styles.optionCode);
            cell(row, TEXT, text("form.finding." + rule.kind(), rule.text()
                    + rule.at().map(at -> " " + text("form.at", at)).orElse("")), styles.option);
            cell(row, POINTS, "", styles.points);
            cell(row, STARS, "", styles.marker);
            for (int c = FIRST_MEMBER; c <= lastMember; c++) {
                row.createCell(c).setCellStyle(styles.mark);
            }
            if (lastMember > FIRST_MEMBER) {
                form.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), FIRST_MEMBER,
                        lastMember));
            }
            markCells.addCellRangeAddress(row.getRowNum(), FIRST_MEMBER, row.getRowNum(), FIRST_MEMBER);
        }
        for (KnockOutRule rule : byChoice) {
            info(text("form.byChoice", rule.id(), text("form.finding." + rule.kind(), rule.text()),
                    String.join(", ", rule.options())), styles.note);
        }
    }

    /** The very hidden sheet that says what the workbook is; read before anything else. */
    private void identity() {
        XSSFSheet ids = workbook.createSheet(ScoringWorkbook.IDENTITY_SHEET);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(ScoringWorkbook.MARKER, "https://ocop-rules.org/scoring-workbook");
        values.put("format", String.valueOf(ScoringWorkbook.FORMAT));
        values.put("criteriaVersion", spec.version().id());
        values.put("dataEdition", spec.version().edition());
        values.put("sheetEdition", spec.version().sheetEdition());
        values.put("productSet", spec.sheet().productSet());
        values.put("members", String.valueOf(spec.members().size()));
        values.put("writtenBy", "ocop-rules " + ReplayReport.libraryVersion());
        int r = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Row row = ids.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(ids), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
    }

    /** Marks: a list of one value, x, so that Excel offers it and refuses anything else as it is typed. */
    private void validations() {
        if (markCells.countRanges() == 0) {
            return;
        }
        DataValidationHelper help = form.getDataValidationHelper();
        DataValidation marks = help.createValidation(help.createExplicitListConstraint(new String[] {"x"}),
                markCells);
        marks.setShowErrorBox(true);
        marks.createErrorBox(text("validation.title"), text("validation.text"));
        marks.setShowPromptBox(false);
        form.addValidationData(marks);
    }

    private void print(int head, int names) {
        // Protected without a password (Review, Unprotect Sheet lifts it): only the fields, the names and the mark
        // cells take input, so a slip does not overwrite a text or delete a row; widths and heights stay free.
        form.enableLocking();
        form.lockFormatColumns(false);
        form.lockFormatRows(false);
        form.lockSelectLockedCells(false);
        form.lockSelectUnlockedCells(false);
        form.setColumnHidden(KEY, true);
        form.setColumnWidth(CODE, 9 * 256);
        form.setColumnWidth(TEXT, TEXT_WIDTH * 256);
        form.setColumnWidth(POINTS, 7 * 256);
        form.setColumnWidth(STARS, 7 * 256);
        for (int c = FIRST_MEMBER; c <= lastMember; c++) {
            form.setColumnWidth(c, 13 * 256);
        }
        form.createFreezePane(FIRST_MEMBER, names + 1);
        PrintSetup setup = form.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        form.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        form.setAutobreaks(true);
        form.setRepeatingRows(new CellRangeAddress(head, names, -1, -1));
        form.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        form.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        form.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
        form.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.5);
        form.getFooter().setCenter(text("print.footer", spec.sheet().productSet()) + " &P / &N");
        workbook.setPrintArea(0, 1, lastMember, 0, next - 1);
    }

    private Row row(String key) {
        Row row = form.createRow(next++);
        row.createCell(KEY).setCellValue(key);
        return row;
    }

    /** A row of words across the text column (titles, notes, conditions): unkeyed, never read. */
    private void info(String words, CellStyle style) {
        Row row = row(FormRow.INFO);
        cell(row, TEXT, words, style);
    }

    private void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (column == TEXT && style.getWrapText()) {
            fitHeight(row, value, workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints());
        }
    }

    /**
     * A row tall enough for its wrapped text. Excel and LibreOffice do not grow a row written by POI to fit its
     * text (the sheet prints lines over each other), so the height is estimated: the text column holds about 72
     * characters of 11 points (a little more of the sheet's Arial), and a line takes 1.25 times the font's size.
     */
    private static void fitHeight(Row row, String text, short points) {
        int perLine = Math.max(20, TEXT_WIDTH * 11 / points * 112 / 100);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        float height = lines * points * 1.25f + 3;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle small;
        final CellStyle note;
        final CellStyle banner;
        final CellStyle fieldLabel;
        final CellStyle fieldValue;
        final CellStyle dateValue;
        final CellStyle colHead;
        final CellStyle namesLabel;
        final CellStyle name;
        final CellStyle part;
        final CellStyle partNumber;
        final CellStyle heading;
        final CellStyle headingNumber;
        final CellStyle criterion;
        final CellStyle criterionNumber;
        final CellStyle condition;
        final CellStyle option;
        final CellStyle optionCode;
        final CellStyle points;
        final CellStyle marker;
        final CellStyle mark;

        Styles(XSSFWorkbook wb) {
            Map<String, Font> fonts = new HashMap<>();
            title = style(wb, font(wb, fonts, true, false, 14, IndexedColors.BLACK), false, null, false);
            subtitle = style(wb, font(wb, fonts, true, false, 11, IndexedColors.BLACK), false, null, false);
            small = style(wb, font(wb, fonts, false, true, 9, IndexedColors.GREY_80_PERCENT), false, null, false);
            note = style(wb, font(wb, fonts, false, true, 9, IndexedColors.GREY_80_PERCENT), false, null, true);
            banner = style(wb, font(wb, fonts, true, false, 11, IndexedColors.DARK_RED), false, null, false);
            fieldLabel = style(wb, font(wb, fonts, true, false, 10, IndexedColors.BLACK), false, null, false);
            fieldValue = style(wb, font(wb, fonts, false, false, 10, IndexedColors.BLACK), true,
                    IndexedColors.LIGHT_YELLOW, false);
            fieldValue.setAlignment(HorizontalAlignment.LEFT);
            fieldValue.setLocked(false);
            dateValue = wb.createCellStyle();
            dateValue.cloneStyleFrom(fieldValue);
            dateValue.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            colHead = style(wb, font(wb, fonts, true, false, 10, IndexedColors.BLACK), true,
                    IndexedColors.GREY_25_PERCENT, true);
            colHead.setAlignment(HorizontalAlignment.CENTER);
            namesLabel = style(wb, font(wb, fonts, true, true, 10, IndexedColors.BLACK), true,
                    IndexedColors.GREY_25_PERCENT, true);
            name = style(wb, font(wb, fonts, true, false, 10, IndexedColors.BLACK), true,
                    IndexedColors.LIGHT_YELLOW, true);
            name.setAlignment(HorizontalAlignment.CENTER);
            name.setLocked(false);
            part = style(wb, font(wb, fonts, true, false, 11, IndexedColors.BLACK), true,
                    IndexedColors.GREY_40_PERCENT, true);
            partNumber = centered(wb, part);
            heading = style(wb, font(wb, fonts, true, false, 10, IndexedColors.BLACK), true,
                    IndexedColors.GREY_25_PERCENT, true);
            headingNumber = centered(wb, heading);
            criterion = style(wb, font(wb, fonts, true, false, 10, IndexedColors.BLACK), true,
                    IndexedColors.PALE_BLUE, true);
            criterionNumber = centered(wb, criterion);
            condition = style(wb, font(wb, fonts, false, true, 9, IndexedColors.DARK_BLUE), false, null, true);
            option = style(wb, font(wb, fonts, false, false, 10, IndexedColors.BLACK), true, null, true);
            option.setIndention((short) 1);
            optionCode = style(wb, font(wb, fonts, false, false, 9, IndexedColors.GREY_50_PERCENT), true, null,
                    false);
            points = centered(wb, style(wb, font(wb, fonts, false, false, 10, IndexedColors.BLACK), true, null,
                    false));
            marker = centered(wb, style(wb, font(wb, fonts, true, false, 10, IndexedColors.DARK_RED), true, null,
                    false));
            mark = centered(wb, style(wb, font(wb, fonts, true, false, 12, IndexedColors.BLUE), true,
                    IndexedColors.LIGHT_YELLOW, false));
            mark.setLocked(false);
        }

        private static Font font(XSSFWorkbook wb, Map<String, Font> fonts, boolean bold, boolean italic, int size,
                IndexedColors color) {
            return fonts.computeIfAbsent(bold + "/" + italic + "/" + size + "/" + color, k -> {
                Font f = wb.createFont();
                f.setFontName("Arial");
                f.setBold(bold);
                f.setItalic(italic);
                f.setFontHeightInPoints((short) size);
                f.setColor(color.getIndex());
                return f;
            });
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, boolean border, IndexedColors fill,
                boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            if (fill != null) {
                s.setFillForegroundColor(fill.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }

        private static CellStyle centered(XSSFWorkbook wb, CellStyle base) {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setAlignment(HorizontalAlignment.CENTER);
            return s;
        }
    }
}
