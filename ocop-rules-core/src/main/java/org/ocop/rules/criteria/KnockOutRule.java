package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that ends a dossier's rating before stars: the dossier is excluded (<i>bị loại</i>) or scoring stops
 * (<i>không đánh giá các bước tiếp theo</i>). These are outcomes of their own, never zero points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id, unique within its sheet, for example {@code DQ-HEADER} or {@code STOP-6.1}
 * @param kind whether the dossier is excluded or scoring stops
 * @param trigger whether the council records it as a finding or it follows from the options chosen
 * @param at the criterion or heading code the rule is printed at; empty for the sheet header
 * @param text the rule as printed
 * @param options for {@link Trigger#CHOICE} rules, the options whose choice triggers it; empty otherwise
 * @param doubt why this rule's reading is not certain, when it is not
 * @param provenance where the rule comes from
 */
public record KnockOutRule(String id, Kind kind, Trigger trigger, Optional<String> at, String text,
        List<String> options, Optional<String> doubt, Provenance provenance) {

    /** What a knock-out does. */
    public enum Kind {
        /** The dossier is excluded (<i>hồ sơ bị loại</i>). */
        DISQUALIFY,
        /** Scoring stops (<i>không đánh giá các bước tiếp theo</i>). */
        STOP
    }

    /** How a knock-out is raised. */
    public enum Trigger {
        /** The council records the finding in the dossier, naming the rule's id. */
        FINDING,
        /** It follows from the options chosen: the sheet ties it to printed options. */
        CHOICE
    }

    /** Validates and copies the components. */
    public KnockOutRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        Objects.requireNonNull(doubt, "doubt");
        Objects.requireNonNull(provenance, "provenance");
    }
}
