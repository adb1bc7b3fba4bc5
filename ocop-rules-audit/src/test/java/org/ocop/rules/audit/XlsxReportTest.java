package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.Replay;

/** The XLSX report read back with POI: a row per product equal to the JSON, a frozen header and filters. */
class XlsxReportTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final ReportText TEXT = ReportText.in(VI);
    static List<Replay> replays;
    static XSSFWorkbook workbook;
    static XSSFSheet products;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        replays = Replays.all();
        Path file = dir.resolve("bao-cao.xlsx");
        ReplayReport.builder().clock(ReplayReportTest.CLOCK).build().write(replays, file);
        workbook = new XSSFWorkbook(file.toFile());
        products = workbook.getSheet("Sản phẩm");
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void xlsx_header_isTheColumnsInVietnamese() {
        assertThat(cells(products.getRow(0))).containsExactly("STT", "Mã hồ sơ", "Tên sản phẩm", "Bộ sản phẩm",
                "Bộ tiêu chí", "Bản dữ liệu", "Kết quả chấm lại", "Đối chiếu", "Điểm trung bình ghi nhận",
                "Điểm trung bình chấm lại", "Hạng theo điểm ghi nhận", "Hạng theo điểm chấm lại", "Hạng sao ghi nhận",
                "Hạng sao chấm lại", "Cấp ghi nhận", "Cấp chấm lại", "Chuyển lên", "Nguyên nhân", "Giải thích",
                "Không đạt yêu cầu tối thiểu theo hạng sao", "Tổng điểm của thành viên", "Chênh lệch", "Cảnh báo",
                "Nguồn");
    }

    @Test
    void xlsx_eachRow_readBack_equalsTheJson() {
        assertThat(products.getLastRowNum()).isEqualTo(replays.size());
        for (int i = 0; i < replays.size(); i++) {
            ReportJson json = ReportJson.of(replays.get(i), VI);
            Row row = products.getRow(i + 1);
            var rating = json.rating();

            sameNumber(number(row, 0), BigDecimal.valueOf(i + 1));
            assertThat(string(row, 1)).isEqualTo(rating.get("dossierId").asText());
            assertThat(string(row, 2)).isEqualTo(replays.get(i).rating().productName());
            assertThat(string(row, 3)).isEqualTo(rating.get("productSet").asText());
            assertThat(string(row, 4)).isEqualTo(nullable(rating.get("criteriaVersion")));
            assertThat(string(row, 5)).isEqualTo(nullable(rating.get("dataEdition")));
            sameNumber(number(row, 8), decimal(json.node().path("recorded").get("average")));
            sameNumber(number(row, 9), decimal(rating.get("average")));
            sameNumber(number(row, 11), decimal(rating.get("bandStars")));
            sameNumber(number(row, 12), decimal(json.node().path("recorded").get("stars")));
            sameNumber(number(row, 13), decimal(rating.get("stars")));
            assertThat(string(row, 6)).isEqualTo(TEXT.get("outcome." + rating.get("outcome").asText()));
            assertThat(string(row, 14)).isEqualTo(level(json.node().path("recorded").get("level")));
            assertThat(string(row, 15)).isEqualTo(level(rating.path("recognition").get("level")));
            assertThat(string(row, 16)).isEqualTo(level(rating.path("recognition").get("forwardedTo")));
            assertThat(split(string(row, 17), "; ")).isEqualTo(json.causes());
            HtmlReportTest.containsAll(string(row, 18) == null ? "" : string(row, 18), json.explanations());
            assertThat(split(string(row, 20), "; ").stream().map(m -> Integer.parseInt(m.substring(
                    m.lastIndexOf(' ') + 1))).toList()).isEqualTo(json.memberTotals());
            assertThat(split(string(row, 22), "\n")).isEqualTo(json.warningsAndProblems());
        }
    }

    @Test
    void xlsx_products_haveAFrozenHeaderAndFilters() {
        assertThat(products.getPaneInformation().isFreezePane()).isTrue();
        assertThat(products.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(products.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:X" + (replays.size() + 1));
    }

    @Test
    void xlsx_summarySheet_comesFirstWithTheStampAndCounts() {
        XSSFSheet summary = workbook.getSheetAt(0);

        assertThat(summary.getSheetName()).isEqualTo("Tổng hợp");
        assertThat(summary.getRow(1).getCell(0).getStringCellValue()).startsWith("ocop-rules "
                + ReplayReport.libraryVersion() + " · bộ tiêu chí QD-26-2026 (bản dữ liệu 2026a")
                .endsWith("lập lúc 2026-12-07 09:30:00 +07:00 (Asia/Ho_Chi_Minh)");
        assertThat(summary.getRow(2).getCell(0).getStringCellValue()).startsWith("Đã chấm lại " + replays.size()
                + " sản phẩm");
        assertThat(products.getHeader().getLeft()).contains("ocop-rules");
    }

    private static String level(com.fasterxml.jackson.databind.JsonNode value) {
        return value == null || value.isNull() ? null : TEXT.get("level." + value.asText());
    }

    private static void sameNumber(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static String string(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
    }

    private static BigDecimal decimal(com.fasterxml.jackson.databind.JsonNode value) {
        return value == null || value.isNull() ? null : value.decimalValue().stripTrailingZeros();
    }

    private static String nullable(com.fasterxml.jackson.databind.JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> split(String value, String separator) {
        return value == null ? List.of() : Arrays.asList(value.split(java.util.regex.Pattern.quote(separator)));
    }
}
