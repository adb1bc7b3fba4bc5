package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.RatingJson;

/**
 * A rating's explanation in the two languages: English is the default and any locale but Vietnamese gets it;
 * Vietnamese uses the decisions' own words, and quotes the data (labels, sources) as it is.
 */
class RatingTextTest {

    private static final Rater RATER = Rater.standard();
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Rating rate(String file) {
        return RATER.rate(DossierReader.read(Path.of("../examples/dossiers/" + file)));
    }

    @Test
    void explain_anyLocaleButVietnamese_isTheEnglishExplanation() {
        Rating rating = rate("01-che-shan-tuyet-ta-xua.json");

        assertThat(rating.explain(Locale.ENGLISH)).isEqualTo(rating.explain());
        assertThat(rating.explain(Locale.US)).isEqualTo(rating.explain());
        assertThat(rating.explain(Locale.FRENCH)).isEqualTo(rating.explain());
        assertThat(rating.explainCriteria(Locale.ROOT)).isEqualTo(rating.explainCriteria());
        assertThat(rating.explain()).contains("Outcome: RATED — 5★");
    }

    @Test
    void explain_vietnamese_sayingOutcomeAverageBandAndStarInTheDecisionsWords() {
        String text = rate("01-che-shan-tuyet-ta-xua.json").explain(VI);

        assertThat(text).startsWith("Hồ sơ YB-2026-001 — bộ sản phẩm I.5.a\n");
        assertThat(text).contains("  Bộ tiêu chí: QD-26-2026 (26/2026/QĐ-TTg, bản dữ liệu 2026a, bản phiếu "
                + "decision); ");
        assertThat(text).contains("  Kết quả: được phân hạng — 5★\n");
        assertThat(text).contains("  Tổng điểm trung bình: 93.00 (chính xác 465/5)  A 36.60  B 23.80  C 32.60\n");
        assertThat(text).contains("  Hạng theo số điểm: 5★ (từ 90 điểm trở lên)\n");
        assertThat(text).contains("  Hạng sao: 5★ — đúng hạng theo số điểm, đạt mọi yêu cầu tối thiểu đến hạng này\n");
        assertThat(text).contains("  Thành viên hội đồng: Nguyễn Văn An (Chủ tịch) 95 (A 38, B 24, C 33); ");
        // the policies in words, not as their codes (which the JSON keeps)
        assertThat(text).contains("  Áp dụng: công cụ drools, chính sách hạ hạng, đồng thuận: mọi thành viên, hiển "
                + "thị 2 chữ số thập phân, làm tròn 0,5 lên\n");
        assertThat(text).doesNotContain("Outcome", "Average", "Band", "Members");
    }

    @Test
    void explain_vietnamese_ofADemotedDossier_namesTheFailedMinimumWithTheDataAsWritten() {
        String text = rate("06-ruou-lang-van-demoted.json").explain(VI);

        assertThat(text).contains("  Hạng theo số điểm: 4★ (từ 70 đến dưới 90 điểm)\n");
        assertThat(text).contains("  Không đạt yêu cầu tối thiểu theo hạng sao (đồng thuận: mọi thành viên):\n"
                + "    1.4 Liên kết chuỗi trong sản xuất: **** phải đạt 1.4.c (2 điểm); đã chấm Nguyễn Văn An "
                + "(Chủ tịch) "
                + "1.4.c, ");
        assertThat(text).contains("  Hạng sao: 3★ — hạ từ hạng 4★ theo số điểm (chính sách hạ hạng): hạng sao cao "
                + "nhất đạt mọi yêu cầu tối thiểu\n");
    }

