package org.ocop.rules.dmn;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ocop.rules.Rating;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * Compares two engines' ratings of one dossier on everything but the engine's name and its rule firings, and on the
 * words of the firings both engines report.
 */
final class SameRating {

    /** The parts that name the engine's own rules, not the rating. */
    private static final Set<String> ENGINE_OWN = Set.of("firings", "engine");
    /**
     * The words of the steps both engines report as firings: the outcome, a knock-out found or chosen, a failed star
     * minimum under each consensus, a council rule breached. The Drools engine also fires rules for the steps in
     * between (totals, bands, eligible stars …), which the DMN engine does not report.
     */
    private static final Set<Text> SHARED_STEPS = Stream.of("firing.outcome.RATED", "firing.outcome.REFUSED",
            "firing.outcome.DISQUALIFIED", "firing.outcome.STOPPED", "firing.outcome.COUNCIL_RULE_BREACHED",
            "firing.knockOut.found", "firing.knockOut.chosen", "firing.minimum.ALL_MEMBERS",
            "firing.minimum.MAJORITY", "firing.minimum.AVERAGE_POINTS", "firing.breach.QUORUM",
            "firing.breach.SPREAD", "firing.breach.SECRETARY_SCORED").map(Messages::text)
            .collect(Collectors.toUnmodifiableSet());

    private SameRating() {
    }

    /**
     * The parts on which the two ratings differ, as {@code name: expected <> actual}; empty when they agree. Every
     * field of {@link Rating} is a part, read through its accessor of the same name, so a part added later is
     * compared without a change here.
     */
    static List<String> differences(Rating expected, Rating actual) {
        List<String> differences = new ArrayList<>();
        for (Field field : Rating.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || ENGINE_OWN.contains(field.getName())) {
                continue;
            }
            try {
                Method accessor = Rating.class.getMethod(field.getName());
                Object e = accessor.invoke(expected);
                Object a = accessor.invoke(actual);
                if (!Objects.equals(e, a)) {
                    differences.add(field.getName() + ": " + e + " <> " + a);
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Rating." + field.getName() + " has no public accessor", ex);
            }
        }
        Set<Text> expectedSteps = sharedSteps(expected);
        Set<Text> actualSteps = sharedSteps(actual);
        if (!expectedSteps.equals(actualSteps)) {
            differences.add("firings' words: " + expectedSteps + " <> " + actualSteps);
        }
        return differences;
    }

    /** The words of the rating's firings that are shared steps, in any order and once each. */
    static Set<Text> sharedSteps(Rating rating) {
        return rating.firings().stream().map(RuleFiring::ruleText).filter(SHARED_STEPS::contains)
                .collect(Collectors.toSet());
    }

    /** Whether every firing of the rating is a shared step (true of every DMN rating). */
    static boolean onlySharedSteps(Rating rating) {
        return rating.firings().stream().map(RuleFiring::ruleText).allMatch(SHARED_STEPS::contains);
    }
}
