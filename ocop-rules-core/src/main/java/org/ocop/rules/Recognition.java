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
 * <p>Built by the library as part of a {@link Rating}; there is no public constructor, so that fields can be added
 * without breaking callers. Immutable and thread-safe; equal when every accessor's value is equal.
 */
public final class Recognition {

    private final Level level;
    private final String procedure;
    private final Set<Integer> recognisable;
    private final OptionalInt grantedStars;
    private final boolean certificate;
    private final Optional<Level> forwardedTo;
    private final Text note;

    /** Validates and copies. */
    Recognition(Level level, String procedure, Set<Integer> recognisable, OptionalInt grantedStars,
            boolean certificate, Optional<Level> forwardedTo, Text note) {
        this.level = Objects.requireNonNull(level, "level");
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.recognisable = Set.copyOf(recognisable);
        this.grantedStars = Objects.requireNonNull(grantedStars, "grantedStars");
        this.certificate = certificate;
        this.forwardedTo = Objects.requireNonNull(forwardedTo, "forwardedTo");
        this.note = Objects.requireNonNull(note, "note");
    }

    /** The evaluating level. */
    public Level level() {
        return level;
    }

    /** The procedure applied, for example {@code 1489/QĐ-TTg}, with its source. */
    public String procedure() {
        return procedure;
    }

    /** The stars this level may recognise. */
    public Set<Integer> recognisable() {
        return recognisable;
    }

    /**
     * The highest recognisable star not above the rated star; empty when none (1★, 2★, or a level that recognises
     * nothing).
     */
    public OptionalInt grantedStars() {
        return grantedStars;
    }

    /** Whether a recognition decision and certificate follow at this level. */
    public boolean certificate() {
        return certificate;
    }

    /** The level the product is sent on to, when the rated star reaches the forwarding band. */
    public Optional<Level> forwardedTo() {
        return forwardedTo;
    }

    /** The reasoning in one sentence, in English. */
    public String note() {
        return note.toString();
    }

    /** {@link #note()} in the language of {@code locale}; see {@link Text}. */
    public String note(java.util.Locale locale) {
        return note.in(locale);
    }

    /** {@link #note()} as a text, to render later in any language. */
    public Text noteText() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Recognition r && level == r.level && procedure.equals(r.procedure)
                && recognisable.equals(r.recognisable) && grantedStars.equals(r.grantedStars)
                && certificate == r.certificate && forwardedTo.equals(r.forwardedTo) && note.equals(r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, procedure, recognisable, grantedStars, certificate, forwardedTo, note);
    }

    @Override
    public String toString() {
        return "Recognition[level=" + level + ", procedure=" + procedure + ", recognisable=" + recognisable
                + ", grantedStars=" + grantedStars + ", certificate=" + certificate + ", forwardedTo=" + forwardedTo
                + ", note=" + note + "]";
    }
}
