package org.ocop.rules.criteria;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * Which criteria version rates a dossier, and by which rule it was chosen.
 *
 * <p>Immutable and thread-safe. The reason and warnings are in English through {@link #reason()} and
 * {@link #warnings()}, and in another language through the methods that take a {@link Locale} (see {@link Text}).
 *
 * @param version the version chosen
 * @param rule the rule that chose it
 * @param reasonText the rule applied to this dossier, in words, with its legal source
 * @param warningTexts what the caller should know (a version requested for a date it was not in force on, a rating
 *     after a transitional deadline); empty when nothing is remarkable
 */
public record VersionResolution(CriteriaVersion version, Rule rule, Text reasonText, List<Text> warningTexts) {

    /** How the version was chosen. */
    public enum Rule {
        /** The caller named the version (an auditor re-checking under a given decision). */
        REQUESTED,
        /** The version in force on the dossier's submission date. */
        SUBMISSION_DATE,
        /**
         * The dossier was submitted under a version that had been replaced by the day it was rated, and the new
         * decision keeps such dossiers under the old rules (26/2026 Điều 12.2).
         */
        TRANSITIONAL
    }

    /** Validates and copies the components. */
    public VersionResolution {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonText, "reasonText");
        warningTexts = List.copyOf(warningTexts);
    }

    /** The rule applied to this dossier, in words, in English. */
    public String reason() {
        return reasonText.toString();
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public String reason(Locale locale) {
        return reasonText.in(locale);
    }

    /** What the caller should know, in English; empty when nothing is remarkable. */
    public List<String> warnings() {
        return Messages.english(warningTexts);
    }

    /** {@link #warnings()} in the language of {@code locale}; see {@link Text}. */
    public List<String> warnings(Locale locale) {
        return Messages.in(locale, warningTexts);
    }
}
