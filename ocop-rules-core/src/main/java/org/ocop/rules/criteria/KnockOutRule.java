package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that ends a dossier's rating before stars: the dossier is excluded (<i>bị loại</i>) or scoring stops
 * (<i>không đánh giá các bước tiếp theo</i>). These are outcomes of their own, never zero points.
 *
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can give a rule
 * more facts in a later release without breaking callers, who only read it. Immutable and thread-safe; equal when
 * every accessor's value is equal.
 */
public final class KnockOutRule {

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

    private final String id;
    private final Kind kind;
    private final Trigger trigger;
    private final Optional<String> at;
    private final String text;
    private final List<String> options;
    private final Optional<String> doubt;
    private final Provenance provenance;

    /** Validates and copies; the loader's only way to make a rule. */
    KnockOutRule(String id, Kind kind, Trigger trigger, Optional<String> at, String text, List<String> options,
            Optional<String> doubt, Provenance provenance) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.at = Objects.requireNonNull(at, "at");
        this.text = Objects.requireNonNull(text, "text");
        this.options = List.copyOf(options);
        this.doubt = Objects.requireNonNull(doubt, "doubt");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Stable id, unique within its sheet, for example {@code DQ-HEADER} or {@code STOP-6.1}. */
    public String id() {
        return id;
    }

    /** Whether the dossier is excluded or scoring stops. */
    public Kind kind() {
        return kind;
    }

    /** Whether the council records it as a finding or it follows from the options chosen. */
    public Trigger trigger() {
        return trigger;
    }

    /** The criterion or heading code the rule is printed at; empty for the sheet header. */
    public Optional<String> at() {
        return at;
    }

    /** The rule as printed. */
    public String text() {
        return text;
    }

    /** For {@link Trigger#CHOICE} rules, the options whose choice triggers it; empty otherwise. Unmodifiable. */
    public List<String> options() {
        return options;
    }

    /** Why this rule's reading is not certain, when it is not; empty otherwise. */
    public Optional<String> doubt() {
        return doubt;
    }

    /** Where the rule comes from. */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof KnockOutRule other && id.equals(other.id) && kind == other.kind
                && trigger == other.trigger && at.equals(other.at) && text.equals(other.text)
                && options.equals(other.options) && doubt.equals(other.doubt) && provenance.equals(other.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, trigger, at, text, options, doubt, provenance);
    }

    /** Its name and every part, in the form a record prints them: {@code KnockOutRule[id=DQ-HEADER, …]}. */
    @Override
    public String toString() {
        return "KnockOutRule[id=" + id + ", kind=" + kind + ", trigger=" + trigger + ", at=" + at + ", text=" + text
                + ", options=" + options + ", doubt=" + doubt + ", provenance=" + provenance + "]";
    }
}
