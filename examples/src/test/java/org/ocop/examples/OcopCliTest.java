package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.Replay;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.json.CriteriaJson;

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

        @Test
        void json_gives_every_sheet_edition_with_its_sheets_statuses_and_anomalies() throws Exception {
            JsonNode versions = ocop("versions", "--format", "json").json().get("versions");

            JsonNode v781 = versions.get(1);
            assertThat(v781.get("basedOn").asText()).isEqualTo("QD-1048-2019");
            assertThat(v781.get("starMinimums").asText()).isEqualTo("PARTIAL");
            assertThat(v781.get("sheetEditions")).extracting(e -> e.get("name").asText())
                    .containsExactly("decision", "portal");
            JsonNode portal = v781.get("sheetEditions").get(1);
            assertThat(portal.get("setsWithSheets")).hasSize(25);
            assertThat(portal.get("setsWithoutSheets")).extracting(JsonNode::asText).containsExactly("I.2.1");
            JsonNode tourism = java.util.stream.StreamSupport.stream(portal.get("sheets").spliterator(), false)
                    .filter(x -> x.get("set").asText().equals("VI.1")).findFirst().orElseThrow();
            assertThat(tourism.get("status").asText()).isEqualTo("portal");
            assertThat(tourism.get("anomalies")).extracting(a -> a.get("kind").asText())
                    .containsExactly("OPTION_SERIES", "OPTION_SERIES", "OPTION_SERIES");
            assertThat(versions.get(3).get("sheetEditions")).singleElement()
                    .satisfies(e -> assertThat(e.get("name").asText()).isEqualTo("decision"));
        }

        @Test
        void text_lists_each_sheet_edition_by_status_with_the_sets_without_sheets_and_the_anomalies() {
            String out = ocop("versions").out();

            assertThat(out).contains("             amends QD-1048-2019: its classification and sheets, with what "
                    + "781/QĐ-TTg changed\n")
                    .contains("             star minimums: PARTIAL\n")
                    .contains("             sheet edition portal: portal 25 (I.1.1, ")
                    .contains("; no sheet 1 (I.2.1)\n")
                    .contains("               I.4.1 CAP_MISMATCH at C: Phần C (40 điểm): its items add up to 38");
        }

        /**
         * Issue 21: 148's 26 sheets, all secondary (a typed copy), with the copy's flaws as anomalies: set 7's cap,
         * the Part C points lost on sets 11–13, set 26's cases, set 1's marker differences between its two copies,
         * the missing "Hồ sơ bị loại khi…" headers; `criteria` prints them with each sheet.
         */
        @Test
        void text_shows_148s_26_secondary_sheets_and_their_anomalies() {
            String out = ocop("versions").out();

            assertThat(out).contains("2026b    26 sets\n")
                    .contains("sheet edition decision: secondary 26 (I.1.a, I.1.b, ")
                    .contains("               I.3.c CAP_UNREACHABLE at 6.d: 6.d 'Mùi' capped at 4 points, best option 3\n")
                    .contains("               I.5.a CAP_MISMATCH at C: Phần C (35 Điểm), its groups add up to 32")
                    .contains("               I.6 CAP_MISMATCH at C: Phần C (35 Điểm), its groups add up to 33")
                    .contains("               VI.1 OPTION_SERIES at 15: ")
                    .contains("               I.1.a COPIES_DIFFER at 8: typed copy: 8.c (3 pt): ****; Thái Bình "
                            + "form: 8.c: no marker\n")
                    .contains("               I.1.b MISSING_TEXT at sheet: no 'Hồ sơ bị loại khi…' header");
            String tea = ocop("criteria", "--version", "QD-148-2023", "--set", "I.5.a").out();
            assertThat(tea).contains("  anomaly CAP_MISMATCH at C: Phần C (35 Điểm), its groups add up to 32")
                    .contains("best total is 97").contains(", secondary)\n");
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
        void the_template_filled_with_one_option_per_criterion_is_a_dossier_that_rates() throws Exception {
            Run run = ocop("criteria", "--version", "QD-26-2026", "--set", "V.1", "--template");
            com.fasterxml.jackson.databind.node.ObjectNode dossier =
                    (com.fasterxml.jackson.databind.node.ObjectNode) run.json();
            assertThat(dossier.get("productSet").asText()).isEqualTo("V.1");
            dossier.put("id", "T-1").put("submittedOn", "2026-07-01");
            com.fasterxml.jackson.databind.node.ObjectNode sheet =
                    (com.fasterxml.jackson.databind.node.ObjectNode) dossier.get("sheets").get(0);
            sheet.put("member", "Nguyễn Văn An");
            com.fasterxml.jackson.databind.node.ObjectNode choices =
                    (com.fasterxml.jackson.databind.node.ObjectNode) sheet.get("choices");
            List<String> codes = new ArrayList<>();
            choices.fieldNames().forEachRemaining(codes::add);
            for (String code : codes) {
                // the best option is listed last: "5.2.a | 5.2.b | 5.2.c (leave out when 5.1 is 5.1.a)" → 5.2.c
                java.util.regex.Matcher ids = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(code)
                        + "\\.[a-z]").matcher(choices.get(code).asText());
                String last = null;
                while (ids.find()) {
                    last = ids.group();
                }
                choices.put(code, last);
            }

            org.ocop.rules.Rating rating = org.ocop.rules.Rater.standard()
                    .rate(org.ocop.rules.dossier.DossierReader.read(JSON.writeValueAsString(dossier), "template"));

            assertThat(rating.problems()).isEmpty();
            assertThat(rating.outcome()).isEqualTo(org.ocop.rules.Outcome.RATED);
        }

        @Test
        void the_1048_tourism_template_asks_for_a_list_on_each_checklist_and_filled_with_lists_it_rates()
                throws Exception {
            Run run = ocop("criteria", "--version", "QD-1048-2019", "--set", "VI.1", "--template");
            com.fasterxml.jackson.databind.node.ObjectNode dossier =
                    (com.fasterxml.jackson.databind.node.ObjectNode) run.json();
            com.fasterxml.jackson.databind.node.ObjectNode sheet =
                    (com.fasterxml.jackson.databind.node.ObjectNode) dossier.get("sheets").get(0);
            com.fasterxml.jackson.databind.node.ObjectNode choices =
                    (com.fasterxml.jackson.databind.node.ObjectNode) sheet.get("choices");
            assertThat(choices.get("6").asText()).isEqualTo("a list of the ids ticked of 6.a | 6.b | 6.c | 6.d, [] "
                    + "when none");
            assertThat(choices.get("1.1").asText()).isEqualTo("1.1.a | 1.1.b | 1.1.c | 1.1.d");

            dossier.put("id", "T-2").put("submittedOn", "2019-12-01");
            sheet.put("member", "Nguyễn Văn An");
            List<String> codes = new ArrayList<>();
            choices.fieldNames().forEachRemaining(codes::add);
            for (String code : codes) {
                java.util.regex.Matcher ids = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(code)
                        + "\\.[a-z]").matcher(choices.get(code).asText());
                List<String> all = new ArrayList<>();
                while (ids.find()) {
                    all.add(ids.group());
                }
                if (choices.get(code).asText().startsWith("a list")) {
                    all.forEach(choices.putArray(code)::add);       // every line ticked
                } else {
                    choices.put(code, all.get(all.size() - 1));     // the best option is listed last
                }
            }
            org.ocop.rules.Rating rating = org.ocop.rules.Rater.standard()
                    .rate(org.ocop.rules.dossier.DossierReader.read(JSON.writeValueAsString(dossier), "template"));

            assertThat(rating.problems()).isEmpty();
            assertThat(rating.outcome()).isEqualTo(org.ocop.rules.Outcome.RATED);
            assertThat(rating.members().get(0).parts().get(org.ocop.rules.criteria.Part.C)).isEqualTo(40);
        }

        @Test
        void the_totals_template_serves_any_set_of_any_version_and_filled_it_rates() throws Exception {
            Run run = ocop("criteria", "--version", "QD-148-2023", "--set", "II.1.a", "--template", "--totals");
            com.fasterxml.jackson.databind.node.ObjectNode dossier =
                    (com.fasterxml.jackson.databind.node.ObjectNode) run.json();
            assertThat(dossier.has("sheets")).isFalse();
            assertThat(dossier.get("memberTotals").isArray()).isTrue();
            dossier.put("id", "T-3").put("submittedOn", "2024-03-01");
            dossier.putArray("memberTotals").add(61).add(64);

            org.ocop.rules.Rating rating = org.ocop.rules.Rater.standard()
                    .rate(org.ocop.rules.dossier.DossierReader.read(JSON.writeValueAsString(dossier), "template"));

            assertThat(rating.outcome()).isEqualTo(org.ocop.rules.Outcome.RATED);
            assertThat(rating.stars()).hasValue(3);
            assertThat(new org.ocop.examples.DossierSchemaCheck().check(JSON.writeValueAsString(dossier), "t"))
                    .isEmpty();
            // 781 has no sheets and no classification in the data yet: the set is taken as given
            assertThat(ocop("criteria", "--version", "QD-781-2020", "--set", "I.2.1", "--template", "--totals")
                    .json().get("productSet").asText()).isEqualTo("I.2.1");
            assertThat(ocop("criteria", "--version", "QD-148-2023", "--set", "X.1", "--template", "--totals").err())
                    .startsWith("criteria: --set: unknown product set in QD-148-2023: X.1; allowed: I.1.a, ");
            assertThat(ocop("criteria", "--version", "QD-148-2023", "--totals").err())
                    .startsWith("criteria: --totals: only with --template");
        }

        @Test
        void a_template_needs_one_set() {
            assertThat(ocop("criteria", "--version", "QD-26-2026", "--template").err()).startsWith(
                    "criteria: --template: needs one product set: (no --set); allowed: --set CODE, one of I.1.a, ");
        }

        @Test
        void text_prints_the_star_markers_as_the_decision_does() {
            Run run = ocop("criteria", "--version", "QD-26-2026", "--set", "I.1.a");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("I.1.a  Rau, củ, quả, hạt tươi  (class I, group I.1; 26/2026/QĐ-TTg, Phụ lục II, mục 1, confirmed)")
                    .contains("1.3.c       3 ***** Ứng dụng công nghệ tiên tiến");
        }

        /**
         * The CLI prints the library's criteria contract ({@link CriteriaJson}) byte for byte, for every version and
         * sheet edition, for one set, and for {@code versions}: a program and the CLI cannot drift apart.
         */
        @Test
        void json_is_the_librarys_criteria_contract_byte_for_byte() {
            org.ocop.rules.criteria.CriteriaCatalogue catalogue = org.ocop.rules.criteria.CriteriaCatalogue.bundled();
            int documents = 0;
            for (CriteriaVersion version : catalogue.versions()) {
                for (String edition : version.sheetEditions()) {
                    Run run = ocop("criteria", "--version", version.id(), "--edition", edition, "--format", "json");
                    assertThat(run.exitCode()).isZero();
                    assertThat(run.out()).as(version.id() + " " + edition)
                            .isEqualTo(CriteriaJson.write(version.withSheetEdition(edition)) + System.lineSeparator());
                    documents++;
                }
            }
            assertThat(documents).isEqualTo(6);
            assertThat(ocop("criteria", "--version", "QD-26-2026", "--set", "VI.1", "--format", "json").out())
                    .isEqualTo(CriteriaJson.write(catalogue.version("QD-26-2026"), "VI.1") + System.lineSeparator());
            assertThat(ocop("versions", "--format", "json").out())
                    .isEqualTo(CriteriaJson.writeVersions(catalogue.versions()) + System.lineSeparator());
        }
    }

    @Nested
    class BadArguments {

        @Test
        void an_unknown_format_names_the_option_and_the_allowed_values() {
            assertThat(ocop("criteria", "--version", "QD-26-2026", "--format", "xml")).isEqualTo(new Run(2, "",
                    "criteria: Invalid value for option '--format': expected one of [text, json, xlsx] (case-sensitive) "
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
        void an_unknown_sheet_edition_lists_the_versions_editions() {
            Run run = ocop("criteria", "--version", "QD-1048-2019", "--edition", "draft");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("criteria: --edition: no sheet edition of QD-1048-2019 with this name: "
                    + "draft; allowed: decision, portal\n");
        }

        @Test
        void the_portal_edition_of_781_with_its_anomalies_and_781s_minimums_as_json() throws Exception {
            Run run = ocop("criteria", "--version", "QD-781-2020", "--edition", "portal", "--set", "I.4.1",
                    "--format", "json");

            assertThat(run.exitCode()).isZero();
            JsonNode root = run.json();
            assertThat(root.get("sheetEdition").asText()).isEqualTo("portal");
            JsonNode set = root.get("productSets").get(0);
            assertThat(set.get("sheetStatus").asText()).isEqualTo("portal");
            assertThat(set.get("reachableMaxPoints").asInt()).isEqualTo(98);
            assertThat(set.get("anomalies").get(0).get("kind").asText()).isEqualTo("CAP_MISMATCH");
            JsonNode option9d = java.util.stream.StreamSupport.stream(set.get("criteria").spliterator(), false)
                    .filter(c -> c.get("code").asText().equals("9")).findFirst().orElseThrow().get("options").get(3);
            assertThat(option9d.get("id").asText()).isEqualTo("9.d");
            assertThat(option9d.get("minStars").asInt()).isEqualTo(3);
            assertThat(option9d.get("minStarsSource").asText()).isEqualTo("781/QĐ-TTg, Phụ lục II, mục 6, "
                    + "781-C-3-2 → 9.d");
        }

        @Test
        void the_text_names_the_sheet_edition_and_each_anomaly() {
            Run run = ocop("criteria", "--version", "QD-781-2020", "--edition", "portal", "--set", "I.6");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("QD-781-2020 — 781/QĐ-TTg, data edition 2026a, sheet edition portal\n")
                    .contains("  anomaly TYPO at 6.1.4: two sub-criteria numbered 6.1.3 (Màu sắc, Mùi), then 6.1.4 Vị")
                    .contains("[minimum: 781/QĐ-TTg, Phụ lục II, mục 6, 781-C-3-2 → 9.d, inferred]");
        }

        /** 1048's portal edition has no sheet for rice (I.2.1): the classification offers it, --set says why not. */
        @Test
        void a_set_without_a_sheet_in_the_edition_is_in_the_classification_and_asking_for_it_says_so()
                throws Exception {
            JsonNode root = ocop("criteria", "--version", "QD-1048-2019", "--edition", "portal", "--format", "json")
                    .json();
            JsonNode rice = root.get("classification").get("classes").get(0).get("groups").get(1).get("sets")
                    .get(0);
            assertThat(rice.get("code").asText()).isEqualTo("I.2.1");
            assertThat(rice.get("hasSheet").asBoolean()).isFalse();

            Run run = ocop("criteria", "--version", "QD-1048-2019", "--edition", "portal", "--set", "I.2.1",
                    "--format", "json");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("criteria: --set: no scoring sheet in QD-1048-2019 (sheet edition portal) "
                    + "for product set: I.2.1; allowed: I.1.1, ");
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
                    "criteria: Unknown option: '--bogus'; allowed: --version, --set, --format, --output, --members, --template, --totals, --edition, --lang, --help\n"));
            assertThat(ocop("score")).isEqualTo(new Run(2, "",
                    "ocop: Unmatched argument at index 0: 'score'; allowed: versions, criteria, rate, replay, validate, plan, robustness, compare-versions, serve\n"));
            assertThat(ocop()).isEqualTo(new Run(2, "", "ocop: Missing command; allowed: versions, criteria, rate, replay, validate, plan, robustness, compare-versions, serve\n"));
        }
    }

    /** {@code --criteria-dir}: a corrected criteria data edition, applied before a release of the library. */
    @Nested
    class CorrectedCriteria {

        @TempDir
        Path dir;

        /** The bundled data in {@code dir/criteria}, edition 2026b: V.1's option 1.3.a raised from 1 to 2 points. */
        private Path corrected() throws java.io.IOException {
            Path criteria = Files.createDirectory(dir.resolve("criteria"));
            for (String name : List.of("index.json", "QD-1048-2019.json", "QD-1048-2019-portal.json",
                    "QD-781-2020.json", "QD-148-2023.json", "QD-26-2026.json", "set-mapping.json")) {
                try (java.io.InputStream in = OcopCliTest.class.getClassLoader()
                        .getResourceAsStream("org/ocop/rules/criteria/" + name)) {
                    Files.write(criteria.resolve(name), in.readAllBytes());
                }
            }
            Path qd26 = criteria.resolve("QD-26-2026.json");
            String text = Files.readString(qd26);
            int option = text.indexOf("\"id\": \"1.3.a\"", text.indexOf("\"set\": \"V.1\""));
            int points = text.indexOf("\"points\": 1", option);
            text = text.substring(0, points) + "\"points\": 2" + text.substring(points + "\"points\": 1".length());
            Files.writeString(qd26, text.replaceFirst("\"edition\": \"2026a\"", "\"edition\": \"2026b\""));
            return criteria;
        }

        @Test
        void rate_uses_the_corrected_points_and_says_the_edition() throws Exception {
            String criteria = corrected().toString();
            String dossier = Files.writeString(dir.resolve("d.json"), BadCliInputTest.GOOD).toString();

            JsonNode bundled = ocop("rate", dossier, "--format", "json").json().get(0);
            Run run = ocop("rate", dossier, "--format", "json", "--criteria-dir", criteria);
            Run text = ocop("rate", dossier, "--criteria-dir", criteria);

            assertThat(run.exitCode()).isZero();
            assertThat(bundled.get("average").decimalValue()).isEqualByComparingTo("47.00");
            assertThat(bundled.get("dataEdition").asText()).isEqualTo("2026a");
            assertThat(run.json().get(0).get("average").decimalValue()).isEqualByComparingTo("48.00");
            assertThat(run.json().get(0).get("dataEdition").asText()).isEqualTo("2026b");
            assertThat(text.out()).contains("data edition 2026b").endsWith("1 of 1 dossiers rated.\n");
        }

        @Test
        void the_decision_support_commands_rate_with_it_too() throws Exception {
            String criteria = corrected().toString();
            String dossier = Files.writeString(dir.resolve("d.json"), BadCliInputTest.GOOD).toString();

            Run plan = ocop("plan", dossier, "--criteria-dir", criteria);
            Run compare = ocop("compare-versions", dossier, "--format", "json", "--criteria-dir", criteria);

            assertThat(plan.exitCode()).isZero();
            assertThat(plan.out()).contains("Now: RATED 2★, average 48.00");
            assertThat(compare.exitCode()).isZero();
            assertThat(compare.json().get(0).get("rating").get("average").decimalValue())
                    .isEqualByComparingTo("48.00");
            assertThat(compare.json().get(0).get("rating").get("dataEdition").asText()).isEqualTo("2026b");
        }
    }

    @Nested
    class Rate {

        private final String examples = examplesDir();

        @Test
        void json_has_one_object_per_dossier_in_file_name_order_with_the_contract_fields() throws Exception {
            Run run = ocop("rate", examples, "--format", "json");

            assertThat(run.exitCode()).as("one bundled dossier is invalid on purpose").isEqualTo(1);
            JsonNode ratings = run.json();
            assertThat(ratings).extracting(r -> r.get("dossierId").asText()).containsExactly("YB-2026-001",
                    "HP-2026-014", "ST-2026-007", "TN-2026-021", "DT-2026-030", "BG-2026-011", "LD-2026-040",
                    "DL-2026-052", "HG-2026-003");
            assertThat(ratings).extracting(r -> r.get("outcome").asText()).containsExactly("RATED", "RATED", "RATED",
                    "RATED", "RATED", "RATED", "DISQUALIFIED", "INVALID", "RATED");
            assertThat(ratings).extracting(r -> r.get("stars").isNull() ? 0 : r.get("stars").asInt())
                    .containsExactly(5, 4, 3, 2, 1, 3, 0, 0, 3);
            JsonNode tea = ratings.get(0);
            for (String field : List.of("dossierId", "criteriaVersion", "dataEdition", "productSet", "outcome",
                    "memberTotals", "average", "partAverages", "bandStars", "stars", "failedMinimums", "recognition",
                    "problems")) {
                assertThat(tea.has(field)).as(field).isTrue();
            }
            assertThat(tea.get("criteriaVersion").asText()).isEqualTo("QD-26-2026");
            assertThat(tea.get("average").decimalValue()).isEqualByComparingTo("93.00");
            assertThat(tea.get("averageExact").asText()).isEqualTo("465/5");
            assertThat(tea.get("recognition").get("grantedStars").asInt()).isEqualTo(4);
            assertThat(tea.get("recognition").get("forwardedTo").asText()).isEqualTo("MINISTRY");
            JsonNode demoted = ratings.get(5);
            assertThat(demoted.get("bandStars").asInt()).isEqualTo(4);
            assertThat(demoted.get("failedMinimums").get(0).get("requiredOption").asText()).isEqualTo("1.4.c");
            assertThat(demoted.get("failedMinimums").get(0).get("choices").get("Lê Minh Châu").asText())
                    .isEqualTo("1.4.b");
            JsonNode invalid = ratings.get(7);
            assertThat(invalid.get("problems")).extracting(p -> p.get("message").asText()).containsExactly(
                    "dossier DL-2026-052, member Phạm Quốc Dũng, criterion 1.3: option of another criterion (2.1): "
                            + "2.1.a; allowed: 1.3.a, 1.3.b, 1.3.c, 1.3.d",
                    "dossier DL-2026-052, member Hoàng Thị Hà, criterion 11: no option chosen: (none); allowed: "
                            + "11.a, 11.b, 11.c");
        }

        @Test
        void explanation_none_gives_each_rating_without_its_explanation_field_and_nothing_else_changes()
                throws Exception {
            JsonNode full = ocop("rate", examples, "--format", "json").json();
            Run compact = ocop("rate", examples, "--format", "json", "--explanation", "none");

            assertThat(compact.exitCode()).isEqualTo(1);
            assertThat(compact.json()).hasSize(full.size());
            for (int i = 0; i < full.size(); i++) {
                com.fasterxml.jackson.databind.node.ObjectNode expected = full.get(i).deepCopy();
                assertThat(expected.remove("explanation")).as("full rating %d has it", i).isNotNull();
                assertThat(compact.json().get(i)).isEqualTo(expected);
            }
            assertThat(ocop("rate", examples, "--format", "json", "--explanation", "full").json()).isEqualTo(full);
            assertThat(compact.out().length()).isLessThan(ocop("rate", examples, "--format", "json").out().length()
                    / 4);
        }

        @Test
        void the_dmn_engine_gives_the_same_ratings() throws Exception {
            JsonNode drools = ocop("rate", examples, "--format", "json").json();
            JsonNode dmn = ocop("rate", examples, "--format", "json", "--engine", "dmn").json();

            assertThat(dmn).hasSameSizeAs(drools);
            for (int i = 0; i < drools.size(); i++) {
                com.fasterxml.jackson.databind.node.ObjectNode a = (com.fasterxml.jackson.databind.node.ObjectNode)
                        drools.get(i).deepCopy();
                com.fasterxml.jackson.databind.node.ObjectNode b = (com.fasterxml.jackson.databind.node.ObjectNode)
                        dmn.get(i).deepCopy();
                assertThat(b.get("engine").asText()).isEqualTo("dmn");
                for (com.fasterxml.jackson.databind.node.ObjectNode o : List.of(a, b)) {
                    o.remove("engine");
                    ((com.fasterxml.jackson.databind.node.ObjectNode) o.get("explanation")).remove("firings");
                }
                assertThat(b).as(a.get("dossierId").asText()).isEqualTo(a);
            }
        }

        @Test
        void refuse_policy_refuses_the_demoted_product() throws Exception {
            JsonNode rating = ocop("rate", examples + "/06-ruou-lang-van-demoted.json", "--policy", "REFUSE",
                    "--format", "json").json().get(0);

            assertThat(rating.get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(rating.get("stars").isNull()).isTrue();
            assertThat(rating.get("settings").get("minimumPolicy").asText()).isEqualTo("REFUSE");
        }

        @Test
        void a_malformed_file_is_one_invalid_result_and_the_others_are_still_rated(@TempDir Path dir)
                throws Exception {
            Files.copy(Path.of(examples, "01-che-shan-tuyet-ta-xua.json"), dir.resolve("a.json"));
            Files.writeString(dir.resolve("b.json"), "{\"id\": \"X\", ");
            Files.copy(Path.of(examples, "02-nuoc-mam-cat-hai.json"), dir.resolve("c.json"));

            Run run = ocop("rate", dir.toString(), "--format", "json");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.json()).extracting(r -> r.get("outcome").asText())
                    .containsExactly("RATED", "INVALID", "RATED");
            assertThat(run.json().get(1).get("dossierId").asText()).isEqualTo("b.json");
        }

        @Test
        void text_explains_each_rating_and_counts_the_rated() {
            Run run = ocop("rate", examples);

            assertThat(run.out()).contains("Dossier BG-2026-011 — product set II.1.a")
                    .contains("Star: 3★ — demoted from the band's 4★ (DEMOTE)")
                    .contains("Recognition: PROVINCE may recognise 4★ of the rated 5★; forwarded to MINISTRY")
                    .endsWith("7 of 9 dossiers rated.\n");
        }

        @Test
        void a_missing_path_is_a_usage_error() {
            assertThat(ocop("rate", "no-such-dir")).isEqualTo(new Run(2, "",
                    "rate: FILE|DIR: no such file or directory: no-such-dir; allowed: dossier JSON files or "
                            + "directories holding them\n"));
        }

        private static String examplesDir() {
            // Surefire runs in the module directory; the bundled dossiers live beside the sources.
            return Path.of("dossiers").toAbsolutePath().toString();
        }
    }

    @Nested
    class Replay {

        @Test
        void explanation_none_leaves_the_explanation_out_of_each_replays_rating() throws Exception {
            String records = Path.of("dossiers", "replay").toAbsolutePath().toString();
            JsonNode full = ocop("replay", records, "--format", "json").json();

            JsonNode compact = ocop("replay", records, "--format", "json", "--explanation", "none").json();

            assertThat(compact).hasSize(full.size());
            for (int i = 0; i < full.size(); i++) {
                com.fasterxml.jackson.databind.node.ObjectNode expected = full.get(i).deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("rating")).remove("explanation");
                assertThat(compact.get(i)).isEqualTo(expected);
                assertThat(compact.get(i).get("rating").has("explanation")).isFalse();
            }
        }

        @Test
        void each_bundled_record_is_compared_and_each_difference_classified() throws Exception {
            Run run = ocop("replay", Path.of("dossiers", "replay").toAbsolutePath().toString(), "--format", "json");

            assertThat(run.exitCode()).as("only one bundled record agrees").isEqualTo(1);
            List<String> causes = new ArrayList<>();
            for (JsonNode replay : run.json()) {
                List<String> mine = new ArrayList<>();
                replay.get("discrepancies").forEach(d -> mine.add(d.get("field").asText() + ":" + d.get("cause")
                        .asText()));
                causes.add(replay.get("dossierId").asText() + " " + String.join(",", mine));
            }
            assertThat(causes).containsExactly(
                    "YB-2026-001 stars:RECOGNISING_LEVEL",
                    "BG-2026-011 stars:STAR_MINIMUMS_NOT_APPLIED",
                    "HP-2026-014 criteriaVersion:CRITERIA_VERSION",
                    "ST-2026-007 average:COUNCIL_PRACTICE",
                    "DT-2026-030 ",
                    "TN-2026-021 average:UNEXPLAINED,stars:UNEXPLAINED",
                    "BT-2021-052 average:DATA_EDITION");
        }

        @Test
        void a_portal_scored_dossier_agrees_when_replayed_with_the_portal_edition() throws Exception {
            String file = Path.of("dossiers", "replay", "r7-scored-on-the-portal.json").toAbsolutePath().toString();
            Run decision = ocop("replay", file);
            Run portal = ocop("replay", file, "--edition", "portal", "--format", "json");

            assertThat(decision.exitCode()).isEqualTo(1);
            assertThat(decision.out()).contains("average: recorded 96.33, replay 98.00 — DATA_EDITION: the record "
                    + "matches the sheets counted with the portal sheet edition of QD-781-2020 (average 289/3")
                    .contains("criteria whose points differ: 7 (7.d: 5 points in the decision edition, 3 in the "
                            + "portal), 7 (7.c: 3 points in the decision edition, 2 in the portal)");
            assertThat(portal.exitCode()).isZero();
            JsonNode rating = portal.json().get(0).get("rating");
            assertThat(rating.get("sheetEdition").asText()).isEqualTo("portal");
            assertThat(rating.get("average").decimalValue()).isEqualByComparingTo("96.33");
        }

        @ParameterizedTest
        @CsvSource({"bao-cao.html", "bao-cao.pdf", "bao-cao.xlsx"})
        void report_writesTheFileByItsExtensionInVietnamese_andTextGivesWayToOneLine(String name,
                @TempDir Path dir) throws Exception {
            Path file = dir.resolve(name);

            Run run = ocop("replay", Path.of("dossiers", "replay").toAbsolutePath().toString(), "--report",
                    file.toString());

            assertThat(run.exitCode()).as("only one bundled record agrees").isEqualTo(1);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("Report written to " + file + ": 7 products.\n"
                    + "1 of 7 dossiers agree with their record.\n");
            String text = reportText(file);
            assertThat(text).contains("Chè Shan tuyết cổ thụ Tà Xùa", "Nước mắm cá cơm truyền thống",
                    "STAR_MINIMUMS_NOT_APPLIED");
            if (!name.endsWith(".xlsx")) {
                assertThat(text).contains("Báo cáo chấm lại kết quả đánh giá, phân hạng sản phẩm OCOP",
                        "không áp dụng yêu cầu tối thiểu theo hạng sao");
            }
        }

        @Test
        void report_inEnglish_onLangEn_withJsonStillOnStdout(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("report.html");

            Run run = ocop("replay", Path.of("dossiers", "replay").toAbsolutePath().toString(), "--report",
                    file.toString(), "--lang", "en", "--format", "json");

            assertThat(run.json()).hasSize(7);
            assertThat(reportText(file)).contains("OCOP replay report", "star minimums not applied")
                    .doesNotContain("Tổng hợp");
        }

        @Test
        void report_ofNoDossier_isRefusedWithoutAFile(@TempDir Path dir) throws Exception {
            Path empty = Files.writeString(dir.resolve("none.jsonl"), "\n");
            Path file = dir.resolve("r.pdf");

            Run run = ocop("replay", empty.toString(), "--report", file.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(file).doesNotExist();
        }

        /** The report's text: the PDF's through PDFBox, the workbook's cells, the HTML as it is. */
        private static String reportText(Path file) throws Exception {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                    return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                }
            }
            if (name.endsWith(".xlsx")) {
                StringBuilder out = new StringBuilder();
                try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                        new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                    book.getSheetAt(1).forEach(row -> row.forEach(cell -> out.append(cell).append(' ')));
                }
                return out.toString();
            }
            return Files.readString(file);
        }

        @Test
        void text_states_the_version_edition_and_policies_and_counts_agreement() {
            Run run = ocop("replay", Path.of("dossiers", "replay", "r5-agrees.json").toAbsolutePath().toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Replay of dossier DT-2026-030 under QD-26-2026 (26/2026/QĐ-TTg, data "
                    + "edition 2026a, sheet edition decision; SUBMISSION_DATE), policy DEMOTE, consensus ALL_MEMBERS, display 2 decimals "
                    + "HALF_UP\n").endsWith("1 of 1 dossiers agree with their record.\n");
        }
    }
}
