package org.ocop.rules;

import java.util.List;
import java.util.Objects;

/**
 * A rule the engine fired for a rating: its name, and the criteria data it fired on (ids and provenance).
 *
 * @param rule the rule's name, for example {@code Star minimum not met}
 * @param facts what it matched, for example {@code marker 1.3.c ***** (26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3)}
 */
public record RuleFiring(String rule, List<String> facts) {

    /** Validates and copies. */
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
    }

    @Override
    public String toString() {
        return facts.isEmpty() ? rule : rule + " — " + String.join("; ", facts);
    }
}
