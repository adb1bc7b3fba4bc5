package org.ocop.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.internal.Messages;

/**
 * A disqualification or stop rule that applied to a dossier, and why.
 *
 * <p>Immutable and thread-safe. The reasons are in English through {@link #reasons()} and in another language
 * through {@link #reasons(Locale)} (see {@link Text}); the rule's own text is the data's.
 *
 * @param rule the rule, with its text and source
 * @param reasonTexts what triggered it: the council's finding, or which members chose which trigger option
 */
public record KnockOutHit(KnockOutRule rule, List<Text> reasonTexts) {

    /** Validates and copies. */
    public KnockOutHit {
        Objects.requireNonNull(rule, "rule");
        reasonTexts = List.copyOf(reasonTexts);
    }

    /** What triggered it, in English. */
    public List<String> reasons() {
        return Messages.english(reasonTexts);
    }

    /** {@link #reasons()} in the language of {@code locale}; see {@link Text}. */
    public List<String> reasons(Locale locale) {
        return Messages.in(locale, reasonTexts);
    }
}
