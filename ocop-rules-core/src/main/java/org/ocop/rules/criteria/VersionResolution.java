package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;

/**
 * Which criteria version rates a dossier, and by which rule it was chosen.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the version chosen
 * @param rule the rule that chose it
 * @param reason the rule applied to this dossier, in words, with its legal source
 * @param warnings what the caller should know (a version requested for a date it was not in force on, a rating
 *     after a transitional deadline); empty when nothing is remarkable
 */
public record VersionResolution(CriteriaVersion version, Rule rule, String reason, List<String> warnings) {

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
        Objects.requireNonNull(reason, "reason");
        warnings = List.copyOf(warnings);
    }

    /** {@link #reason()} as a text. */
    public org.ocop.rules.Text reasonText() {
        return org.ocop.rules.internal.Messages.literal(reason);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link org.ocop.rules.Text}. */
    public String reason(java.util.Locale locale) {
        return reason;
    }
}
