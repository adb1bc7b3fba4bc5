package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code ocop} command line as a user and a program see it: its output contracts and its errors. */
class OcopCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run ocop(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class Versions {

        @Test
        void json_lists_every_version_oldest_first_with_validity_and_edition() throws Exception {
            Run run = ocop("versions", "--format", "json");

            assertThat(run.exitCode()).isZero();
            JsonNode versions = run.json().get("versions");
            assertThat(versions).extracting(v -> v.get("id").asText())
                    .containsExactly("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");
            JsonNode qd148 = versions.get(2);
            assertThat(qd148.get("decision").asText()).isEqualTo("148/QĐ-TTg");
            assertThat(qd148.get("inForceFrom").asText()).isEqualTo("2023-02-24");
            assertThat(qd148.get("inForceUntil").asText()).isEqualTo("2026-05-21");
            assertThat(qd148.get("lapsesAfter").asText()).isEqualTo("2026-07-21");
            JsonNode current = versions.get(3);
            assertThat(current.get("inForceUntil").isNull()).isTrue();
            assertThat(current.get("edition").asText()).matches("\\d{4}[a-z]");
            assertThat(current.get("setsWithSheets")).hasSize(26);
            assertThat(current.get("starMinimums").asText()).isEqualTo("MARKERS");
        }

        @Test
        void text_is_a_table_with_one_line_per_version() {
            Run run = ocop("versions");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("QD-26-2026   26/2026/QĐ-TTg   2026-05-22 -          2026a    26 sets");
        }
    }

    @Nested
    class Criteria {

        @Test
        void json_of_the_version_in_force_has_26_sets_totalling_the_reference_counts() throws Exception {
            JsonNode root = ocop("criteria", "--version", "QD-26-2026", "--format", "json").json();

            assertThat(root.get("version").asText()).isEqualTo("QD-26-2026");
            assertThat(root.get("productSets")).hasSize(26);
            int markers = 0;
            int options = 0;
            for (JsonNode set : root.get("productSets")) {
                Map<String, Integer> best = new HashMap<>();
                for (JsonNode criterion : set.get("criteria")) {
                    int max = 0;
                    for (JsonNode option : criterion.get("options")) {
                        options++;
                        max = Math.max(max, option.get("points").asInt());
                        if (!option.get("minStars").isNull()) {
                            markers++;
                            assertThat(option.get("minStars").asInt()).isBetween(3, 5);
                        }
                    }
                    best.merge(criterion.get("part").asText(), max, Integer::sum);
                }
                assertThat(best).as(set.get("code").asText())
                        .containsExactlyInAnyOrderEntriesOf(Map.of("A", 40, "B", 25, "C", 35));
            }
            assertThat(markers).isEqualTo(575);
            assertThat(options).isEqualTo(2579);
        }

        @Test
        void one_set_lists_its_criteria_in_sheet_order_with_stable_option_ids() throws Exception {
            JsonNode set = ocop("criteria", "--version", "QD-26-2026", "--set", "I.1.a", "--format", "json").json()
                    .get("productSets").get(0);

            assertThat(set.get("code").asText()).isEqualTo("I.1.a");
            assertThat(set.get("class").asText()).isEqualTo("I");
            assertThat(set.get("group").asText()).isEqualTo("I.1");
            assertThat(set.get("criteria")).hasSize(32);
            JsonNode first = set.get("criteria").get(0);
            assertThat(first.get("code").asText()).isEqualTo("1.1");
            assertThat(first.get("part").asText()).isEqualTo("A");
            assertThat(first.get("maxPoints").asInt()).isEqualTo(3);
            List<String> ids = new ArrayList<>();
            first.get("options").forEach(o -> ids.add(o.get("id").asText()));
            assertThat(ids).containsExactly("1.1.a", "1.1.b", "1.1.c");
            assertThat(first.get("options").get(0).get("minStars").isNull()).isTrue();
        }

        @Test
        void text_prints_the_star_markers_as_the_decision_does() {
            Run run = ocop("criteria", "--version", "QD-26-2026", "--set", "I.1.a");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("I.1.a  Rau, củ, quả, hạt tươi  (class I, group I.1; 26/2026/QĐ-TTg, Phụ lục II, mục 1)")
                    .contains("1.3.c       3 ***** Ứng dụng công nghệ tiên tiến");
        }
    }

    @Nested
    class BadArguments {

        @Test
        void an_unknown_format_names_the_option_and_the_allowed_values() {
            assertThat(ocop("criteria", "--version", "QD-26-2026", "--format", "xml")).isEqualTo(new Run(2, "",
                    "criteria: Invalid value for option '--format': expected one of [text, json] (case-sensitive) "
                            + "but was 'xml'\n"));
        }

        @Test
        void a_missing_version_lists_the_versions() {
            assertThat(ocop("criteria").err()).isEqualTo("criteria: --version: missing: (none); allowed: "
                    + "QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026\n");
        }

        @Test
        void an_unknown_version_lists_the_versions() {
            Run run = ocop("criteria", "--version", "QD-2026");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("criteria: --version: unknown criteria version: QD-2026; allowed: "
                    + "QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026\n");
        }

        @Test
        void a_version_without_sheets_names_the_versions_that_have_them() {
            Run run = ocop("criteria", "--version", "QD-148-2023");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("criteria: --version: no scoring sheets are in the data for this version "
                    + "yet: QD-148-2023; allowed: QD-26-2026\n");
        }

        @Test
        void an_unknown_set_lists_the_sets() {
            Run run = ocop("criteria", "--version", "QD-26-2026", "--set", "I.9");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("criteria: --set: no scoring sheet in QD-26-2026 for product set: I.9; "
                    + "allowed: I.1.a, I.1.b, I.2.a,").endsWith(", V.3, VI.1\n").doesNotContain("\n\n");
        }

        @Test
        void an_unknown_option_or_command_lists_what_exists() {
            assertThat(ocop("criteria", "--bogus")).isEqualTo(new Run(2, "",
                    "criteria: Unknown option: '--bogus'; allowed: --version, --set, --format, --help\n"));
            assertThat(ocop("score")).isEqualTo(new Run(2, "",
                    "ocop: Unmatched argument at index 0: 'score'; allowed: versions, criteria\n"));
            assertThat(ocop()).isEqualTo(new Run(2, "", "ocop: Missing command; allowed: versions, criteria\n"));
        }
    }
}
