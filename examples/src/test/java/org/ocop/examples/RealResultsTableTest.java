package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ocop replay --input examples/audit/ket-qua-thuc-te.csv}: published OCOP results of five provinces (2020,
 * 2022, 2024), each row citing its source ({@code examples/audit/NGUON.md}), replayed as the auditor's guide walks
 * through them ("Re-checking past scores"). The expectations are reasoned from the criteria, not copied from the
 * tool: a published average is its own band (below 30, 30, 50, 70, 90 points: 1★ to 5★ under 781 and 148 alike);
 * under 781 a province recognises 3–4★ and forwards from 90 points, and so under 148 before 1489 (province 4★), the
 * ministry recognises 5★; a row without a submission day has no version and is INVALID in its place.
 */
class RealResultsTableTest {

    /** The real-results table, as the auditor's guide replays it. */
    static final Path TABLE = Path.of("audit", "ket-qua-thuc-te.csv").toAbsolutePath();

    static JsonNode replays;
    static String text;
    static String vietnamese;
    static int code;

    record Run(int code, String out, String err) {
    }

    static Run ocop(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void replay() throws IOException {
        Run json = ocop("replay", "--input", TABLE.toString(), "--format", "json");
        assertThat(json.err()).isEmpty();
        replays = new ObjectMapper().readTree(json.out());
        Run english = ocop("replay", "--input", TABLE.toString());
        text = english.out();
        code = english.code();
        vietnamese = ocop("replay", "--input", TABLE.toString(), "--lang", "vi").out();
    }

    /** The data rows of the table, for counting: every line after the header that is not blank. */
    static long tableRows() throws IOException {
        return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    @Test
    void replay_everyRow_givesOneResultInItsPlace() throws IOException {
        assertThat(replays).hasSize((int) tableRows()).hasSize(8);
        List<String> ids = new ArrayList<>();
        replays.forEach(r -> ids.add(r.get("dossierId").asText()));
        assertThat(ids).containsExactly("TRAVINH-2022-1", "ket-qua-thuc-te.csv row 3", "ket-qua-thuc-te.csv row 4",
                "DAKLAK-2024-1", "DAKLAK-2024-2", "THAINGUYEN-2020-1", "THAINGUYEN-2020-2", "TUYENQUANG-2024-1");
    }

    /**
     * Each dated row, replayed under the version in force on its day: the published average's band and the
     * recognition its level may give. A province's 90 points and more are a 5★ band it may not recognise: it
     * recognises 4★ and forwards the dossier, which is what "tiềm năng 5 sao" records (no star, level province), so
     * the row agrees. The ministry's 90.00 is exactly the 5★ floor.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // id              | version     | average | level    | granted | forwarded | not checked
        "TRAVINH-2022-1    | QD-781-2020 | 95.00   | PROVINCE | 4       | MINISTRY  | decision decidedOn",
        "DAKLAK-2024-1     | QD-148-2023 | 95.64   | PROVINCE | 4       | MINISTRY  | -",
        "DAKLAK-2024-2     | QD-148-2023 | 100.00  | PROVINCE | 4       | MINISTRY  | -",
        "THAINGUYEN-2020-1 | QD-781-2020 | 90.86   | MINISTRY | 5       | -         | stars",
        "THAINGUYEN-2020-2 | QD-781-2020 | 90.00   | MINISTRY | 5       | -         | stars",
        "TUYENQUANG-2024-1 | QD-148-2023 | 94.90   | PROVINCE | 4       | MINISTRY  | decision decidedOn"})
    void replay_datedRow_isItsBandsStarRecognisedAtItsLevelAndAgrees(String id, String version, String average,
            String level, int granted, String forwarded, String notChecked) {
        JsonNode replay = byId(id);
        JsonNode rating = replay.get("rating");

        assertThat(rating.get("criteriaVersion").asText()).isEqualTo(version);
        assertThat(rating.get("versionRule").asText()).isEqualTo("SUBMISSION_DATE");
        assertThat(rating.get("outcome").asText()).isEqualTo("RATED");
        assertThat(rating.get("average").decimalValue()).isEqualByComparingTo(average);
        assertThat(rating.get("bandStars").asInt()).isEqualTo(5);
        // average-only: nothing can lower the band's star, and the replay says what it could not check
        assertThat(rating.get("stars").asInt()).isEqualTo(5);
        assertThat(texts(rating.get("unchecked"))).containsExactly("STAR_MINIMUMS");
        assertThat(rating.at("/recognition/level").asText()).isEqualTo(level);
        assertThat(rating.at("/recognition/grantedStars").asInt()).isEqualTo(granted);
        assertThat(rating.at("/recognition/forwardedTo").isNull() ? null : rating.at("/recognition/forwardedTo")
                .asText()).isEqualTo(forwarded);
        assertThat(replay.get("discrepancies")).isEmpty();
        assertThat(replay.get("agrees").asBoolean()).isTrue();
        assertThat(texts(replay.get("uncheckedFields")))
                .containsExactlyElementsOf(notChecked == null ? List.of() : List.of(notChecked.split(" ")));
    }

    /**
     * The council of Thanh Hóa scored in 2020, the year 781 replaced 1048 (8 June), and the source gives no day: the
     * table leaves the submission day empty rather than guess one, and the replay says so, row and column.
     */
    @ParameterizedTest
    @CsvSource({"1, 3", "2, 4"})
    void replay_rowWithoutASubmissionDay_isInvalidNamingTheCell(int index, int row) {
        JsonNode replay = replays.get(index);

        assertThat(replay.at("/rating/outcome").asText()).isEqualTo("INVALID");
        // the row never became a dossier, so nothing recorded reaches the replay: nothing to compare (the JSON's
        // "agrees" is then true by its contract; the summary line counts the row as not agreeing)
        assertThat(replay.get("recorded").isNull()).isTrue();
        assertThat(replay.get("discrepancies")).isEmpty();
        assertThat(texts(replay.at("/rating/problems"), "message")).containsExactly("ket-qua-thuc-te.csv row " + row
                + ", column Ngày nộp (7): empty: ; allowed: the submission day: yyyy-mm-dd or dd/mm/yyyy");
    }

    @Test
    void replayText_everyRow_endsWithItsCitationAndTheSummaryCountsTheDatedRows() {
        assertThat(code).isEqualTo(1);
        assertThat(text).contains("Replay of dossier TRAVINH-2022-1 under QD-781-2020")
                .contains("Recorded: average 95, level PROVINCE, decision 1673/QĐ-UBND, of 2022-08-17")
                .contains("PROVINCE may recognise 4★ of the rated 5★; forwarded to MINISTRY")
                .endsWith("6 of 8 dossiers agree with their record.\n");
        // one citation per row, in the rows' order, each the row's own: [N1] … [N7] as NGUON.md numbers them
        Matcher cited = Pattern.compile("(?m)^  Source: \\[(N\\d)]").matcher(text);
        List<String> order = new ArrayList<>();
        while (cited.find()) {
            order.add(cited.group(1));
        }
        assertThat(order).containsExactly("N1", "N2", "N2", "N4", "N4", "N5", "N5", "N7");
        assertThat(text.indexOf("[N1]")).isGreaterThan(text.indexOf("TRAVINH-2022-1"))
                .isLessThan(text.indexOf("ket-qua-thuc-te.csv row 3"));
    }

    @Test
    void replayText_inVietnamese_citesUnderNguon() {
        assertThat(vietnamese).contains("  Nguồn: [N7] langngheviet.com.vn")
                .contains("ket-qua-thuc-te.csv dòng 3, cột Ngày nộp (7): để trống")
                .endsWith("6 trên 8 hồ sơ khớp với kết quả đã ghi nhận.\n");
    }

    @Test
    void replayReport_html_showsEachRowsCitationInItsSection(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("bao-cao.html");

        Run run = ocop("replay", "--input", TABLE.toString(), "--report", report.toString());

        assertThat(run.code()).isEqualTo(1);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        // one section per row, each with the row's citation: eight sections, eight citations
        assertThat(html.split("<section class=\"product\"", -1)).hasSize(9);
        Matcher cited = Pattern.compile("<p class=\"source\">Nguồn: \\[(N\\d)]").matcher(html);
        List<String> order = new ArrayList<>();
        while (cited.find()) {
            order.add(cited.group(1));
        }
        assertThat(order).containsExactly("N1", "N2", "N2", "N4", "N4", "N5", "N5", "N7");
        assertThat(html).contains("426/QĐ-UBND ngày 25/11 năm 2024");
    }

    @Test
    void replayReport_withJsonOutput_stillCitesEachRow(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("bao-cao.html");

        Run run = ocop("replay", "--input", TABLE.toString(), "--format", "json", "--report", report.toString());

        assertThat(new ObjectMapper().readTree(run.out())).hasSize(8);
        assertThat(Files.readString(report, StandardCharsets.UTF_8).split("<p class=\"source\">", -1)).hasSize(9);
    }

    private static JsonNode byId(String id) {
        for (JsonNode r : replays) {
            if (r.get("dossierId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no replay of " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
