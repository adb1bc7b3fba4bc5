package org.ocop.rules;

import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.internal.Messages;

/**
 * One difference between what was recorded for a dossier and what the replay computes, with its most likely cause.
 *
 * <p>Immutable and thread-safe. The texts are in English through {@link #recomputed()}, {@link #explanation()} and
 * {@link #toString()}, and in another language through the methods that take a {@link Locale}.
 *
 * @param field what differs: {@code average}, {@code stars}, {@code level}, {@code criteriaVersion} or
 *     {@code dataEdition}
 * @param recorded the recorded value, as printed
 * @param recomputedText the replay's value ({@code 4★}, or why there is no star)
 * @param cause the most likely cause
 * @param explanationText why that cause, with the figures that show it
 */
public record Discrepancy(String field, String recorded, Text recomputedText, Cause cause, Text explanationText) {

    /** Why a recorded result may differ from the replay, most specific first. */
    public enum Cause {
        /** The average was printed with another rounding, or the band was read on the rounded average. */
        DISPLAY_ROUNDING,
        /** The council used another criteria version or data edition than the replay. */
        CRITERIA_VERSION,
        /** The recorded star is the band's star: the star minimums were not applied. */
        STAR_MINIMUMS_NOT_APPLIED,
        /** The recorded star is what the recognising level may grant, not the rated star (or another level). */
        RECOGNISING_LEVEL,
        /** The record matches the sheets counted another way (a member's sheet left out or added). */
        COUNCIL_PRACTICE,
        /**
         * The record matches the sheets counted with another sheet edition of the same version (the national
         * portal's points against the decision's, or the reverse); the explanation lists the criteria whose points
         * differ.
         */
        DATA_EDITION,
        /** The record matches the points as printed in a flawed sheet (a typo the data corrects). */
        DATA_ANOMALY,
        /** No known cause explains the difference. */
        UNEXPLAINED,
        /**
         * The record gives fewer stars than the band's, and the dossier gives too little to check what could have
         * lowered it (an average-only or totals-only dossier: star minimums, council rules; see
         * {@link Rating#unchecked()}). Neither confirmed nor contradicted.
         */
        NOT_CHECKABLE
    }

    /** Validates that nothing is null. */
    public Discrepancy {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(recomputedText, "recomputedText");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(explanationText, "explanationText");
    }

    /** The replay's value, in English. */
    public String recomputed() {
        return recomputedText.toString();
    }

    /** The replay's value in the language of {@code locale}; see {@link Text}. */
    public String recomputed(Locale locale) {
        return recomputedText.in(locale);
    }

    /** Why that cause, with the figures that show it, in English. */
    public String explanation() {
        return explanationText.toString();
    }

    /** {@link #explanation()} in the language of {@code locale}; see {@link Text}. */
    public String explanation(Locale locale) {
        return explanationText.in(locale);
    }

    /**
     * The difference in one line in the language of {@code locale}: field, both values, cause and why. In English
     * the field and the cause are their codes, as the JSON writes them; in Vietnamese they are words, and so are
     * the levels of a {@code level} difference.
     */
    public String describe(Locale locale) {
        boolean level = field.equals("level");
        return Messages.format(locale, "replay.discrepancy", fieldWords(), level ? levelWords(recorded) : recorded,
                level ? levelWords(recomputedText.toString()) : recomputedText, Messages.name(cause),
                explanationText);
    }

    /** The field in words; English: the field's name. */
    private Text fieldWords() {
        return switch (field) {
            case "average" -> Messages.text("replay.field.average");
            case "stars" -> Messages.text("replay.field.stars");
            case "level" -> Messages.text("replay.field.level");
            case "criteriaVersion" -> Messages.text("replay.field.criteriaVersion");
            case "dataEdition" -> Messages.text("replay.field.dataEdition");
            default -> Messages.literal(field);
        };
    }

    /** A level as the replay writes it (its constant's name) in words, or the value as it is if it is none. */
    private static Object levelWords(String value) {
        for (Level l : Level.values()) {
            if (l.name().equals(value)) {
                return Messages.name(l);
            }
        }
        return value;
    }

    /** The difference in one line, in English: {@code <field>: recorded <value>, replay <value> — <cause>: <why>}. */
    @Override
    public String toString() {
        return describe(Locale.ROOT);
    }
}
