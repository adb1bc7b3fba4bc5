package org.ocop.rules.dmn;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ocop.rules.Rating;

/** Compares two engines' ratings of one dossier on everything but the engine's name and its rule firings. */
final class SameRating {

    /** The components that name the engine's own rules, not the rating. */
    private static final Set<String> ENGINE_OWN = Set.of("firings", "engine");

    private SameRating() {
    }

    /** The components on which the two ratings differ, as {@code name: expected <> actual}; empty when they agree. */
    static List<String> differences(Rating expected, Rating actual) {
        List<String> differences = new ArrayList<>();
        for (RecordComponent component : Rating.class.getRecordComponents()) {
            if (ENGINE_OWN.contains(component.getName())) {
                continue;
            }
            try {
                Object e = component.getAccessor().invoke(expected);
                Object a = component.getAccessor().invoke(actual);
                if (!Objects.equals(e, a)) {
                    differences.add(component.getName() + ": " + e + " <> " + a);
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return differences;
    }
}
