package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.KnockOutRule;

/** A knock-out rule that applies. Internal to the Drools engine. */
public final class AppliedFact implements Described {

    private final String id;
    private final KnockOutRule.Kind kind;
    private final boolean finding;
    private final int index;

    /** Creates the fact. */
    public AppliedFact(String id, KnockOutRule.Kind kind, boolean finding, int index) {
        this.id = id;
        this.kind = kind;
        this.finding = finding;
        this.index = index;
    }

    /** The id. */
    public String getId() {
        return id;
    }

    /** The kind. */
    public KnockOutRule.Kind getKind() {
        return kind;
    }

    /** The finding. */
    public boolean isFinding() {
        return finding;
    }

    /** The index. */
    public int getIndex() {
        return index;
    }

    @Override
    public String describe() {
        return "applied " + id;
    }

    @Override
    public String toString() {
        return describe();
    }
}
