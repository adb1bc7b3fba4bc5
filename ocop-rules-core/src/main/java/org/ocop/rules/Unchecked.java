package org.ocop.rules;

/**
 * A check of the rating that the dossier gives too little to make: a dossier without the members' sheets (a
 * totals-only dossier) or without the members at all (an average-only dossier, from a published results list) is
 * still rated to its band, star, recognition and forwarding, and {@link Rating#unchecked()} lists what was not
 * checked, in this order. Each is also a warning in words ({@link Rating#warnings()}). A check the settings do not
 * ask for (a council rule switched off) is not listed: nothing was left unchecked.
 *
 * <p>The names are stable: they are values of the rating JSON's {@code unchecked} array.
 */
public enum Unchecked {
    /** The star minimums of the version (markers on the sheet's options) need each member's choices. */
    STAR_MINIMUMS,
    /** The quorum ({@link CouncilRules#quorum()}) needs to know who scored. */
    COUNCIL_QUORUM,
    /** Whether the chair scored (part of the quorum rule) needs the members' names. */
    CHAIR_SCORED,
    /** The largest spread of member totals ({@link CouncilRules#maxSpread()}) needs each member's total. */
    COUNCIL_SPREAD,
    /** Whether the secretary scored ({@link CouncilRules#secretaryMustNotScore()}) needs the members' names. */
    SECRETARY_SCORED;

    /** What is not checked, in a few words ("star minimums"), for lists. */
    Text words() {
        return org.ocop.rules.internal.Messages.text(switch (this) {
            case STAR_MINIMUMS -> "unchecked.STAR_MINIMUMS";
            case COUNCIL_QUORUM -> "unchecked.COUNCIL_QUORUM";
            case CHAIR_SCORED -> "unchecked.CHAIR_SCORED";
            case COUNCIL_SPREAD -> "unchecked.COUNCIL_SPREAD";
            case SECRETARY_SCORED -> "unchecked.SECRETARY_SCORED";
        });
    }

    /** The warning an average-only dossier's rating gives for it, under the version {@code versionId}. */
    Text warning(String versionId) {
        return org.ocop.rules.internal.Messages.text(switch (this) {
            case STAR_MINIMUMS -> "warning.unchecked.STAR_MINIMUMS";
            case COUNCIL_QUORUM -> "warning.unchecked.COUNCIL_QUORUM";
            case CHAIR_SCORED -> "warning.unchecked.CHAIR_SCORED";
            case COUNCIL_SPREAD -> "warning.unchecked.COUNCIL_SPREAD";
            case SECRETARY_SCORED -> "warning.unchecked.SECRETARY_SCORED";
        }, versionId);
    }
}
