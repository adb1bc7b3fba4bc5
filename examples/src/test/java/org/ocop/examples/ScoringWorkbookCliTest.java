package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.audit.FilledWorkbook;
import org.ocop.rules.audit.ScoringWorkbook;

/**
 * Scoring workbooks on the command line: {@code criteria --template --format xlsx --output FILE} writes one, and
 * {@code rate|replay|plan --input FILE.xlsx} tells a filled one from a results table by its identity sheet. The
 * catalogue rows C58–C68 of docs/BAD-INPUTS.md run here, as {@link BadCliInputTest} runs C1–C57.
 */
class ScoringWorkbookCliTest {

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

    /** The V.1 template of two named members, with {@code change} applied to its form sheet. */
    static byte[] workbook(Consumer<Sheet> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            change.accept(wb.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ScoringWorkbook.builder(org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-26-2026"), "V.1")
                    .members(List.of("Nguyễn Văn Hùng", "Trần Thị Mai")).dossierId("BI-001")
                    .submittedOn(java.time.LocalDate.of(2026, 6, 15)).build().write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Marks, for both members, the same options the catalogue's good JSON dossier chooses (rated 2★). */
    static void markGood(Sheet form) {
        List<String> options = List.of("1.1.a", "1.2.a", "1.3.a", "1.4.a", "1.5.a", "1.6.a", "2.1.a", "2.2.a",
                "3.1.a", "3.2.a", "3.3.a", "3.4.a", "3.5.a", "4.1.a", "4.2.a", "4.3.a", "5.1.b", "5.2.a", "5.3.b",
                "6.1.d", "6.2.d", "6.3.c", "7.d", "8.c", "9.b", "10.c");
        for (Row row : form) {
            org.apache.poi.ss.usermodel.Cell key = row.getCell(0);
            if (key != null && options.contains(key.getStringCellValue().replace("option:", ""))
                    && key.getStringCellValue().startsWith("option:")) {
                row.getCell(5).setCellValue("x");
                row.getCell(6).setCellValue("x");
            }
        }
    }

    private static BadCliInputTest.Input file(String name, byte[] bytes) {
        return new BadCliInputTest.Input(name, bytes);
    }

    private static BadCliInputTest.Entry entry(String number, String input, List<BadCliInputTest.Input> files,
            String expected, String... args) {
        return new BadCliInputTest.Entry(number, input, files, List.of(args), expected);
    }

    static Stream<BadCliInputTest.Entry> catalogue() {
        String[] xlsx = {"criteria", "--version", "QD-26-2026", "--set", "V.1", "--template", "--format", "xlsx"};
        return Stream.of(
                entry("C58", "a workbook without --output", List.of(), "exit 2; err: criteria: --format xlsx: a workbook is binary and is not written to standard output: (no --output); allowed: --output FILE.xlsx; out: ", xlsx),
                entry("C59", "--format xlsx without --template", List.of(), "exit 2; err: criteria: --format: xlsx is the scoring workbook of --template: xlsx; allowed: --template --set CODE --format xlsx --output FILE.xlsx, or --format text|json; out: ",
                        "criteria", "--version", "QD-26-2026", "--set", "V.1", "--format", "xlsx",
                        "--output", "{dir}/p.xlsx"),
                entry("C60", "--output that is not an .xlsx file", List.of(), "exit 2; err: criteria: --output: not an .xlsx file: {dir}/p.xls; allowed: a file ending in .xlsx; out: ",
                        concat(xlsx, "--output", "{dir}/p.xls")),
                entry("C61", "--output into a folder that does not exist", List.of(), "exit 2; err: criteria: --output: no such directory: {dir}/nope; allowed: a file in an existing directory; out: ",
                        concat(xlsx, "--output", "{dir}/nope/p.xlsx")),
                entry("C62", "--members 0", List.of(), "exit 2; err: criteria: --members: not a number of members from 1 to 30: 0; allowed: names separated by commas (\"An,Bình\") or a number from 1 to 30; out: ", concat(xlsx, "--output", "{dir}/p.xlsx", "--members", "0")),
                entry("C63", "--members with a blank name", List.of(), "exit 2; err: criteria: --members: a blank name: An,,Bình; allowed: names separated by commas, none blank (\"An,Bình\"), or a number of columns from 1 to 30; out: ",
                        concat(xlsx, "--output", "{dir}/p.xlsx", "--members", "An,,Bình")),
                entry("C64", "--members naming one member twice", List.of(), "exit 2; err: criteria: --members: a name given twice: An; allowed: one column per member; out: ",
                        concat(xlsx, "--output", "{dir}/p.xlsx", "--members", "An,Bình,An")),
                entry("C65", "--output with the JSON template", List.of(), "exit 2; err: criteria: --output: only with --template --format xlsx (text and JSON go to standard output): {dir}/p.xlsx; allowed: --template --format xlsx --output FILE.xlsx; out: ",
                        "criteria", "--version", "QD-26-2026", "--set", "V.1", "--template", "--output",
                        "{dir}/p.xlsx"),
                entry("C66", "--totals with --format xlsx", List.of(), "exit 2; err: criteria: --totals: not with --format xlsx (a workbook is marked option by option): --totals; allowed: --template --totals for a JSON totals-only dossier; out: ",
                        concat(xlsx, "--totals", "--output", "{dir}/p.xlsx")),
                entry("C67", "--input of a workbook of another format", List.of(file("p.xlsx", identity("format",
                        "2"))), "exit 2; err: rate: --input p.xlsx: a scoring workbook of another format: 2; allowed: format 1, the format this library writes and reads; out: ", "rate", "--input", "{dir}/p.xlsx"),
                entry("C68", "--input of a workbook with a mark that is not x", List.of(file("p.xlsx", workbook(f -> {
                    markGood(f);
                    for (Row row : f) {
                        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("option:1.1.a")) {
                            row.getCell(6).setCellValue("v");
                        }
                    }
                }))), "exit 1; err: ; out: 0 of 1 dossiers rated.", "rate", "--input", "{dir}/p.xlsx"));
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    /** The good workbook with one value of its identity sheet changed. */
    private static byte[] identity(String key, String value) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(ScoringWorkbookCliTest::markGood)))) {
            wb.getSheet(ScoringWorkbook.IDENTITY_SHEET).forEach(r -> {
                if (r.getCell(0).getStringCellValue().equals(key)) {
                    r.getCell(1).setCellValue(value);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_bad_workbook_command_gets_its_catalogued_outcome(BadCliInputTest.Entry entry) {
        assertThat(BadCliInputTest.observe(entry, dir)).isEqualTo(entry.expected());
    }

    @Test
    void criteria_templateFormatXlsx_writesTheWorkbookAndSaysSo() throws IOException {
        Path file = dir.resolve("phieu.xlsx");
        Run run = ocop("criteria", "--version", "QD-26-2026", "--set", "I.1.a", "--template", "--format", "xlsx",
                "--output", file.toString(), "--members", "Nguyễn Văn An, Trần Thị Bình,Lê Văn Cường");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Scoring workbook written to " + file + ": QD-26-2026, product set I.1.a, 3 "
                + "member columns.\n");
        assertThat(ScoringWorkbook.isScoringWorkbook(file)).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet form = wb.getSheetAt(0);
            assertThat(form.getRow(1).getCell(2).getStringCellValue()).isEqualTo("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN "
                    + "PHẨM OCOP");
            Row names = null;
            for (Row row : form) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("names")) {
                    names = row;
                }
            }
            assertThat(names.getCell(6).getStringCellValue()).isEqualTo("Trần Thị Bình");
        }
    }

