package org.ocop.rules;

import java.util.Objects;

/**
 * One difference between what was recorded for a dossier and what the replay computes, with its most likely cause.
 *
 * @param field what differs: {@code average}, {@code stars}, {@code level}, {@code criteriaVersion} or
 *     {@code dataEdition}
 * @param recorded the recorded value, as printed
 * @param recomputed the replay's value
 * @param cause the most likely cause
 * @param explanation why that cause, with the figures that show it
 */
public record Discrepancy(String field, String recorded, String recomputed, Cause cause, String explanation) {

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
        UNEXPLAINED
    }

    /** Validates that nothing is null. */
    public Discrepancy {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return field + ": recorded " + recorded + ", replay " + recomputed + " — " + cause + ": " + explanation;
    }
}
