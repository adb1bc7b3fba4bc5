package org.ocop.rules.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.FailedMinimum;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.Level;

/**
 * AssertJ assertions on a {@link Rating}, made by {@link OcopAssertions#assertThat(Rating)}:
 * {@code assertThat(rating).isRated().hasStars(4).hasFailedMinimum("1.3", 5)}.
 *
 * <p>Every failure message says what was expected and what the rating has, then shows the rating's whole
 * explanation ({@link Rating#explain()}), so that a failing portal test says why the criteria gave what they gave.
 * Not thread-safe, like every AssertJ assertion: one per statement.
 */
public final class RatingAssert extends AbstractAssert<RatingAssert, Rating> {

    RatingAssert(Rating actual) {
        super(actual, RatingAssert.class);
    }

    /** Verifies that the dossier was rated (outcome {@link Outcome#RATED}), not refused, disqualified or invalid. */
    public RatingAssert isRated() {
        return hasOutcome(Outcome.RATED);
    }

    /** Verifies the outcome. */
    public RatingAssert hasOutcome(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        isNotNull();
        if (actual.outcome() != outcome) {
            fail("to have outcome " + outcome + " but it was " + actual.outcome());
        }
        return this;
    }

    /** Verifies the stars (<i>hạng sao</i>) the rating gives, after star minimums and recognition. */
    public RatingAssert hasStars(int stars) {
        isNotNull();
        if (actual.stars().isEmpty() || actual.stars().getAsInt() != stars) {
            fail("to be " + stars + "★ but it was " + starsOf(actual));
        }
        return this;
    }

    /** Verifies that the rating gives no stars (the dossier was refused, disqualified, stopped or invalid). */
    public RatingAssert hasNoStars() {
        isNotNull();
        if (actual.stars().isPresent()) {
            fail("to have no stars but it was " + starsOf(actual));
        }
        return this;
    }

    /** Verifies the stars of the band the average falls in, before star minimums. */
    public RatingAssert hasBandStars(int stars) {
        isNotNull();
        if (actual.bandStars().isEmpty() || actual.bandStars().getAsInt() != stars) {
            fail("to fall in the " + stars + "★ band but the band was "
                    + (actual.bandStars().isPresent() ? actual.bandStars().getAsInt() + "★" : "none"));
        }
        return this;
    }

    /** Verifies the displayed average, as printed, for example {@code "91.14"}. */
    public RatingAssert hasAverage(String displayed) {
        Objects.requireNonNull(displayed, "displayed");
        isNotNull();
        String rated = actual.displayedAverage().map(BigDecimal::toPlainString).orElse(null);
        if (!displayed.equals(rated)) {
            fail("to have the average " + displayed + " but it was " + (rated == null ? "none" : rated));
        }
        return this;
    }

    /** Verifies that the star minimum of {@code criterion} for {@code stars} failed. */
    public RatingAssert hasFailedMinimum(String criterion, int stars) {
        Objects.requireNonNull(criterion, "criterion");
        isNotNull();
        if (actual.failedMinimums().stream().noneMatch(f -> f.criterion().equals(criterion) && f.stars() == stars)) {
            fail("to have failed the " + stars + "★ minimum of criterion " + criterion + " but the failed minimums "
                    + "were " + minimums(actual.failedMinimums()));
        }
        return this;
    }

    /** Verifies that no star minimum failed. */
    public RatingAssert hasNoFailedMinimums() {
        isNotNull();
        if (!actual.failedMinimums().isEmpty()) {
            fail("to have no failed minimum but the failed minimums were " + minimums(actual.failedMinimums()));
        }
        return this;
    }

    /** Verifies that the knock-out rule {@code ruleId} (for example {@code "DQ-2.1"}) hit. */
    public RatingAssert hasKnockOut(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        List<String> hits = actual.knockOuts().stream().map(h -> h.rule().id()).toList();
        if (!hits.contains(ruleId)) {
            fail("to be knocked out by " + ruleId + " but the knock-outs were " + hits);
        }
        return this;
    }

    /** Verifies that the council rule was breached. */
    public RatingAssert hasCouncilBreach(CouncilBreach.Rule rule) {
        Objects.requireNonNull(rule, "rule");
        isNotNull();
        List<CouncilBreach.Rule> breaches = actual.councilBreaches().stream().map(CouncilBreach::rule).toList();
        if (!breaches.contains(rule)) {
            fail("to breach the council rule " + rule + " but the breaches were " + breaches);
        }
        return this;
    }

    /** Verifies that one of the rating's problems has exactly this message ({@link Problem#message()}). */
    public RatingAssert hasProblem(String message) {
        Objects.requireNonNull(message, "message");
        isNotNull();
        List<String> problems = actual.problems().stream().map(Problem::message).toList();
        if (!problems.contains(message)) {
            fail("to have the problem\n  " + message + "\nbut the problems were " + problems);
        }
        return this;
    }

    /** Verifies that the rating has no problem. */
    public RatingAssert hasNoProblems() {
        isNotNull();
        if (!actual.problems().isEmpty()) {
            fail("to have no problem but the problems were " + actual.problems().stream().map(Problem::message)
                    .toList());
        }
        return this;
    }

    /** Verifies the criteria version (<i>bộ tiêu chí</i>) the dossier was rated under, for example {@code "QD-26-2026"}. */
    public RatingAssert hasCriteriaVersion(String versionId) {
        Objects.requireNonNull(versionId, "versionId");
        isNotNull();
        if (!actual.criteriaVersion().equals(java.util.Optional.of(versionId))) {
            fail("to be rated under " + versionId + " but it was rated under "
                    + actual.criteriaVersion().orElse("no version"));
        }
        return this;
    }

    /** Verifies the level the dossier goes on to (for example {@link Level#MINISTRY}). */
    public RatingAssert isForwardedTo(Level level) {
        Objects.requireNonNull(level, "level");
        isNotNull();
        Level to = actual.recognition().flatMap(Recognition::forwardedTo).orElse(null);
        if (to != level) {
            fail("to be forwarded to " + level + " but it was " + (to == null ? "forwarded nowhere" : "forwarded to "
                    + to));
        }
        return this;
    }

    /**
     * Verifies every part of the rating that {@code expected} names (see {@link ExpectedRating}); the message lists
     * each difference as {@code key: expected X, rated Y}.
     */
    public RatingAssert matches(ExpectedRating expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        List<String> differences = expected.differencesFrom(actual);
        if (!differences.isEmpty()) {
            fail("to match its expected rating but " + differences.size() + (differences.size() == 1
                    ? " part differs" : " parts differ") + ":\n" + differences.stream().map(d -> "  - " + d)
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Fails with: what was expected of this dossier, then the rating's explanation. */
    private void fail(String what) {
        failWithMessage("%s", message(actual, what));
    }

    static String message(Rating rating, String what) {
        return "Expecting the rating of dossier " + rating.dossierId() + " (" + rating.productSet() + ") " + what
                + "\nThe rating's explanation:\n" + indent(rating.explain());
    }

    static String indent(String text) {
        return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }

    static String starsOf(Rating rating) {
        return (rating.stars().isPresent() ? rating.stars().getAsInt() + "★" : "no stars") + " ("
                + rating.outcome() + ")";
    }

    private static String minimums(List<FailedMinimum> failed) {
        return failed.isEmpty() ? "none" : failed.stream()
                .map(f -> f.criterion() + " for " + f.stars() + "★ (needs " + f.requiredOption() + ")")
                .collect(Collectors.joining(", "));
    }
}
