package org.ocop.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option and the CLI's own lines for people (summaries, headings), from
 * {@code org/ocop/examples/cli.properties} (English) and {@code cli_vi.properties} (Vietnamese), read as UTF-8. The
 * library's texts (explanations, warnings, problems, reasons) come in the same language from the library, through
 * the {@link Locale} given to it. Patterns use {@code {0}}, {@code {1}} … only, as the library's bundles do.
 */
final class CliText {

    /** A placeholder {@code {n}}. */
    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)}");

    private static final Properties ENGLISH = load("cli.properties");
    private static final Properties VIETNAMESE = load("cli_vi.properties");

    /** Languages of {@code --lang}. */
    enum Lang {
        /** English, the default: byte for byte what the CLI printed before it had languages. */
        en(Locale.ROOT),
        /** Vietnamese, for councils and auditors. */
        vi(Locale.forLanguageTag("vi"));

        private final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }

        Locale locale() {
            return locale;
        }
    }

    /** The {@code --lang} mixin of the commands that print texts for people. */
    static final class Language {
        @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
                description = "language of the texts for people: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                        + "in JSON only the texts change, never field names or enum values")
        Lang lang;

        Locale locale() {
            return lang.locale();
        }

        /** The CLI's own line of {@code key} in this language. */
        String get(String key, Object... args) {
            return CliText.get(lang, key, args);
        }
    }

    private CliText() {
    }

    static String get(Lang lang, String key, Object... args) {
        String pattern = (lang == Lang.vi ? VIETNAMESE : ENGLISH).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no CLI text " + key);
        }
        // one pass, so an argument that happens to hold "{1}" is never filled in again
        java.util.regex.Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    String.valueOf(args[Integer.parseInt(m.group(1))])));
        }
        return m.appendTail(out).toString();
    }

    /**
     * An enum constant of the library in words, key {@code enum.<Type>.<NAME>} with the type's simple name after
     * those it is nested in: in English the constant's name (what the CLI always printed and the JSON writes), in
     * Vietnamese words.
     */
    static String name(Lang lang, Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String typeName = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return get(lang, "enum." + typeName + "." + constant.name());
    }

    /** Every key and pattern of a language (the test compares the two files). */
    static Properties patterns(Lang lang) {
        return lang == Lang.vi ? VIETNAMESE : ENGLISH;
    }

    private static Properties load(String name) {
        try (InputStream in = CliText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("CLI text bundle " + name + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CLI text bundle " + name, e);
        }
    }
}
