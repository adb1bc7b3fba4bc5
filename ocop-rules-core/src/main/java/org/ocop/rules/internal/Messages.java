package org.ocop.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.ocop.rules.Text;

/**
 * Not API. The library's message bundles and the one place that reads them: {@code org/ocop/rules/messages.properties}
 * (English, the default) and {@code messages_vi.properties} (Vietnamese), both read as UTF-8.
 *
 * <p>Patterns use numbered placeholders {@code {0}}, {@code {1}} … and nothing else: no {@link java.text.MessageFormat}
 * quoting (an apostrophe is an apostrophe, a brace that is not a placeholder is a brace) and no number formatting.
 * Arguments are turned into strings when a text is made, exactly as string concatenation did before there were
 * bundles ({@link String#valueOf(Object)}: no digit grouping, {@code BigDecimal} as its {@code toString()}), except
 * {@link Text} arguments, which are rendered in the same language as the text holding them. So English output is the
 * same, byte for byte, as the concatenations it replaced.
 *
 * <p>Thread-safe: the bundles are read once, when this class is first used.
 */
public final class Messages {

    /** Where the bundles are, as a class-path resource prefix. */
    public static final String BUNDLE = "/org/ocop/rules/messages";

    private static final Map<String, String> ENGLISH = load(BUNDLE + ".properties");
    private static final Map<String, String> VIETNAMESE = load(BUNDLE + "_vi.properties");

    private Messages() {
    }

