package org.ocop.rules.test;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.Replay;

/**
 * AssertJ assertions on a {@link Replay}, made by {@link OcopAssertions#assertThat(Replay)}:
 * {@code assertThat(rater.replay(dossier)).agrees()}.
 *
 * <p>A failure message lists each discrepancy with its field, the recorded and the recomputed value, its cause and
 * why ({@link Discrepancy#toString()}), then shows the replay's report ({@link Replay#explain()}). Not thread-safe,
 * like every AssertJ assertion.
 */
public final class ReplayAssert extends AbstractAssert<ReplayAssert, Replay> {

    ReplayAssert(Replay actual) {
        super(actual, ReplayAssert.class);
    }

    /**
     * Verifies that the recomputed rating agrees with the recorded result: something was recorded and nothing
     * differs. Unlike {@link Replay#agrees()}, a dossier with nothing recorded fails, since a test that compares
     * with nothing cannot fail and so proves nothing.
     */
    public ReplayAssert agrees() {
        isNotNull();
        if (actual.recorded().isEmpty()) {
            fail("to agree with its recorded result but nothing was recorded (no \"recorded\" in the dossier)");
        }
        if (!actual.discrepancies().isEmpty()) {
            fail("to agree with its recorded result but " + count(actual.discrepancies().size()) + ":\n"
                    + list(actual.discrepancies()));
        }
        return this;
    }

    /** Verifies that {@code field} (for example {@code "stars"}) differs from the record, for {@code cause}. */
    public ReplayAssert hasDiscrepancy(String field, Discrepancy.Cause cause) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(cause, "cause");
        isNotNull();
        if (actual.discrepancies().stream().noneMatch(d -> d.field().equals(field) && d.cause() == cause)) {
            fail("to have a discrepancy in " + field + " caused by " + cause + " but "
                    + (actual.discrepancies().isEmpty() ? "it has none" : "it has " + count(actual.discrepancies()
                            .size()) + ":\n" + list(actual.discrepancies())));
        }
        return this;
    }

    /**
     * Verifies that every discrepancy, if any, has one of the causes given: the replay differs from the record only
     * for reasons already known.
     */
    public ReplayAssert hasDiscrepanciesOnlyCausedBy(Discrepancy.Cause... causes) {
        List<Discrepancy.Cause> allowed = Arrays.asList(causes);
        isNotNull();
        List<Discrepancy> others = actual.discrepancies().stream().filter(d -> !allowed.contains(d.cause()))
                .toList();
        if (!others.isEmpty()) {
            fail("to differ from its record only for " + allowed + " but " + count(others.size())
                    + " had another cause:\n" + list(others));
        }
        return this;
    }

    private void fail(String what) {
        failWithMessage("%s", "Expecting the replay of dossier " + actual.rating().dossierId() + " " + what
                + "\nThe replay:\n" + RatingAssert.indent(actual.explain()));
    }

    static String count(int n) {
        return n == 1 ? "1 discrepancy" : n + " discrepancies";
    }

    static String list(List<Discrepancy> discrepancies) {
        return discrepancies.stream().map(d -> "  - " + d).collect(Collectors.joining("\n"));
    }
}