    @Test
    void explain_councilRulesOn_namesThemInWordsInBothLanguages() {
        Rating rating = RATER.withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()))
                .rate(DossierReader.read(Path.of("../examples/dossiers/06-ruou-lang-van-demoted.json")));

        assertThat(rating.explain()).contains(", council rules (quorum of three quarters with the chair, spread of "
                + "member totals at most 10, secretary must not score)\n");
        assertThat(rating.explain(VI)).contains(", quy định của hội đồng (đủ ba phần tư số thành viên tham dự và có "
                + "chủ tịch hội đồng, tổng điểm của các thành viên chênh nhau không quá 10, thư ký hội đồng không được chấm "
                + "điểm)\n");
    }

    @Test
    void explain_vietnamese_saysWhatTheProvinceMayRecogniseAndWhereTheDossierGoes() {
        Rating rating = rate("01-che-shan-tuyet-ta-xua.json");

        assertThat(rating.explain(VI)).contains("  Công nhận: cấp tỉnh có thẩm quyền công nhận 4★ (sản phẩm được phân "
                + "hạng 5★); chuyển hồ sơ lên cấp Trung ương (từ 90 điểm trở lên, sản phẩm OCOP tiềm năng 5 sao) "
                + "[26/2026/QĐ-TTg (26/2026/QĐ-TTg Điều 4.1, 7.2, 7.3.e, 7.4)]\n");
        assertThat(rating.recognition().orElseThrow().note()).isEqualTo("PROVINCE may recognise 4★ of the rated 5★; "
                + "forwarded to MINISTRY (from 90 points, potential 5★)");
    }

    @Test
    void explain_vietnamese_ofAnInvalidDossier_writesEachProblemWithItsValueAsGiven() {
        Rating rating = rate("08-ca-phe-invalid.json");

        assertThat(rating.explain(VI)).contains("  Kết quả: hồ sơ không hợp lệ\n",
                "  Lỗi: hồ sơ DL-2026-052, thành viên Phạm Quốc Dũng, tiêu chí 1.3: mức của tiêu chí khác (2.1): "
                        + "2.1.a; "
                        + "cho phép: 1.3.a, 1.3.b, 1.3.c, 1.3.d\n",
                "  Lỗi: hồ sơ DL-2026-052, thành viên Hoàng Thị Hà, tiêu chí 11: chưa chọn mức nào: (không có); cho "
                        + "phép: 11.a, 11.b, 11.c\n");
        assertThat(rating.problems().get(0).message()).isEqualTo("dossier DL-2026-052, member Phạm Quốc Dũng, "
                + "criterion 1.3: option of another criterion (2.1): 2.1.a; allowed: 1.3.a, 1.3.b, 1.3.c, 1.3.d");
    }

    @Test
    void explain_vietnamese_ofADisqualifiedDossier_quotesTheRuleAsTheDecisionWritesIt() {
        String text = rate("07-rau-cu-disqualified.json").explain(VI);

        assertThat(text).contains("  Kết quả: bị loại\n", "  Bị loại theo DQ-HEADER (26/2026/QĐ-TTg, Phụ lục II, "
                + "mục 1, "
                + "header, confirmed): Hồ sơ bị loại khi: Giả mạo hồ sơ", "[do hội đồng phát hiện]\n");
    }

    @Test
    void warnings_vietnamese_ofASheetFromASecondarySource_sayWhereItIsReadFrom() throws IOException {
        // The dossier of a golden file of 148, whose set-1 sheet is read from a secondary source. (The golden runner
        // is the test kit's, in ocop-rules-test; this test only needs the dossier inside the file.)
        Path golden = Path.of("src/test/resources/golden/QD-148-2023/01-set-1-district-three-stars-forwarded.json");
        String dossier = new ObjectMapper().readTree(golden.toFile()).get("dossier").toString();
        Rating rating = RATER.rate(DossierReader.read(dossier, golden.getFileName().toString()));

        assertThat(rating.warnings(VI)).anyMatch(w -> w.startsWith("phiếu đánh giá I.1.a của QD-148-2023 được lấy "
                + "từ nguồn secondary, không phải từ văn bản gốc của quyết định ("));
        assertThat(rating.warnings()).anyMatch(w -> w.startsWith("sheet I.1.a of QD-148-2023 is read from a "
                + "secondary source, not the decision's own text ("));
    }

    @Test
    void portalGuide_languagesExample_rendersOneRatingInVietnamese() {
        Rating rating = rate("06-ruou-lang-van-demoted.json");

        // --- docs/portal-developer.md: Languages (begin) ---
        Locale vi = Locale.forLanguageTag("vi");
        String why = rating.explain(vi);                                 // "Hồ sơ BG-2026-011 — bộ sản phẩm II.1.a …"
        List<String> warnings = rating.warnings(vi);                     // and problem.message(vi), recognition.note(vi) …
        String json = RatingJson.write(List.of(rating), vi);             // only the texts for people change
        // --- docs/portal-developer.md: Languages (end) ---

        assertThat(why).startsWith("Hồ sơ BG-2026-011 — bộ sản phẩm II.1.a\n");
        assertThat(warnings).isEqualTo(rating.warnings()).isEmpty();
        assertThat(json).contains("\"note\" : \"cấp tỉnh có thẩm quyền công nhận 3★\"", "\"outcome\" : \"RATED\"");
        assertThat(RatingJson.write(List.of(rating))).contains("\"note\" : \"PROVINCE may recognise 3★\"");
    }

    @Test
    void explainCriteria_vietnamese_writesMaximumAndAverageInVietnamese() {
        String table = rate("01-che-shan-tuyet-ta-xua.json").explainCriteria(VI);

        assertThat(table).startsWith("    A 1.1 [tối đa 3] TB 2.60: Nguyễn Văn An (Chủ tịch) 1.1.c=3, ");
    }
}
