package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.Replay;

/** The PDF report read back with PDFBox: text, fonts, page size, page numbers, links; its first page as a PNG. */
class PdfReportTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static List<Replay> replays;
    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        replays = Replays.all();
        Path file = dir.resolve("bao-cao.pdf");
        ReplayReport.builder().clock(ReplayReportTest.CLOCK).build().write(replays, file);
        pdf = Loader.loadPDF(file.toFile());
        text = oneLine(new PDFTextStripper().getText(pdf));
        // for people to look at: the first page as a picture, and the PDF itself
        Path samples = Files.createDirectories(Path.of("target/report-samples"));
        Files.copy(file, samples.resolve("bao-cao.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
                samples.resolve("bao-cao-page-1.png").toFile());
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void pdf_text_containsEveryVietnameseProductNameExactly() {
        for (Replay replay : replays) {
            assertThat(text).contains(replay.rating().productName());
        }
        assertThat(text).contains(Replays.HONEY, Replays.CAKE, Replays.PORK, "Báo cáo chấm lại kết quả đánh giá");
    }

    @Test
    void pdf_eachProduct_showsTheJsonFiguresRecordedAgainstRecomputed() {
        for (int i = 0; i < replays.size(); i++) {
            ReportJson json = ReportJson.of(replays.get(i), VI);
            String section = section(i);

            assertThat(section).contains("Tổng điểm trung bình " + json.recordedAverage() + " " + json.average())
                    .contains("Hạng sao " + json.recordedStars() + " " + json.stars());
            HtmlReportTest.containsAll(section, json.causes());
        }
    }

    @Test
    void pdf_everyFont_isEmbeddedDejaVu() throws Exception {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
    }

    @Test
    void pdf_everyPage_isA4WithItsNumberAndTheStamp() throws Exception {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        for (int p = 1; p <= pages; p++) {
            PDRectangle box = pdf.getPage(p - 1).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String page = oneLine(stripper.getText(pdf));
            assertThat(page).contains("Trang " + p + " / " + pages)
                    .contains("ocop-rules " + ReplayReport.libraryVersion() + " · bộ tiêu chí QD-26-2026 (bản dữ "
                            + "liệu 2026a")
                    .contains("lập lúc 2026-12-07 09:30:00 +07:00 (Asia/Ho_Chi_Minh)");
        }
    }

    @Test
    void pdf_summary_linksToEachProduct() throws Exception {
        long links = 0;
        for (PDPage page : pdf.getPages()) {
            links += page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
        }
        // one from the product list and one back to the summary per product
        assertThat(links).isGreaterThanOrEqualTo(2L * replays.size());
    }

    @Test
    void pdf_firstPage_isRenderedToAPngThatShowsSomething() throws Exception {
        BufferedImage image = ImageIO.read(Path.of("target/report-samples/bao-cao-page-1.png").toFile());

        assertThat(image.getWidth()).isGreaterThan(800);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(1_000);
    }

    /** The text of product {@code i}'s section: from its heading to the next product's. */
    private static String section(int i) {
        String heading = (i + 1) + ". " + replays.get(i).rating().productName() + " ";
        int start = text.lastIndexOf(heading);
        assertThat(start).as(heading).isPositive();
        int end = i + 1 < replays.size()
                ? text.lastIndexOf((i + 2) + ". " + replays.get(i + 1).rating().productName() + " ") : text.length();
        assertThat(end).isGreaterThan(start);
        return text.substring(start, end);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
