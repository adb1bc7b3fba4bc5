package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;

/**
 * The bad-input catalogue ({@code docs/BAD-INPUTS.md}): every entry is one input a portal or an auditor may feed the
 * library, and what the library says about it, asserted verbatim.
 *
 * <p>An entry's number is stable and matches the document. Each input is the small valid dossier {@link #BASE}
 * with one thing wrong, read by {@link DossierReader#read(String, String)} (or, for {@link Kind#FILE} entries,
 * written as bytes and rated by {@link Rater#rateFile}) and then rated by {@link Rater#standard()}. What happened is
 * described by {@link #observe}: the reader's exception message, the rating's outcome and problems, or an escaped
 * exception ({@code CRASH …}). Entries marked {@code // DEFECT:} assert the current, wrong behaviour so that
 * nothing passes silently; the comment says what should happen instead.
 */
class BadInputCatalogueTest {

    /** Today is fixed so that the "submitted in the future" rows do not move with the calendar. */
    private static final Rater RATER = Rater.standard().withClock(java.time.Clock.fixed(
            java.time.Instant.parse("2026-11-25T05:00:00Z"), java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

    /** Two members of the V.1 (orchids) sheet, 47 and 46 points: a valid dossier rated 2★. */
    static final String BASE = """
            {"id": "BI-001", "productName": "Lan hồ điệp Đà Lạt", "productSet": "V.1", "submittedOn": "2026-06-15",
             "sheets": [
              {"member": "Nguyễn Văn Hùng", "choices": {"1.1": "1.1.a", "1.2": "1.2.a", "1.3": "1.3.a", "1.4": "1.4.a", "1.5": "1.5.a", "1.6": "1.6.a", "2.1": "2.1.a", "2.2": "2.2.a", "3.1": "3.1.a", "3.2": "3.2.a", "3.3": "3.3.a", "3.4": "3.4.a", "3.5": "3.5.a", "4.1": "4.1.a", "4.2": "4.2.a", "4.3": "4.3.a", "5.1": "5.1.b", "5.2": "5.2.a", "5.3": "5.3.b", "6.1": "6.1.d", "6.2": "6.2.d", "6.3": "6.3.c", "7": "7.d", "8": "8.c", "9": "9.b", "10": "10.c"}},
              {"member": "Trần Thị Mai", "choices": {"1.1": "1.1.a", "1.2": "1.2.a", "1.3": "1.3.a", "1.4": "1.4.a", "1.5": "1.5.a", "1.6": "1.6.a", "2.1": "2.1.a", "2.2": "2.2.a", "3.1": "3.1.a", "3.2": "3.2.a", "3.3": "3.3.a", "3.4": "3.4.a", "3.5": "3.5.a", "4.1": "4.1.a", "4.2": "4.2.a", "4.3": "4.3.a", "5.1": "5.1.b", "5.2": "5.2.a", "5.3": "5.3.b", "6.1": "6.1.d", "6.2": "6.2.c", "6.3": "6.3.c", "7": "7.d", "8": "8.c", "9": "9.b", "10": "10.c"}}
             ]}
            """;

    /**
     * What the base dossier, filled on 26/2026's sheet V.1, gets under 148's sheet V.1 (docs/BAD-INPUTS.md #71):
     * first every member's choice on a criterion 148's sheet does not have, then every criterion of 148's sheet each
     * member left unanswered, in sheet order. Written from the base dossier and 148's criteria data, not from what
     * the engine says.
     */
    static String baseUnder148() {
        org.ocop.rules.criteria.ScoringSheet sheet = org.ocop.rules.criteria.CriteriaCatalogue.bundled()
                .version("QD-148-2023").sheet("V.1");
        String allowed = sheet.criteria().stream().map(org.ocop.rules.criteria.Criterion::code)
                .collect(Collectors.joining(", "));
        java.util.regex.Matcher members = java.util.regex.Pattern.compile("\\{\"member\": \"([^\"]+)\", \"choices\": "
                + "\\{([^}]*)}").matcher(BASE);
        List<String> unknown = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        while (members.find()) {
            String where = "dossier BI-001, member " + members.group(1);
            java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher choice = java.util.regex.Pattern.compile("\"([^\"]+)\": \"([^\"]+)\"")
                    .matcher(members.group(2));
            while (choice.find()) {
                choices.put(choice.group(1), choice.group(2));
            }
            choices.forEach((code, option) -> {
                java.util.Optional<org.ocop.rules.criteria.Criterion> c = sheet.criterion(code);
                if (c.isEmpty()) {
                    unknown.add(where + ", criterion " + code + ": unknown criterion on sheet V.1: " + code
                            + "; allowed: " + allowed);
                } else if (c.get().option(option).isEmpty()) {
                    unknown.add(where + ", criterion " + code + ": unknown option: " + option + "; allowed: "
                            + String.join(", ", c.get().optionIds()));
                }
            });
            for (org.ocop.rules.criteria.Criterion c : sheet.criteria()) {
                if (!choices.containsKey(c.code())) {
                    missing.add(where + ", criterion " + c.code() + ": no option chosen: (none); allowed: "
                            + String.join(", ", c.optionIds()));
                }
            }
        }
        assertThat(unknown).as("the base dossier's 26/2026 criteria 1.1 to 6.3, twice").hasSize(44);
        List<String> all = new java.util.ArrayList<>(unknown);
        all.addAll(missing);
        return "INVALID: " + String.join(" | ", all);
    }

    /** How an entry's input reaches the library. */
    enum Kind {
        /** {@code DossierReader.read(json, "d.json")}, then {@code rate}. */
        READ,
        /** The bytes written to {@code d.json} and {@code Rater.rateFile}. */
        FILE
    }

    /** One catalogue entry: its number, what is wrong, the input and what the library says, verbatim. */
    record Entry(int number, String input, Kind kind, byte[] bytes, String expected) {
        @Override
        public String toString() {
            return "#" + number + " " + input;
        }
    }

    private static Entry read(int number, String input, String json, String expected) {
        return new Entry(number, input, Kind.READ, json.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Entry file(int number, String input, byte[] bytes, String expected) {
        return new Entry(number, input, Kind.FILE, bytes, expected);
    }

    /** The base dossier with the first occurrence of {@code from} replaced; fails loudly if it is not there. */
    static String base(String from, String to) {
        assertThat(BASE).as("the base dossier holds %s", from).contains(from);
        return BASE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The base dossier with these top-level fields added after the id. */
    static String with(String fields) {
        return base("\"id\": \"BI-001\",", "\"id\": \"BI-001\", " + fields + ",");
    }

    /** The base dossier with the first member's choice on {@code criterion} replaced by the raw JSON {@code value}. */
    static String choice(String criterion, String value) {
        String from = "\"" + criterion + "\": \"" + criterion + ".";
        int at = BASE.indexOf(from);
        assertThat(at).as("the base dossier chooses on %s", criterion).isNotNegative();
        int end = BASE.indexOf('"', at + from.length()) + 1;
        return BASE.substring(0, at) + "\"" + criterion + "\": " + value + BASE.substring(end);
    }

    static final String NGUYEN_NFC = Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFC);
    static final String NGUYEN_NFD = Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFD);

    static Stream<Entry> catalogue() {
        return Stream.of(
                // ---- malformed JSON
                read(1, "truncated document", BASE.substring(0, 200),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.3: malformed JSON (line 3, column 84): Unexpected end-of-input within/between Object entries; allowed: well-formed JSON (RFC 8259)"),
                read(2, "trailing comma in an object", base("\"V.1\",", "\"V.1\", ,"),
                        "DossierFormatException: d.json at $.productSet: malformed JSON (line 1, column 76): Unexpected character (',' (code 44)): was expecting double-quote to start field name; allowed: well-formed JSON (RFC 8259)"),
                read(3, "trailing garbage after the object", BASE + " ]x",
                        "DossierFormatException: d.json at $: malformed JSON (line 6, column 2): Unexpected close marker ']': no open Array to close; allowed: well-formed JSON (RFC 8259)"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(4, "not an object: an array", "[" + BASE + "]",
                        "DossierFormatException: d.json at $: wrong type of value: an array; allowed: an object"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(5, "not an object: a string", "\"BI-001\"",
                        "DossierFormatException: d.json at $: wrong type of value: a string; allowed: an object"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(6, "empty document", "",
                        "DossierFormatException: d.json at $: empty document: (nothing); allowed: a JSON object"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(7, "whitespace only", " \n\t ",
                        "DossierFormatException: d.json at $: empty document: (nothing); allowed: a JSON object"),
                read(8, "the literal null", "null",
                        "DossierFormatException: d.json at $: empty document: null; allowed: a JSON object"),
                // Fixed (was a defect): a UTF-8 byte-order mark is skipped (RFC 8259 §8.1 lets a reader ignore it).
                file(9, "UTF-8 byte-order mark before the object", bom(BASE),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                read(10, "comments, as on the README's format page", base("\"V.1\",", "\"V.1\", // the set\n"),
                        "DossierFormatException: d.json at $.productSet: malformed JSON (line 1, column 76): Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser); allowed: well-formed JSON (RFC 8259)"),
                read(11, "single-quoted string", base("\"BI-001\"", "'BI-001'"),
                        "DossierFormatException: d.json at $.id: malformed JSON (line 1, column 8): Unexpected character (''' (code 39)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); allowed: well-formed JSON (RFC 8259)"),
                // Fixed (was a defect): the first byte that is not UTF-8, with its line, column, offset and JSON path.
                file(12, "not UTF-8 (Latin-1 bytes)", BASE.getBytes(StandardCharsets.ISO_8859_1),
                        "INVALID: d.json at $.productName: not UTF-8 (line 1, column 47, byte offset 46): 0xE0; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(13, "council size as a string", with("\"council\": {\"size\": \"6\"}"),
                        "DossierFormatException: d.json at $.council.size: wrong type of value: \"6\"; allowed: a whole number"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(14, "id as a number", base("\"BI-001\"", "42"),
                        "DossierFormatException: d.json at $.id: wrong type of value: 42; allowed: a string"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(15, "choices as an array", base("\"choices\": {\"1.1\": \"1.1.a\",", "\"choices\": [\"1.1.a\","),
                        "DossierFormatException: d.json at $.sheets[0].choices: wrong type of value: an array; allowed: an object"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(16, "an option as an object", choice("1.1", "{\"id\": \"1.1.a\"}"),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.1: wrong type of value: an object; allowed: an option id (a string), or for a checklist criterion a list of the option ids ticked"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(17, "an option as a number", choice("1.1", "1"),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.1: wrong type of value: 1; allowed: an option id (a string), or for a checklist criterion a list of the option ids ticked"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(18, "sheets as an object", base("\"sheets\": [", "\"sheets\": {\"a\": ").replace("]}\n", "}}\n"),
                        "DossierFormatException: d.json at $.sheets: wrong type of value: an object; allowed: an array"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(19, "a sheet's member as an array", base("\"Nguyễn Văn Hùng\"", "[\"Nguyễn Văn Hùng\"]"),
                        "DossierFormatException: d.json at $.sheets[0].member: wrong type of value: an array; allowed: a string"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(20, "findings as a string", with("\"findings\": \"DQ-HEADER\""),
                        "DossierFormatException: d.json at $.findings: wrong type of value: a string; allowed: an array"),
                read(21, "submittedOn as a number", base("\"2026-06-15\"", "20260615"),
                        "DossierFormatException: d.json at $.submittedOn: wrong type of value: 20260615; allowed: a string"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(22, "council size as a decimal", with("\"council\": {\"size\": 6.5}"),
                        "DossierFormatException: d.json at $.council.size: wrong type of value: 6.5; allowed: a whole number"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(23, "council size as a boolean", with("\"council\": {\"size\": true}"),
                        "DossierFormatException: d.json at $.council.size: wrong type of value: true or false; allowed: a whole number"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(24, "recorded stars as a string", with("\"recorded\": {\"stars\": \"2\"}"),
                        "DossierFormatException: d.json at $.recorded.stars: wrong type of value: \"2\"; allowed: a whole number"),
                // ---- unknown fields at every level
                read(25, "unknown top-level key", with("\"note\": \"x\""),
                        "DossierFormatException: d.json at $.note: unknown key: note; allowed: average, council, criteriaVersion, findings, id, level, memberTotals, producer, productName, productSet, ratedOn, recorded, sheets, submittedOn"),
                read(26, "unknown key in council", with("\"council\": {\"size\": 6, \"members\": 6}"),
                        "DossierFormatException: d.json at $.council.members: unknown key: members; allowed: chair, secretary, size"),
                read(27, "unknown key in a sheet", base("{\"member\": \"Trần Thị Mai\",",
                        "{\"member\": \"Trần Thị Mai\", \"signature\": \"x\","),
                        "DossierFormatException: d.json at $.sheets[1].signature: unknown key: signature; allowed: choices, member"),
                read(28, "unknown key in recorded", with("\"recorded\": {\"avg\": 46.5}"),
                        "DossierFormatException: d.json at $.recorded.avg: unknown key: avg; allowed: average, criteriaVersion, dataEdition, decidedOn, decision, level, stars"),
                // ---- missing required fields
                read(29, "no id", base("\"id\": \"BI-001\", ", ""),
                        "DossierFormatException: d.json at $.id: missing required field: id; allowed: see the README, Dossier format"),
                read(30, "no productSet", base("\"productSet\": \"V.1\", ", ""),
                        "DossierFormatException: d.json at $.productSet: missing required field: productSet; allowed: see the README, Dossier format"),
                read(31, "no submittedOn", base("\"submittedOn\": \"2026-06-15\",", ""),
                        "DossierFormatException: d.json at $.submittedOn: missing required field: submittedOn; allowed: see the README, Dossier format"),
                read(32, "no sheets", "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": \"2026-06-15\"}",
                        "DossierFormatException: d.json at $.sheets: missing required field: sheets; allowed: \"sheets\": one sheet per scoring member, \"memberTotals\": each member's total when the sheets are not at hand, or \"average\": the council's average alone when neither is"),
                read(33, "a sheet without choices", base("{\"member\": \"Trần Thị Mai\", \"choices\": {",
                        "{\"member\": \"Trần Thị Mai\", \"old\": {"),
                        "DossierFormatException: d.json at $.sheets[1].choices: missing required field: choices; allowed: see the README, Dossier format"),
                read(34, "a sheet without member", base("{\"member\": \"Trần Thị Mai\", ", "{"),
                        "DossierFormatException: d.json at $.sheets[1].member: missing required field: member; allowed: see the README, Dossier format"),
                read(35, "council without size", with("\"council\": {\"chair\": \"Trần Thị Mai\"}"),
                        "DossierFormatException: d.json at $.council.size: missing required field: size; allowed: see the README, Dossier format"),
                read(36, "id null", base("\"BI-001\"", "null"),
                        "DossierFormatException: d.json at $.id: missing or blank: null; allowed: a non-blank dossier id"),
                // ---- duplicate keys
                read(37, "id twice", with("\"id\": \"BI-002\""),
                        "DossierFormatException: d.json at $: duplicate key: id; allowed: each key once per object"),
                read(38, "two choices for one criterion", base("\"1.2\": \"1.2.a\",", "\"1.2\": \"1.2.a\", \"1.2\": \"1.2.b\","),
                        "DossierFormatException: d.json at $.sheets[0].choices: two choices for criterion: 1.2; allowed: one option id per criterion"),
                read(39, "a council key twice", with("\"council\": {\"size\": 6, \"size\": 7}"),
                        "DossierFormatException: d.json at $.council: duplicate key: size; allowed: each key once per object"),
                // ---- unknown set, version, criterion, option
                read(40, "unknown product set", base("\"V.1\"", "\"IX.9\""),
                        "INVALID: dossier BI-001, field productSet: unknown product set in QD-26-2026: IX.9; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"),
                read(41, "a group code, not a set", base("\"V.1\"", "\"I.1\""),
                        "INVALID: dossier BI-001, field productSet: unknown product set in QD-26-2026: I.1; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"),
                read(42, "unknown criteriaVersion", with("\"criteriaVersion\": \"QD-2026\""),
                        "INVALID: dossier BI-001, field criteriaVersion: unknown criteria version: QD-2026; allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026"),
                read(43, "unknown criterion", base("\"1.1\": \"1.1.a\",", "\"1.1\": \"1.1.a\", \"99.9\": \"99.9.a\","),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 99.9: unknown criterion on sheet V.1: 99.9; allowed: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 6.1, 6.2, 6.3, 7, 8, 9, 10"),
                read(44, "unknown option", choice("1.1", "\"1.1.z\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1: unknown option: 1.1.z; allowed: 1.1.a, 1.1.b, 1.1.c"),
                read(45, "option of another criterion", choice("1.3", "\"2.1.a\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 1.3: option of another criterion (2.1): 2.1.a; allowed: 1.3.a, 1.3.b, 1.3.c"),
                read(46, "choice on 5.2 when 5.1 is 5.1.a (no story)", choice("5.1", "\"5.1.a\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 5.2: choice on a criterion that does not apply (5.1 is 5.1.a: Chỉ áp dụng khi có câu chuyện sản phẩm): 5.2.a; allowed: no choice"),
                read(47, "option id with a trailing space", choice("1.1", "\"1.1.a \""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1: unknown option: 1.1.a ; allowed: 1.1.a, 1.1.b, 1.1.c"),
                read(48, "lower-case product set", base("\"V.1\"", "\"v.1\""),
                        "INVALID: dossier BI-001, field productSet: unknown product set in QD-26-2026: v.1; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"),
                // ---- empty or duplicated sheets
                read(49, "empty sheets list", "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": "
                        + "\"2026-06-15\", \"sheets\": []}",
                        "INVALID: dossier BI-001, field sheets: no member sheets: []; allowed: one sheet per scoring member, at least one; or the members' totals (memberTotals)"),
                read(50, "empty choices object", "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": "
                        + "\"2026-06-15\", \"sheets\": [{\"member\": \"A\", \"choices\": {}}]}",
                        "INVALID: dossier BI-001, member A, criterion 1.1: no option chosen: (none); allowed: 1.1.a, 1.1.b, 1.1.c | dossier BI-001, member A, criterion 1.2: no option chosen: (none); allowed: 1.2.a, 1.2.b, 1.2.c | dossier BI-001, member A, criterion 1.3: no option chosen: (none); allowed: 1.3.a, 1.3.b, 1.3.c | dossier BI-001, member A, criterion 1.4: no option chosen: (none); allowed: 1.4.a, 1.4.b, 1.4.c, 1.4.d | dossier BI-001, member A, criterion 1.5: no option chosen: (none); allowed: 1.5.a, 1.5.b, 1.5.c | dossier BI-001, member A, criterion 1.6: no option chosen: (none); allowed: 1.6.a, 1.6.b | dossier BI-001, member A, criterion 2.1: no option chosen: (none); allowed: 2.1.a, 2.1.b, 2.1.c, 2.1.d | dossier BI-001, member A, criterion 2.2: no option chosen: (none); allowed: 2.2.a, 2.2.b, 2.2.c | dossier BI-001, member A, criterion 3.1: no option chosen: (none); allowed: 3.1.a, 3.1.b, 3.1.c | dossier BI-001, member A, criterion 3.2: no option chosen: (none); allowed: 3.2.a, 3.2.b | dossier BI-001, member A, criterion 3.3: no option chosen: (none); allowed: 3.3.a, 3.3.b, 3.3.c | dossier BI-001, member A, criterion 3.4: no option chosen: (none); allowed: 3.4.a, 3.4.b | dossier BI-001, member A, criterion 3.5: no option chosen: (none); allowed: 3.5.a, 3.5.b, 3.5.c | dossier BI-001, member A, criterion 4.1: no option chosen: (none); allowed: 4.1.a, 4.1.b, 4.1.c, 4.1.d | dossier BI-001, member A, criterion 4.2: no option chosen: (none); allowed: 4.2.a, 4.2.b, 4.2.c, 4.2.d | dossier BI-001, member A, criterion 4.3: no option chosen: (none); allowed: 4.3.a, 4.3.b, 4.3.c, 4.3.d, 4.3.e | dossier BI-001, member A, criterion 5.1: no option chosen: (none); allowed: 5.1.a, 5.1.b, 5.1.c, 5.1.d, 5.1.e | dossier BI-001, member A, criterion 5.2: no option chosen: (none); allowed: 5.2.a, 5.2.b, 5.2.c | dossier BI-001, member A, criterion 5.3: no option chosen: (none); allowed: 5.3.a, 5.3.b, 5.3.c, 5.3.d | dossier BI-001, member A, criterion 6.1: no option chosen: (none); allowed: 6.1.a, 6.1.b, 6.1.c, 6.1.d | dossier BI-001, member A, criterion 6.2: no option chosen: (none); allowed: 6.2.a, 6.2.b, 6.2.c, 6.2.d | dossier BI-001, member A, criterion 6.3: no option chosen: (none); allowed: 6.3.a, 6.3.b, 6.3.c | dossier BI-001, member A, criterion 7: no option chosen: (none); allowed: 7.a, 7.b, 7.c, 7.d | dossier BI-001, member A, criterion 8: no option chosen: (none); allowed: 8.a, 8.b, 8.c | dossier BI-001, member A, criterion 9: no option chosen: (none); allowed: 9.a, 9.b | dossier BI-001, member A, criterion 10: no option chosen: (none); allowed: 10.a, 10.b, 10.c"),
                read(51, "two sheets for one member", base("\"Trần Thị Mai\"", "\"Nguyễn Văn Hùng\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng: two sheets for one member: Nguyễn Văn Hùng; allowed: one sheet per member"),
                read(52, "blank member", base("\"Trần Thị Mai\"", "\"\""),
                        "DossierFormatException: d.json at $.sheets[1].member: missing or blank: ; allowed: a non-blank member name"),
                read(53, "whitespace member", base("\"Trần Thị Mai\"", "\"   \""),
                        "DossierFormatException: d.json at $.sheets[1].member: missing or blank:    ; allowed: a non-blank member name"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(54, "null sheet in the list", base("\"sheets\": [", "\"sheets\": [null,"),
                        "DossierFormatException: d.json at $.sheets[0]: null where a value is required: null; allowed: {\"member\": a name, \"choices\": {criterion: option}}"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(55, "sheets null", "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": "
                        + "\"2026-06-15\", \"sheets\": null}",
                        "DossierFormatException: d.json at $.sheets: missing required field: sheets; allowed: \"sheets\": one sheet per scoring member, \"memberTotals\": each member's total when the sheets are not at hand, or \"average\": the council's average alone when neither is"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(56, "choices null", "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": "
                        + "\"2026-06-15\", \"sheets\": [{\"member\": \"A\", \"choices\": null}]}",
                        "DossierFormatException: d.json at $.sheets[0].choices: null where a value is required: null; allowed: an object of criterion code → option id"),
                read(57, "a choice null", choice("1.1", "null"),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.1: no option for criterion 1.1: null; allowed: an option id, or leave the criterion out when it does not apply"),
                // ---- council
                read(58, "council size 0", with("\"council\": {\"size\": 0}"),
                        "DossierFormatException: d.json at $.council.size: council size below 1: 0; allowed: a whole number from 1"),
                read(59, "council size negative", with("\"council\": {\"size\": -3}"),
                        "DossierFormatException: d.json at $.council.size: council size below 1: -3; allowed: a whole number from 1"),
                // Fixed (was a defect): a well-formed number too large for its field is out of range, not malformed JSON.
                read(60, "council size 10^30", with("\"council\": {\"size\": 1000000000000000000000000000000}"),
                        "DossierFormatException: d.json at $.council.size: number out of range: 1000000000000000000000000000000; allowed: a whole number from -2147483648 to 2147483647"),
                // Fixed (was a defect): as #60.
                read(61, "council size 2^31 (one past int)", with("\"council\": {\"size\": 2147483648}"),
                        "DossierFormatException: d.json at $.council.size: number out of range: 2147483648; allowed: a whole number from -2147483648 to 2147483647"),
                // ---- findings
                read(62, "unknown finding id", with("\"findings\": [\"DQ-NOPE\"]"),
                        "INVALID: dossier BI-001, field findings: unknown knock-out rule on sheet V.1: DQ-NOPE; allowed: DQ-HEADER"),
                read(63, "a finding listed twice", with("\"findings\": [\"DQ-HEADER\", \"DQ-HEADER\"]"),
                        "INVALID: dossier BI-001, field findings: finding listed twice: DQ-HEADER; allowed: each knock-out rule once"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(64, "a null finding", with("\"findings\": [null]"),
                        "DossierFormatException: d.json at $.findings[0]: missing or blank: null; allowed: a non-blank knock-out rule id such as DQ-HEADER"),
                // ---- dates
                read(65, "submitted before any version", base("\"2026-06-15\"", "\"2019-01-01\""),
                        "INVALID: dossier BI-001, field submittedOn: submission date before the first criteria version: 2019-01-01; allowed: 2019-08-21 or later (QD-1048-2019, 1048/QĐ-TTg)"),
                read(66, "impossible date 2026-02-30", base("\"2026-06-15\"", "\"2026-02-30\""),
                        "DossierFormatException: d.json at $.submittedOn: not an ISO date: 2026-02-30; allowed: YYYY-MM-DD, for example 2026-06-15"),
                read(67, "a date with a time", base("\"2026-06-15\"", "\"2026-06-15T08:00:00\""),
                        "DossierFormatException: d.json at $.submittedOn: not an ISO date: 2026-06-15T08:00:00; allowed: YYYY-MM-DD, for example 2026-06-15"),
                read(68, "a Vietnamese-style date", base("\"2026-06-15\"", "\"15/06/2026\""),
                        "DossierFormatException: d.json at $.submittedOn: not an ISO date: 15/06/2026; allowed: YYYY-MM-DD, for example 2026-06-15"),
                // Fixed (was a defect): a date after today is rated under today's criteria with a warning saying so.
                read(69, "submitted in the future", base("\"2026-06-15\"", "\"2099-01-01\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026, warnings: submitted on 2099-01-01, after today (2026-11-25): rated under the criteria known today, which may not be those in force then"),
                read(70, "rated before it was submitted", with("\"ratedOn\": \"2026-01-01\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026, warnings: rated on 2026-01-01, before the submission date 2026-06-15"),
                // Changed with 148's data edition 2026b: 148 now has every sheet, so the base dossier (filled on
                // 26/2026's sheet V.1) is checked against 148's sheet V.1 and every mismatch is named.
                read(71, "26/2026's sheet submitted under 148/2023", base("\"2026-06-15\"", "\"2025-06-15\""),
                        baseUnder148()),
                read(72, "26/2026's sheet under a requested QD-148-2023", with("\"criteriaVersion\": \"QD-148-2023\""),
                        baseUnder148()),
                // Fixed (was a defect): as #69.
                read(73, "year 10000", base("\"2026-06-15\"", "\"+10000-01-01\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026, warnings: submitted on +10000-01-01, after today (2026-11-25): rated under the criteria known today, which may not be those in force then"),
                // ---- levels
                read(74, "level not in the 26/2026 procedure", with("\"level\": \"DISTRICT\""),
                        "INVALID: dossier BI-001, field level: level does not evaluate under 26/2026/QĐ-TTg: DISTRICT; allowed: PROVINCE, MINISTRY"),
                read(75, "unknown level", with("\"level\": \"COMMUNE\""),
                        "DossierFormatException: d.json at $.level: unknown level: COMMUNE; allowed: DISTRICT, PROVINCE, MINISTRY"),
                read(76, "level in lower case", with("\"level\": \"province\""),
                        "DossierFormatException: d.json at $.level: unknown level: province; allowed: DISTRICT, PROVINCE, MINISTRY"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(77, "recorded average \"NaN\"", with("\"recorded\": {\"average\": \"NaN\"}"),
                        "DossierFormatException: d.json at $.recorded.average: wrong type of value: \"NaN\"; allowed: a number"),
                read(78, "recorded average NaN literal", with("\"recorded\": {\"average\": NaN}"),
                        "DossierFormatException: d.json at $.recorded.average: malformed JSON (line 1, column 45): Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow; allowed: well-formed JSON (RFC 8259)"),
                read(79, "recorded average -1", with("\"recorded\": {\"average\": -1}"),
                        "DossierFormatException: d.json at $.recorded.average: not an average of points: -1; allowed: 0 to 100"),
                read(80, "recorded average 1e400", with("\"recorded\": {\"average\": 1e400}"),
                        "DossierFormatException: d.json at $.recorded.average: not an average of points: 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000; allowed: 0 to 100"),
                read(81, "recorded stars -1", with("\"recorded\": {\"stars\": -1}"),
                        "DossierFormatException: d.json at $.recorded.stars: not a star level: -1; allowed: 1 to 5"),
                read(82, "recorded stars 4.0", with("\"recorded\": {\"stars\": 4.0}"),
                        "DossierFormatException: d.json at $.recorded.stars: wrong type of value: 4.0; allowed: a whole number"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(83, "two sheets whose member names differ only by NFC/NFD", base("\"Trần Thị Mai\"",
                        "\"" + NGUYEN_NFD + "\"").replace("\"Nguyễn Văn Hùng\"", "\"" + NGUYEN_NFC + "\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng: two sheets for one member: Nguyễn Văn Hùng; allowed: one sheet per member"),
                read(84, "product name in NFD", base("Lan hồ điệp Đà Lạt",
                        Normalizer.normalize("Lan hồ điệp Đà Lạt", Normalizer.Form.NFD)),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                read(85, "criterion code with a non-breaking space", base("\"1.1\": \"1.1.a\"",
                        "\"1.1\u00a0\": \"1.1.a\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1\u00a0: unknown criterion on sheet V.1: 1.1\u00a0; allowed: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 6.1, 6.2, 6.3, 7, 8, 9, 10 | dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1: no option chosen: (none); allowed: 1.1.a, 1.1.b, 1.1.c"),
                // Fixed (was a defect): a lone surrogate is not Unicode text; it is refused, shown as an escape.
                read(86, "a lone surrogate escape in the id", base("\"BI-001\"", "\"BI-\\ud800\""),
                        "DossierFormatException: d.json at $.id: a lone surrogate \\ud800, not Unicode text (line 1, column 8): BI-\\ud800; allowed: Unicode text; a surrogate escape only as a pair, as in \\ud83c\\udf3a"),
                read(87, "a control character in a member name", base("\"Trần Thị Mai\"", "\"Trần\\nThị Mai\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                // ---- size and depth
                // The dossier reader's own limit (64 Ki characters a string), reported as a read limit at the field's path.
                read(88, "a 21-million-character product name", base("Lan hồ điệp Đà Lạt", "x".repeat(21_000_000)),
                        "DossierFormatException: d.json at $.productName: exceeds a read limit: String value length (over 65536) exceeds the maximum allowed (65536); allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 characters, numbers of 32 characters"),
                read(89, "deeply nested arrays (100,000 levels) in findings",
                        with("\"findings\": " + "[".repeat(100_000) + "]".repeat(100_000)),
                        "DossierFormatException: d.json at $.findings[0]: wrong type of value: an array; allowed: a string"),
                read(90, "deeply nested document (100,000 levels)", "[".repeat(100_000) + "]".repeat(100_000),
                        "DossierFormatException: d.json at $: wrong type of value: an array; allowed: an object"),
                // Refused from its size, before it is read.
                file(91, "a 64 MB file of whitespace before the object", padded(64 << 20),
                        "INVALID: d.json at $: file too large: 67109894 bytes; allowed: a dossier of at most 8388608 characters"),
                // ---- more found while probing
                read(92, "an empty criterion code", base("\"1.1\": \"1.1.a\",", "\"1.1\": \"1.1.a\", \"\": \"1.1.a\","),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion : unknown criterion on sheet V.1: ; allowed: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 6.1, 6.2, 6.3, 7, 8, 9, 10"),
                // Fixed (was a defect, see docs/BAD-INPUTS.md).
                read(93, "two sheets whose member names differ by a trailing space", base("\"Trần Thị Mai\"",
                        "\"Nguyễn Văn Hùng \""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng : two sheets for one member: Nguyễn Văn Hùng ; allowed: one sheet per member"),
                read(94, "product set with a leading space", base("\"V.1\"", "\" V.1\""),
                        "INVALID: dossier BI-001, field productSet: unknown product set in QD-26-2026:  V.1; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1"),
                read(95, "a product set of class V, sheet of class I", base("\"V.1\"", "\"I.1.a\""),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 6.1: unknown option: 6.1.d; allowed: 6.1.a, 6.1.b, 6.1.c | dossier BI-001, member Nguyễn Văn Hùng, criterion 7: unknown option: 7.d; allowed: 7.a, 7.b, 7.c | dossier BI-001, member Trần Thị Mai, criterion 6.1: unknown option: 6.1.d; allowed: 6.1.a, 6.1.b, 6.1.c | dossier BI-001, member Trần Thị Mai, criterion 7: unknown option: 7.d; allowed: 7.a, 7.b, 7.c | dossier BI-001, member Nguyễn Văn Hùng, criterion 1.7: no option chosen: (none); allowed: 1.7.a, 1.7.b | dossier BI-001, member Nguyễn Văn Hùng, criterion 2.3: no option chosen: (none); allowed: 2.3.a, 2.3.b, 2.3.c | dossier BI-001, member Nguyễn Văn Hùng, criterion 2.4: no option chosen: (none); allowed: 2.4.a, 2.4.b | dossier BI-001, member Nguyễn Văn Hùng, criterion 6.4: no option chosen: (none); allowed: 6.4.a, 6.4.b, 6.4.c, 6.4.d | dossier BI-001, member Nguyễn Văn Hùng, criterion 11: no option chosen: (none); allowed: 11.a, 11.b | dossier BI-001, member Nguyễn Văn Hùng, criterion 12: no option chosen: (none); allowed: 12.a, 12.b, 12.c | dossier BI-001, member Trần Thị Mai, criterion 1.7: no option chosen: (none); allowed: 1.7.a, 1.7.b | dossier BI-001, member Trần Thị Mai, criterion 2.3: no option chosen: (none); allowed: 2.3.a, 2.3.b, 2.3.c | dossier BI-001, member Trần Thị Mai, criterion 2.4: no option chosen: (none); allowed: 2.4.a, 2.4.b | dossier BI-001, member Trần Thị Mai, criterion 6.4: no option chosen: (none); allowed: 6.4.a, 6.4.b, 6.4.c, 6.4.d | dossier BI-001, member Trần Thị Mai, criterion 11: no option chosen: (none); allowed: 11.a, 11.b | dossier BI-001, member Trần Thị Mai, criterion 12: no option chosen: (none); allowed: 12.a, 12.b, 12.c"),
                // ---- text encodings and characters (rows added with the fixes of #9, #12, #86)
                file(96, "UTF-16 with a byte-order mark", BASE.getBytes(StandardCharsets.UTF_16),
                        "INVALID: d.json at $: not UTF-8: a UTF-16 byte-order mark: 0xFE 0xFF; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8"),
                file(97, "UTF-16 without a byte-order mark", BASE.getBytes(StandardCharsets.UTF_16LE),
                        "INVALID: d.json at $: not UTF-8: NUL bytes, as UTF-16 or UTF-32 text begins: 0x7B 0x00; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8"),
                file(98, "an overlong UTF-8 sequence in a member name", replaceBytes(BASE.getBytes(StandardCharsets.UTF_8),
                        "Trần", new byte[] {'T', (byte) 0xC0, (byte) 0xAF}),
                        "INVALID: d.json at $.sheets[1].member: not UTF-8 (line 4, column 16, byte offset 593): 0xC0; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8"),
                read(99, "a byte-order mark between two keys", base("\"productName\"", "\ufeff\"productName\""),
                        "DossierFormatException: d.json at $.id: malformed JSON (line 1, column 18): Unexpected character ('\\ufeff' (code 65279 / 0xfeff)): was expecting double-quote to start field name; allowed: well-formed JSON (RFC 8259)"),
                read(100, "a raw newline inside a string", base("\"Trần Thị Mai\"", "\"Trần\nThị Mai\""),
                        "DossierFormatException: d.json at $.sheets[1].member: malformed JSON (line 4, column 19): Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value; allowed: well-formed JSON (RFC 8259)"),
                file(101, "UTF-32 with a byte-order mark", prefixed(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                        BASE.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))),
                        "INVALID: d.json at $: not UTF-8: a UTF-32 byte-order mark: 0x00 0x00 0xFE 0xFF; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8"),
                read(102, "a lone surrogate escape in a criterion code", base("\"1.1\": \"1.1.a\"", "\"1.1\\ud800\": \"1.1.a\""),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.1\\ud800: a lone surrogate \\ud800, not Unicode text (line 3, column 45): 1.1\\ud800; allowed: Unicode text; a surrogate escape only as a pair, as in \\ud83c\\udf3a"),
                read(103, "an escaped surrogate pair (an emoji) in the product name", base("Lan hồ điệp", "Lan \\ud83c\\udf3a"),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                read(104, "a NUL escape in the id", base("\"BI-001\"", "\"BI-\\u0000001\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                file(105, "CRLF line endings", BASE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                // ---- numbers
                read(106, "Infinity literal as the recorded average", with("\"recorded\": {\"average\": Infinity}"),
                        "DossierFormatException: d.json at $.recorded.average: malformed JSON (line 1, column 50): Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow; allowed: well-formed JSON (RFC 8259)"),
                read(107, "-Infinity literal as the recorded average", with("\"recorded\": {\"average\": -Infinity}"),
                        "DossierFormatException: d.json at $.recorded.average: malformed JSON (line 1, column 51): Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow; allowed: well-formed JSON (RFC 8259)"),
                read(108, "council size with a leading zero", with("\"council\": {\"size\": 06}"),
                        "DossierFormatException: d.json at $.council.size: malformed JSON (line 1, column 39): Invalid numeric value: Leading zeroes not allowed; allowed: well-formed JSON (RFC 8259)"),
                read(109, "council size with a plus sign", with("\"council\": {\"size\": +6}"),
                        "DossierFormatException: d.json at $.council.size: malformed JSON (line 1, column 39): Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow; allowed: well-formed JSON (RFC 8259)"),
                read(110, "council size -0", with("\"council\": {\"size\": -0}"),
                        "DossierFormatException: d.json at $.council.size: council size below 1: 0; allowed: a whole number from 1"),
                read(111, "council size in exponent notation", with("\"council\": {\"size\": 6e0}"),
                        "DossierFormatException: d.json at $.council.size: wrong type of value: 6e0; allowed: a whole number"),
                read(112, "a 40-digit recorded average", with("\"recorded\": {\"average\": 1" + "0".repeat(39) + "}"),
                        "DossierFormatException: d.json at $.recorded: exceeds a read limit: Number value length (40) exceeds the maximum allowed (32); allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 characters, numbers of 32 characters"),
                read(113, "recorded stars 2^63", with("\"recorded\": {\"stars\": 9223372036854775808}"),
                        "DossierFormatException: d.json at $.recorded.stars: number out of range: 9223372036854775808; allowed: a whole number from -2147483648 to 2147483647"),
                // ---- more structure
                read(114, "two documents in one file", BASE + BASE,
                        "DossierFormatException: d.json at $: a second value after the dossier (line 6, column 1): an object; allowed: one dossier object per document (a .jsonl file holds one a line)"),
                read(115, "submittedOn as a compact date string", base("\"2026-06-15\"", "\"20260615\""),
                        "DossierFormatException: d.json at $.submittedOn: not an ISO date: 20260615; allowed: YYYY-MM-DD, for example 2026-06-15"),
                read(116, "a member name of 65,537 characters", base("\"Trần Thị Mai\"", "\"" + "M".repeat(65_537) + "\""),
                        "DossierFormatException: d.json at $.sheets[1].member: exceeds a read limit: String value length (over 65536) exceeds the maximum allowed (65536); allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 characters, numbers of 32 characters"),
                read(117, "a key of 100,000 characters", with("\"" + "k".repeat(100_000) + "\": 1"),
                        "DossierFormatException: d.json at $: exceeds a read limit: String value length (over 65536) exceeds the maximum allowed (65536); allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 characters, numbers of 32 characters"),
                read(118, "a member name of 10,000 characters", base("\"Trần Thị Mai\"", "\"" + "M".repeat(10_000) + "\""),
                        "RATED 2★ by 2 members, average 46.00, version QD-26-2026"),
                read(119, "nesting 40 levels deep under an unknown key", with("\"x\": " + "[".repeat(40) + "]".repeat(40)),
                        "DossierFormatException: d.json at $: exceeds a read limit: Document nesting depth (33) exceeds the maximum allowed (32); allowed: at most 8388608 characters, 32 levels of nesting, strings of 65536 characters, numbers of 32 characters"),
                // ---- checklists and totals-only dossiers (issue 13)
                read(120, "a list of options on a criterion that takes one", choice("1.1", "[\"1.1.a\"]"),
                        "INVALID: dossier BI-001, member Nguyễn Văn Hùng, criterion 1.1: a list of options for a criterion that takes one option: [1.1.a]; allowed: one option id of 1.1.a, 1.1.b, 1.1.c"),
                read(121, "an option ticked twice", choice("1.1", "[\"1.1.a\", \"1.1.a\"]"),
                        "DossierFormatException: d.json at $.sheets[0].choices.1.1[1]: option ticked twice on criterion 1.1: 1.1.a; allowed: each ticked option once"),
                read(122, "sheets and memberTotals both given", with("\"memberTotals\": [47, 46]"),
                        "DossierFormatException: d.json at $.memberTotals: given together with sheets: sheets and memberTotals; allowed: one or the other: the members' sheets, or only their totals when the sheets are not at hand"),
                read(123, "a member total with decimals (an average typed as a total)", totals("[47, 46.5]"),
                        "DossierFormatException: d.json at $.memberTotals[1]: not a whole number of points: 46.5; allowed: a member's total: whole points from 0 to 100 (every option is worth whole points; give each member's total, not an average)"),
                read(124, "a member total above the version's 100", totals("[47, 146]"),
                        "INVALID: dossier BI-001, field memberTotals[1]: not a member's total under QD-26-2026: 146; allowed: whole points from 0 to 100"),
                // ---- average-only dossiers (issue 20): a published results list gives the council's average alone
                read(125, "an average given with the members' sheets", with("\"average\": 46.00"),
                        "DossierFormatException: d.json at $.average: given together with the members' sheets or totals: sheets and average; allowed: one of three: the members' sheets, or their totals, or only the council's average when neither is at hand"),
                read(126, "an average given with the members' totals", totals("[47, 45], \"average\": 46.00"),
                        "DossierFormatException: d.json at $.average: given together with the members' sheets or totals: memberTotals and average; allowed: one of three: the members' sheets, or their totals, or only the council's average when neither is at hand"),
                read(127, "an average above 100", average("100.5"),
                        "DossierFormatException: d.json at $.average: not an average of points: 100.5; allowed: the council's average: 0 to 100, at most 6 decimals"),
                read(128, "an average with seven decimals", average("46.0000001"),
                        "DossierFormatException: d.json at $.average: more decimals than an average is recorded with: 46.0000001; allowed: the council's average: 0 to 100, at most 6 decimals"),
                read(129, "knock-out findings on an average-only dossier", average("46.00, \"findings\": [\"DQ-HEADER\"]"),
                        "INVALID: dossier BI-001, field findings: knock-out findings on an average-only dossier: DQ-HEADER; allowed: no findings: a disqualified or stopped dossier is not scored, so it has no totals; give the members' sheets to rate its knock-outs"),
                read(130, "an average-only dossier (accepted)", average("46.00"),
                        "RATED 2★ by 0 members, average 46.00, version QD-26-2026, warnings: star minimums of QD-26-2026 not checked: only the council's average is given, and they need each member's sheet; the rated star is the band's"));
    }

    /** The base dossier with its sheets replaced by the council's average (raw JSON, and what follows it). */
    static String average(String value) {
        int at = BASE.indexOf("\"sheets\"");
        return BASE.substring(0, at) + "\"average\": " + value + "}";
    }

    /** The base dossier with its sheets replaced by these members' totals (raw JSON). */
    static String totals(String list) {
        int at = BASE.indexOf("\"sheets\"");
        return BASE.substring(0, at) + "\"memberTotals\": " + list + "}";
    }

    private static byte[] bom(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static byte[] prefixed(byte[] prefix, byte[] body) {
        byte[] out = java.util.Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }

    /** The bytes with the first occurrence of {@code text}'s UTF-8 bytes replaced by {@code with}. */
    private static byte[] replaceBytes(byte[] bytes, String text, byte[] with) {
        byte[] target = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + target.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                out.write(bytes, 0, i);
                out.write(with, 0, with.length);
                out.write(bytes, i + target.length, bytes.length - i - target.length);
                return out.toByteArray();
            }
        }
        throw new AssertionError("not in the bytes: " + text);
    }

    private static byte[] padded(int spaces) {
        byte[] body = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[spaces + body.length];
        java.util.Arrays.fill(out, 0, spaces, (byte) ' ');
        System.arraycopy(body, 0, out, spaces, body.length);
        return out;
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_bad_input_gets_its_catalogued_message(Entry entry) {
        assertThat(stable(observe(entry, dir))).isEqualTo(entry.expected());
    }

    private static final java.util.regex.Pattern STRING_LENGTH =
            java.util.regex.Pattern.compile("String value length \\((\\d+)\\)");

    /**
     * The observation with the one number that is not reproducible masked: Jackson's string-length limit reports how
     * many characters it had buffered when it noticed, which depends on its recycled buffers (it varies from run
     * to run). That the number is over the limit is still checked.
     */
    static String stable(String observed) {
        java.util.regex.Matcher m = STRING_LENGTH.matcher(observed);
        if (!m.find()) {
            return observed;
        }
        assertThat(Long.parseLong(m.group(1))).isGreaterThan(DossierReader.MAX_STRING_CHARS);
        return m.replaceFirst("String value length (over " + DossierReader.MAX_STRING_CHARS + ")");
    }

    /** What the library did with an entry's input, in one string: the catalogue's "message or outcome" column. */
    static String observe(Entry entry, Path dir) {
        try {
            Rating rating;
            if (entry.kind() == Kind.FILE) {
                Path file = dir.resolve("d.json");
                Files.write(file, entry.bytes());
                rating = RATER.rateFile(file);
            } else {
                Dossier dossier;
                try {
                    dossier = DossierReader.read(new String(entry.bytes(), StandardCharsets.UTF_8), "d.json");
                } catch (DossierFormatException e) {
                    return "DossierFormatException: " + e.getMessage();
                }
                rating = RATER.rate(dossier);
            }
            return describe(rating);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return "CRASH " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static String describe(Rating rating) {
        if (rating.outcome() == Outcome.INVALID) {
            return "INVALID: " + rating.problems().stream().map(Problem::message).collect(Collectors.joining(" | "));
        }
        String text = rating.outcome() + " " + rating.stars().stream().mapToObj(s -> s + "★").findFirst().orElse("-")
                + " by " + rating.members().size() + " members, average " + rating.displayedAverage().map(java.math.BigDecimal::toPlainString).orElse("-")
                + ", version " + rating.criteriaVersion().orElse("-");
        List<String> warnings = rating.warnings();
        return warnings.isEmpty() ? text : text + ", warnings: " + String.join(" | ", warnings);
    }
}
