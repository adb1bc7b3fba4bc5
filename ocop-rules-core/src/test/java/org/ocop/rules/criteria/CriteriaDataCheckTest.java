package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's criteria data check ({@link CriteriaDataCheck}, run by Maven at {@code process-classes}): a broken data
 * file fails the build with one line naming the file, the line and column where the broken value starts, the JSON
 * path, what is wrong and what is allowed.
 *
 * <p>Each case copies the shipped 26/2026 file, as it is laid out, into a temporary folder and breaks one value of
 * set I.1.a (sheet 0), criterion 1.3 (options 1.3.a 1 point, 1.3.b 2, 1.3.c 3; cap 3) or heading 1 (cap 18). The
 * expected line and column are found by the test where it wrote the broken text.
 */
class CriteriaDataCheckTest {

    private static final String QD26 = "QD-26-2026.json";
    private static final String C13 = "$.sheets[0].parts[0].items[0].items[2]";

    @TempDir
    Path dir;

    private static String shipped() throws IOException {
        try (InputStream in = CriteriaDataCheckTest.class.getClassLoader()
                .getResourceAsStream(CriteriaCatalogue.ROOT + QD26)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shipped text with the first {@code from} after {@code anchor} replaced, and where the new text starts. */
    private record Broken(String text, int line, int column) {
        static Broken of(String shipped, String anchor, String from, String to) {
            int at = shipped.indexOf(anchor);
            assertThat(at).as("the shipped data holds %s", anchor).isNotNegative();
            int start = shipped.indexOf(from, at);
            assertThat(start).as("%s follows %s", from, anchor).isNotNegative();
            String text = shipped.substring(0, start) + to + shipped.substring(start + from.length());
            String before = text.substring(0, start);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = start - before.lastIndexOf('\n');
            return new Broken(text, line, column);
        }

        /** The location {@code offset} characters into the new text. */
        Broken plus(int offset) {
            return new Broken(text, line, column + offset);
        }
    }

    /** Runs the check on the folder holding the broken file; stderr, with the folder as {dir}. */
    private String check(Broken broken) throws IOException {
        Files.writeString(dir.resolve(CriteriaCatalogue.INDEX),
                "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"" + QD26 + "\"]}");
        Files.writeString(dir.resolve(QD26), broken.text());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CriteriaDataCheck.check(dir, new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8).replace(dir.toString(), "{dir}").strip();
        return "exit " + code + ": " + printed;
    }

    private static String at(Broken b) {
        return b.line() + ":" + b.column();
    }

    private static String lineColumn(Broken b) {
        return "(line " + b.line() + ", column " + b.column() + ")";
    }

    @Test
    void the_shipped_data_passes_silently() throws IOException {
        assertThat(check(Broken.of(shipped(), "\"id\": \"1.3.c\"", "\"points\": 3", "\"points\": 3"))).isEqualTo("exit 0: ");
    }

    @Test
    void malformed_json_is_named_where_the_parser_stopped() throws IOException {
        // "points": 2,, — the second comma is where a key should start
        Broken b = Broken.of(shipped(), "\"id\": \"1.3.b\"", "\"points\": 2,", "\"points\": 2,,").plus(12);
        assertThat(check(b)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(b) + ": QD-26-2026.json at " + C13
                + ".options[1].points " + lineColumn(b) + ": malformed JSON: Unexpected character (',' (code 44)): "
                + "was expecting double-quote to start field name; allowed: well-formed JSON (RFC 8259)");
    }

    @Test
    void a_wrong_type_is_named_at_the_value() throws IOException {
        Broken b = Broken.of(shipped(), "\"id\": \"1.3.b\"", "\"points\": 2", "\"points\": \"2\"").plus(10);
        assertThat(check(b)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(b) + ": QD-26-2026.json at " + C13
                + ".options[1].points " + lineColumn(b) + ": wrong type of value: \"2\"; allowed: a whole number");
    }

    @Test
    void an_option_worth_more_than_its_cap_is_named_at_its_points() throws IOException {
        Broken b = Broken.of(shipped(), "\"id\": \"1.3.c\"", "\"points\": 3", "\"points\": 13").plus(10);
        assertThat(check(b)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(b) + ": QD-26-2026.json at " + C13
                + ".options[2].points " + lineColumn(b) + ": option 1.3.c of set I.1.a is worth more than its "
                + "criterion's cap: 13; allowed: 0 to 3");
    }

    @Test
    void a_duplicate_option_id_is_named_at_the_second_one() throws IOException {
        Broken b = Broken.of(shipped(), "\"code\": \"1.3\"", "\"id\": \"1.3.b\"", "\"id\": \"1.3.a\"").plus(6);
        assertThat(check(b)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(b) + ": QD-26-2026.json at " + C13
                + ".options[1].id " + lineColumn(b) + ": duplicate option id in set I.1.a: 1.3.a; allowed: each "
                + "option id once per sheet");
    }

    @Test
    void a_cap_that_its_items_do_not_add_up_to_is_named_at_the_cap() throws IOException {
        // heading 1 raised from 18 to 19 points: part A's headings now add up to 41, not part A's cap of 40
        String shipped = shipped();
        Broken b = Broken.of(shipped, "\"code\": \"1\",", "\"maxPoints\": 18", "\"maxPoints\": 19");
        Broken partA = Broken.of(b.text(), "\"parts\": [", "\"maxPoints\": 40", "\"maxPoints\": 40").plus(13);
        assertThat(check(partA)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(partA) + ": QD-26-2026.json at "
                + "$.sheets[0].parts[0].maxPoints " + lineColumn(partA) + ": the items of part A of set I.1.a add up "
                + "to 41 points, not the stated cap: 40; allowed: 41, or an anomaly of kind CAP_MISMATCH at A");
    }

    @Test
    void a_missing_key_is_named_at_the_object_that_lacks_it() throws IOException {
        // 1.3.c loses its points: the object of option 1.3.c, which starts at its "{", is where to add them
        String shipped = shipped();
        int id = shipped.indexOf("\"id\": \"1.3.c\"");
        int brace = shipped.lastIndexOf('{', id);
        Broken b = Broken.of(shipped, "\"id\": \"1.3.c\"", "\"points\": 3,", "");
        String before = shipped.substring(0, brace);
        Broken object = new Broken(b.text(), 1 + (int) before.chars().filter(c -> c == '\n').count(),
                brace - before.lastIndexOf('\n'));
        assertThat(check(object)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(object) + ": QD-26-2026.json at "
                + C13 + ".options[2].points " + lineColumn(object) + ": missing key: null; allowed: a value");
    }

    @Test
    void a_band_floor_out_of_order_is_named_at_the_floor() throws IOException {
        // the 4★ floor written as 45, below the 3★ floor of 50
        Broken b = Broken.of(shipped(), "\"floors\": [", "70", "45");
        assertThat(check(b)).isEqualTo("exit 1: {dir}/QD-26-2026.json:" + at(b) + ": QD-26-2026.json at "
                + "$.bands.floors[2] " + lineColumn(b) + ": band floor not above the floor of the band below: 45; "
                + "allowed: 51 to 100");
    }
}
