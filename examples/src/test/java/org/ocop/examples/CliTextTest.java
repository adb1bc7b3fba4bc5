package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.examples.OcopCliTest.ocop;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.criteria.Part;

/**
 * {@code --lang}: the CLI's own lines and the library's texts in Vietnamese, English by default; in JSON only the
 * texts for people change, never a field name, an enum value, a number or what the data says.
 */
class CliTextTest {

    /** The JSON fields whose strings are texts for people (and, for arrays, whose items are). */
    private static final Set<String> TEXT_FIELDS = Set.of("versionReason", "note", "detail", "message", "where",
            "problem", "value", "allowed", "warnings", "reasons", "recomputed", "explanation", "reason", "summary",
            "notes",
            "basis", "source", "before", "after", "changes");
    /**
     * Texts for people under a field name that elsewhere holds what the data says: a firing's {@code text} is the
     * rule's words in the output's language, a knock-out's {@code text} the rule as the decision prints it.
     */
    private static final Pattern TEXT_PATHS = Pattern.compile(
            ".*\\.explanation\\.firings\\[\\d+]\\.text");

    /** A word: letters (Vietnamese among them), digits and underscores. */
    private static final Pattern WORD = Pattern.compile("(?U)[\\p{L}\\p{N}_]+");
    /** The core's API dump, which lists every public type of the library. */
    private static final Path API_DUMP = Path.of("../ocop-rules-core/api/ocop-rules-core.api");
    /** A line of the API dump declaring an enum: {@code org.ocop.rules.CouncilBreach.Rule: public … enum Rule}. */
    private static final Pattern API_ENUM = Pattern.compile("([\\w.]+): public .*enum \\w+");

