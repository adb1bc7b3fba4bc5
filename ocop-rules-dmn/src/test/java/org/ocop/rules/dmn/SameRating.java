package org.ocop.rules.dmn;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ocop.rules.Rating;

/** Compares two engines' ratings of one dossier on everything but the engine's name and its rule firings. */
final class SameRating {

    /** The parts that name the engine's own rules, not the rating. */
    private static final Set<String> ENGINE_OWN = Set.of("firings", "engine");

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
        return differences;
    }
}
