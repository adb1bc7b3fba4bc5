package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.Part;

/** A checklist criterion of the sheet: its ticked lines add up to its cap. Internal to the Drools engine. */
public final class ChecklistFact implements Described {

    private final String criterion;
    private final Part part;
    private final int cap;

    /** Creates the fact. */
    public ChecklistFact(String criterion, Part part, int cap) {
        this.criterion = criterion;
        this.part = part;
        this.cap = cap;
    }

    /** The criterion. */
    public String getCriterion() {
        return criterion;
    }

    /** Its part. */
    public Part getPart() {
        return part;
    }

    /** Its printed cap. */
    public int getCap() {
        return cap;
    }

    @Override
    public String describe() {
        return "checklist " + criterion + " (cap " + cap + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
