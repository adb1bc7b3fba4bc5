package org.ocop.rules.drools;

import java.util.ArrayList;
import java.util.List;

/**
 * Every choice on one criterion, across the members: what the rules ask about a criterion (how many chose on it,
 * their points, how many reach a marker's points, who chose an option) without one session fact per choice.
 * Internal to the Drools engine.
 *
 * <p>One fact per criterion rather than one per choice keeps the session small (a 5-member sheet of 31 criteria is
 * 31 facts, not 155): inserting and propagating each choice through the network was most of a rating's cost. The
 * list may hold several choices of one member (a checklist criterion), and every figure counts choices, as the
 * rules did when each choice was a fact.
 */
public final class CriterionFact implements Described {
    private final String criterion;
    private final String part;
    private final List<PickFact> picks;
    private final long sum;

    /**
     * Creates the fact.
     *
     * @param criterion the criterion's code
     * @param part its part, or "" when nobody chose on it (then no points belong to any part)
     * @param picks the choices on it, in sheet order
     */
    public CriterionFact(String criterion, String part, List<PickFact> picks) {
        this.criterion = criterion;
        this.part = part;
        this.picks = List.copyOf(picks);
        long total = 0;
        for (PickFact p : this.picks) {
            total += p.getPoints();
        }
        this.sum = total;
    }

    /** The criterion. */
    public String getCriterion() {
        return criterion;
    }

    /** The part. */
    public String getPart() {
        return part;
    }

    /** The choices on the criterion. */
    public List<PickFact> getPicks() {
        return picks;
    }

    /** How many choices were made on the criterion. */
    public int getChose() {
        return picks.size();
    }

    /** The points of all choices on the criterion. */
    public long getSum() {
        return sum;
    }

    /**
     * Whether the choices' average is at most {@code points}, compared exactly: the sum is at most {@code points}
     * times the number of choices (false when nobody chose).
     */
    public boolean averageAtMost(int points) {
        return !picks.isEmpty() && sum <= (long) points * picks.size();
    }

    /** How many choices reach {@code required} points. */
    public long reaching(int required) {
        long n = 0;
        for (PickFact p : picks) {
            n += p.getPoints() >= required ? 1 : 0;
        }
        return n;
    }

    /** How many choices are of {@code option}. */
    public int chosenBy(String option) {
        return choosers(option).size();
    }

    /** The member of each choice of {@code option}, in sheet order. */
    public List<String> choosers(String option) {
        List<String> members = new ArrayList<>();
        for (PickFact p : picks) {
            if (p.getOption().equals(option)) {
                members.add(p.getMember());
            }
        }
        return members;
    }

    /** The points of {@code member}'s choices on the criterion. */
    public int pointsOf(String member) {
        int points = 0;
        for (PickFact p : picks) {
            if (p.getMember().equals(member)) {
                points += p.getPoints();
            }
        }
        return points;
    }

    @Override
    public String describe() {
        return "criterion " + criterion + ": " + picks;
    }

    @Override
    public String toString() {
        return describe();
    }
}
