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
    /**
     * Each pattern split once at its placeholders: a report fills a dozen labels per product, and matching the
     * pattern anew each time was a tenth of a large report's time.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Object[]> templates =
            new java.util.concurrent.ConcurrentHashMap<>();

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
        Object[] parts = templates.computeIfAbsent(key, this::template);
        if (parts.length == 1) {
            return (String) parts[0];
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            out.append(part instanceof Integer i ? String.valueOf(args[i]) : (String) part);
        }
        return out.toString();
    }

    /** The pattern of {@code key} as its literal texts (strings) and placeholders (argument indexes), in order. */
    private Object[] template(String key) {
        String pattern = patterns.getProperty(key);
        if (pattern == null) {
            // a defect of this module (every key is tested in both bundles), never a user error
            throw new IllegalStateException("no report text " + key + " in " + languageTag());
        }
        java.util.List<Object> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            parts.add(pattern.substring(from, m.start()));
            parts.add(Integer.parseInt(m.group(1)));
            from = m.end();
        }
        parts.add(pattern.substring(from));
        return parts.toArray();
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
