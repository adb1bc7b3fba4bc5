package org.ocop.rules.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.FailedMinimum;
import org.ocop.rules.KnockOutHit;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;

/**
 * The engine-neutral part of a rating: every number and decision "How a dossier is rated" (docs/reference/rating.md) fixes, and
 * nothing an engine may word differently (messages, reasons, explanations, firings).
 *
 * <p>{@link ReferenceScorer} computes one from the specification; {@link #of(Rating)} reads one off an engine's
 * result, so that two implementations can be compared field by field with {@code equals}.
 *
 * @param outcome how the rating ended
 * @param members each member's totals, in sheet order
 * @param average the council's exact average, when that page gives one (not for invalid or knocked-out dossiers)
 * @param bandStars the band's star before star minimums
 * @param stars the rated star, present only when {@link Outcome#RATED}
 * @param failedMinimums every unmet star minimum at or below the band's star, in sheet order (criterion, then
 *     option order)
 * @param knockOuts the ids of the knock-out rules that applied, in the sheet's order
 * @param grantedStars the star the evaluating level recognises, when rated and recognisable
 * @param forwardedTo the level the product is forwarded to, when rated and forwarded
 * @param councilBreaches the council rules breached, sorted by rule
 */
public record Expected(Outcome outcome, List<MemberTotal> members, Optional<Average> average, OptionalInt bandStars,
        OptionalInt stars, List<Minimum> failedMinimums, List<String> knockOuts, OptionalInt grantedStars,
        Optional<Level> forwardedTo, List<CouncilBreach.Rule> councilBreaches) {

    /**
     * One member's sheet added up.
     *
     * @param member the member
     * @param total the sheet's total
     * @param a the points of Part A
     * @param b the points of Part B
     * @param c the points of Part C
     */
    public record MemberTotal(String member, int total, int a, int b, int c) {
        /** Validates that the member is named. */
        public MemberTotal {
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * A star minimum that was not met.
     *
     * @param criterion the criterion's code
     * @param stars the star level of the marker
     * @param requiredOption the marked option's id
     */
    public record Minimum(String criterion, int stars, String requiredOption) {
        /** Validates the ids. */
        public Minimum {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(requiredOption, "requiredOption");
        }
    }

    /** Validates and copies. */
    public Expected {
        Objects.requireNonNull(outcome, "outcome");
        members = List.copyOf(members);
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(bandStars, "bandStars");
        Objects.requireNonNull(stars, "stars");
        failedMinimums = List.copyOf(failedMinimums);
        knockOuts = List.copyOf(knockOuts);
        Objects.requireNonNull(grantedStars, "grantedStars");
        Objects.requireNonNull(forwardedTo, "forwardedTo");
        councilBreaches = List.copyOf(councilBreaches);
    }

    /** An invalid dossier: that page gives it no numbers at all. */
    static Expected invalid() {
        return new Expected(Outcome.INVALID, List.of(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                List.of(), List.of(), OptionalInt.empty(), Optional.empty(), List.of());
    }

    /**
     * The engine-neutral part of an engine's rating. Nothing is defaulted: a member score without one of the parts
     * is an error, not zero points, so that the comparison stays strict.
     */
    public static Expected of(Rating rating) {
        List<MemberTotal> members = rating.members().stream().map(Expected::memberTotal).toList();
        List<Minimum> minimums = rating.failedMinimums().stream().map(Expected::minimum).toList();
        List<String> knockOuts = rating.knockOuts().stream().map(KnockOutHit::rule).map(r -> r.id()).toList();
        List<CouncilBreach.Rule> breaches = rating.councilBreaches().stream().map(CouncilBreach::rule)
                .sorted(Comparator.naturalOrder()).toList();
        OptionalInt granted = rating.recognition().map(Recognition::grantedStars).orElse(OptionalInt.empty());
        Optional<Level> forwarded = rating.recognition().flatMap(Recognition::forwardedTo);
        return new Expected(rating.outcome(), members, rating.average(), rating.bandStars(), rating.stars(), minimums,
                knockOuts, granted, forwarded, breaches);
    }

    private static MemberTotal memberTotal(MemberScore score) {
        if (score.parts().isEmpty()) {
            // a totals-only dossier: the total as given, no parts (the reference reads them as 0 alike)
            return new MemberTotal(score.member(), score.total(), 0, 0, 0);
        }
        return new MemberTotal(score.member(), score.total(), part(score, Part.A), part(score, Part.B),
                part(score, Part.C));
    }

    private static int part(MemberScore score, Part part) {
        Integer points = score.parts().get(part);
        if (points == null) {
            throw new IllegalStateException("member " + score.member() + " has no points for part " + part + ": "
                    + score.parts());
        }
        return points;
    }

    private static Minimum minimum(FailedMinimum failed) {
        return new Minimum(failed.criterion(), failed.stars(), failed.requiredOption());
    }
}
