package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rate --input} and {@code replay --input} end to end on a province's results list: a CSV file as Excel saves
 * it in Vietnam (byte-order mark, semicolons, decimal commas, Vietnamese headers) and an XLSX workbook with typed
 * cells; a bad row is an INVALID result in its place, in text, JSON and Vietnamese.
 */
class ResultsTableCliTest {

    /** The bundled example list (examples/tables), the one the auditor's guide replays. */
    private static final String CSV = Path.of("tables", "ket-qua-2026.csv").toAbsolutePath().toString();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run ocop(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void replay_csvTable_comparesEachRowAndKeepsTheBadRowInItsPlace() {
        Run run = ocop("replay", "--input", CSV);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Replay of dossier HY-2026-01 under QD-26-2026")
                .contains("Recorded: average 72.50, 4★, level PROVINCE, decision 1877/QĐ-UBND, of 2026-09-28")
                .contains("Agrees with the record.")
                .contains("Not checked: star minimums (the dossier gives too little); recorded fields not checked: "
                        + "stars, decision, decidedOn")
                .contains("Replay of dossier HY-2026-02")
                .contains("Problem: ket-qua-2026.csv row 4, column Ngày nộp (7): no such day: 31/02/2026; allowed: "
                        + "yyyy-mm-dd or dd/mm/yyyy (or a date cell)")
                .endsWith("1 of 3 dossiers agree with their record.\n");
        assertThat(run.out().indexOf("HY-2026-01")).isLessThan(run.out().indexOf("HY-2026-02"));
        assertThat(run.out().indexOf("HY-2026-02")).isLessThan(run.out().indexOf("ket-qua-2026.csv row 4"));
    }

    @Test
    void replay_csvTableInVietnamese_namesTheBadCellInVietnamese() {
        Run run = ocop("replay", "--input", CSV, "--lang", "vi");

        assertThat(run.out()).contains("ket-qua-2026.csv dòng 4, cột Ngày nộp (7): không có ngày này: 31/02/2026; "
                + "cho phép: yyyy-mm-dd hoặc dd/mm/yyyy (hoặc ô kiểu ngày tháng)")
                .contains("Chưa kiểm tra: yêu cầu tối thiểu theo hạng sao")
                .endsWith("1 trên 3 hồ sơ khớp với kết quả đã ghi nhận.\n");
    }

    @Test
    void rate_csvTableAsJson_givesOneResultPerRowInOrder() throws IOException {
        Run run = ocop("rate", "--input", CSV, "--format", "json");

        JsonNode ratings = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).isEqualTo(1);
        assertThat(ratings).hasSize(3);
        assertThat(ratings.get(0).get("dossierId").asText()).isEqualTo("HY-2026-01");
        assertThat(ratings.get(0).get("productSet").asText()).isEqualTo("I.1.a");
        assertThat(ratings.get(0).get("memberTotals").isNull()).isTrue();
        assertThat(ratings.get(0).get("averageExact").asText()).isEqualTo("7250/100");
        assertThat(ratings.get(0).get("unchecked").toString()).isEqualTo("[\"STAR_MINIMUMS\"]");
        assertThat(ratings.get(1).get("stars").asInt()).isEqualTo(3);
        assertThat(ratings.get(2).get("dossierId").asText()).isEqualTo("ket-qua-2026.csv row 4");
        assertThat(ratings.get(2).get("outcome").asText()).isEqualTo("INVALID");
        assertThat(ratings.get(2).get("problems").get(0).get("where").asText())
                .isEqualTo("ket-qua-2026.csv row 4, column Ngày nộp (7)");
        assertThat(ratings.get(2).get("problems").get(0).get("value").asText()).isEqualTo("31/02/2026");
    }

    @Test
    void rate_xlsxWorkbook_readsTypedCells() throws IOException {
        Path file = dir.resolve("ket-qua.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = {"STT", "Mã", "Bộ sản phẩm", "Ngày nộp", "Cấp", "Điểm thành viên", "Điểm"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Object[][] rows = {{1, "HY-X-1", "I.1.a", LocalDate.of(2026, 7, 1), "tỉnh", "82;79;80", 80.33},
                {2, "HY-X-2", "I.1.a", LocalDate.of(2026, 7, 1), "tỉnh", null, 90.0},
                {3, "HY-X-3", "Thực phẩm tươi sống", LocalDate.of(2026, 7, 1), "tỉnh", null, 75.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            workbook.write(out);
        }

        Run run = ocop("rate", "--input", file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Dossier HY-X-1").contains("Dossier HY-X-2")
                .contains("ket-qua.xlsx sheet Danh sách row 4, column Bộ sản phẩm (C): name of several sets of "
                        + "QD-26-2026: Thực phẩm tươi sống; allowed: one of the codes: I.1.a")
                .endsWith("2 of 3 dossiers rated.\n");
    }
}
