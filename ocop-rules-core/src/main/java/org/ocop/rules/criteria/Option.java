package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One option (□) of a criterion: the box a council member ticks, worth a fixed number of points.
 *
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can give an option
 * more facts in a later release without breaking callers, who only read it. Immutable and thread-safe; equal when
 * every accessor's value is equal.
 */
public final class Option {

    private final String id;
    private final int points;
    private final OptionalInt minStars;
    private final Optional<String> caseLabel;
    private final String text;
    private final Optional<String> printedPoints;
    private final Optional<String> doubt;
    private final List<String> notes;
    private final Provenance provenance;
    private final Optional<Provenance> minStarsSource;

    /** Validates and copies; the loader's only way to make an option. */
    Option(String id, int points, OptionalInt minStars, Optional<String> caseLabel, String text,
            Optional<String> printedPoints, Optional<String> doubt, List<String> notes, Provenance provenance,
            Optional<Provenance> minStarsSource) {
        this.id = Objects.requireNonNull(id, "id");
        this.points = points;
        this.minStars = Objects.requireNonNull(minStars, "minStars");
        this.caseLabel = Objects.requireNonNull(caseLabel, "caseLabel");
        this.text = Objects.requireNonNull(text, "text");
        this.printedPoints = Objects.requireNonNull(printedPoints, "printedPoints");
        this.doubt = Objects.requireNonNull(doubt, "doubt");
        this.notes = List.copyOf(notes);
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.minStarsSource = Objects.requireNonNull(minStarsSource, "minStarsSource");
    }

    /**
     * This option carrying a star minimum that another decision than its sheet's sets on it (781's minimum
     * requirements mapped onto 1048's sheets); every other part is kept, so a part added later is copied too.
     */
    Option withMinStars(int stars, Provenance source) {
        return new Option(id, points, OptionalInt.of(stars), caseLabel, text, printedPoints, doubt, notes, provenance,
                Optional.of(source));
    }

    /** Stable id, unique within its sheet and kept across data editions, for example {@code 1.3.c}. */
    public String id() {
        return id;
    }

    /** Points the option is worth (whole numbers in every decision we hold). */
    public int points() {
        return points;
    }

    /**
     * The star level this option is the minimum for ({@code ***} = 3, {@code ****} = 4, {@code *****} = 5), or
     * empty when the option carries no marker.
     */
    public OptionalInt minStars() {
        return minStars;
    }

    /** For criteria with mutually exclusive cases, the case this option belongs to; empty otherwise. */
    public Optional<String> caseLabel() {
        return caseLabel;
    }

    /** The option text as printed. */
    public String text() {
        return text;
    }

    /** When the printed points were a typo, what the decision prints (for example {@code 13}); empty otherwise. */
    public Optional<String> printedPoints() {
        return printedPoints;
    }

    /** Why this option's reading is not certain, when it is not; empty otherwise. */
    public Optional<String> doubt() {
        return doubt;
    }

    /** Notes printed with the option, in printed order; unmodifiable. */
    public List<String> notes() {
        return notes;
    }

    /** Where the option comes from. */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Where the star minimum comes from when another decision than the sheet's sets it (781's minimum requirements
     * on 1048's sheets, mapped to this option by our reading); empty when the marker is printed on the sheet itself
     * or there is none.
     */
    public Optional<Provenance> minStarsSource() {
        return minStarsSource;
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

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Option other && id.equals(other.id) && points == other.points
                && minStars.equals(other.minStars) && caseLabel.equals(other.caseLabel) && text.equals(other.text)
                && printedPoints.equals(other.printedPoints) && doubt.equals(other.doubt)
                && notes.equals(other.notes) && provenance.equals(other.provenance)
                && minStarsSource.equals(other.minStarsSource);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, points, minStars, caseLabel, text, printedPoints, doubt, notes, provenance,
                minStarsSource);
    }

    /** Its name and every part, in the form a record prints them: {@code Option[id=1.3.c, points=5, …]}. */
    @Override
    public String toString() {
        return "Option[id=" + id + ", points=" + points + ", minStars=" + minStars + ", caseLabel=" + caseLabel
                + ", text=" + text + ", printedPoints=" + printedPoints + ", doubt=" + doubt + ", notes=" + notes
                + ", provenance=" + provenance + ", minStarsSource=" + minStarsSource + "]";
    }
}
