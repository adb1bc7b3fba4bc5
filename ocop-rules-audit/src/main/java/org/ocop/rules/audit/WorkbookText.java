package org.ocop.rules.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.ocop.rules.Text;

/**
 * The texts of the scoring workbook (its headings and its reader's problems), in English
 * ({@code workbook.properties}) and Vietnamese ({@code workbook_vi.properties}), read as UTF-8 with the same keys: a {@link Text} like the core's, so a bad cell's
 * problem renders in the language the CLI or a caller asks for. Patterns use {@code {0}}, {@code {1}} … only (no
 * {@link java.text.MessageFormat} quoting); an argument that is a {@link Text} renders in the same language.
 * Immutable and thread-safe.
 */
final class WorkbookText implements Text {

    private static final Properties ENGLISH = load("workbook.properties");
    private static final Properties VIETNAMESE = load("workbook_vi.properties");

    private final String key;
    private final List<Object> args;
    private final String literal;

    private WorkbookText(String key, List<Object> args, String literal) {
        this.key = key;
        this.args = args;
        this.literal = literal;
    }

    /** The text of {@code key}; each argument is a {@link Text} or kept as {@link String#valueOf(Object)}. */
    static Text of(String key, Object... args) {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("no message " + key + " in workbook.properties");
        }
        return new WorkbookText(key, List.of(java.util.Arrays.stream(args)
                .map(a -> a instanceof Text ? a : String.valueOf(a)).toArray()), null);
    }

    /** A text the same in every language: a value quoted from the table. */
    static Text literal(String value) {
        return new WorkbookText(null, List.of(), Objects.requireNonNull(value, "value"));
    }

    /** The keys of a bundle, for the test that both languages have the same. */
    static java.util.Set<String> keys(boolean vietnamese) {
        return (vietnamese ? VIETNAMESE : ENGLISH).stringPropertyNames();
    }

    @Override
    public String in(Locale locale) {
        if (literal != null) {
            return literal;
        }
        boolean vi = "vi".equals(locale.getLanguage());
        String pattern = (vi ? VIETNAMESE : ENGLISH).getProperty(key, ENGLISH.getProperty(key));
        StringBuilder out = new StringBuilder(pattern);
        for (int i = args.size() - 1; i >= 0; i--) {
            Object a = args.get(i);
            String value = a instanceof Text t ? t.in(locale) : (String) a;
            String placeholder = "{" + i + "}";
            for (int at = out.lastIndexOf(placeholder); at >= 0; at = out.lastIndexOf(placeholder, at - 1)) {
                out.replace(at, at + placeholder.length(), value);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return in(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkbookText t && Objects.equals(key, t.key) && args.equals(t.args)
                && Objects.equals(literal, t.literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args, literal);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = WorkbookText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message bundle " + name + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
