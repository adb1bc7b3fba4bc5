package org.ocop.rules.audit;

import java.util.Set;
import org.ocop.rules.Text;

/**
 * The texts of the scoring workbook (its headings and its reader's problems), in English ({@code workbook.properties}) and Vietnamese ({@code workbook_vi.properties}):
 * {@link BundleText}s of one bundle. Thread-safe.
 */
final class WorkbookText {

    private static final BundleText.Bundle BUNDLE = BundleText.Bundle.load("workbook");

    private WorkbookText() {
    }

    /** The text of {@code key}; each argument is a {@link Text} or kept as {@link String#valueOf(Object)}. */
    static Text of(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** A text the same in every language: a value quoted from the workbook. */
    static Text literal(String value) {
        return BUNDLE.literal(value);
    }

    /** The keys of a bundle, for the test that both languages have the same. */
    static Set<String> keys(boolean vietnamese) {
        return BUNDLE.keys(vietnamese);
    }
}
