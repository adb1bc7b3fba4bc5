package org.ocop.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.criteria.Level;

/**
 * What an engine decided for a {@link RatingTask}. Two engines given the same task return equal verdicts, except
 * for {@link #firings()}, which name each engine's own rules.
 *
 * <p>An engine builds its verdict with {@link #builder(Outcome)}; there is no public constructor, so that a later
 * release can add what an engine decides without breaking the engines written against this one. Immutable and
 * thread-safe; equal when every accessor's value is equal.
 */
public final class Verdict {

    private final Outcome outcome;
    private final List<MemberTotals> members;
    private final OptionalInt bandStars;
    private final OptionalInt stars;
    private final List<RatingTask.Marker> failedMarkers;
    private final List<KnockOutApplied> knockOuts;
    private final List<CouncilBreach> breaches;
    private final OptionalInt grantedStars;
    private final Optional<Level> forwardedTo;
    private final List<RuleFiring> firings;

    private Verdict(Builder b) {
        this.outcome = b.outcome;
        this.members = List.copyOf(b.members);
        this.bandStars = Objects.requireNonNull(b.bandStars, "bandStars");
        this.stars = Objects.requireNonNull(b.stars, "stars");
        this.failedMarkers = List.copyOf(b.failedMarkers);
        this.knockOuts = List.copyOf(b.knockOuts);
        this.breaches = List.copyOf(b.breaches);
        this.grantedStars = Objects.requireNonNull(b.grantedStars, "grantedStars");
        this.forwardedTo = Objects.requireNonNull(b.forwardedTo, "forwardedTo");
        this.firings = List.copyOf(b.firings);
    }

    /**
     * A builder of a verdict with this outcome; everything else starts empty.
     *
     * @param outcome {@link Outcome#RATED}, {@link Outcome#REFUSED}, {@link Outcome#DISQUALIFIED},
     *     {@link Outcome#STOPPED} or {@link Outcome#COUNCIL_RULE_BREACHED}; engines never return INVALID
     * @return a new builder, not thread-safe
     * @throws NullPointerException if {@code outcome} is null
     */
    public static Builder builder(Outcome outcome) {
        return new Builder(outcome);
    }

    /**
     * How the rating ended: {@link Outcome#RATED}, {@link Outcome#REFUSED}, {@link Outcome#DISQUALIFIED},
     * {@link Outcome#STOPPED} or {@link Outcome#COUNCIL_RULE_BREACHED}; never INVALID.
     */
    public Outcome outcome() {
        return outcome;
    }

    /** Each member's totals, in task member order (a totals-only task: the totals given, parts 0). */
    public List<MemberTotals> members() {
        return members;
    }

    /** The band's star, empty when knocked out. */
    public OptionalInt bandStars() {
        return bandStars;
    }

    /** The rated star, present only when the outcome is RATED. */
    public OptionalInt stars() {
        return stars;
    }

    /** The markers not met whose star is at most the band's star, in task marker order. */
    public List<RatingTask.Marker> failedMarkers() {
        return failedMarkers;
    }

    /** The knock-out rules that applied, in task order, with what triggered each. */
    public List<KnockOutApplied> knockOuts() {
        return knockOuts;
    }

    /** The council rules breached, in {@link CouncilBreach.Rule} order. */
    public List<CouncilBreach> breaches() {
        return breaches;
    }

    /** The highest star the evaluating level may recognise, when rated and any. */
    public OptionalInt grantedStars() {
        return grantedStars;
    }

    /** Where the product is forwarded, when it is. */
    public Optional<Level> forwardedTo() {
        return forwardedTo;
    }

    /** The rules that fired, named by the engine. */
    public List<RuleFiring> firings() {
        return firings;
    }

    /** This verdict without its firings: what two engines must agree on. */
    public Verdict withoutFirings() {
        return builder(outcome).members(members).bandStars(bandStars).stars(stars).failedMarkers(failedMarkers)
                .knockOuts(knockOuts).breaches(breaches).grantedStars(grantedStars).forwardedTo(forwardedTo)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Verdict v && outcome == v.outcome && members.equals(v.members)
                && bandStars.equals(v.bandStars) && stars.equals(v.stars) && failedMarkers.equals(v.failedMarkers)
                && knockOuts.equals(v.knockOuts) && breaches.equals(v.breaches)
                && grantedStars.equals(v.grantedStars) && forwardedTo.equals(v.forwardedTo)
                && firings.equals(v.firings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, members, bandStars, stars, failedMarkers, knockOuts, breaches, grantedStars,
                forwardedTo, firings);
    }

