package org.ocop.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocop.rules.criteria.Level;

/**
 * What the evaluating level may do with the rated star under the procedure in force: recognition is not the band.
 *
 * <p>Under 26/2026 a province recognises 3★ and 4★ and forwards products of 90 points and more to the ministry as
 * "potential 5★"; under 148 a district recognised 3★ and forwarded from 70 points. 1★ and 2★ get no recognition
 * decision and no certificate.
 *
 * @param level the evaluating level
 * @param procedure the procedure applied, for example {@code 1489/QĐ-TTg}, with its source
 * @param recognisable the stars this level may recognise
 * @param grantedStars the highest recognisable star not above the rated star; empty when none (1★, 2★, or a level
 *     that recognises nothing)
 * @param certificate whether a recognition decision and certificate follow at this level
 * @param forwardedTo the level the product is sent on to, when the rated star reaches the forwarding band
 * @param note the reasoning in one sentence
 */
public record Recognition(Level level, String procedure, Set<Integer> recognisable, OptionalInt grantedStars,
        boolean certificate, Optional<Level> forwardedTo, String note) {

    /** Validates and copies. */
    public Recognition {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(procedure, "procedure");
        recognisable = Set.copyOf(recognisable);
        Objects.requireNonNull(grantedStars, "grantedStars");
        Objects.requireNonNull(forwardedTo, "forwardedTo");
        Objects.requireNonNull(note, "note");
    }

    /** {@link #note()} as a text. */
    public Text noteText() {
        return org.ocop.rules.internal.Messages.literal(note);
    }

    /** {@link #note()} in the language of {@code locale}; see {@link Text}. */
    public String note(java.util.Locale locale) {
        return note;
    }
}
