package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.Replay;

class ReplayReportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"bao-cao.html, HTML", "BAO-CAO.HTM, HTML", "report.pdf, PDF", "Report.Pdf, PDF",
            "tong-hop.xlsx, XLSX", "a.b.XLSX, XLSX"})
    void formatOf_knownExtension_isChosenIgnoringCase(String file, ReplayReport.Format format) {
        assertThat(ReplayReport.Format.of(Path.of(file))).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "report.txt | report file report.txt: extension .txt is not a report format; allowed: .html, .pdf, .xlsx",
        "report.xls | report file report.xls: extension .xls is not a report format; allowed: .html, .pdf, .xlsx",
        "report     | report file report: no extension; allowed: .html, .pdf, .xlsx"})
    void formatOf_otherExtension_isRefusedNamingTheFileAndWhatIsAllowed(String file, String message) {
        assertThatThrownBy(() -> ReplayReport.Format.of(Path.of(file)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void write_otherExtension_writesNothingAndConsumesNoReplay() throws Exception {
        Stream<Replay> replays = Stream.of((Replay) null).peek(r -> {
            throw new AssertionError("no replay may be read before the format is checked");
        });

        assertThatThrownBy(() -> ReplayReport.builder().build().write(replays, dir.resolve("out.csv")))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"out.html", "out.pdf", "out.xlsx"})
    void write_anyFormat_replacesTheFileLeavesNoTemporaryFileAndIsReadableByOthers(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "old");
        List<Replay> replays = Replays.all().subList(0, 3);

        long products = ReplayReport.builder().clock(CLOCK).build().write(replays, file);

        assertThat(products).isEqualTo(3);
        assertThat(Files.size(file)).isGreaterThan(1_000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        // a report is for people to share: not the owner-only permissions of a temporary file
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(
                    Files.createFile(dir.resolve("plain"))));
        }
    }

    @Test
    void write_missingFolder_failsWithoutWritingAnything() {
        Path file = dir.resolve("no-such-folder/out.html");

        assertThatThrownBy(() -> ReplayReport.builder().build().write(Replays.all(), file))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("no-such-folder");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void builder_byDefault_writesVietnamese() {
        assertThat(ReplayReport.builder().build().locale()).isEqualTo(Locale.forLanguageTag("vi"));
        assertThat(ReplayReport.builder().locale(Locale.ENGLISH).build().locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void sources_eachReplaysCitation_isInItsHtmlSectionAndItsXlsxRowInOrder() throws Exception {
        List<Replay> replays = Replays.all().subList(0, 3);
        java.util.Iterator<String> cited = List.of("QĐ 1673/QĐ-UBND ngày 17/8/2022 <trang 2>", "", "Báo Đắk Lắk")
                .iterator();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        ReplayReport report = ReplayReport.builder().clock(CLOCK).sources(replay -> {
            calls.incrementAndGet();
            return java.util.Optional.of(cited.next());
        }).build();

        report.write(replays, dir.resolve("bao-cao.html"));
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(dir.resolve("bao-cao.html").toFile(), "UTF-8");

        assertThat(calls).hasValue(3);
        assertThat(html.select("#sp-1 p.source").text()).isEqualTo("Nguồn: QĐ 1673/QĐ-UBND ngày 17/8/2022 <trang 2>");
        // a blank citation is no citation: no empty line in the section
        assertThat(html.select("#sp-2 p.source")).isEmpty();
        assertThat(html.select("#sp-3 p.source").text()).isEqualTo("Nguồn: Báo Đắk Lắk");

        java.util.Iterator<String> again = List.of("N1", "", "N3").iterator();
        ReplayReport.builder().clock(CLOCK).sources(replay -> java.util.Optional.of(again.next())).build()
                .write(replays, dir.resolve("bao-cao.xlsx"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                dir.resolve("bao-cao.xlsx").toFile())) {
            var products = workbook.getSheet("Sản phẩm");
            int source = XlsxReport.COLUMNS.indexOf("column.source");
            assertThat(products.getRow(0).getCell(source).getStringCellValue()).isEqualTo("Nguồn");
            assertThat(products.getRow(1).getCell(source).getStringCellValue()).isEqualTo("N1");
            assertThat(products.getRow(2).getCell(source)).isNull();
            assertThat(products.getRow(3).getCell(source).getStringCellValue()).isEqualTo("N3");
        }
    }

    @Test
    void sources_byDefault_citesNothing() throws Exception {
        ReplayReport.builder().clock(CLOCK).build().write(Replays.all().subList(0, 1), dir.resolve("r.html"));

        assertThat(Files.readString(dir.resolve("r.html"))).doesNotContain("class=\"source\"");
    }

    @Test
    void libraryVersion_isTheBuildsProjectVersion() {
        assertThat(ReplayReport.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