    @Override
    public String toString() {
        return "Verdict[outcome=" + outcome + ", members=" + members + ", bandStars=" + bandStars + ", stars="
                + stars + ", failedMarkers=" + failedMarkers + ", knockOuts=" + knockOuts + ", breaches="
                + breaches + ", grantedStars=" + grantedStars + ", forwardedTo=" + forwardedTo + ", firings="
                + firings + "]";
    }

    /**
     * Builds a {@link Verdict}: set what the engine decided, then {@link #build()}. Every list and optional starts
     * empty. Not thread-safe: one engine evaluation builds one verdict.
     */
    public static final class Builder {
        private final Outcome outcome;
        private List<MemberTotals> members = List.of();
        private OptionalInt bandStars = OptionalInt.empty();
        private OptionalInt stars = OptionalInt.empty();
        private List<RatingTask.Marker> failedMarkers = List.of();
        private List<KnockOutApplied> knockOuts = List.of();
        private List<CouncilBreach> breaches = List.of();
        private OptionalInt grantedStars = OptionalInt.empty();
        private Optional<Level> forwardedTo = Optional.empty();
        private List<RuleFiring> firings = List.of();

        private Builder(Outcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
        }

        /** Each member's totals, in task member order; copied at {@link #build()}. */
        public Builder members(List<MemberTotals> value) {
            this.members = Objects.requireNonNull(value, "members");
            return this;
        }

        /** The band's star, empty when knocked out. */
        public Builder bandStars(OptionalInt value) {
            this.bandStars = Objects.requireNonNull(value, "bandStars");
            return this;
        }

        /** The rated star: present only when the outcome is RATED. */
        public Builder stars(OptionalInt value) {
            this.stars = Objects.requireNonNull(value, "stars");
            return this;
        }

        /** The markers not met whose star is at most the band's star, in task marker order. */
        public Builder failedMarkers(List<RatingTask.Marker> value) {
            this.failedMarkers = Objects.requireNonNull(value, "failedMarkers");
            return this;
        }

        /** The knock-out rules that applied, in task order. */
        public Builder knockOuts(List<KnockOutApplied> value) {
            this.knockOuts = Objects.requireNonNull(value, "knockOuts");
            return this;
        }

        /** The council rules breached, in {@link CouncilBreach.Rule} order. */
        public Builder breaches(List<CouncilBreach> value) {
            this.breaches = Objects.requireNonNull(value, "breaches");
            return this;
        }

        /** The highest star the evaluating level may recognise, when rated and any. */
        public Builder grantedStars(OptionalInt value) {
            this.grantedStars = Objects.requireNonNull(value, "grantedStars");
            return this;
        }

        /** Where the product is forwarded, when it is. */
        public Builder forwardedTo(Optional<Level> value) {
            this.forwardedTo = Objects.requireNonNull(value, "forwardedTo");
            return this;
        }

        /** The rules that fired. */
        public Builder firings(List<RuleFiring> value) {
            this.firings = Objects.requireNonNull(value, "firings");
            return this;
        }

        /**
         * The verdict, with immutable copies of the lists.
         *
         * @throws NullPointerException if a list holds null
         */
        public Verdict build() {
            return new Verdict(this);
        }
    }

    /**
     * One member's totals.
     *
     * @param member the member
     * @param total the sheet total
     * @param partA Part A points
     * @param partB Part B points
     * @param partC Part C points
     */
    public record MemberTotals(String member, int total, int partA, int partB, int partC) {
    }

    /**
     * A knock-out rule that applied.
     *
     * @param id the rule's id
     * @param finding whether the council recorded it as a finding
     * @param chosenBy the trigger choices that applied it, as {@code member: option}, in member order
     */
    public record KnockOutApplied(String id, boolean finding, List<String> chosenBy) {
        /** Copies. */
        public KnockOutApplied {
            chosenBy = List.copyOf(chosenBy);
        }
    }
}