    @Test
    void criteria_templateFormatXlsx_inEnglishAndInThePortalEdition() throws IOException {
        Path file = dir.resolve("phieu.xlsx");
        Run run = ocop("criteria", "--version", "QD-1048-2019", "--edition", "portal", "--set", "I.1.1",
                "--template", "--format", "xlsx", "--output", file.toString(), "--members", "7", "--lang", "en");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Scoring workbook written to " + file + ": QD-1048-2019 (sheet edition "
                + "portal), product set I.1.1, 7 member columns.\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("OCOP PRODUCT SCORING SHEET");
        }
    }

    @Test
    void rateReplayAndPlan_inputAFilledWorkbook_rateItsDossierBesideAResultsTable() throws IOException {
        Path workbook = Files.write(dir.resolve("phieu.xlsx"), workbook(ScoringWorkbookCliTest::markGood));
        FilledWorkbook read = ScoringWorkbook.read(workbook);
        assertThat(read.problems()).isEmpty();

        Run rate = ocop("rate", "--input", workbook.toString(), "--input", Path.of("tables", "ket-qua-2026.csv")
                .toAbsolutePath().toString());
        assertThat(rate.err()).isEmpty();
        assertThat(rate.out()).startsWith("Dossier BI-001 — product set V.1").contains("Outcome: RATED — 2★")
                .endsWith("3 of 4 dossiers rated.\n");

        Run replay = ocop("replay", "--input", workbook.toString(), "--format", "json");
        assertThat(replay.err()).isEmpty();
        assertThat(replay.out()).contains("\"dossierId\" : \"BI-001\"");

        Run plan = ocop("plan", "--input", workbook.toString());
        assertThat(plan.err()).isEmpty();
        assertThat(plan.out()).contains("BI-001");
    }

    @Test
    void rate_inputAWorkbookWithABadMark_isAnInvalidResultNamingTheCell() throws IOException {
        Path workbook = Files.write(dir.resolve("phieu.xlsx"), workbook(f -> {
            markGood(f);
            for (Row row : f) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("option:1.1.b")) {
                    row.getCell(5).setCellValue("x");
                }
            }
        }));
        Run run = ocop("rate", "--input", workbook.toString(), "--lang", "vi");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("phieu.xlsx trang Phiếu V.1 ô ").contains("đánh dấu nhiều phương án ở 1.1");
    }
}
