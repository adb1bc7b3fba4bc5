package org.ocop.rules.internal.drools;

/** A marker the council's sheets do not meet. Internal to the Drools engine. */
public final class UnmetMarkerFact implements Described {

    private final MarkerFact marker;
    private final int stars;
    private final long meeting;

    /** Creates the fact. */
    public UnmetMarkerFact(MarkerFact marker, int stars, long meeting) {
        this.marker = marker;
        this.stars = stars;
        this.meeting = meeting;
    }

    /** The marker. */
    public MarkerFact getMarker() {
        return marker;
    }

    /** The stars. */
    public int getStars() {
        return stars;
    }

    /** The meeting. */
    public long getMeeting() {
        return meeting;
    }

    @Override
    public String describe() {
        return marker.describe() + " unmet";
    }

    @Override
    public String toString() {
        return describe();
    }
}
