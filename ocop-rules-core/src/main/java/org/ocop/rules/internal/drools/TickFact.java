package org.ocop.rules.internal.drools;

/** One line a member ticked on a checklist criterion. Internal to the Drools engine. */
public final class TickFact implements Described {

    private final String member;
    private final String criterion;
    private final String option;
    private final int points;

    /** Creates the fact. */
    public TickFact(String member, String criterion, String option, int points) {
        this.member = member;
        this.criterion = criterion;
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

    /** The option ticked. */
    public String getOption() {
        return option;
    }

    /** Its points. */
    public int getPoints() {
        return points;
    }

    @Override
    public String describe() {
        return member + " ticked " + option + " (" + points + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
