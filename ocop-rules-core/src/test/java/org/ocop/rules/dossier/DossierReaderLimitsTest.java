package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile uploads meet read limits before anything is bound, each with a format error like any other. */
class DossierReaderLimitsTest {

    private static final String LIMITS = "; allowed: at most 8388608 characters, 32 levels of nesting, strings of "
            + "65536 characters, numbers of 32 characters";

    @Test
    void a_huge_string_is_refused_at_its_path() {
        assertThatThrownBy(() -> DossierReader.read("{\"id\": \"" + "x".repeat(70_000) + "\"}", "big.json"))
                .isInstanceOf(DossierFormatException.class)
                .hasMessage("big.json at $.id: exceeds a read limit: String value length (70000) exceeds the maximum "
                        + "allowed (65536)" + LIMITS);
    }

    @Test
    void a_huge_number_is_refused() {
        assertThatThrownBy(() -> DossierReader.read("{\"council\": {\"size\": 1" + "0".repeat(40) + "}}", "n.json"))
                .hasMessageStartingWith("n.json at $.council: exceeds a read limit: Number value length (41) exceeds"
                        + " the maximum allowed (32)");
    }

    @Test
    void deep_nesting_is_refused_where_it_starts() {
        // The strict binder meets the first unexpected array before the parser's depth limit (32) would: either way
        // the document is refused at the first level that is not a dossier's.
        String deep = "{\"findings\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertThatThrownBy(() -> DossierReader.read(deep, "deep.json")).isInstanceOf(DossierFormatException.class)
                .hasMessageStartingWith("deep.json at $.findings[0]: wrong type of value");
    }

    @Test
    void a_file_far_larger_than_any_dossier_is_refused_without_being_read(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(40L * 1024 * 1024);
        }

        assertThatThrownBy(() -> DossierReader.read(file)).isInstanceOf(DossierFormatException.class)
                .hasMessage("huge.json at $: file too large: 41943040 bytes; allowed: a dossier of at most 8388608 "
                        + "characters");
    }
}
