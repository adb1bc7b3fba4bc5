package org.ocop.rules;

import java.util.Objects;

/**
 * Something wrong with a dossier, with the facts: where (dossier, member, criterion or field), what, the value
 * given and what is allowed.
 *
 * @param where for example {@code dossier HN-2026-014, member Trần Thị B, criterion 1.3}
 * @param problem for example {@code unknown option}
 * @param value the value given, for example {@code 1.3.x}
 * @param allowed what is allowed, for example {@code 1.3.a, 1.3.b, 1.3.c}
 */
public record Problem(String where, String problem, String value, String allowed) {

    /** Validates that nothing is null. */
    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(allowed, "allowed");
    }

    /** {@code <where>: <problem>: <value>; allowed: <allowed>}. */
    public String message() {
        return where + ": " + problem + ": " + value + "; allowed: " + allowed;
    }

    /** {@link #message()} as a text. */
    public Text messageText() {
        return org.ocop.rules.internal.Messages.literal(message());
    }

    /** {@link #where()} in the language of {@code locale}; see {@link Text}. */
    public String where(java.util.Locale locale) {
        return where;
    }

    /** {@link #problem()} in the language of {@code locale}; see {@link Text}. */
    public String problem(java.util.Locale locale) {
        return problem;
    }

    /** {@link #allowed()} in the language of {@code locale}; see {@link Text}. */
    public String allowed(java.util.Locale locale) {
        return allowed;
    }

    /** {@link #message()} in the language of {@code locale}; see {@link Text}. */
    public String message(java.util.Locale locale) {
        return message();
    }

    @Override
    public String toString() {
        return message();
    }
}
