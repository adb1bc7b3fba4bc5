package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.dossier.DossierSource;

/**
 * A JSON-lines batch ({@link DossierSource#lines}) is split into lines as bytes and each line is decoded on its own:
 * line endings, byte-order marks, blank lines and a line in another encoding, each as the catalogue's CLI rows C31–C34
 * see them, with the messages those rows only count.
 */
class JsonLinesTest {

    private static final String GOOD = BadInputCatalogueTest.BASE.replace("\n", " ").strip();

    @TempDir
    Path dir;

    /** Each source of the file: its name and what reading and rating it gives (the catalogue's notation). */
    private List<String> rateLines(byte[] content) throws IOException {
        Path file = dir.resolve("b.jsonl");
        Files.write(file, content);
        Rater rater = Rater.standard();
        try (Stream<DossierSource> sources = DossierSource.lines(file)) {
            return sources.map(s -> s.name() + " → " + BadInputCatalogueTest.describe(rater.rateSource(s))).toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void crlf_line_endings_are_line_endings() throws IOException {
        assertThat(rateLines(utf8(GOOD + "\r\n" + GOOD + "\r\n"))).containsExactly(
                "b.jsonl:1 → RATED 2★ by 2 members, average 46.00, version QD-26-2026",
                "b.jsonl:2 → RATED 2★ by 2 members, average 46.00, version QD-26-2026");
    }

    @Test
    void blank_lines_are_skipped_but_counted_so_names_keep_the_file_line() throws IOException {
        assertThat(rateLines(utf8("\n" + GOOD + "\n\n \t \r\n" + GOOD))).containsExactly(
                "b.jsonl:2 → RATED 2★ by 2 members, average 46.00, version QD-26-2026",
                "b.jsonl:5 → RATED 2★ by 2 members, average 46.00, version QD-26-2026");
    }

    @Test
    void a_utf8_byte_order_mark_at_the_start_is_skipped() throws IOException {
        assertThat(rateLines(utf8("\ufeff" + GOOD + "\n" + GOOD + "\n"))).containsExactly(
                "b.jsonl:1 → RATED 2★ by 2 members, average 46.00, version QD-26-2026",
                "b.jsonl:2 → RATED 2★ by 2 members, average 46.00, version QD-26-2026");
    }

    @Test
    void a_line_that_is_not_utf8_is_one_invalid_dossier_and_the_batch_goes_on() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(GOOD + "\n"));
        bytes.writeBytes((GOOD + "\n").getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(utf8(GOOD + "\n"));
        assertThat(rateLines(bytes.toByteArray())).containsExactly(
                "b.jsonl:1 → RATED 2★ by 2 members, average 46.00, version QD-26-2026",
                "b.jsonl:2 → INVALID: b.jsonl:2 at $.productName: not UTF-8 (line 1, column 47, byte offset 46): "
                        + "0xE0; allowed: UTF-8 text (RFC 8259 §8.1): save the file as UTF-8",
                "b.jsonl:3 → RATED 2★ by 2 members, average 46.00, version QD-26-2026");
    }

    @Test
    void a_last_line_without_a_line_ending_is_read() throws IOException {
        assertThat(rateLines(utf8(GOOD + "\n{\"id\": "))).containsExactly(
                "b.jsonl:1 → RATED 2★ by 2 members, average 46.00, version QD-26-2026",
                "b.jsonl:2 → INVALID: b.jsonl:2 at $.id: malformed JSON (line 1, column 8): Unexpected end-of-input "
                        + "within/between Object entries; allowed: well-formed JSON (RFC 8259)");
    }

    @Test
    void a_file_that_cannot_be_read_is_one_invalid_result_not_an_exception() throws IOException {
        // a folder named like a JSON-lines file: opening or reading it fails, whoever runs the test (even root)
        Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));
        Rater rater = Rater.standard();
        try (Stream<DossierSource> sources = DossierSource.lines(folder)) {
            assertThat(sources.map(s -> s.name() + " → " + BadInputCatalogueTest.describe(rater.rateSource(s))))
                    .containsExactly("folder.jsonl:1 → INVALID: file folder.jsonl:1: cannot be read: Is a directory; "
                            + "allowed: a readable UTF-8 JSON file");
        }
    }

    @Test
    void an_empty_file_has_no_dossiers() throws IOException {
        assertThat(rateLines(new byte[0])).isEmpty();
    }
}
