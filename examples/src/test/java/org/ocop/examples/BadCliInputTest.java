package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI part of the bad-input catalogue ({@code docs/BAD-INPUTS.md}, entries C1…): bad arguments exit 2 with one
 * line on stderr naming the argument and what is allowed; bad dossiers exit 1 with their result saying why; no user
 * error ever prints a stack trace.
 *
 * <p>Each entry runs {@code OcopCli.run(out, err, args…)} in a temporary directory holding the files the entry
 * writes ({@code {dir}} in an argument stands for it), and describes the run in one string: exit code, stderr
 * (a stack trace is summarised as {@code [stack trace]}) and the last line of stdout. Entries marked
 * {@code // DEFECT:} assert the current, wrong behaviour; the comment says what should happen instead.
 */
class BadCliInputTest {

    /** Two V.1 sheets: a valid dossier rated 2★ (the same as the core catalogue's base). */
    static final String GOOD = "{\"id\": \"BI-001\", \"productSet\": \"V.1\", \"submittedOn\": \"2026-06-15\", "
            + "\"sheets\": [" + sheet("Nguyễn Văn Hùng") + ", " + sheet("Trần Thị Mai") + "]}";

    private static String sheet(String member) {
        return "{\"member\": \"" + member + "\", \"choices\": {\"1.1\": \"1.1.a\", \"1.2\": \"1.2.a\", \"1.3\": "
                + "\"1.3.a\", \"1.4\": \"1.4.a\", \"1.5\": \"1.5.a\", \"1.6\": \"1.6.a\", \"2.1\": \"2.1.a\", \"2.2\": "
                + "\"2.2.a\", \"3.1\": \"3.1.a\", \"3.2\": \"3.2.a\", \"3.3\": \"3.3.a\", \"3.4\": \"3.4.a\", \"3.5\": "
                + "\"3.5.a\", \"4.1\": \"4.1.a\", \"4.2\": \"4.2.a\", \"4.3\": \"4.3.a\", \"5.1\": \"5.1.b\", \"5.2\": "
                + "\"5.2.a\", \"5.3\": \"5.3.b\", \"6.1\": \"6.1.d\", \"6.2\": \"6.2.d\", \"6.3\": \"6.3.c\", \"7\": "
                + "\"7.d\", \"8\": \"8.c\", \"9\": \"9.b\", \"10\": \"10.c\"}}";
    }

    /** A file an entry writes before running. */
    record Input(String name, byte[] bytes) {
        static Input of(String name, String text) {
            return new Input(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One entry: its number, what is wrong, the files, the command line and the run, verbatim. */
    record Entry(String number, String input, List<Input> files, List<String> args, String expected) {
        @Override
        public String toString() {
            return number + " " + input;
        }
    }

    private static Entry entry(String number, String input, List<Input> files, String expected, String... args) {
        return new Entry(number, input, files, List.of(args), expected);
    }

    private static Entry entry(String number, String input, String expected, String... args) {
        return entry(number, input, List.of(), expected, args);
    }

    static Stream<Entry> catalogue() {
        return Stream.of(
                entry("C1", "no command",
                        "exit 2; err: ocop: Missing command; allowed: versions, criteria, rate, replay, validate, plan, robustness, compare-versions, serve; out: "),
                entry("C2", "unknown command",
                        "exit 2; err: ocop: Unmatched arguments from index 0: 'rat', '{dir}'; allowed: versions, criteria, rate, replay, validate, plan, robustness, compare-versions, serve; out: ",
                        "rat", "{dir}"),
                entry("C3", "unknown option",
                        "exit 2; err: rate: Unknown option: '--fromat'; allowed: --input, --policy, --consensus, --council, --engine, --edition, --criteria-dir, --format, --criteria, --explanation, --lang, --help; out: ",
                        "rate", "--fromat", "json", "{dir}"),
                entry("C4", "rate without a file",
                        "exit 2; err: rate: FILE|DIR: no input: (none); allowed: dossier JSON files or directories holding them, or --input TABLE (.csv or .xlsx); out: ",
                        "rate"),
                entry("C5", "rate a file that does not exist",
                        "exit 2; err: rate: FILE|DIR: no such file or directory: {dir}/nope.json; allowed: dossier JSON files or directories holding them; out: ",
                        "rate", "{dir}/nope.json"),
                entry("C6", "unknown --format", List.of(Input.of("d.json", GOOD)),
                        "exit 2; err: rate: Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml'; out: ",
                        "rate", "--format", "xml", "{dir}/d.json"),
                entry("C7", "unknown --policy", List.of(Input.of("d.json", GOOD)),
                        "exit 2; err: rate: Invalid value for option '--policy': expected one of [DEMOTE, REFUSE] (case-sensitive) but was 'LENIENT'; out: ",
                        "rate", "--policy", "LENIENT", "{dir}/d.json"),
                entry("C8", "unknown --consensus", List.of(Input.of("d.json", GOOD)),
                        "exit 2; err: rate: Invalid value for option '--consensus': expected one of [ALL_MEMBERS, MAJORITY, AVERAGE_POINTS] (case-sensitive) but was 'SOME'; out: ",
                        "rate", "--consensus", "SOME", "{dir}/d.json"),
                entry("C9", "unknown --council", List.of(Input.of("d.json", GOOD)),
                        "exit 2; err: rate: Invalid value for option '--council': expected one of [none, tay_ninh] (case-sensitive) but was 'hanoi'; out: ",
                        "rate", "--council", "hanoi", "{dir}/d.json"),
                entry("C10", "--format without its value", List.of(Input.of("d.json", GOOD)),
                        "exit 2; err: rate: Missing required parameter for option '--format' (<format>); out: ",
                        "rate", "{dir}/d.json", "--format"),
                entry("C11", "criteria without --version",
                        "exit 2; err: criteria: --version: missing: (none); allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026; out: ",
                        "criteria"),
                entry("C12", "criteria of an unknown version",
                        "exit 2; err: criteria: --version: unknown criteria version: QD-2026; allowed: QD-1048-2019, QD-781-2020, QD-148-2023, QD-26-2026; out: ",
                        "criteria", "--version", "QD-2026"),
                entry("C13", "criteria in a sheet edition the version does not have",
                        "exit 2; err: criteria: --edition: no sheet edition of QD-26-2026 with this name: portal; allowed: decision; out: ",
                        "criteria", "--version", "QD-26-2026", "--edition", "portal"),
                entry("C14", "criteria of an unknown set",
                        "exit 2; err: criteria: --set: no scoring sheet in QD-26-2026 for product set: IX.9; allowed: I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1; out: ",
                        "criteria", "--version", "QD-26-2026",
                        "--set", "IX.9"),
                entry("C15", "--template without --set",
                        "exit 2; err: criteria: --template: needs one product set: (no --set); allowed: --set CODE, one of I.1.a, I.1.b, I.2.a, I.2.b, I.3.a, I.3.b, I.3.c, I.3.d, I.4.a, I.4.b, I.5.a, I.5.b, I.6, II.1.a, II.1.b, II.2.a, II.2.b, III.1, III.2, III.3, IV.1, IV.2, V.1, V.2, V.3, VI.1; out: ",
                        "criteria", "--version", "QD-26-2026",
                        "--template"),
                entry("C16", "versions --format xml",
                        "exit 2; err: versions: Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml'; out: ",
                        "versions", "--format", "xml"),
                // No dossier files is a usage error (a mistyped folder), never a batch of zero that passes.
                entry("C17", "rate a directory without dossier files", List.of(Input.of("notes.txt", "x")),

                        "exit 2; err: rate: FILE|DIR: no dossier files (.json, .jsonl) found in: {dir}; allowed: dossier JSON files or directories holding them; out: ",

                        "rate", "{dir}"),
                entry("C18", "rate a .txt file named directly", List.of(Input.of("notes.txt", GOOD)),
                        "exit 0; err: ; out: 1 of 1 dossiers rated.",
                        "rate", "{dir}/notes.txt"),
                entry("C19", "rate a malformed file", List.of(Input.of("d.json", GOOD.substring(0, 80))),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                // A null sheet is one INVALID result naming $.sheets[0]; nothing on stderr.
                entry("C20", "rate a file with a null sheet", List.of(Input.of("d.json",
                        GOOD.replace("\"sheets\": [", "\"sheets\": [null, "))),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                // A null finding is one INVALID result naming $.findings[0].
                entry("C21", "rate a file with a null finding", List.of(Input.of("d.json",
                        GOOD.replace("\"sheets\"", "\"findings\": [null], \"sheets\""))),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                entry("C22", "a JSON-lines batch with one bad line among good ones", List.of(Input.of("b.jsonl",
                        GOOD + "\n{\"id\": \n" + GOOD + "\n")),
                        "exit 1; err: ; out: 2 of 3 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                // One null-sheet line is one INVALID result; the batch goes on to its summary.
                entry("C23", "a JSON-lines batch with a null-sheet line", List.of(Input.of("b.jsonl",
                        GOOD + "\n" + GOOD.replace("\"sheets\": [", "\"sheets\": [null, ") + "\n")),
                        "exit 1; err: ; out: 1 of 2 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                entry("C24", "rate a Latin-1 file", List.of(new Input("d.json",
                        GOOD.getBytes(StandardCharsets.ISO_8859_1))),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                entry("C25", "validate a file that does not exist",
                        "exit 2; err: validate: FILE|DIR: no such file or directory: {dir}/nope.json; allowed: dossier JSON files or directories holding them; out: ",
                        "validate", "{dir}/nope.json"),
                entry("C26", "validate a malformed file", List.of(Input.of("d.json", "{\"id\": ")),
                        "exit 1; err: ; out: 0 of 1 files valid.",
                        "validate", "{dir}/d.json"),
                entry("C27", "validate a file with a null sheet", List.of(Input.of("d.json",
                        GOOD.replace("\"sheets\": [", "\"sheets\": [null, "))),
                        "exit 1; err: ; out: 0 of 1 files valid.",
                        "validate",
                        "{dir}/d.json"),
                // Nothing recorded is nothing to agree with: not counted as agreeing, exit 1.
                entry("C28", "replay a dossier without a recorded result", List.of(Input.of("d.json", GOOD)),

                        "exit 1; err: ; out: 0 of 1 dossiers agree with their record.",

                        "replay", "{dir}/d.json"),
                // As C21, in replay.
                entry("C29", "replay a file with a null finding", List.of(Input.of("d.json",
                        GOOD.replace("\"sheets\"", "\"findings\": [null], \"sheets\""))),
                        "exit 1; err: ; out: 0 of 1 dossiers agree with their record.",
                        "replay", "{dir}/d.json"),
                entry("C30", "an empty file", List.of(Input.of("d.json", "")),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                entry("C31", "a JSON-lines batch with CRLF line endings", List.of(Input.of("b.jsonl",
                        GOOD + "\r\n" + GOOD + "\r\n")),
                        "exit 0; err: ; out: 2 of 2 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                entry("C32", "a JSON-lines batch with empty and blank lines", List.of(Input.of("b.jsonl",
                        "\n" + GOOD + "\n\n   \n" + GOOD + "\n\n")),
                        "exit 0; err: ; out: 2 of 2 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                entry("C33", "a JSON-lines batch with a Latin-1 line among good ones", List.of(new Input("b.jsonl",
                        concat((GOOD + "\n").getBytes(StandardCharsets.UTF_8),
                                (GOOD.replace("Trần Thị Mai", "Trần Thị Mai").replace("BI-001", "BI-002") + "\n")
                                        .getBytes(StandardCharsets.ISO_8859_1),
                                (GOOD + "\n").getBytes(StandardCharsets.UTF_8)))),
                        "exit 1; err: ; out: 2 of 3 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                entry("C34", "a JSON-lines batch starting with a UTF-8 byte-order mark", List.of(Input.of("b.jsonl",
                        "\ufeff" + GOOD + "\n" + GOOD + "\n")),
                        "exit 0; err: ; out: 2 of 2 dossiers rated.",
                        "rate", "{dir}/b.jsonl"),
                entry("C35", "an empty JSON-lines file", List.of(Input.of("b.jsonl", "")),
                        "exit 2; err: rate: FILE|DIR: no dossier in: {dir}/b.jsonl; allowed: at least one dossier: one a .json file, one a line of a .jsonl file; out: ",
                        "rate", "{dir}/b.jsonl"),
                entry("C36", "a symbolic link that points to itself", List.of(new Input("loop.json", null)),
                        "exit 2; err: rate: FILE|DIR: a symbolic link that leads to no file (broken, or a loop): {dir}/loop.json; allowed: dossier JSON files or directories holding them; out: ",
                        "rate", "{dir}/loop.json"),
                entry("C37", "a .json file holding two dossiers (JSON lines)", List.of(Input.of("d.json",
                        GOOD + "\n" + GOOD + "\n")),
                        "exit 1; err: ; out: 0 of 1 dossiers rated.",
                        "rate", "{dir}/d.json"),
                entry("C38", "a path with a NUL character",
                        "exit 2; err: rate: Invalid value for positional parameter at index 0..* (FILE|DIR): not a valid path: {dir}/a\\u0000b.json (Nul character not allowed); out: ",
                        "rate", "{dir}/a\u0000b.json"),
                entry("C39", "a UTF-16 file", List.of(new Input("d.json", GOOD.getBytes(StandardCharsets.UTF_16))),
                        "exit 1; err: ; out: 0 of 1 files valid.",
                        "validate", "{dir}/d.json"),
                entry("C40", "replay a Latin-1 file", List.of(new Input("d.json",
                        GOOD.getBytes(StandardCharsets.ISO_8859_1))),
                        "exit 1; err: ; out: 0 of 1 dossiers agree with their record.",
                        "replay", "{dir}/d.json"),
                entry("C41", "rate with a broken corrected criteria edition", List.of(good(), CRITERIA_INDEX,
                        Input.of("criteria/QD-26-2026.json", BROKEN_VERSION)),
                        "exit 2; err: rate: {dir}/criteria/QD-26-2026.json:1:62: QD-26-2026.json at $.edition (line 1, column 62): malformed value: 2026 b; allowed: an edition such as 2026a (year and a letter); out: ",
                        "rate", "--criteria-dir", "{dir}/criteria", "{dir}/d.json"),
                entry("C42", "plan with a broken corrected criteria edition", List.of(good(), CRITERIA_INDEX,
                        Input.of("criteria/QD-26-2026.json", BROKEN_VERSION)),
                        "exit 2; err: plan: {dir}/criteria/QD-26-2026.json:1:62: QD-26-2026.json at $.edition (line 1, column 62): malformed value: 2026 b; allowed: an edition such as 2026a (year and a letter); out: ",
                        "plan", "--criteria-dir", "{dir}/criteria", "{dir}/d.json"),
                entry("C43", "a criteria directory without index.json", List.of(good(),
                        Input.of("criteria/QD-26-2026.json", BROKEN_VERSION)),
                        "exit 2; err: replay: {dir}/criteria/index.json: index.json at $: resource not found: index.json; allowed: a file next to the criteria index; out: ",
                        "replay", "--criteria-dir", "{dir}/criteria", "{dir}/d.json"),
                entry("C44", "a criteria directory that does not exist", List.of(good()),
                        "exit 2; err: rate: --criteria-dir: no such directory: {dir}/nope; allowed: a directory holding index.json and the criteria files it registers; out: ",
                        "rate", "--criteria-dir", "{dir}/nope", "{dir}/d.json"),
                entry("C45", "a criteria directory that is a file", List.of(good()),
                        "exit 2; err: robustness: --criteria-dir: not a directory: {dir}/d.json; allowed: a directory holding index.json and the criteria files it registers; out: ",
                        "robustness", "--criteria-dir", "{dir}/d.json", "{dir}/d.json"),
                entry("C46", "a corrected criteria edition with the DMN engine", List.of(good()),
                        "exit 2; err: rate: --criteria-dir: not with --engine dmn: {dir}; allowed: the drools engine (the default): the DMN models are generated from the bundled criteria data when the library is built; out: ",
                        "rate", "--engine", "dmn", "--criteria-dir", "{dir}", "{dir}/d.json"),
                entry("C47", "criteria of a set the sheet edition has no sheet for",
                        "exit 2; err: criteria: --set: no scoring sheet in QD-1048-2019 (sheet edition portal) for product set: I.2.1; allowed: I.1.1, I.1.2, I.2.2, I.3.1, I.3.2, I.3.3, I.3.4, I.3.5, I.4.1, I.4.2, I.5.1, I.5.2, I.6, II.1.1, II.1.2, II.2.1, II.2.2, III.1, III.2, III.3, III.4, IV.1, IV.2, V.1; out: ",
                        "criteria", "--version", "QD-1048-2019", "--edition", "portal", "--set", "I.2.1", "--format",
                        "json"),
                // ---- results tables (issue 20): --input FILE.csv|FILE.xlsx, one product per row
                entry("C48", "--input of a file that is not a results table", List.of(Input.of("r.txt", "x")),
                        "exit 2; err: rate: --input: not a results table: {dir}/r.txt; allowed: a .csv file (UTF-8, comma or semicolon) or an .xlsx workbook, one product per row; out: ",
                        "rate", "--input", "{dir}/r.txt"),
                entry("C49", "--input of a table that does not exist",
                        "exit 2; err: replay: --input: no such file: {dir}/nope.csv; allowed: a results table, .csv or .xlsx; out: ",
                        "replay", "--input", "{dir}/nope.csv"),
                entry("C50", "--input of a table with an unknown header",
                        List.of(Input.of("r.csv", "Bộ sản phẩm,Ngày nộp,Điểm,Ghi chú\nI.1.a,2026-07-01,75,\n")),
                        "exit 2; err: replay: --input r.csv: unknown header in column 4: Ghi chú; allowed: a header of these columns, in English or Vietnamese: id, productName, producer, province, productSet, submittedOn, ratedOn, level, memberTotals, average, stars, decision, decidedOn, criteriaVersion, source, stt (README: Results tables); out: ",
                        "replay", "--input", "{dir}/r.csv"),
                entry("C51", "--input of a table with a bad row between good ones",
                        List.of(Input.of("r.csv", "Bộ sản phẩm,Ngày nộp,Điểm\nI.1.a,2026-07-01,75\nI.1.a,31/02/2026,75\n"
                                + "I.1.a,2026-07-01,92,5\n")),
                        "exit 1; err: ; out: 1 of 3 dossiers rated.",
                        "rate", "--input", "{dir}/r.csv"),
                entry("C52", "--input of a table without a submission-date column",
                        List.of(Input.of("r.csv", "Bộ sản phẩm;Điểm\nI.1.a;75\n")),
                        "exit 2; err: rate: --input r.csv: no submittedOn column: Bộ sản phẩm, Điểm; allowed: a submittedOn column (Ngày nộp): the day that chooses the criteria version; out: ",
                        "rate", "--input", "{dir}/r.csv"),
                // ---- ocop serve (issue 19)
                entry("C53", "serve on a port out of range",
                        "exit 2; err: serve: --port: out of range: 70000; allowed: 0 to 65535 (0: any free port); out: ",
                        "serve", "--port", "70000"),
                entry("C54", "serve with a timeout of zero",
                        "exit 2; err: serve: --timeout: below one second: 0; allowed: 1 or more seconds; out: ",
                        "serve", "--timeout", "0"),
                entry("C55", "serve with no rating allowed at once",
                        "exit 2; err: serve: --max-concurrent: below 1: 0; allowed: 1 or more requests rating at once; out: ",
                        "serve", "--max-concurrent", "0"),
                // ---- replay --report (issue 20)
                entry("C56", "replay --report to a file that is no report format", List.of(good()),
                        "exit 2; err: replay: --report: not a report format: {dir}/out.txt; allowed: a file ending in .html, .pdf or .xlsx; out: ",
                        "replay", "--report", "{dir}/out.txt", "{dir}/d.json"),
                entry("C57", "replay --report into a folder that does not exist", List.of(good()),
                        "exit 2; err: replay: --report: no such directory: {dir}/nope; allowed: a file in an existing directory; out: ",
                        "replay", "--report", "{dir}/nope/out.html", "{dir}/d.json"),
                // ---- the compact rating (issue 20, item 5): --explanation full|none
                entry("C69", "--explanation none with text output", List.of(good()),
                        "exit 2; err: rate: --explanation: only with --format json: none; allowed: --format json --explanation none, or no --explanation (text output always explains); out: ",
                        "rate", "--explanation", "none", "{dir}/d.json"),
                entry("C70", "--explanation of an unknown value", List.of(good()),
                        "exit 2; err: replay: Invalid value for option '--explanation': expected one of [full, none] (case-sensitive) but was 'short'; out: ",
                        "replay", "--format", "json", "--explanation", "short", "{dir}/d.json"));
    }

    /** The good dossier as {@code d.json}. */
    private static Input good() {
        return Input.of("d.json", GOOD);
    }

    /** A criteria index registering one version file, in a folder {@code criteria}. */
    private static final Input CRITERIA_INDEX = Input.of("criteria/index.json",
            "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"QD-26-2026.json\"]}");

    /** A version file whose edition is not of the form 2026a: the header check stops there. */
    private static final String BROKEN_VERSION = "{\"format\": \"ocop-criteria/1\", \"id\": \"QD-26-2026\", "
            + "\"edition\": \"2026 b\"}";

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_bad_input_gets_its_catalogued_outcome(Entry entry) {
        assertThat(observe(entry, dir)).isEqualTo(entry.expected());
    }

    /** The run in one string: exit code, stderr (a stack trace summarised) and stdout's last line. */
    static String observe(Entry entry, Path dir) {
        try {
            for (Input file : entry.files()) {
                if (file.bytes() == null) {
                    // no content: a symbolic link to itself, which no file system call can follow
                    Files.createSymbolicLink(dir.resolve(file.name()), dir.resolve(file.name()));
                } else {
                    Files.createDirectories(dir.resolve(file.name()).getParent());
                    Files.write(dir.resolve(file.name()), file.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>();
        entry.args().forEach(a -> args.add(a.replace("{dir}", dir.toString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        String errText = err.toString(StandardCharsets.UTF_8).replace(dir.toString(), "{dir}");
        if (errText.contains("\tat ")) {
            errText = errText.lines().findFirst().orElse("") + " [stack trace]";
        }
        List<String> outLines = out.toString(StandardCharsets.UTF_8).replace(dir.toString(), "{dir}").lines()
                .filter(l -> !l.isBlank()).toList();
        return "exit " + code + "; err: " + errText.strip() + "; out: "
                + (outLines.isEmpty() ? "" : outLines.get(outLines.size() - 1).strip());
    }
}
