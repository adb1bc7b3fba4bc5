package org.ocop.rules;

import java.util.List;
import java.util.Objects;
import org.ocop.rules.criteria.KnockOutRule;

/**
 * A disqualification or stop rule that applied to a dossier, and why.
 *
 * @param rule the rule, with its text and source
 * @param reasons what triggered it: the council's finding, or which members chose which trigger option
 */
public record KnockOutHit(KnockOutRule rule, List<String> reasons) {

    /** Validates and copies. */
    public KnockOutHit {
        Objects.requireNonNull(rule, "rule");
        reasons = List.copyOf(reasons);
    }

    /** {@link #reasons()} as texts. */
    public List<Text> reasonTexts() {
        return reasons.stream().map(org.ocop.rules.internal.Messages::literal).toList();
    }

    /** {@link #reasons()} in the language of {@code locale}; see {@link Text}. */
    public List<String> reasons(java.util.Locale locale) {
        return reasons;
    }
}
