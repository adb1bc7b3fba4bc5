package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;

/**
 * The workbook's layout, as a person reads it: where the texts, points, star markers, caps, conditions and
 * findings are; the identity a reader relies on; print setup; the running totals; the builder's argument checks.
 */
class ScoringWorkbookTest {

    private static final CriteriaVersion V26 = Workbooks.version("QD-26-2026", "decision");
    private static final CriteriaVersion V1048 = Workbooks.version("QD-1048-2019", "decision");

    @TempDir
    Path dir;

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(Sheet form, int row, int column) {
        Row r = form.getRow(row);
        return r == null ? "" : WorkbookReader.text(r.getCell(column));
    }

    private static double number(Sheet form, int row, int column) {
        return form.getRow(row).getCell(column).getNumericCellValue();
    }

    private static byte[] template(CriteriaVersion version, String set) {
        return Workbooks.bytes(ScoringWorkbook.builder(version, set)
                .members(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")).build());
    }

    @Test
    void template_identitySheet_isVeryHiddenAndSaysFormatVersionEditionsAndSet() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            Sheet ids = wb.getSheet("ocop-workbook");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(ids))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getActiveSheetIndex()).isZero();
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            ids.forEach(r -> values.put(WorkbookReader.text(r.getCell(0)), WorkbookReader.text(r.getCell(1))));
            assertThat(values).containsEntry("ocop-scoring-workbook", "https://ocop-rules.org/scoring-workbook")
                    .containsEntry("format", "1").containsEntry("criteriaVersion", "QD-26-2026")
                    .containsEntry("dataEdition", V26.edition()).containsEntry("sheetEdition", "decision")
                    .containsEntry("productSet", "I.1.a").containsEntry("members", "3");
        }
    }

    @Test
    void template_header_printsTitleSheetVersionAndTheDossierFieldsGiven() throws IOException {
        byte[] bytes = Workbooks.bytes(ScoringWorkbook.builder(V26, "I.1.a").memberCount(2).dossierId("HS-01")
                .productName("Cải bẹ xanh").producer("HTX Rau sạch").submittedOn(LocalDate.of(2026, 7, 1))
                .level(Level.PROVINCE).note("MINH HỌA").build());
        try (XSSFWorkbook wb = open(bytes)) {
            Sheet form = wb.getSheetAt(0);
            assertThat(form.getSheetName()).isEqualTo("Phiếu I.1.a");
            assertThat(text(form, 1, 2)).isEqualTo("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP");
            assertThat(text(form, 2, 2)).isEqualTo("Phiếu số 1: Rau, củ, quả, hạt tươi (bộ sản phẩm I.1.a)");
            assertThat(text(form, 3, 2)).isEqualTo("(Sản phẩm: Thực phẩm. Nhóm: Thực phẩm tươi sống)");
            assertThat(text(form, 4, 2)).startsWith("Bộ tiêu chí QD-26-2026 (26/2026/QĐ-TTg), bản dữ liệu ");
            assertThat(text(form, 5, 2)).isEqualTo("MINH HỌA");
            int id = Workbooks.rowOfText(form, "Mã hồ sơ");
            assertThat(text(form, id, 3)).isEqualTo("HS-01");
            assertThat(text(form, id + 1, 2)).isEqualTo("Tên sản phẩm");
            assertThat(text(form, id + 1, 3)).isEqualTo("Cải bẹ xanh");
            assertThat(text(form, id + 2, 3)).isEqualTo("HTX Rau sạch");
            assertThat(text(form, id + 3, 2)).isEqualTo("Ngày nộp hồ sơ (dd/mm/yyyy)");
            assertThat(form.getRow(id + 3).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(text(form, id + 5, 3)).isEqualTo("cấp tỉnh");
        }
    }

    @Test
    void template_partsHeadingsCriteriaAndOptions_carryTheirTextsCapsPointsAndStarMarkers() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            Sheet form = wb.getSheetAt(0);
            int part = Workbooks.rowOfCode(form, "A");
            assertThat(text(form, part, 2)).isEqualTo("Phần A: SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)");
            assertThat(number(form, part, 3)).isEqualTo(40);
            int heading = Workbooks.rowOfCode(form, "1");
            assertThat(text(form, heading, 2)).isEqualTo("TỔ CHỨC SẢN XUẤT");
            assertThat(number(form, heading, 3)).isEqualTo(18);
            int criterion = Workbooks.rowOfCode(form, "1.1");
            assertThat(text(form, criterion, 2)).isEqualTo("Nguồn gốc sản phẩm");
            assertThat(number(form, criterion, 3)).isEqualTo(3);
            assertThat(text(form, criterion + 1, 2)).isEqualTo("Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp "
                    + "tỉnh");
            int option = Workbooks.rowOfCode(form, "1.1.b");
            assertThat(text(form, option, 2)).isEqualTo("Sản phẩm được trồng trên địa bàn cấp xã từ 50% đến dưới "
                    + "75%");
            assertThat(number(form, option, 3)).isEqualTo(2);
            assertThat(text(form, option, 4)).isEmpty();
            int marked = Workbooks.rowOfCode(form, "1.3.c");
            assertThat(number(form, marked, 3)).isEqualTo(3);
            assertThat(text(form, marked, 4)).isEqualTo("*****");
            int total = Workbooks.rowOfText(form, "TỔNG ĐIỂM");
            assertThat(number(form, total, 3)).isEqualTo(100);
        }
    }

    @Test
    void template_memberColumns_haveTheirNamesAtTheTopAndMarkCellsThatTakeOnlyX() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            XSSFSheet form = wb.getSheetAt(0);
            int names = Workbooks.rowOfText(form, "Họ và tên thành viên");
            assertThat(text(form, names - 1, 5)).isEqualTo("Thành viên 1");
            assertThat(text(form, names, 5)).isEqualTo("Nguyễn Văn An");
            assertThat(text(form, names, 7)).isEqualTo("Lê Văn Cường");
            DataValidation marks = form.getDataValidations().stream()
                    .filter(v -> List.of(v.getValidationConstraint().getExplicitListValues()).equals(List.of("x")))
                    .findFirst().orElseThrow();
            assertThat(marks.getShowErrorBox()).isTrue();
            int option = Workbooks.rowOfCode(form, "1.1.b");
            assertThat(List.of(marks.getRegions().getCellRangeAddresses()))
                    .contains(new CellRangeAddress(option, option, 5, 7));
        }
    }

    @Test
    void template_conditionsAndCases_areInWordsBeforeTheirOptions() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            Sheet form = wb.getSheetAt(0);
            int criterion = Workbooks.rowOfCode(form, "5.2");
            assertThat(text(form, criterion + 1, 2)).isEqualTo("Chỉ áp dụng khi có câu chuyện sản phẩm "
                    + "(không chấm khi 5.1 chọn 5.1.a)");
        }
        try (XSSFWorkbook wb = open(template(V26, "VI.1"))) {
            Sheet form = wb.getSheetAt(0);
            int criterion = Workbooks.rowOfCode(form, "8");
            int firstCase = Workbooks.rowOfText(form, "Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp",
                    criterion);
            int secondCase = Workbooks.rowOfText(form, "Trường hợp 2: Điểm dịch vụ du lịch", criterion);
            assertThat(firstCase).isLessThan(secondCase);
            assertThat(WorkbookReader.text(form.getRow(firstCase + 1).getCell(0))).startsWith("option:8.");
        }
    }

    @Test
    void template_checklist_saysSoWithItsCapAndHasANoneOfTheLinesRow() throws IOException {
        ScoringSheet sheet = V1048.sheet("VI.1");
        int cap = sheet.criterion("6").orElseThrow().maxPoints();
        try (XSSFWorkbook wb = open(template(V1048, "VI.1"))) {
            Sheet form = wb.getSheetAt(0);
            int criterion = Workbooks.rowOfCode(form, "6");
            assertThat(text(form, criterion, 2)).endsWith(" — được cộng tổng điểm các nội dung ghi Có, tối đa " + cap
                    + " điểm");
            int none = Workbooks.rowOfText(form, "Không có nội dung nào (0 điểm)", criterion);
            assertThat(WorkbookReader.text(form.getRow(none).getCell(0))).isEqualTo("none:6");
            assertThat(form.getRow(criterion).getCell(5).getCellFormula()).startsWith("MIN(" + cap + ",SUMIF(F");
        }
    }

    @Test
    void template_findings_eachHaveOneMarkCellAcrossTheMembers() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            XSSFSheet form = wb.getSheetAt(0);
            int head = Workbooks.rowOfText(form, "KẾT LUẬN CỦA HỘI ĐỒNG");
            int dq = Workbooks.rowOfCode(form, "DQ-HEADER");
            assertThat(dq).isEqualTo(head + 1);
            assertThat(text(form, dq, 2)).startsWith("[Hồ sơ bị loại] Hồ sơ bị loại khi: Giả mạo hồ sơ");
            int stop = Workbooks.rowOfCode(form, "STOP-6.1");
            assertThat(text(form, stop, 2)).startsWith("[Không đánh giá tiếp] Ghi chú: Không xem xét các chỉ tiêu "
                    + "khác").endsWith("(tại 6.1)");
            assertThat(form.getMergedRegions()).contains(new CellRangeAddress(dq, dq, 5, 7));
        }
    }

    @Test
    void template_printsOnA4LandscapeFittedToTheWidth_headingsRepeated_panesFrozen() throws IOException {
        try (XSSFWorkbook wb = open(template(V26, "I.1.a"))) {
            XSSFSheet form = wb.getSheetAt(0);
            PrintSetup setup = form.getPrintSetup();
            assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(setup.getLandscape()).isTrue();
            assertThat(form.getFitToPage()).isTrue();
            assertThat(setup.getFitWidth()).isEqualTo((short) 1);
            assertThat(setup.getFitHeight()).isZero();
            int names = Workbooks.rowOfText(form, "Họ và tên thành viên");
            assertThat(form.getRepeatingRows()).isEqualTo(new CellRangeAddress(names - 1, names, -1, -1));
            assertThat(form.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (names + 1));
            assertThat(form.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 5);
            assertThat(form.isColumnHidden(0)).isTrue();
            assertThat(form.getRow(0).getZeroHeight()).isTrue();
            // protected without a password: only fields, names and marks take input; widths and heights stay free
            assertThat(form.getProtect()).isTrue();
            assertThat(form.isFormatColumnsLocked()).isFalse();
            assertThat(form.isFormatRowsLocked()).isFalse();
            int option = Workbooks.rowOfCode(form, "1.1.b");
            assertThat(form.getRow(option).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(form.getRow(option).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(form.getRow(names).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(form.getRow(Workbooks.rowOfText(form, "Mã hồ sơ")).getCell(3).getCellStyle().getLocked())
                    .isFalse();
        }
    }

    @Test
    void filledWorkbook_runningTotalsAreFormulas_thatAgreeWithTheRatingsMemberTotals() throws IOException {
        for (String[] sheet : new String[][] {{"QD-26-2026", "I.1.a"}, {"QD-1048-2019", "VI.1"}}) {
            CriteriaVersion version = Workbooks.version(sheet[0], "decision");
            Dossier dossier = null;
            Rating rating = null;
            for (long seed = 7; rating == null || !rating.isRated(); seed++) {
                // a dossier that rates (no knock-out chosen), so that the rating has the members' totals
                dossier = Workbooks.randomDossier(version, version.sheet(sheet[1]), 3, seed).withFindings(List.of());
                rating = Rater.standard().rate(dossier);
            }
            byte[] filled = Workbooks.fill(Workbooks.bytes(ScoringWorkbook.builder(version, sheet[1]).memberCount(3)
                    .build()), dossier);
            try (XSSFWorkbook wb = open(filled)) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                Sheet form = wb.getSheetAt(0);
                int total = Workbooks.rowOfText(form, "TỔNG ĐIỂM");
                assertThat(form.getRow(total).getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
                List<Integer> totals = List.of(5, 6, 7).stream()
                        .map(c -> (int) form.getRow(total).getCell(c).getNumericCellValue()).toList();
                assertThat(totals).as(sheet[1]).isEqualTo(rating.members().stream().map(MemberScore::total)
                        .toList());
            }
        }
    }

    @Test
    void reading_neverTrustsTheValuesFormulasCache() throws IOException {
        Dossier dossier = Workbooks.randomDossier(V26, V26.sheet("I.1.a"), 2, 11);
        byte[] filled = Workbooks.fill(Workbooks.bytes(ScoringWorkbook.builder(V26, "I.1.a").memberCount(2)
                .build()), dossier);
        byte[] lying = Workbooks.edit(filled, (form, wb) -> {
            Cell total = form.getRow(Workbooks.rowOfText(form, "TỔNG ĐIỂM")).getCell(5);
            total.setCellValue(100); // a cached result that no mark gives
        });
        assertThat(Workbooks.read(lying, "p.xlsx").dossier()).contains(dossier);
    }

    @Test
    void template_inEnglish_hasEnglishHeadingsAndTheDecisionsTexts() throws IOException {
        byte[] bytes = Workbooks.bytes(ScoringWorkbook.builder(V26, "I.1.a").memberCount(1).locale(Locale.ENGLISH)
                .build());
        try (XSSFWorkbook wb = open(bytes)) {
            Sheet form = wb.getSheetAt(0);
            assertThat(text(form, 1, 2)).isEqualTo("OCOP PRODUCT SCORING SHEET");
            assertThat(Workbooks.rowOfText(form, "Dossier id")).isPositive();
            assertThat(Workbooks.rowOfText(form, "Nguồn gốc sản phẩm")).isPositive();
        }
    }

    @Test
    void builder_refusesBadMembersAndASetWithoutASheet() {
        ScoringWorkbook.Builder builder = ScoringWorkbook.builder(V26, "I.1.a");
        assertThatThrownBy(() -> builder.members(List.of("An", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members: a blank name: \" \"; allowed: each member's name, or memberCount(n) for "
                        + "columns to name in the workbook");
        assertThatThrownBy(() -> builder.members(List.of("An", "An "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members: a name given twice: An ; allowed: one column per member");
        assertThatThrownBy(() -> builder.memberCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memberCount: 0; allowed: 1 to 30");
        assertThatThrownBy(() -> ScoringWorkbook.builder(V26, "I.9.z")).isInstanceOf(CriteriaLookupException.class);
    }

    @Test
    void isScoringWorkbook_tellsAWorkbookFromAResultsTableWithoutLoadingIt() throws IOException {
        Path workbook = dir.resolve("phieu.xlsx");
        ScoringWorkbook.builder(V26, "I.1.a").build().write(workbook);
        Path table = dir.resolve("ket-qua.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Kết quả").createRow(0).createCell(0).setCellValue("Bộ sản phẩm");
            try (var out = Files.newOutputStream(table)) {
                wb.write(out);
            }
        }
        Path csv = Files.writeString(dir.resolve("t.csv"), "productSet\n", StandardCharsets.UTF_8);
        assertThat(ScoringWorkbook.isScoringWorkbook(workbook)).isTrue();
        assertThat(ScoringWorkbook.isScoringWorkbook(table)).isFalse();
        assertThat(ScoringWorkbook.isScoringWorkbook(csv)).isFalse();
        assertThat(ScoringWorkbook.isScoringWorkbook(dir.resolve("nope.xlsx"))).isFalse();
        assertThat(ScoringWorkbook.read(workbook).problems()).extracting(p -> p.message()).first().asString()
                .isEqualTo("phieu.xlsx sheet Phiếu I.1.a cell D7 (dossier id): empty: ; allowed: the dossier's id");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("phieu.xlsx",
                    "ket-qua.xlsx", "t.csv");
        }
    }

    @Test
    void texts_haveTheSameKeysAndPlaceholdersInEnglishAndVietnamese() throws IOException {
        for (String bundle : List.of("workbook.properties", "workbook_vi.properties")) {
            // Properties keeps the last of two lines with one key: a label and a message once shared a key
            try (var in = WorkbookText.class.getResourceAsStream(bundle)) {
                List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')))
                        .toList();
                assertThat(keys).as(bundle).doesNotHaveDuplicates();
            }
        }
        assertThat(WorkbookText.keys(true)).isEqualTo(WorkbookText.keys(false));
        for (String key : WorkbookText.keys(false)) {
            java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\d}");
            String en = WorkbookText.of(key).in(Locale.ENGLISH);
            String vi = WorkbookText.of(key).in(Locale.forLanguageTag("vi"));
            assertThat(placeholder.matcher(vi).results().map(r -> r.group()).sorted().toList()).as(key)
                    .isEqualTo(placeholder.matcher(en).results().map(r -> r.group()).sorted().toList());
        }
    }
}
