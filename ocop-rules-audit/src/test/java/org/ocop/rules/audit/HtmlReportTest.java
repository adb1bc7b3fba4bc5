package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.Replay;
import org.ocop.rules.criteria.CriteriaVersion;

/** The HTML report read back as a browser parses it (jsoup). */
class HtmlReportTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static List<Replay> replays;
    static Document vietnamese;
    static Document english;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        replays = Replays.all();
        ReplayReport.builder().clock(ReplayReportTest.CLOCK).build().write(replays, dir.resolve("bao-cao.html"));
        ReplayReport.builder().clock(ReplayReportTest.CLOCK).locale(Locale.ENGLISH).build()
                .write(replays.stream(), dir.resolve("report.html"));
        vietnamese = Jsoup.parse(dir.resolve("bao-cao.html").toFile(), "UTF-8");
        english = Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
        // kept for people to look at (mvn test leaves it in target/)
        Path samples = Files.createDirectories(Path.of("target/report-samples"));
        Files.copy(dir.resolve("bao-cao.html"), samples.resolve("bao-cao.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void html_everyInternalLink_resolvesToAnId() {
        List<String> targets = vietnamese.select("a[href^=#]").eachAttr("href");

        // one from the product list and one back to the summary per product
        assertThat(targets).hasSize(2 * replays.size());
        for (String href : targets) {
            assertThat(vietnamese.getElementById(href.substring(1))).as(href).isNotNull();
        }
        assertThat(vietnamese.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    }

    @Test
    void summary_linksToEachProductSectionByItsName() {
        for (int i = 0; i < replays.size(); i++) {
            Replay replay = replays.get(i);
            Element link = vietnamese.selectFirst("#summary a[href=#sp-" + (i + 1) + "]");
            Element section = vietnamese.getElementById("sp-" + (i + 1));

            assertThat(link).as(replay.rating().dossierId()).isNotNull();
            assertThat(link.text()).isEqualTo(replay.rating().productName());
            assertThat(section.selectFirst("h3").text()).startsWith((i + 1) + ". " + replay.rating().productName());
        }
        assertThat(vietnamese.text()).contains(Replays.HONEY, Replays.CAKE, Replays.PORK);
    }

    @Test
    void product_recordedAgainstRecomputed_areTheJsonFigures() {
        for (int i = 0; i < replays.size(); i++) {
            ReportJson json = ReportJson.of(replays.get(i), VI);
            Element table = vietnamese.getElementById("sp-" + (i + 1)).selectFirst("table.compare");

            assertThat(row(table, "Tổng điểm trung bình")).containsExactly(json.recordedAverage(), json.average());
            assertThat(row(table, "Hạng sao")).containsExactly(json.recordedStars(), json.stars());
            assertThat(row(table, "Hạng theo số điểm").get(1)).isEqualTo(json.bandStars());
        }
    }

    @Test
    void product_eachCauseWithItsExplanationAndEveryWarning_inVietnamese() {
        for (int i = 0; i < replays.size(); i++) {
            ReportJson json = ReportJson.of(replays.get(i), VI);
            String section = vietnamese.getElementById("sp-" + (i + 1)).text();

            containsAll(section, json.causes());
            containsAll(section, json.explanations());
            containsAll(section, json.warningsAndProblems());
            json.memberTotals().forEach(total -> assertThat(section).contains(" " + total));
        }
    }

    @Test
    void product_totalsOnly_saysTheStarMinimumsWereNotChecked() {
        int pork = index(Replays.PORK);
        String section = vietnamese.getElementById("sp-" + pork).text();

        assertThat(replays.get(pork - 1).rating().problems()).isNotEmpty();
        assertThat(replays.get(pork - 1).rating().isRated()).isTrue();
        assertThat(vietnamese.getElementById("sp-" + pork).select("h4").eachText()).contains("Cảnh báo")
                .doesNotContain("Vấn đề");
        assertThat(section).contains("chưa kiểm tra yêu cầu tối thiểu theo hạng sao")
                .contains("82 · ", "chênh lệch 6 điểm (cao nhất 85, thấp nhất 79)");
    }

    @Test
    void summary_counts_matchTheReplays() {
        long agree = replays.stream().filter(r -> r.recorded().isPresent() && r.agrees()
                && r.rating().outcome() != org.ocop.rules.Outcome.INVALID).count();
        long nothing = replays.stream().filter(r -> r.recorded().isEmpty()).count();

        assertThat(vietnamese.selectFirst("#summary p.lead").text()).isEqualTo("Đã chấm lại " + replays.size()
                + " sản phẩm: " + agree + " khớp với kết quả đã ghi nhận, " + (replays.size() - agree - nothing)
                + " khác biệt, " + nothing + " không có kết quả ghi nhận để đối chiếu.");
        assertThat(vietnamese.select("#summary table.count caption").eachText()).containsExactly(
                "Theo mức khớp với kết quả đã ghi nhận", "Theo kết quả chấm lại", "Theo nguyên nhân khác biệt",
                "Theo bộ tiêu chí và bản dữ liệu", "Theo cấp đánh giá");
    }

    @Test
    void summary_charts_areInlineSvgWithABubblePerStarPairAndABarPerPart() {
        List<Element> svgs = vietnamese.select("#summary svg");
        long pairs = replays.stream().map(r -> r.recorded().flatMap(rec -> rec.stars().isPresent()
                ? java.util.Optional.of(rec.stars().getAsInt()) : java.util.Optional.empty()).orElse(0) + "/"
                + r.rating().stars().orElse(0)).distinct().count();

        assertThat(svgs).hasSize(2);
        assertThat(svgs.get(0).select("circle")).hasSize((int) pairs);
        assertThat(svgs.get(1).select("text").eachText()).contains("A", "B", "C");
        assertThat(vietnamese.select("pre")).isEmpty();
    }

    @Test
    void stamp_namesLibraryVersionCriteriaVersionsEditionsAndTime() {
        String stamp = vietnamese.selectFirst("p.stamp").text();

        assertThat(stamp).startsWith("ocop-rules " + ReplayReport.libraryVersion() + " · bộ tiêu chí ")
                .endsWith(" · lập lúc 2026-12-07 09:30:00 +07:00 (Asia/Ho_Chi_Minh)");
        replays.stream().flatMap(r -> r.rating().version().stream()).map(v -> v.version()).distinct()
                .forEach((CriteriaVersion v) -> assertThat(stamp).contains(v.id() + " (bản dữ liệu " + v.edition()));
        assertThat(vietnamese.select("p.stamp").eachText()).hasSize(2).containsOnly(stamp);
    }

    @Test
    void english_onRequest_labelsAndTheLibrarysTexts() {
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(vietnamese.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(english.selectFirst("h1").text()).isEqualTo("OCOP replay report");
        for (int i = 0; i < replays.size(); i++) {
            ReportJson json = ReportJson.of(replays.get(i), Locale.ROOT);
            String section = english.getElementById("sp-" + (i + 1)).text();
            containsAll(section, json.explanations());
            containsAll(section, json.warningsAndProblems());
        }
    }

    @Test
    void html_markupInAName_isShownAsText(@TempDir Path dir) throws Exception {
        Replay hostile = Replays.RATER.replay(Replays.dossiers().get(0).toBuilder()
                .productName("<script>alert(1)</script> & \"Mắm\"").build());
        Path file = dir.resolve("r.html");

        ReplayReport.builder().build().write(List.of(hostile), file);

        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getElementById("sp-1").selectFirst("h3").text())
                .startsWith("1. <script>alert(1)</script> & \"Mắm\"");
    }

    @Test
    void html_noReplays_isAReportOfNoProducts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.html");

        assertThat(ReplayReport.builder().build().write(Stream.empty(), file)).isZero();

        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(doc.selectFirst("p.lead").text()).startsWith("Đã chấm lại 0 sản phẩm");
        assertThat(doc.select("section.product")).isEmpty();
    }

    static void containsAll(String text, List<String> parts) {
        parts.forEach(part -> assertThat(text).contains(part));
    }

    private static List<String> row(Element table, String label) {
        Element row = table.select("tr").stream().filter(tr -> tr.selectFirst("th") != null
                && tr.selectFirst("th").text().equals(label)).findFirst().orElseThrow();
        return row.select("td").eachText();
    }

    private static int index(String productName) {
        for (int i = 0; i < replays.size(); i++) {
            if (replays.get(i).rating().productName().equals(productName)) {
                return i + 1;
            }
        }
        throw new AssertionError(productName);
    }
}
