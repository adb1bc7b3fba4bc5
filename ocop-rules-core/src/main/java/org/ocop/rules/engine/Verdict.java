package org.ocop.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;

/**
 * What an engine decided for a {@link RatingTask}. Two engines given the same task return equal verdicts, except
 * for {@link #firings()}, which name each engine's own rules.
 *
 * @param outcome {@link Outcome#RATED}, {@link Outcome#REFUSED}, {@link Outcome#DISQUALIFIED},
 *     {@link Outcome#STOPPED} or {@link Outcome#COUNCIL_RULE_BREACHED}; engines never return INVALID
 * @param members each member's totals, in task member order (a totals-only task: the totals given, parts 0)
 * @param bandStars the band's star, empty when knocked out
 * @param stars the rated star, present only when the outcome is RATED
 * @param failedMarkers the markers not met whose star is at most the band's star, in task marker order
 * @param knockOuts the ids of the knock-out rules that applied, in task order, with what triggered each
 * @param breaches the council rules breached, in {@link CouncilBreach.Rule} order
 * @param grantedStars the highest star the evaluating level may recognise, when rated and any
 * @param forwardedTo where the product is forwarded, when it is
 * @param firings the rules that fired
 */
public record Verdict(Outcome outcome, List<MemberTotals> members, OptionalInt bandStars, OptionalInt stars,
        List<RatingTask.Marker> failedMarkers, List<KnockOutApplied> knockOuts, List<CouncilBreach> breaches,
        OptionalInt grantedStars, Optional<Level> forwardedTo, List<RuleFiring> firings) {

    /** Validates and copies. */
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        members = List.copyOf(members);
        Objects.requireNonNull(bandStars, "bandStars");
        Objects.requireNonNull(stars, "stars");
        failedMarkers = List.copyOf(failedMarkers);
        knockOuts = List.copyOf(knockOuts);
        breaches = List.copyOf(breaches);
        Objects.requireNonNull(grantedStars, "grantedStars");
        Objects.requireNonNull(forwardedTo, "forwardedTo");
        firings = List.copyOf(firings);
    }

    /** This verdict without its firings: what two engines must agree on. */
    public Verdict withoutFirings() {
        return new Verdict(outcome, members, bandStars, stars, failedMarkers, knockOuts, breaches, grantedStars,
                forwardedTo, List.of());
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
