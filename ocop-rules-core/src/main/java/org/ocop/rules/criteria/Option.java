package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One option (□) of a criterion: the box a council member ticks, worth a fixed number of points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id, unique within its sheet and kept across data editions, for example {@code 1.3.c}
 * @param points points the option is worth (whole numbers in every decision we hold)
 * @param minStars the star level this option is the minimum for ({@code ***} = 3, {@code ****} = 4,
 *     {@code *****} = 5), or empty when the option carries no marker
 * @param caseLabel for criteria with mutually exclusive cases, the case this option belongs to
 * @param text the option text as printed
 * @param printedPoints when the printed points were a typo, what the decision prints (for example {@code 13})
 * @param doubt why this option's reading is not certain, when it is not
 * @param notes notes printed with the option
 * @param provenance where the option comes from
 * @param minStarsSource where the star minimum comes from when another decision than the sheet's sets it (781's
 *     minimum requirements on 1048's sheets, mapped to this option by our reading); empty when the marker is printed
 *     on the sheet itself or there is none
 */
public record Option(String id, int points, OptionalInt minStars, Optional<String> caseLabel, String text,
        Optional<String> printedPoints, Optional<String> doubt, List<String> notes, Provenance provenance,
        Optional<Provenance> minStarsSource) {

    /** An option whose star marker, if any, is printed on its own sheet. */
    public Option(String id, int points, OptionalInt minStars, Optional<String> caseLabel, String text,
            Optional<String> printedPoints, Optional<String> doubt, List<String> notes, Provenance provenance) {
        this(id, points, minStars, caseLabel, text, printedPoints, doubt, notes, provenance, Optional.empty());
    }

    /** Validates and copies the components. */
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(minStars, "minStars");
        Objects.requireNonNull(caseLabel, "caseLabel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(printedPoints, "printedPoints");
        Objects.requireNonNull(doubt, "doubt");
        notes = List.copyOf(notes);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(minStarsSource, "minStarsSource");
    }

    /** Where this option's star minimum comes from: its own sheet, or the decision that set it on this option. */
    public Provenance minStarsProvenance() {
        return minStarsSource.orElse(provenance);
    }

    /** Whether this option is a star minimum (carries {@code ***}, {@code ****} or {@code *****}). */
    public boolean hasMinStars() {
        return minStars.isPresent();
    }

    /** How sure the reading of this option is. */
    public SourceStatus status() {
        return provenance.status();
    }
}
