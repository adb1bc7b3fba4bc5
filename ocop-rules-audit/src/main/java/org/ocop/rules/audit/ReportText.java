package org.ocop.rules.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's own labels in one language, from {@code report.properties} (English) and {@code report_vi.properties}
 * (Vietnamese), read as UTF-8. The language rule is the core's ({@link org.ocop.rules.Text}): Vietnamese for the
 * language {@code vi}, English for any other. Immutable and thread-safe.
 */
final class ReportText {

    /** A placeholder {@code {n}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static final Properties ENGLISH = load("report.properties");
    private static final Properties VIETNAMESE = load("report_vi.properties");

    private final Properties patterns;
    private final boolean vietnamese;

    private ReportText(boolean vietnamese) {
        this.vietnamese = vietnamese;
        this.patterns = vietnamese ? VIETNAMESE : ENGLISH;
    }

    /** The labels for {@code locale}. */
    static ReportText in(Locale locale) {
        return new ReportText("vi".equals(locale.getLanguage()));
    }

    /** The language tag of the HTML page: {@code vi} or {@code en}. */
    String languageTag() {
        return vietnamese ? "vi" : "en";
    }

    /** The label of {@code key} with its placeholders filled in one pass (an argument holding "{1}" stays as is). */
    String get(String key, Object... args) {
        String pattern = patterns.getProperty(key);
        if (pattern == null) {
            // a defect of this module (every key is tested in both bundles), never a user error
            throw new IllegalStateException("no report text " + key + " in " + languageTag());
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(args[Integer.parseInt(m.group(1))])));
        }
        return m.appendTail(out).toString();
    }

    /** Whether the bundles have a label for {@code key}. */
    boolean has(String key) {
        return patterns.containsKey(key);
    }

    /**
     * The label of a discrepancy's field ({@code average}, {@code stars} …); a field a later core adds shows as its
     * name until it has a label.
     */
    String field(String field) {
        return has("field." + field) ? get("field." + field) : field;
    }

    /** The label of an enum constant: {@code <prefix>.<NAME>}. */
    String name(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }

    /** Every key and pattern of a language (the test compares the two bundles). */
    static Properties patterns(boolean vietnamese) {
        return vietnamese ? VIETNAMESE : ENGLISH;
    }

    private static Properties load(String name) {
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report text bundle " + name + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report text bundle " + name, e);
        }
    }
}
