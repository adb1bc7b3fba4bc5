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
 * <p>Made by {@link Advisor} only: the constructors are not API, so parts can be added in a later release.
 */
public final class Robustness {
    private final String dossierId;
    private final Rating rating;
    private final List<Dropped> leaveOneOut;
    private final List<Shift> shifts;
    private final Optional<Spread> spread;
    private final List<String> drivers;
    private final Optional<Text> reason;

    /** Validates and copies. */
    Robustness(String dossierId, Rating rating, List<Dropped> leaveOneOut, List<Shift> shifts,
            Optional<Spread> spread, List<String> drivers, Optional<Text> reason) {
        this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
        this.rating = Objects.requireNonNull(rating, "rating");
        this.leaveOneOut = List.copyOf(leaveOneOut);
        this.shifts = List.copyOf(shifts);
        this.spread = Objects.requireNonNull(spread, "spread");
        this.drivers = List.copyOf(drivers);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The dossier's id. */
    public String dossierId() {
        return dossierId;
    }

    /** The dossier's rating as it stands. */
    public Rating rating() {
        return rating;
    }

    /**
     * For each member in sheet order, the rating without that member's sheet (empty with one member, or when the
     * dossier has no totals).
     */
    public List<Dropped> leaveOneOut() {
        return leaveOneOut;
    }

    /** The result with every member's total moved by −1, −0.5, +0.5 and +1 point. */
    public List<Shift> shifts() {
        return shifts;
    }

    /** The spread of member totals against the limit; empty when the dossier has no totals. */
    public Optional<Spread> spread() {
        return spread;
    }

    /** The members whose sheet, dropped, changes the band, the outcome or the star, in sheet order. */
    public List<String> drivers() {
        return drivers;
    }

    /** Why there is nothing to analyse, when the dossier has no totals (invalid or knocked out), in English. */
    public Optional<String> reason() {
        return reason.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reason.map(t -> t.in(locale));
    }

    /** {@link #reason()} as a text, to render later in any language. */
    public Optional<Text> reasonText() {
        return reason;
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

    /**
     * {@link #explain()} in the language of {@code locale}: Vietnamese for {@code vi}, else English; see {@link Text}.
     */
    public String explain(Locale locale) {
        return AdviceText.robustness(this, Objects.requireNonNull(locale, "locale"));
    }

    /** Equal when every part is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Robustness that && dossierId.equals(that.dossierId) && rating.equals(that.rating)
                && leaveOneOut.equals(that.leaveOneOut) && shifts.equals(that.shifts) && spread.equals(that.spread)
                && drivers.equals(that.drivers) && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, rating, leaveOneOut, shifts, spread, drivers, reason);
    }

    /** Every part, named, for debugging; {@link #explain()} is the text for people. */
    @Override
    public String toString() {
        return "Robustness[dossierId=" + dossierId + ", rating=" + rating + ", leaveOneOut=" + leaveOneOut
                + ", shifts=" + shifts + ", spread=" + spread + ", drivers=" + drivers + ", reason=" + reason + "]";
    }

    /**
     * The result without one member's sheet, rated by the rater's engine (council rules included: a quorum may fail).
     * Immutable and thread-safe.
     */
    public static final class Dropped {
        private final String member;
        private final Rating rating;
        private final boolean bandChanges;
        private final boolean resultChanges;

        /** Validates. */
        Dropped(String member, Rating rating, boolean bandChanges, boolean resultChanges) {
            this.member = Objects.requireNonNull(member, "member");
            this.rating = Objects.requireNonNull(rating, "rating");
            this.bandChanges = bandChanges;
            this.resultChanges = resultChanges;
        }

        /** The member left out. */
        public String member() {
            return member;
        }

        /** The rating without that member's sheet. */
        public Rating rating() {
            return rating;
        }

        /** Whether the band's star differs from the dossier's. */
        public boolean bandChanges() {
            return bandChanges;
        }

        /** Whether the outcome or the rated star differs from the dossier's. */
        public boolean resultChanges() {
            return resultChanges;
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Dropped that && member.equals(that.member) && rating.equals(that.rating)
                    && bandChanges == that.bandChanges && resultChanges == that.resultChanges;
        }

        @Override
        public int hashCode() {
            return Objects.hash(member, rating, bandChanges, resultChanges);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Dropped[member=" + member + ", rating=" + rating + ", bandChanges=" + bandChanges
                    + ", resultChanges=" + resultChanges + "]";
        }
    }

    /**
     * The result if every member's total moved by {@link #delta()}: the exact average moves by the delta, the band
     * is read on it, and the star minimums (which depend on the options, not the totals) and council rules (a
     * uniform shift keeps the spread) act as in the rating. Immutable and thread-safe.
     */
    public static final class Shift {
        private final BigDecimal delta;
        private final Average average;
        private final int bandStars;
        private final Outcome outcome;
        private final OptionalInt stars;
        private final boolean resultChanges;

        /** Validates. */
        Shift(BigDecimal delta, Average average, int bandStars, Outcome outcome, OptionalInt stars,
                boolean resultChanges) {
            this.delta = Objects.requireNonNull(delta, "delta");
            this.average = Objects.requireNonNull(average, "average");
            this.bandStars = bandStars;
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.stars = Objects.requireNonNull(stars, "stars");
            this.resultChanges = resultChanges;
        }

        /** The shift of every total: −1, −0.5, 0.5 or 1. */
        public BigDecimal delta() {
            return delta;
        }

        /** The exact shifted average. */
        public Average average() {
            return average;
        }

        /** The band's star of the shifted average. */
        public int bandStars() {
            return bandStars;
        }

        /** RATED, REFUSED or COUNCIL_RULE_BREACHED, as the rating would give. */
        public Outcome outcome() {
            return outcome;
        }

        /** The star when RATED. */
        public OptionalInt stars() {
            return stars;
        }

        /** Whether the outcome or the star differs from the dossier's. */
        public boolean resultChanges() {
            return resultChanges;
        }

        /** Equal when every part is equal ({@link #delta()} by {@link BigDecimal#equals}, scale included). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Shift that && delta.equals(that.delta) && average.equals(that.average)
                    && bandStars == that.bandStars && outcome == that.outcome && stars.equals(that.stars)
                    && resultChanges == that.resultChanges;
        }

        @Override
        public int hashCode() {
            return Objects.hash(delta, average, bandStars, outcome, stars, resultChanges);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Shift[delta=" + delta + ", average=" + average + ", bandStars=" + bandStars + ", outcome="
                    + outcome + ", stars=" + stars + ", resultChanges=" + resultChanges + "]";
        }
    }

    /** The spread of member totals. Immutable and thread-safe. */
    public static final class Spread {
        private final String highestMember;
        private final int highest;
        private final String lowestMember;
        private final int lowest;
        private final OptionalInt limit;
        private final boolean breached;

        /** Validates. */
        Spread(String highestMember, int highest, String lowestMember, int lowest, OptionalInt limit,
                boolean breached) {
            this.highestMember = Objects.requireNonNull(highestMember, "highestMember");
            this.highest = highest;
            this.lowestMember = Objects.requireNonNull(lowestMember, "lowestMember");
            this.lowest = lowest;
            this.limit = Objects.requireNonNull(limit, "limit");
            this.breached = breached;
        }

        /** The member with the highest total (the first in sheet order on a tie). */
        public String highestMember() {
            return highestMember;
        }

        /** The highest total. */
        public int highest() {
            return highest;
        }

        /** The member with the lowest total (the first on a tie). */
        public String lowestMember() {
            return lowestMember;
        }

        /** The lowest total. */
        public int lowest() {
            return lowest;
        }

        /** The largest spread allowed: the caller's when given, else the council rules'; empty when neither. */
        public OptionalInt limit() {
            return limit;
        }

        /** Whether the spread exceeds the limit. */
        public boolean breached() {
            return breached;
        }

        /** The highest total minus the lowest. */
        public int spread() {
            return highest - lowest;
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Spread that && highestMember.equals(that.highestMember)
                    && highest == that.highest && lowestMember.equals(that.lowestMember) && lowest == that.lowest
                    && limit.equals(that.limit) && breached == that.breached;
        }

        @Override
        public int hashCode() {
            return Objects.hash(highestMember, highest, lowestMember, lowest, limit, breached);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Spread[highestMember=" + highestMember + ", highest=" + highest + ", lowestMember="
                    + lowestMember + ", lowest=" + lowest + ", limit=" + limit + ", breached=" + breached + "]";
        }
    }
}
