package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Dossier;

/**
 * A province's published results list read as dossiers: CSV (byte-order mark or not, comma or semicolon) and XLSX
 * (typed cells), headers in English or Vietnamese, sets by code or name, and every bad cell named, with the rows
 * around it read.
 */
class ResultsTableTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HEADER = "Mã,Tên sản phẩm,Chủ thể,Bộ sản phẩm,Ngày nộp,Cấp,Điểm,Hạng sao,Số quyết định,"
            + "Ngày quyết định\n";

    @TempDir
    Path dir;

    private Path csv(String name, String text, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    private List<String> problems(Path file, Locale locale) {
        return ResultsTable.read(file).stream().flatMap(r -> r.problems().stream()).map(p -> p.message(locale))
                .toList();
    }

    @Test
    void csv_withByteOrderMarkAndCommas_givesAverageOnlyDossiersWithTheirRecord() throws IOException {
        Path file = csv("ket-qua.csv", HEADER
                + "HY-01,Nhãn lồng,HTX Phố Hiến,I.1.a,01/07/2026,tỉnh,\"72,50\",4,1877/QĐ-UBND,28/09/2026\n"
                + "HY-02,Gà Đông Tảo,HTX Đông Tảo,Rau củ quả hạt tươi,2026-07-02,PROVINCE,69.99,3,,\n", true);

        List<TableRow> rows = ResultsTable.read(file);

        assertThat(rows).extracting(TableRow::row).containsExactly(2, 3);
        Dossier first = rows.get(0).dossier().orElseThrow();
        assertThat(first.id()).isEqualTo("HY-01");
        assertThat(first.productName()).isEqualTo("Nhãn lồng");
        assertThat(first.producer()).isEqualTo("HTX Phố Hiến");
        assertThat(first.isAverageOnly()).isTrue();
        assertThat(first.average()).hasValue(new BigDecimal("72.50"));
        assertThat(first.submittedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(first.level()).hasValue(Level.PROVINCE);
        assertThat(first.recorded().orElseThrow().stars()).hasValue(4);
        assertThat(first.recorded().orElseThrow().average()).hasValue(new BigDecimal("72.50"));
        assertThat(first.recorded().orElseThrow().decision()).hasValue("1877/QĐ-UBND");
        assertThat(first.recorded().orElseThrow().decidedOn()).hasValue(LocalDate.of(2026, 9, 28));
        assertThat(rows.get(1).dossier().orElseThrow().productSet()).isEqualTo("I.1.a");
    }

    @Test
    void csv_withSemicolonsAndNoByteOrderMark_readsQuotedMemberTotals() throws IOException {
        Path file = csv("ket-qua.csv", "id;productSet;submittedOn;memberTotals;average\n"
                + "BT-1;I.1.a;2026-07-01;\"82;79;80\";80,33\n", false);

        Dossier dossier = ResultsTable.read(file).get(0).dossier().orElseThrow();

        assertThat(dossier.isTotalsOnly()).isTrue();
        assertThat(dossier.memberTotals()).containsExactly(82, 79, 80);
        assertThat(dossier.recorded().orElseThrow().average()).hasValue(new BigDecimal("80.33"));
    }

    @Test
    void csv_withoutAnIdColumn_namesTheDossierAfterFileAndRowNotTheRowNumber() throws IOException {
        Path file = csv("ds.csv", "STT,Bộ sản phẩm,Ngày nộp,Điểm\n1,I.1.a,2026-07-01,75\n", false);

        assertThat(ResultsTable.read(file).get(0).dossier().orElseThrow().id()).isEqualTo("ds.csv row 2");
    }

    @Test
    void xlsx_builtWithTypedCells_readsNumbersDatesAndStrings() throws IOException {
        Path file = dir.resolve("ket-qua.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            typedCells(workbook);
            workbook.write(out);
        }

        List<TableRow> rows = ResultsTable.read(file);

        Dossier dossier = rows.get(0).dossier().orElseThrow();
        assertThat(dossier.submittedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(dossier.average()).hasValue(new BigDecimal("69.99"));
        assertThat(dossier.recorded().orElseThrow().stars()).hasValue(3);
        assertThat(rows.get(1).problems()).extracting(Problem::message).containsExactly(
                "ket-qua.xlsx sheet Kết quả row 3, column Ngày nộp (C): a number, not a date: 46204; allowed: "
                        + "yyyy-mm-dd or dd/mm/yyyy (or a date cell)",
                "ket-qua.xlsx sheet Kết quả row 3, column Điểm trung bình (D): not a number of points: bảy mươi; "
                        + "allowed: points from 0 to 100, with a decimal point or comma and at most 6 decimals (72.5, "
                        + "72,50), no thousands separator");
        assertThat(rows.get(1).name()).isEqualTo("ket-qua.xlsx sheet Kết quả row 3");
        assertThatThrownBy(() -> ResultsTable.stream(file, Optional.of("Sheet9"),
                org.ocop.rules.criteria.CriteriaCatalogue.bundled())).isInstanceOf(ResultsTableException.class)
                .hasMessage("ket-qua.xlsx: no such sheet: Sheet9; allowed: Kết quả");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-01 | 2026-07-01
            01/07/2026 | 2026-07-01
            1/7/2026   | 2026-07-01
            29/02/2028 | 2028-02-29
            """)
    void date_isoOrDayMonthYear_isAccepted(String cell, LocalDate day) throws IOException {
        Path file = csv("d.csv", "productSet,submittedOn,average\nI.1.a," + cell + ",75\n", false);

        assertThat(ResultsTable.read(file).get(0).dossier().orElseThrow().submittedOn()).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026/07/01  | not a date
            07-01-2026  | not a date
            1.7.2026    | not a date
            July 1 2026 | not a date
            31/02/2026  | no such day
            2026-13-01  | no such day
            """)
    void date_inAnyOtherForm_isRefusedNotGuessed(String cell, String problem) throws IOException {
        Path file = csv("d.csv", "productSet,submittedOn,average\nI.1.a," + cell + ",75\n", false);

        assertThat(problems(file, Locale.ROOT)).containsExactly("d.csv row 2, column submittedOn (2): " + problem
                + ": " + cell + "; allowed: yyyy-mm-dd or dd/mm/yyyy (or a date cell)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            72.5      | 72.5
            72,50     | 72.50
            70        | 70
            0         | 0
            100       | 100
            69,999999 | 69.999999
            """)
    void average_withDecimalPointOrComma_isKeptExactly(String cell, BigDecimal value) throws IOException {
        Path file = csv("a.csv", "productSet;submittedOn;average\nI.1.a;2026-07-01;" + cell + "\n", false);

        BigDecimal read = ResultsTable.read(file).get(0).dossier().orElseThrow().average().orElseThrow();
        assertThat(read).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            72.5.1     | not a number of points
            1.234,5    | not a number of points
            72 5       | not a number of points
            -1         | not a number of points
            abc        | not a number of points
            100.5      | not an average of points
            72,1234567 | not an average of points
            """)
    void average_inAnyOtherForm_isRefusedNotGuessed(String cell, String problem) throws IOException {
        Path file = csv("a.csv", "productSet;submittedOn;average\nI.1.a;2026-07-01;" + cell + "\n", false);

        assertThat(problems(file, Locale.ROOT)).containsExactly("a.csv row 2, column average (3): " + problem + ": "
                + cell + "; allowed: points from 0 to 100, with a decimal point or comma and at most 6 decimals (72.5, "
                + "72,50), no thousands separator");
    }

    @Test
    void productSet_byNameAccentsAndCaseAside_isTheSetOfTheVersionInForce() throws IOException {
        Path file = csv("s.csv", "productSet,submittedOn,average\n"
                + "\"Rau, củ, quả, hạt tươi\",2026-07-01,75\n"
                + "RAU CU QUA HAT TUOI,2026-07-01,75\n"
                + "Nước khoáng thiên nhiên; nước uống đóng chai,2026-07-01,75\n", false);

        assertThat(ResultsTable.read(file)).extracting(r -> r.dossier().orElseThrow().productSet())
                .containsExactly("I.1.a", "I.1.a", "II.2.a");
    }

    @Test
    void productSet_groupNameOfSeveralSets_isAmbiguousListingThem() throws IOException {
        Path file = csv("s.csv", "productSet,submittedOn,average\nThực phẩm tươi sống,2026-07-01,75\n", false);

        assertThat(problems(file, Locale.ROOT)).singleElement().asString()
                .startsWith("s.csv row 2, column productSet (1): name of several sets of QD-26-2026: Thực phẩm tươi "
                        + "sống; allowed: one of the codes: I.1.a Rau, củ, quả, hạt tươi; I.1.b ");
    }

    @Test
    void productSet_unknownName_isRefusedListingTheNearestCandidates() throws IOException {
        Path file = csv("s.csv", "productSet,submittedOn,average\nKhoáng,2026-07-01,75\n", false);

        assertThat(problems(file, Locale.ROOT)).containsExactly("s.csv row 2, column productSet (1): no set of "
                + "QD-26-2026 has this name: Khoáng; allowed: one of the codes: II.2.a Nước khoáng thiên nhiên, nước "
                + "uống đóng chai");
    }

    @Test
    void badRows_becomeInvalidResultsInTheirPlace_rowsInAreResultsOut() throws IOException {
        Path file = csv("ket-qua.csv", HEADER
                + "HY-01,Nhãn lồng,HTX,I.1.a,01/07/2026,tỉnh,72.5,4,,\n"
                + "HY-02,Tương,HTX,I.1.a,31/02/2026,tỉnh,bảy,4,,\n"
                + "HY-03,Gà,HTX,I.1.a,01/07/2026,xã,69.99,6,,\n"
                + "HY-04,Vải,HTX,I.1.a,01/07/2026,tỉnh,,,,\n"
                + "HY-05,Chè,HTX,I.1.a,01/07/2026,tỉnh,90,5,,\n", false);

        List<Rating> ratings;
        try (Stream<Rating> all = Rater.standard().rateAll(ResultsTable.sources(file), 2)) {
            ratings = all.toList();
        }

        assertThat(ratings).extracting(Rating::dossierId).containsExactly("HY-01", "ket-qua.csv row 3",
                "ket-qua.csv row 4", "ket-qua.csv row 5", "HY-05");
        assertThat(ratings).extracting(Rating::outcome).containsExactly(Outcome.RATED, Outcome.INVALID,
                Outcome.INVALID, Outcome.INVALID, Outcome.RATED);
        assertThat(ratings.get(1).problems()).extracting(Problem::message).containsExactly(
                "ket-qua.csv row 3, column Ngày nộp (5): no such day: 31/02/2026; allowed: yyyy-mm-dd or dd/mm/yyyy "
                        + "(or a date cell)",
                "ket-qua.csv row 3, column Điểm (7): not a number of points: bảy; allowed: points from 0 to 100, with "
                        + "a decimal point or comma and at most 6 decimals (72.5, 72,50), no thousands separator");
        assertThat(ratings.get(2).problems()).extracting(Problem::message).containsExactly(
                "ket-qua.csv row 4, column Cấp (6): not a level: xã; allowed: DISTRICT, PROVINCE or MINISTRY (huyện, "
                        + "tỉnh, trung ương)",
                "ket-qua.csv row 4, column Hạng sao (8): not a star: 6; allowed: a whole number from 1 to 5");
        assertThat(ratings.get(3).problems()).extracting(Problem::message).containsExactly(
                "ket-qua.csv row 5: no score: ; allowed: the members' totals (memberTotals) or the council's average "
                        + "(average)");
        assertThat(ratings.get(2).problems()).extracting(p -> p.message(VI)).containsExactly(
                "ket-qua.csv dòng 4, cột Cấp (6): không phải cấp đánh giá: xã; cho phép: DISTRICT, PROVINCE hoặc "
                        + "MINISTRY (huyện, tỉnh, trung ương)",
                "ket-qua.csv dòng 4, cột Hạng sao (8): không phải hạng sao: 6; cho phép: số nguyên từ 1 đến 5");
    }

    @Test
    void source_column_isEachRowsCitationAsWrittenEvenOnAnInvalidRow() throws IOException {
        Path file = csv("nguon.csv", "Mã;Bộ sản phẩm;Ngày nộp;Điểm;Nguồn\n"
                + "TV-1;I.1.a;01/07/2026;95;\"QĐ 1673/QĐ-UBND ngày 17/8/2022, trang 2; https://example.org/a\"\n"
                + "TV-2;I.1.a;01/07/2026;80;\n"
                + "TV-3;I.1.a;;94;  Báo Đắk Lắk, 10/4/2024  \n", false);

        List<TableRow> rows = ResultsTable.read(file);

        assertThat(rows).extracting(TableRow::source).containsExactly(
                Optional.of("QĐ 1673/QĐ-UBND ngày 17/8/2022, trang 2; https://example.org/a"), Optional.empty(),
                Optional.of("Báo Đắk Lắk, 10/4/2024"));
        assertThat(rows).extracting(TableRow::isValid).containsExactly(true, true, false);
    }

    @ParameterizedTest
    @CsvSource({"source", "Source", "citation", "Nguồn", "NGUỒN", "nguon", "Nguồn tin", "Trích dẫn"})
    void source_headerInEnglishOrVietnamese_isTheSourceColumn(String header) throws IOException {
        Path file = csv("nguon.csv", "productSet,submittedOn,average," + header + "\nI.1.a,2026-07-01,80,N1\n",
                false);

        assertThat(ResultsTable.read(file)).extracting(TableRow::source).containsExactly(Optional.of("N1"));
    }

    @Test
    void source_absentColumn_isEmptyAndTheDossierIsTheSame() throws IOException {
        Path with = csv("a.csv", "productSet,submittedOn,average,source\nI.1.a,2026-07-01,80,N1\n", false);
        Path without = csv("b.csv", "productSet,submittedOn,average\nI.1.a,2026-07-01,80\n", false);

        TableRow cited = ResultsTable.read(with).get(0);
        TableRow plain = ResultsTable.read(without).get(0);

        assertThat(plain.source()).isEmpty();
        // the citation is the auditor's note on the row, never part of the dossier that is rated
        assertThat(cited.dossier().orElseThrow().toBuilder().id("x").build())
                .isEqualTo(plain.dossier().orElseThrow().toBuilder().id("x").build());
    }

    @Test
    void replayAll_ofATable_comparesEachRowWithItsRecord() throws IOException {
        Path file = csv("ket-qua.csv", HEADER
                + "HY-01,Nhãn lồng,HTX,I.1.a,01/07/2026,tỉnh,72.5,4,1877/QĐ-UBND,28/09/2026\n"
                + "HY-02,Gà,HTX,I.1.a,01/07/2026,tỉnh,69.99,4,,\n", false);

        List<Replay> replays;
        try (Stream<Replay> all = Rater.standard().replayAll(ResultsTable.sources(file), 1)) {
            replays = all.toList();
        }

        assertThat(replays).extracting(Replay::agrees).containsExactly(true, false);
        assertThat(replays.get(0).uncheckedFields()).containsExactly("stars", "decision", "decidedOn");
    }

    @Test
    void csv_valuePastTheLastHeader_isAProblemNeverDropped() throws IOException {
        // 92,5 unquoted in a comma file is two cells: 92 under average and 5 under no header
        Path file = csv("k.csv", "productSet,submittedOn,average\nI.1.a,2026-07-01,92,5\n", false);

        assertThat(problems(file, Locale.ROOT)).containsExactly("k.csv row 2, column 4: a value in a column "
                + "without a header: 5; allowed: a header for every column with values");
    }

    @Test
    void memberTotals_notWholePoints_isRefusedNamingTheTotal() throws IOException {
        Path file = csv("t.csv", "productSet,submittedOn,memberTotals\nI.1.a,2026-07-01,\"82;79,5;80\"\n", false);

        assertThat(problems(file, Locale.ROOT)).containsExactly("t.csv row 2, column memberTotals (3): not a "
                + "member's total: 79,5: 82;79,5;80; allowed: each member's total, whole points from 0 to 100, "
                + "separated by ; (82;79;80)");
    }

    @Test
    void headerRow_unknownDuplicateOrMissing_isOneErrorForTheFile() throws IOException {
        assertThatThrownBy(() -> ResultsTable.read(csv("h.csv", "productSet,submittedOn,average,Ghi chú\n", false)))
                .isInstanceOf(ResultsTableException.class)
                .hasMessage("h.csv: unknown header in column 4: Ghi chú; allowed: a header of these columns, in "
                        + "English or Vietnamese: id, productName, producer, province, productSet, submittedOn, "
                        + "ratedOn, level, memberTotals, average, stars, decision, decidedOn, criteriaVersion, source, stt "
                        + "(README: Results tables)");
        assertThatThrownBy(() -> ResultsTable.read(csv("h.csv", "productSet,submittedOn,Điểm,Điểm trung bình\n",
                false))).hasMessage("h.csv: columns 3 and 4 are both average: Điểm, Điểm trung bình; allowed: each "
                        + "column once");
        assertThatThrownBy(() -> ResultsTable.read(csv("h.csv", "productSet,average\n", false)))
                .hasMessage("h.csv: no submittedOn column: productSet, average; allowed: a submittedOn column (Ngày "
                        + "nộp): the day that chooses the criteria version");
        assertThatThrownBy(() -> ResultsTable.read(csv("h.csv", "productSet,submittedOn,stars\n", false)))
                .hasMessage("h.csv: no memberTotals or average column: productSet, submittedOn, stars; allowed: a "
                        + "memberTotals column (Điểm thành viên: 82;79;80) or an average column (Điểm, Điểm trung "
                        + "bình)");
        assertThatThrownBy(() -> ResultsTable.read(csv("h.txt", "x\n", false)))
                .hasMessage("h.txt: not a results table: h.txt; allowed: a .csv file (UTF-8, comma or semicolon) or "
                        + "an .xlsx workbook");
        assertThatThrownBy(() -> ResultsTable.read(csv("h.xlsx", "not a workbook\n", false)))
                .hasMessageStartingWith("h.xlsx: not an XLSX workbook: ");
    }

    @Test
    void csv_notUtf8_isRefusedNotDecoded() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "productSet,submittedOn,average\nI.1.a,2026-07-01,75\nCh\u00e8,2026-07-01,75\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ResultsTable.read(file)).isInstanceOf(ResultsTableException.class)
                .hasMessageStartingWith("latin1.csv: not UTF-8: ");
    }

    @Test
    void bundles_englishAndVietnamese_haveTheSameKeys() {
        assertThat(TableText.keys(true)).isEqualTo(TableText.keys(false));
    }

    /** A results sheet as Excel saves one: a number, a date cell, text; and a row with a bad date and a bad score. */
    static void typedCells(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Kết quả");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row header = sheet.createRow(0);
        String[] names = {"Mã", "Bộ sản phẩm", "Ngày nộp", "Điểm trung bình", "Số sao"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("HY-03");
        row.createCell(1).setCellValue("I.1.a");
        row.createCell(2).setCellValue(LocalDate.of(2026, 7, 1));
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue(69.99);
        row.createCell(4).setCellValue(3);
        Row bad = sheet.createRow(2);
        bad.createCell(0).setCellValue("HY-04");
        bad.createCell(1).setCellValue("I.1.a");
        bad.createCell(2).setCellValue(46204); // a number in a date column, not formatted as a date
        bad.createCell(3).setCellValue("bảy mươi");
    }
}
