package org.ocop.rules.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The golden files of 26/2026 from the core's test-jar, as text, to alter for tests that must fail. */
final class Golden {

    private Golden() {
    }

    static String text(String file) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/QD-26-2026/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DossierCase of(String file) {
        return DossierCase.parse(text(file), "golden/QD-26-2026/" + file);
    }

    /** The golden file with pairs of replacements (each must occur) in its text. */
    static DossierCase withExpected(String file, String... replacements) {
        String text = text(file);
        for (int i = 0; i < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException(file + " has no " + replacements[i]);
            }
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return DossierCase.parse(text, "altered/" + file);
    }
}
