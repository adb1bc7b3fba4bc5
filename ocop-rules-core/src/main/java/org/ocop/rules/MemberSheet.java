package org.ocop.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One council member's filled scoring sheet: for each criterion the option ticked.
 *
 * <p>A criterion that does not apply (5.2 when the member found no product story) is left out. Immutable; the
 * choices keep the order they were given in.
 *
 * @param member the member's name or seat, unique within the dossier
 * @param choices criterion code → option id, for example {@code "1.3" → "1.3.c"}
 */
public record MemberSheet(String member, Map<String, String> choices) {

    /** Validates and copies the choices, keeping their order. */
    public MemberSheet {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(choices, "choices");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        choices.forEach((criterion, option) -> copy.put(Objects.requireNonNull(criterion, "criterion code"),
                Objects.requireNonNull(option, () -> "option for criterion " + criterion)));
        choices = Collections.unmodifiableMap(copy);
    }
}
