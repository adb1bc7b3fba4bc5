package org.ocop.examples.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocop.rules.Text;

/**
 * The service's own texts for people (problem titles and facts, its log lines), from
 * {@code org/ocop/examples/serve/service.properties} (English) and {@code service_vi.properties} (Vietnamese), read as
 * UTF-8, as library {@link Text}s: a problem made of them renders in either language exactly as the library's own
 * problems do. Patterns use {@code {0}}, {@code {1}} … only; an argument that is itself a {@link Text} is rendered in
 * the same language.
 */
final class ServiceText {

    /** A placeholder {@code {n}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static final Properties ENGLISH = load("service.properties");
    private static final Properties VIETNAMESE = load("service_vi.properties");

    private ServiceText() {
    }

    /** The text of {@code key} with its arguments, in whichever language it is rendered. */
    static Text of(String key, Object... args) {
        if (ENGLISH.getProperty(key) == null) {
            throw new IllegalArgumentException("no service text " + key);
        }
        return new Keyed(key, args.clone());
    }

    /** A text that is the same in every language: a value quoted from the request. */
    static Text literal(String value) {
        return new Literal(Objects.requireNonNull(value, "value"));
    }

    /** Every key and pattern of a language (the test compares the two files). */
    static Properties patterns(Locale locale) {
        return isVietnamese(locale) ? VIETNAMESE : ENGLISH;
    }

    static boolean isVietnamese(Locale locale) {
        return locale.getLanguage().equals("vi");
    }

    private record Literal(String value) implements Text {
        @Override
        public String in(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private static final class Keyed implements Text {
        private final String key;
        private final Object[] args;

        Keyed(String key, Object[] args) {
            this.key = key;
            this.args = args;
        }

        @Override
        public String in(Locale locale) {
            String pattern = patterns(Objects.requireNonNull(locale, "locale")).getProperty(key);
            // one pass, so an argument that happens to hold "{1}" is never filled in again
            Matcher m = PLACEHOLDER.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object arg = args[Integer.parseInt(m.group(1))];
                m.appendReplacement(out, Matcher.quoteReplacement(arg instanceof Text t ? t.in(locale)
                        : String.valueOf(arg)));
            }
            return m.appendTail(out).toString();
        }

        @Override
        public String toString() {
            return in(Locale.ROOT);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Keyed k && k.key.equals(key) && Arrays.equals(k.args, args);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(args);
        }
    }

    private static Properties load(String name) {
        try (InputStream in = ServiceText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("service text bundle " + name + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read service text bundle " + name, e);
        }
    }
}
