package org.ocop.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.internal.Messages;

/**
 * A rule the engine fired for a rating: its name, the criteria data it fired on (ids and provenance), and what the
 * rule does in words.
 *
 * <p>The name is the engine's own identifier, the same in every language (each engine names its rules its own
 * way). The words are a {@link Text}: in English through {@link #text()}, in another language through
 * {@link #text(Locale)}. The library's two engines give the same words where they report the same step (an
 * outcome, a knock-out, a failed star minimum, a council breach), so a page reads either engine's explanation the
 * same way. Immutable and thread-safe.
 *
 * @param rule the rule's name, for example {@code Star minimum not met: every member must reach the marked option}
 * @param facts what it matched, for example {@code marker 1.3.c ***** (26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3)}
 * @param ruleText what the rule does, in words; the Drools engine's English words are its rule names
 */
public record RuleFiring(String rule, List<String> facts, Text ruleText) {

    /** Validates and copies. */
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
        Objects.requireNonNull(ruleText, "ruleText");
    }

    /**
     * A firing whose words are its rule's name in every language, for an engine of a caller's own (the library's
     * engines give words in every language the library has).
     *
     * @throws NullPointerException if an argument is null
     */
    public RuleFiring(String rule, List<String> facts) {
        this(rule, facts, Messages.literal(rule));
    }

    /** What the rule does, in English. */
    public String text() {
        return ruleText.toString();
    }

    /** {@link #text()} in the language of {@code locale}; see {@link Text}. */
    public String text(Locale locale) {
        return ruleText.in(locale);
    }

    @Override
    public String toString() {
        return facts.isEmpty() ? rule : rule + " — " + String.join("; ", facts);
    }
}