    /**
     * The text of {@code key} with its arguments; each argument is a {@link Text} or is kept as
     * {@link String#valueOf(Object)}.
     *
     * @throws IllegalArgumentException if the English bundle has no such key (a defect, caught by the tests)
     */
    public static Text text(String key, Object... args) {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("no message " + key + " in " + BUNDLE + ".properties");
        }
        List<Object> kept = new ArrayList<>(args.length);
        for (Object arg : args) {
            kept.add(arg instanceof Text ? arg : String.valueOf(arg));
        }
        return new Message(key, Collections.unmodifiableList(kept));
    }

    /** A text that is the same in every language: a value quoted from the data, the dossier or the caller. */
    public static Text literal(String value) {
        return new Literal(Objects.requireNonNull(value, "value"));
    }

    /** Texts joined by a separator that is the same in every language, such as {@code "; "}. */
    public static Text join(String separator, List<? extends Text> parts) {
        return join(literal(separator), parts);
    }

    /** Texts joined by a separator that is a text itself, such as {@code " or "} in each language. */
    public static Text join(Text separator, List<? extends Text> parts) {
        return new Joined(List.copyOf(parts), Objects.requireNonNull(separator, "separator"));
    }

    /**
     * A word between spaces, as a separator such as {@code " or "}: a bundle's pattern cannot begin or end with a
     * space (properties files drop the first, editors the last).
     */
    public static Text spaced(Text word) {
        return join(" ", List.of(literal(""), word, literal("")));
    }

    /** The English texts, in order, for the accessors that keep today's strings. */
    public static List<String> english(List<? extends Text> texts) {
        return texts.stream().map(Text::toString).toList();
    }

    /** The texts in the language of {@code locale}, in order. */
    public static List<String> in(Locale locale, List<? extends Text> texts) {
        Objects.requireNonNull(locale, "locale");
        return texts.stream().map(t -> t.in(locale)).toList();
    }

    /**
     * The name of an enum constant in words: key {@code enum.<Type>.<NAME>}, where the type is the enum's simple name
     * after those of the types it is nested in ({@code enum.CouncilBreach.Rule.SPREAD}). English is the constant's
     * name, as the JSON writes it; the other languages say it in words.
     */
    public static Text name(Enum<?> constant) {
        return text("enum." + typeName(constant.getDeclaringClass()) + "." + constant.name());
    }

    /** A type's simple name after the simple names of the types it is nested in: {@code CouncilBreach.Rule}. */
    public static String typeName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : typeName(outer) + "." + type.getSimpleName();
    }

    /** Whether {@code locale} is rendered in Vietnamese. */
    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    /**
     * The pattern of {@code key} with its arguments filled in, in the language of {@code locale}; arguments as for
     * {@link #text}.
     *
     * @throws IllegalArgumentException if the key is unknown
     */
    public static String format(Locale locale, String key, Object... args) {
        Map<String, String> bundle = isVietnamese(locale) ? VIETNAMESE : ENGLISH;
        String pattern = bundle.get(key);
        if (pattern == null) {
            pattern = ENGLISH.get(key);
            if (pattern == null) {
                throw new IllegalArgumentException("no message " + key + " in " + BUNDLE + ".properties");
            }
        }
        return fill(pattern, args, locale);
    }

    /** A renderer bound to one language, for the classes that write a whole explanation. */
    public static Bundle in(Locale locale) {
        return new Bundle(Objects.requireNonNull(locale, "locale"));
    }

    /** The messages in the language of one locale. */
    public static final class Bundle {
        private final Locale locale;

        private Bundle(Locale locale) {
            this.locale = locale;
        }

        /** {@link Messages#format} in this bundle's language. */
        public String get(String key, Object... args) {
            return format(locale, key, args);
        }

        /** This bundle's language. */
        public Locale locale() {
            return locale;
        }

        /** An enum constant's name in words, in this bundle's language; see {@link Messages#name}. */
        public String name(Enum<?> constant) {
            return Messages.name(constant).in(locale);
        }
    }

    private static String fill(String pattern, Object[] args, Locale locale) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? placeholderEnd(pattern, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            int index = Integer.parseInt(pattern, i + 1, close, 10);
            if (index >= args.length) {
                throw new IllegalArgumentException("message pattern \"" + pattern + "\" has placeholder {" + index
                        + "} but " + args.length + " arguments were given");
            }
            Object arg = args[index];
            out.append(arg instanceof Text t ? t.in(locale) : String.valueOf(arg));
            i = close + 1;
        }
        return out.toString();
    }

    /** The index of the {@code }} closing a placeholder {@code {digits}} that opens at {@code open}, else -1. */
    static int placeholderEnd(String pattern, int open) {
        int j = open + 1;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j)) && j - open <= 2) {
            j++;
        }
        return j > open + 1 && j < pattern.length() && pattern.charAt(j) == '}' ? j : -1;
    }

    /** The placeholders a pattern uses, in the order they appear (tests compare them between the bundles). */
    public static List<Integer> placeholders(String pattern) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            int close = pattern.charAt(i) == '{' ? placeholderEnd(pattern, i) : -1;
            if (close > 0) {
                found.add(Integer.parseInt(pattern, i + 1, close, 10));
                i = close;
            }
        }
        return found;
    }

    /** Every key and pattern of the bundle of {@code locale} (tests check the bundles against each other). */
    public static Map<String, String> patterns(Locale locale) {
        return isVietnamese(locale) ? VIETNAMESE : ENGLISH;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + resource + " is not on the class path");
            }
            Properties properties = new Properties();
            // strict UTF-8: a bundle saved in another encoding fails here instead of showing mangled Vietnamese
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
    }

    /** A text from the bundles: a key and its arguments (strings or texts). */
    record Message(String key, List<Object> args) implements Text, java.io.Serializable {
        @Override
        public String in(Locale locale) {
            return format(locale, key, args.toArray());
        }

        @Override
        public String toString() {
            return format(Locale.ROOT, key, args.toArray());
        }
    }

    /** A value quoted as it is, in every language. */
    record Literal(String value) implements Text, java.io.Serializable {
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

    /** Texts joined by a separator that is the same in every language. */
    record Joined(List<Text> parts, Text separator) implements Text, java.io.Serializable {
        @Override
        public String in(Locale locale) {
            StringBuilder out = new StringBuilder();
            String between = separator.in(locale);
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "" : between).append(parts.get(i).in(locale));
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return in(Locale.ROOT);
        }
    }
}
