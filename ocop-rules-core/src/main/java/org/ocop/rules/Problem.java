package org.ocop.rules;

import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.internal.Messages;

/**
 * Something wrong with a dossier, with the facts: where (dossier, member, criterion or field), what, the value
 * given and what is allowed.
 *
 * <p>Immutable and thread-safe. The texts are in English through {@link #where()}, {@link #problem()},
 * {@link #value()}, {@link #allowed()} and {@link #message()}, and in another language through the methods that take
 * a {@link Locale} (see {@link Text}). A value given in the dossier is quoted as it is in every language; only a
 * value in words (such as {@code (none)}) is translated.
 *
 * @param whereText for example {@code dossier HN-2026-014, member Trần Thị B, criterion 1.3}
 * @param problemText for example {@code unknown option}
 * @param valueText the value given, for example {@code 1.3.x}
 * @param allowedText what is allowed, for example {@code 1.3.a, 1.3.b, 1.3.c}
 */
public record Problem(Text whereText, Text problemText, Text valueText, Text allowedText)
        implements java.io.Serializable {

    /** Validates that nothing is null. */
    public Problem {
        Objects.requireNonNull(whereText, "whereText");
        Objects.requireNonNull(problemText, "problemText");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(allowedText, "allowedText");
    }

    /**
     * A problem written in one language only, for a caller's own checks (the library's problems are written in
     * every language it has).
     *
     * @throws NullPointerException if any argument is null
     */
    public Problem(String where, String problem, String value, String allowed) {
        this(Messages.literal(where), Messages.literal(problem), Messages.literal(value), Messages.literal(allowed));
    }

    /** Where, in English: for example {@code dossier HN-2026-014, member Trần Thị B, criterion 1.3}. */
    public String where() {
        return whereText.toString();
    }

    /** {@link #where()} in the language of {@code locale}; see {@link Text}. */
    public String where(Locale locale) {
        return whereText.in(locale);
    }

    /** What was wrong, in English: for example {@code unknown option}. */
    public String problem() {
        return problemText.toString();
    }

    /** {@link #problem()} in the language of {@code locale}; see {@link Text}. */
    public String problem(Locale locale) {
        return problemText.in(locale);
    }

    /** The value given, in English: for example {@code 1.3.x}. */
    public String value() {
        return valueText.toString();
    }

    /** {@link #value()} in the language of {@code locale}; see {@link Text}. */
    public String value(Locale locale) {
        return valueText.in(locale);
    }

    /** What is allowed, in English: for example {@code 1.3.a, 1.3.b, 1.3.c}. */
    public String allowed() {
        return allowedText.toString();
    }

    /** {@link #allowed()} in the language of {@code locale}; see {@link Text}. */
    public String allowed(Locale locale) {
        return allowedText.in(locale);
    }

    /** {@code <where>: <problem>: <value>; allowed: <allowed>}, in English. */
    public String message() {
        return messageText().toString();
    }

    /** {@link #message()} in the language of {@code locale}; see {@link Text}. */
    public String message(Locale locale) {
        return messageText().in(locale);
    }

    /** The whole message as one text. */
    public Text messageText() {
        return Messages.text("problem.message", whereText, problemText, valueText, allowedText);
    }

    @Override
    public String toString() {
        return message();
    }
}
