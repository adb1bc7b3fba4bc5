package org.ocop.rules.internal.drools;

/** A star-minimum marker of the sheet. Internal to the Drools engine. */
public final class MarkerFact implements Described {

    private final String criterion;
    private final String option;
    private final int points;
    private final int stars;
    private final String source;
    private final int index;

    /** Creates the fact. */
    public MarkerFact(String criterion, String option, int points, int stars, String source, int index) {
        this.criterion = criterion;
        this.option = option;
        this.points = points;
        this.stars = stars;
        this.source = source;
        this.index = index;
    }

    /** The criterion. */
    public String getCriterion() {
        return criterion;
    }

    /** The option. */
    public String getOption() {
        return option;
    }

    /** The points. */
    public int getPoints() {
        return points;
    }

    /** The stars. */
    public int getStars() {
        return stars;
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
        return "marker " + option + " " + "*".repeat(stars) + " (" + source + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
