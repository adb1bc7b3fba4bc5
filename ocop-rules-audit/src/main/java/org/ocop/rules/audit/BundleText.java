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
 * A text of one of this module's message bundles ({@code NAME.properties} in English, {@code NAME_vi.properties} in
 * Vietnamese, read as UTF-8 with the same keys): a {@link Text} like the core's, so a bad cell's problem or a
 * heading renders in the language the CLI or a caller asks for. Patterns use {@code {0}}, {@code {1}} … only (no
 * {@link java.text.MessageFormat} quoting); an argument that is a {@link Text} renders in the same language. The
 * readers' texts ({@link TableText}, {@link WorkbookText}) are each a bundle of these. Immutable and thread-safe.
 */
final class BundleText implements Text {

    /** One bundle, both languages, read once. */
    static final class Bundle {
        private final String name;
        private final Properties english;
        private final Properties vietnamese;

        private Bundle(String name) {
            this.name = name;
            this.english = read(name + ".properties");
            this.vietnamese = read(name + "_vi.properties");
        }

        /** The bundle {@code name} beside this class in the jar; a missing bundle is a broken jar. */
        static Bundle load(String name) {
            return new Bundle(name);
        }

        /** The text of {@code key}; each argument is a {@link Text} or kept as {@link String#valueOf(Object)}. */
        Text text(String key, Object... args) {
            if (!english.containsKey(key)) {
                throw new IllegalArgumentException("no message " + key + " in " + name + ".properties");
            }
            return new BundleText(this, key, List.of(java.util.Arrays.stream(args)
                    .map(a -> a instanceof Text ? a : String.valueOf(a)).toArray()), null);
        }

        /** A text the same in every language: a value quoted from the input. */
        Text literal(String value) {
            return new BundleText(this, null, List.of(), Objects.requireNonNull(value, "value"));
        }

        /** The keys of one language, for the tests that both languages have the same. */
        java.util.Set<String> keys(boolean inVietnamese) {
            return (inVietnamese ? vietnamese : english).stringPropertyNames();
        }
    }

    private final Bundle bundle;
    private final String key;
    private final List<Object> args;
    private final String literal;

    private BundleText(Bundle bundle, String key, List<Object> args, String literal) {
        this.bundle = bundle;
        this.key = key;
        this.args = args;
        this.literal = literal;
    }

    @Override
    public String in(Locale locale) {
        if (literal != null) {
            return literal;
        }
        boolean vi = "vi".equals(locale.getLanguage());
        String pattern = (vi ? bundle.vietnamese : bundle.english).getProperty(key, bundle.english.getProperty(key));
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
        return o instanceof BundleText t && bundle == t.bundle && Objects.equals(key, t.key) && args.equals(t.args)
                && Objects.equals(literal, t.literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bundle.name, key, args, literal);
    }

    private static Properties read(String name) {
        Properties p = new Properties();
        try (InputStream in = BundleText.class.getResourceAsStream(name)) {
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
