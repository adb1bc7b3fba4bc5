package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * The scoring-workbook rows W1–W26 of docs/BAD-INPUTS.md, verbatim. The input is a workbook of QD-26-2026's sheet
 * V.1 (or, for the checklist rows, QD-1048-2019's VI.1) filled by two members, Nguyễn Văn An and Trần Thị Bình,
 * each with the last option of every criterion, with one thing changed as a person would change it in Excel. The
 * outcome is {@code ScoringWorkbookException: <message>} for a file that is no scoring workbook this library
 * reads, the reader's problems joined by {@code " | "}, or, for a workbook read, what {@code Rater.rate} makes of
 * its dossier: {@code INVALID: <problems>} (the same refusal as the same dossier in JSON) or {@code RATED n★ at
 * <average>}, {@code DISQUALIFIED}….
 */
class ScoringWorkbookBadInputTest {

    /** One catalogue row. */
    record Entry(String number, String input, String version, String set, UnaryOperator<byte[]> change,
            String expected) {
        @Override
        public String toString() {
            return number + " " + input;
        }
    }

    private static Entry v1(String number, String input, UnaryOperator<byte[]> change, String expected) {
        return new Entry(number, input, "QD-26-2026", "V.1", change, expected);
    }

    private static Entry vi1(String number, String input, UnaryOperator<byte[]> change, String expected) {
        return new Entry(number, input, "QD-1048-2019", "VI.1", change, expected);
    }

    /** A change to the form sheet. */
    private static UnaryOperator<byte[]> form(java.util.function.Consumer<Sheet> change) {
        return bytes -> Workbooks.edit(bytes, (form, wb) -> change.accept(form));
    }

    private static void mark(Sheet form, String code, int member, String value) {
        Workbooks.cell(form, Workbooks.rowOfCode(form, code), Workbooks.memberColumn(form, member))
                .setCellValue(value);
    }

    private static void identity(XSSFWorkbook wb, String key, String value) {
        Sheet ids = wb.getSheet(ScoringWorkbook.IDENTITY_SHEET);
        ids.forEach(r -> {
            if (WorkbookReader.text(r.getCell(0)).equals(key)) {
                r.getCell(1).setCellValue(value);
            }
        });
    }

    static Stream<Entry> catalogue() {
        return Stream.of(
                v1("W1", "two options marked on a criterion that takes one", form(f -> mark(f, "1.1.a", 1, "x")),
                        "phieu.xlsx sheet Phiếu V.1 cell F23 (Nguyễn Văn An, criterion 1.1): several options marked on 1.1, which takes one: 1.1.a, 1.1.c (F25, F27); allowed: one of 1.1.a, 1.1.b, 1.1.c, the other cells empty"),
                v1("W2", "a mark that is not x (v)", form(f -> mark(f, "1.2.a", 2, "v")), "phieu.xlsx sheet Phiếu V.1 cell G29 (Trần Thị Bình, option 1.2.a): not a mark: v; allowed: x (or X) in the cell of the option chosen; other cells empty"),
                v1("W3", "a mark that is a number (1)", form(f -> Workbooks.cell(f, Workbooks.rowOfCode(f, "1.2.a"),
                        Workbooks.memberColumn(f, 2)).setCellValue(1)), "phieu.xlsx sheet Phiếu V.1 cell G29 (Trần Thị Bình, option 1.2.a): not a mark: 1; allowed: x (or X) in the cell of the option chosen; other cells empty"),
                v1("W4", "marks as X and with spaces around (accepted)", form(f -> {
                    mark(f, last(f, "1.1"), 1, "X");
                    mark(f, last(f, "1.2"), 2, " x ");
                }), "RATED 5★ at 100.00"),
                v1("W5", "a mark on an option that does not apply (5.2 when 5.1 is 5.1.a)", form(f -> {
                    Workbooks.cell(f, Workbooks.rowOfCode(f, last(f, "5.1")), Workbooks.memberColumn(f, 1))
                            .setBlank();
                    mark(f, "5.1.a", 1, "x");
                }), "INVALID: dossier WB-001, member Nguyễn Văn An, criterion 5.2: choice on a criterion that does not apply (5.1 is 5.1.a: Chỉ áp dụng khi có câu chuyện sản phẩm): 5.2.c; allowed: no choice"),
                v1("W6", "a criterion left unmarked", form(f -> Workbooks.cell(f, Workbooks.rowOfCode(f,
                        last(f, "1.1")), Workbooks.memberColumn(f, 2)).setBlank()), "INVALID: dossier WB-001, member Trần Thị Bình, criterion 1.1: no option chosen: (none); allowed: 1.1.a, 1.1.b, 1.1.c"),
                v1("W7", "marks in a column without a member's name", form(f -> Workbooks.cell(f,
                        Workbooks.rowOfText(f, "Họ và tên thành viên"), Workbooks.memberColumn(f, 2)).setBlank()),
                        "phieu.xlsx sheet Phiếu V.1 cell G20 (name of member 2): marks without a member's name: ; allowed: the member's name at the top of the column"),
                v1("W8", "the same member's name at the top of two columns", form(f -> Workbooks.cell(f,
                        Workbooks.rowOfText(f, "Họ và tên thành viên"), Workbooks.memberColumn(f, 2))
                        .setCellValue("Nguyễn Văn An ")), "INVALID: dossier WB-001, member Nguyễn Văn An: two sheets for one member: Nguyễn Văn An; allowed: one sheet per member"),
                v1("W9", "an option's hidden key edited", form(f -> Workbooks.cell(f, Workbooks.rowOfCode(f, "1.1.a"),
                        0).setCellValue("option:1.1.z")), "phieu.xlsx sheet Phiếu V.1 cell A25: a hidden row key that is not one of this sheet's (edited?): option:1.1.z; allowed: the layout as written: do not change or delete the hidden column A, the hidden row 1 or the rows of options, criteria and findings; write a new template and copy the marks | phieu.xlsx sheet Phiếu V.1: a row of the form is missing (deleted?): option:1.1.a; allowed: the layout as written: do not change or delete the hidden column A, the hidden row 1 or the rows of options, criteria and findings; write a new template and copy the marks"),
                v1("W10", "an option's row deleted", form(f -> f.removeRow(f.getRow(Workbooks.rowOfCode(f,
                        "1.1.a")))), "phieu.xlsx sheet Phiếu V.1: a row of the form is missing (deleted?): option:1.1.a; allowed: the layout as written: do not change or delete the hidden column A, the hidden row 1 or the rows of options, criteria and findings; write a new template and copy the marks"),
                v1("W11", "a mark typed over a criterion's total", form(f -> {
                    // typed in Excel, a value replaces the formula
                    org.apache.poi.ss.usermodel.Cell total = Workbooks.cell(f, Workbooks.rowOfCode(f, "1.1"),
                            Workbooks.memberColumn(f, 1));
                    total.setBlank();
                    total.setCellValue("x");
                }), "phieu.xlsx sheet Phiếu V.1 cell F23: a value where no mark belongs: x; allowed: marks only in the members' cells of options and findings; notes in the rows' text"),
                v1("W12", "no dossier id", form(f -> Workbooks.set(f, "Mã hồ sơ", "")), "phieu.xlsx sheet Phiếu V.1 cell D7 (dossier id): empty: ; allowed: the dossier's id"),
                v1("W13", "a submission day that does not exist (31/02/2026)", form(f -> Workbooks.set(f,
                        "Ngày nộp hồ sơ", "31/02/2026")), "phieu.xlsx sheet Phiếu V.1 cell D10 (submission day): no such day: 31/02/2026; allowed: dd/mm/yyyy or yyyy-mm-dd (or a date cell)"),
                v1("W14", "a level in other words (xã)", form(f -> Workbooks.set(f, "Cấp đánh giá", "xã")), "phieu.xlsx sheet Phiếu V.1 cell D12 (level): not a level: xã; allowed: cấp huyện, cấp tỉnh or cấp trung ương (DISTRICT, PROVINCE, MINISTRY)"),
                v1("W15", "a finding marked by the council (accepted)", form(f -> mark(f, "DQ-HEADER", 1, "x")),
                        "DISQUALIFIED"),
                vi1("W16", "a checklist with both lines and \"none of the lines\" marked", form(f -> {
                    int none = Workbooks.rowOfText(f, "Không có nội dung nào", Workbooks.rowOfCode(f, "6"));
                    Workbooks.cell(f, none, Workbooks.memberColumn(f, 1)).setCellValue("x");
                }), "phieu.xlsx sheet Phiếu VI.1 cell F107 (Nguyễn Văn An, criterion 6): lines and \"none of the lines\" both marked on checklist 6: 6.a, 6.b, 6.c, 6.d, none (F108, F109, F110, F111, F112); allowed: the lines that apply, or \"none of the lines\" alone"),
                vi1("W17", "a checklist with every line ticked, beyond its cap (accepted, capped)",
                        UnaryOperator.identity(), "RATED 5★ at 98.00"),
                v1("W18", "a workbook of another format", bytes -> Workbooks.edit(bytes, (f, wb) -> identity(wb,
                        "format", "2")), "ScoringWorkbookException: phieu.xlsx: a scoring workbook of another format: 2; allowed: format 1, the format this library writes and reads"),
                v1("W19", "a workbook of a criteria version the criteria do not have", bytes -> Workbooks.edit(bytes,
                        (f, wb) -> identity(wb, "criteriaVersion", "QD-99-2030")), "ScoringWorkbookException: phieu.xlsx: a criteria version the criteria do not have: QD-99-2030; allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026"),
                v1("W20", "a workbook without the identity sheet (a results table)", bytes -> Workbooks.edit(bytes,
                        (f, wb) -> wb.removeSheetAt(wb.getSheetIndex(ScoringWorkbook.IDENTITY_SHEET))), "ScoringWorkbookException: phieu.xlsx: not an ocop scoring workbook: no sheet ocop-workbook among its sheets: Phiếu V.1; allowed: a workbook written by ocop criteria --template --format xlsx (ScoringWorkbook); a results table goes to ResultsTable"),
                v1("W21", "a file that is not a workbook", bytes -> "id,productSet\n".getBytes(StandardCharsets.UTF_8),
                        "ScoringWorkbookException: phieu.xlsx: not an XLSX workbook: Can't open workbook - unsupported file type: UNKNOWN; allowed: an .xlsx scoring workbook written by ocop criteria --template --format xlsx"),
                v1("W22", "every mark of a member taken away, the name left", form(f -> {
                    int column = Workbooks.memberColumn(f, 2);
                    for (org.apache.poi.ss.usermodel.Row r : f) {
                        String key = WorkbookReader.text(r.getCell(0));
                        if (key.startsWith("option:")) {
                            Workbooks.cell(f, r.getRowNum(), column).setBlank();
                        }
                    }
                }), "INVALID: dossier WB-001, member Trần Thị Bình, criterion 1.1: no option chosen: (none); allowed: 1.1.a, 1.1.b, 1.1.c | dossier WB-001, member Trần Thị Bình, criterion 1.2: no option chosen: (none); allowed: 1.2.a, 1.2.b, 1.2.c | dossier WB-001, member Trần Thị Bình, criterion 1.3: no option chosen: (none); allowed: 1.3.a, 1.3.b, 1.3.c | dossier WB-001, member Trần Thị Bình, criterion 1.4: no option chosen: (none); allowed: 1.4.a, 1.4.b, 1.4.c, 1.4.d | dossier WB-001, member Trần Thị Bình, criterion 1.5: no option chosen: (none); allowed: 1.5.a, 1.5.b, 1.5.c | dossier WB-001, member Trần Thị Bình, criterion 1.6: no option chosen: (none); allowed: 1.6.a, 1.6.b | dossier WB-001, member Trần Thị Bình, criterion 2.1: no option chosen: (none); allowed: 2.1.a, 2.1.b, 2.1.c, 2.1.d | dossier WB-001, member Trần Thị Bình, criterion 2.2: no option chosen: (none); allowed: 2.2.a, 2.2.b, 2.2.c | dossier WB-001, member Trần Thị Bình, criterion 3.1: no option chosen: (none); allowed: 3.1.a, 3.1.b, 3.1.c | dossier WB-001, member Trần Thị Bình, criterion 3.2: no option chosen: (none); allowed: 3.2.a, 3.2.b | dossier WB-001, member Trần Thị Bình, criterion 3.3: no option chosen: (none); allowed: 3.3.a, 3.3.b, 3.3.c | dossier WB-001, member Trần Thị Bình, criterion 3.4: no option chosen: (none); allowed: 3.4.a, 3.4.b | dossier WB-001, member Trần Thị Bình, criterion 3.5: no option chosen: (none); allowed: 3.5.a, 3.5.b, 3.5.c | dossier WB-001, member Trần Thị Bình, criterion 4.1: no option chosen: (none); allowed: 4.1.a, 4.1.b, 4.1.c, 4.1.d | dossier WB-001, member Trần Thị Bình, criterion 4.2: no option chosen: (none); allowed: 4.2.a, 4.2.b, 4.2.c, 4.2.d | dossier WB-001, member Trần Thị Bình, criterion 4.3: no option chosen: (none); allowed: 4.3.a, 4.3.b, 4.3.c, 4.3.d, 4.3.e | dossier WB-001, member Trần Thị Bình, criterion 5.1: no option chosen: (none); allowed: 5.1.a, 5.1.b, 5.1.c, 5.1.d, 5.1.e | dossier WB-001, member Trần Thị Bình, criterion 5.2: no option chosen: (none); allowed: 5.2.a, 5.2.b, 5.2.c | dossier WB-001, member Trần Thị Bình, criterion 5.3: no option chosen: (none); allowed: 5.3.a, 5.3.b, 5.3.c, 5.3.d | dossier WB-001, member Trần Thị Bình, criterion 6.1: no option chosen: (none); allowed: 6.1.a, 6.1.b, 6.1.c, 6.1.d | dossier WB-001, member Trần Thị Bình, criterion 6.2: no option chosen: (none); allowed: 6.2.a, 6.2.b, 6.2.c, 6.2.d | dossier WB-001, member Trần Thị Bình, criterion 6.3: no option chosen: (none); allowed: 6.3.a, 6.3.b, 6.3.c | dossier WB-001, member Trần Thị Bình, criterion 7: no option chosen: (none); allowed: 7.a, 7.b, 7.c, 7.d | dossier WB-001, member Trần Thị Bình, criterion 8: no option chosen: (none); allowed: 8.a, 8.b, 8.c | dossier WB-001, member Trần Thị Bình, criterion 9: no option chosen: (none); allowed: 9.a, 9.b | dossier WB-001, member Trần Thị Bình, criterion 10: no option chosen: (none); allowed: 10.a, 10.b, 10.c"),
                v1("W25", "a chair named without the council's size", form(f -> Workbooks.set(f, "Chủ tịch hội đồng",
                        "Nguyễn Văn An")), "phieu.xlsx sheet Phiếu V.1 cell D13 (council size): empty: ; allowed: the number of the council's members, a whole number from 1, when the chair or the secretary is named"),
                v1("W26", "a council's size in words", form(f -> Workbooks.set(f, "Số thành viên hội đồng", "năm")),
                        "phieu.xlsx sheet Phiếu V.1 cell D13 (council size): not a council size: năm; allowed: the number of the council's members, a whole number from 1, when the chair or the secretary is named"),
                v1("W23", "a workbook of a sheet edition its version does not have", bytes -> Workbooks.edit(bytes,
                        (f, wb) -> identity(wb, "sheetEdition", "portal")), "ScoringWorkbookException: phieu.xlsx: a sheet edition QD-26-2026 does not have: portal; allowed: decision"),
                v1("W24", "a workbook of a set without a sheet in its version", bytes -> Workbooks.edit(bytes,
                        (f, wb) -> identity(wb, "productSet", "I.9.z")), "ScoringWorkbookException: phieu.xlsx: no scoring sheet in QD-26-2026 (sheet edition decision) for this product set: I.9.z; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"));
    }

    /** The last option's id of a criterion, found by its printed code. */
    private static String last(Sheet form, String criterion) {
        String last = null;
        int at = Workbooks.rowOfCode(form, criterion);
        for (int r = at + 1; r <= form.getLastRowNum(); r++) {
            String key = WorkbookReader.text(form.getRow(r) == null ? null : form.getRow(r).getCell(0));
            if (key.startsWith("option:")) {
                last = key.substring("option:".length());
            } else if (!key.equals(FormRow.INFO)) {
                break;
            }
        }
        return last;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadWorkbook_getsItsCataloguedOutcome(Entry entry) {
        assertThat(observe(entry)).isEqualTo(entry.expected());
    }

    static String observe(Entry entry) {
        CriteriaVersion version = Workbooks.version(entry.version(), CriteriaVersion.DECISION_EDITION);
        ScoringSheet sheet = version.sheet(entry.set());
        byte[] filled = Workbooks.fill(Workbooks.bytes(ScoringWorkbook.builder(version, entry.set()).memberCount(2)
                .build()), base(version, sheet));
        FilledWorkbook read;
        try {
            read = Workbooks.read(entry.change().apply(filled), "phieu.xlsx");
        } catch (ScoringWorkbookException e) {
            return "ScoringWorkbookException: " + e.getMessage();
        }
        if (!read.isValid()) {
            return read.problems().stream().map(Problem::message).collect(Collectors.joining(" | "));
        }
        Rating rating = Rater.standard().rate(read.dossier().orElseThrow());
        if (rating.outcome() == org.ocop.rules.Outcome.INVALID) {
            return "INVALID: " + rating.problems().stream().map(Problem::message).collect(Collectors.joining(" | "));
        }
        return rating.outcome() + rating.stars().stream().mapToObj(s -> " " + s + "★").findFirst().orElse("")
                + rating.displayedAverage().map(a -> " at " + a.toPlainString()).orElse("");
    }

    /** Two members, each with the last option of every criterion and every line of a checklist. */
    static Dossier base(CriteriaVersion version, ScoringSheet sheet) {
        List<MemberSheet> members = new ArrayList<>();
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình")) {
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                if (c.select() == Criterion.Select.ANY) {
                    ticks.put(c.code(), c.optionIds());
                } else {
                    choices.put(c.code(), c.optionIds().get(c.optionIds().size() - 1));
                }
            }
            members.add(new MemberSheet(name, choices, ticks));
        }
        return Dossier.builder().id("WB-001").productName("Sản phẩm thử").producer("HTX Thử nghiệm")
                .productSet(sheet.productSet()).submittedOn(version.inForceFrom().plusDays(10))
                .criteriaVersion(version.id()).sheets(members).build();
    }
}
