package org.ocop.rules.internal.drools;

import org.ocop.rules.criteria.Part;

/** One member's choice on one criterion. Internal to the Drools engine. */
public final class PickFact implements Described {

    private final String member;
    private final String criterion;
    private final Part part;
    private final String option;
    private final int points;

    /** Creates the fact. */
    public PickFact(String member, String criterion, Part part, String option, int points) {
        this.member = member;
        this.criterion = criterion;
        this.part = part;
        this.option = option;
        this.points = points;
    }

    /** The member. */
    public String getMember() {
        return member;
    }

    /** The criterion. */
    public String getCriterion() {
        return criterion;
    }

    /** The part. */
    public Part getPart() {
        return part;
    }

    /** The option. */
    public String getOption() {
        return option;
    }

    /** The points. */
    public int getPoints() {
        return points;
    }

    /** The points if the criterion is in Part A, else 0: lets one accumulate sum the total and each part. */
    public int getPointsInA() {
        return part == Part.A ? points : 0;
    }

    /** The points if the criterion is in Part B, else 0. */
    public int getPointsInB() {
        return part == Part.B ? points : 0;
    }

    /** The points if the criterion is in Part C, else 0. */
    public int getPointsInC() {
        return part == Part.C ? points : 0;
    }

    @Override
    public String describe() {
        return member + " chose " + option + " (" + points + " pts)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