    @Test
    void bundles_bothLanguages_haveTheSameKeysAndPlaceholders() {
        var en = CliText.patterns(CliText.Lang.en);
        var vi = CliText.patterns(CliText.Lang.vi);

        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(vi.getProperty(key))).as(key)
                    .containsExactlyInAnyOrderElementsOf(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void rate_langVi_explainsInVietnamese_andSummarisesInVietnamese() {
        OcopCliTest.Run run = ocop("rate", "--lang", "vi", "--criteria", "dossiers/01-che-shan-tuyet-ta-xua.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Hồ sơ YB-2026-001 — bộ sản phẩm I.5.a\n")
                .contains("  Kết quả: được phân hạng — 5★\n")
                .contains("  Tiêu chí:\n    A 1.1 [tối đa 3] TB 2.60: ")
                .endsWith("\n1 trên 1 hồ sơ được phân hạng.\n");
    }

    @Test
    void rate_langEn_isTheDefault_byteForByte() {
        String file = "dossiers/06-ruou-lang-van-demoted.json";

        assertThat(ocop("rate", "--lang", "en", file).out()).isEqualTo(ocop("rate", file).out());
        assertThat(ocop("rate", "--lang", "en", "--format", "json", file).out())
                .isEqualTo(ocop("rate", "--format", "json", file).out());
    }

    @Test
    void rate_unknownLanguage_isAUsageErrorNamingTheLanguages() {
        OcopCliTest.Run run = ocop("rate", "--lang", "fr", "dossiers/01-che-shan-tuyet-ta-xua.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rate: Invalid value for option '--lang': expected one of [en, vi] "
                + "(case-sensitive) but was 'fr'\n");
    }

    @Test
    void everyJsonCommand_langVi_changesOnlyTheTextsForPeople() throws Exception {
        List<List<String>> commands = List.of(
                List.of("rate", "dossiers"),
                List.of("replay", "dossiers/replay"),
                List.of("plan", "dossiers"),
                List.of("robustness", "--max-spread", "3", "dossiers"),
                List.of("compare-versions", "dossiers"));
        for (List<String> command : commands) {
            List<String> en = new ArrayList<>(command);
            en.addAll(List.of("--format", "json"));
            List<String> vi = new ArrayList<>(en);
            vi.addAll(List.of("--lang", "vi"));
            JsonNode english = ocop(en.toArray(String[]::new)).json();
            JsonNode vietnamese = ocop(vi.toArray(String[]::new)).json();

            List<String> changed = new ArrayList<>();
            compare(english, vietnamese, command.get(0), null, changed);
            assertThat(changed).as(command.get(0) + ": some text is in Vietnamese").isNotEmpty();
            // every rating's rules applied are in Vietnamese words, whatever the command that rated
            assertThat(changed).as(command.get(0) + ": the firings' words").anyMatch(p -> TEXT_PATHS.matcher(p)
                    .matches());
        }
    }

    /**
     * The text commands in Vietnamese over the bundled example dossiers, under every minimum policy and consensus,
     * with the council rules on: no policy, consensus, outcome, cause, rule or other constant of the library's enums
     * is printed as its code (the JSON keeps the codes, and a code a reader must type, such as a criterion id or
     * part letter, is not an enum constant here).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textCommands")
    void everyTextCommand_langVi_saysEnumValuesInWords(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--lang", "vi"));
        OcopCliTest.Run run = ocop(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isLessThan(2);
        assertThat(run.out()).isNotBlank();
        Set<String> constants = enumConstants();
        List<String> codes = new ArrayList<>();
        String[] lines = run.out().split("\n");
        for (String line : lines) {
            Matcher words = WORD.matcher(line);
            while (words.find()) {
                if (constants.contains(words.group())) {
                    codes.add(words.group() + " in: " + line.strip());
                }
            }
        }
        assertThat(codes).isEmpty();
    }

    static List<String> textCommands() {
        return List.of(
                "rate --criteria dossiers",
                "rate --policy REFUSE --consensus MAJORITY --council tay_ninh dossiers",
                "rate --consensus AVERAGE_POINTS dossiers",
                "replay dossiers/replay",
                "replay --policy REFUSE --consensus MAJORITY dossiers/replay",
                "plan dossiers",
                "plan --policy REFUSE dossiers",
                "robustness --max-spread 3 dossiers",
                "robustness --council tay_ninh dossiers",
                "compare-versions dossiers",
                "compare-versions dossiers/replay",
                "validate dossiers",
                "versions",
                "criteria --version QD-26-2026",
                "criteria --version QD-148-2023",
                "criteria --version QD-781-2020 --edition portal");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"versions", "criteria --version QD-148-2023",
        "criteria --version QD-781-2020 --edition portal --set I.1.1"})
    void versionsAndCriteria_langEn_isTheDefault_byteForByte(String command) {
        List<String> en = new ArrayList<>(List.of(command.split(" ")));
        en.addAll(List.of("--lang", "en"));

        assertThat(ocop(en.toArray(String[]::new)).out()).isEqualTo(ocop(command.split(" ")).out()).isNotBlank();
    }

    @Test
    void versions_langVi_saysTheStarMinimumsAndAnomaliesInWords() {
        String out = ocop("versions", "--lang", "vi").out();

        assertThat(out).startsWith("MÃ           QUYẾT ĐỊNH       TỪ NGÀY    ĐẾN NGÀY   BẢN DỮ LIỆU PHIẾU\n")
                .contains("             yêu cầu tối thiểu theo hạng sao: dấu sao trên phiếu đánh giá\n")
                .contains(" lỗi in tại ");
        assertThat(ocop("versions").out()).startsWith("ID           DECISION         FROM       UNTIL      EDITION  "
                + "SHEETS\n").contains("             star minimums: MARKERS\n");
    }

    /** The CLI's words for the enums it names cover every constant of them, in both languages. */
    @Test
    void cliEnumNames_coverEveryConstant() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                org.ocop.rules.criteria.StarMinimums.Kind.class, org.ocop.rules.criteria.Anomaly.Kind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(CliText.name(CliText.Lang.en, constant)).isEqualTo(constant.name());
                assertThat(CliText.name(CliText.Lang.vi, constant)).isNotEqualTo(constant.name());
            }
        }
    }

    /**
     * The constants of every enum of the library's API, read from its API dump (so an enum added later is checked
     * too), and of {@link java.math.RoundingMode} (a rating's display rounding); not {@link Part}, whose letters
     * A, B, C are the parts' names in both languages.
     */
    private static Set<String> enumConstants() {
        Set<String> constants = new TreeSet<>();
        List.of(java.math.RoundingMode.values()).forEach(c -> constants.add(c.name()));
        try {
            for (String line : Files.readAllLines(API_DUMP)) {
                Matcher m = API_ENUM.matcher(line);
                if (m.matches() && !m.group(1).equals(Part.class.getName())) {
                    for (Object c : type(m.group(1)).getEnumConstants()) {
                        constants.add(((Enum<?>) c).name());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(constants).contains("DEMOTE", "ALL_MEMBERS", "SUBMISSION_DATE", "RATED", "HALF_UP");
        return constants;
    }

    /** The class of a dotted name whose nested types are dotted too. */
    private static Class<?> type(String dotted) {
        String name = dotted;
        while (true) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    throw new IllegalStateException("no class " + dotted, e);
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }

    @Test
    void validate_langVi_writesTheProblemsInVietnamese_andKeepsTheValue() {
        OcopCliTest.Run run = ocop("validate", "--lang", "vi", "dossiers/01-che-shan-tuyet-ta-xua.json");

        assertThat(run.out()).isEqualTo("01-che-shan-tuyet-ta-xua.json: hợp lệ\n1 trên 1 tệp hợp lệ.\n");
    }

    /**
     * Walks both trees together: the same fields in the same order and the same values, except strings under a
     * text field, which may differ (and are collected when they do).
     */
    private static void compare(JsonNode en, JsonNode vi, String path, String field, List<String> changed) {
        assertThat(vi.getNodeType()).as(path).isEqualTo(en.getNodeType());
        if (en.isObject()) {
            List<String> enNames = names(en);
            assertThat(names(vi)).as(path).isEqualTo(enNames);
            for (String name : enNames) {
                compare(en.get(name), vi.get(name), path + "." + name, name, changed);
            }
        } else if (en.isArray()) {
            assertThat(vi.size()).as(path).isEqualTo(en.size());
            for (int i = 0; i < en.size(); i++) {
                compare(en.get(i), vi.get(i), path + "[" + i + "]", field, changed);
            }
        } else if (en.isTextual() && (TEXT_FIELDS.contains(field) || TEXT_PATHS.matcher(path).matches())) {
            if (!en.asText().equals(vi.asText())) {
                changed.add(path);
            }
        } else {
            assertThat(vi).as(path).isEqualTo(en);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            names.add(it.next().getKey());
        }
        return names;
    }

    private static List<String> placeholders(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = CliText.PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
