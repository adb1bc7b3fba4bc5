package org.ocop.rules;

import java.util.Locale;

/**
 * A text for people — a reason, a warning, a problem, a note — kept apart from its language: the library's values
 * hold texts, and the language is chosen when they are rendered.
 *
 * <p>{@link #toString()} is the English text (the default language, exactly as the library has always written it);
 * {@link #in(Locale)} renders it in the language of a locale. The languages are English and Vietnamese
 * ({@code vi}, the language of the councils and auditors who read the results, in the decisions' own words); any
 * other locale gets English. What a text quotes from the data or the dossier (criterion labels, option ids, member
 * names, source citations) is never translated.
 *
 * <p>Texts made by the library are immutable and thread-safe, and equal when they say the same thing in every
 * language.
 */
public interface Text {

    /**
     * This text in the language of {@code locale}: Vietnamese for the language {@code vi}, English for any other.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    String in(Locale locale);

    /** This text in English, the default language. */
    @Override
    String toString();
}
