package org.ocop.rules.advice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rating;
import org.ocop.rules.Text;

/**
 * How a council's result moves: without any one member's sheet, with every member's total shifted by ±0.5 or ±1
 * point, and against a limit on the spread of member totals.
 *
 * <p>A portal can show "4★ holds unless the sheet of member M3 is dropped" ({@link #summary()}). Immutable and
 * thread-safe; {@link #explain()} renders it for people, {@link org.ocop.rules.json.AdviceJson} for programs.
 *
 * @param dossierId the dossier's id
 * @param rating the dossier's rating as it stands
 * @param leaveOneOut for each member in sheet order, the rating without that member's sheet (empty with one
 *     member, or when the dossier has no totals)
 * @param shifts the result with every member's total moved by −1, −0.5, +0.5 and +1 point
 * @param spread the spread of member totals against the limit; empty when the dossier has no totals
 * @param drivers the members whose sheet, dropped, changes the band, the outcome or the star, in sheet order
 * @param reasonText why there is nothing to analyse, when the dossier has no totals (invalid or knocked out)
 */
public record Robustness(String dossierId, Rating rating, List<Dropped> leaveOneOut, List<Shift> shifts,
        Optional<Spread> spread, List<String> drivers, Optional<Text> reasonText) {

    /** Validates and copies. */
    public Robustness {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(rating, "rating");
        leaveOneOut = List.copyOf(leaveOneOut);
        shifts = List.copyOf(shifts);
        Objects.requireNonNull(spread, "spread");
        drivers = List.copyOf(drivers);
        Objects.requireNonNull(reasonText, "reasonText");
    }

    /** Why there is nothing to analyse, in English. */
    public Optional<String> reason() {
        return reasonText.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reasonText.map(t -> t.in(locale));
    }

    /**
     * One line for a portal, in English, for example {@code 4★ holds unless the sheet of Trần Thị Bình is dropped
     * (3★)}.
     */
    public String summary() {
        return summary(Locale.ROOT);
    }

    /** {@link #summary()} in the language of {@code locale}; see {@link Text}. */
    public String summary(Locale locale) {
        return AdviceText.summary(this, Objects.requireNonNull(locale, "locale"));
    }

    /** The analysis for people, in English. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /** {@link #explain()} in the language of {@code locale} (Vietnamese for {@code vi}, else English; see {@link Text}). */
    public String explain(Locale locale) {
        return AdviceText.robustness(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * The result without one member's sheet, rated by the rater's engine (council rules included: a quorum may fail).
     *
     * @param member the member left out
     * @param rating the rating without that sheet
     * @param bandChanges whether the band's star differs from the dossier's
     * @param resultChanges whether the outcome or the rated star differs from the dossier's
     */
    public record Dropped(String member, Rating rating, boolean bandChanges, boolean resultChanges) {

        /** Validates. */
        public Dropped {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /**
     * The result if every member's total moved by {@code delta}: the exact average moves by {@code delta}, the band
     * is read on it, and the star minimums (which depend on the options, not the totals) and council rules (a
     * uniform shift keeps the spread) act as in the rating.
     *
     * @param delta the shift of every total, −1, −0.5, 0.5 or 1
     * @param average the exact shifted average
     * @param bandStars the band's star of the shifted average
     * @param outcome RATED, REFUSED or COUNCIL_RULE_BREACHED, as the rating would give
     * @param stars the star when RATED
     * @param resultChanges whether the outcome or the star differs from the dossier's
     */
    public record Shift(BigDecimal delta, Average average, int bandStars, Outcome outcome, OptionalInt stars,
            boolean resultChanges) {

        /** Validates. */
        public Shift {
            Objects.requireNonNull(delta, "delta");
            Objects.requireNonNull(average, "average");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(stars, "stars");
        }
    }

    /**
     * The spread of member totals.
     *
     * @param highestMember the member with the highest total (the first in sheet order on a tie)
     * @param highest that total
     * @param lowestMember the member with the lowest total (the first on a tie)
     * @param lowest that total
     * @param limit the largest spread allowed: the caller's when given, else the council rules'; empty when neither
     * @param breached whether the spread exceeds the limit
     */
    public record Spread(String highestMember, int highest, String lowestMember, int lowest, OptionalInt limit,
            boolean breached) {

        /** Validates. */
        public Spread {
            Objects.requireNonNull(highestMember, "highestMember");
            Objects.requireNonNull(lowestMember, "lowestMember");
            Objects.requireNonNull(limit, "limit");
        }

        /** The highest total minus the lowest. */
        public int spread() {
            return highest - lowest;
        }
    }
}
