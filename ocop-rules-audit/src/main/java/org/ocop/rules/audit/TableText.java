package org.ocop.rules.audit;

import java.util.Set;
import org.ocop.rules.Text;

/**
 * The texts of the results-table reader, in English ({@code tables.properties}) and Vietnamese ({@code tables_vi.properties}):
 * {@link BundleText}s of one bundle. Thread-safe.
 */
final class TableText {

    private static final BundleText.Bundle BUNDLE = BundleText.Bundle.load("tables");

    private TableText() {
    }

    /** The text of {@code key}; each argument is a {@link Text} or kept as {@link String#valueOf(Object)}. */
    static Text of(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** A text the same in every language: a value quoted from the table. */
    static Text literal(String value) {
        return BUNDLE.literal(value);
    }

    /** The keys of a bundle, for the test that both languages have the same. */
    static Set<String> keys(boolean vietnamese) {
        return BUNDLE.keys(vietnamese);
    }
}
