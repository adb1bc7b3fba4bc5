package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.KnockOutRule;

/** A knock-out rule of the sheet. Internal to the Drools engine. */
public final class KnockOutFact implements Described {

    private final String id;
    private final KnockOutRule.Kind kind;
    private final String source;
    private final int index;

    /** Creates the fact. */
    public KnockOutFact(String id, KnockOutRule.Kind kind, String source, int index) {
        this.id = id;
        this.kind = kind;
        this.source = source;
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

    /** The source. */
    public String getSource() {
        return source;
    }

    /** The index. */
    public int getIndex() {
        return index;
    }

    @Override
    public String describe() {
        return "knock-out " + id + " (" + source + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
