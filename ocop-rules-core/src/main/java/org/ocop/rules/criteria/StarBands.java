package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The star bands (<i>hạng sao</i>) of a criteria version as numbers: the lower bounds of the 2★, 3★, 4★ and 5★
 * bands, for example 30, 50, 70, 90. Bands are half-open on the council's exact average: a product is in the band of
 * the highest floor its average reaches (70 reaches 4★; 89.99 does not reach 5★), and in 1★ below the first floor.
 *
 * <p>Each version's data states them ({@code bands.floors}, beside the text they are read from); the catalogue
 * checks them and hands them to both engines through the rating task, so no engine, generator or planner writes the
 * numbers of the law itself. Immutable and thread-safe.
 *
 * @param floors the lower bounds of the 2★ to 5★ bands: four whole numbers from 1 to 100, strictly ascending
 */
public record StarBands(List<Integer> floors) {

    /** The most stars a band gives. */
    public static final int MAX_STARS = 5;
    /** How many floors a version states: one per band above 1★. */
    static final int FLOOR_COUNT = MAX_STARS - 1;
    /** The highest floor allowed: a sheet totals 100 points, so a higher floor could never be reached. */
    static final int MAX_FLOOR = 100;

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if {@code floors} is null
     * @throws IllegalArgumentException if the floors are not four whole numbers from 1 to 100, strictly ascending
     */
    public StarBands {
        Violation v = check(Objects.requireNonNull(floors, "floors"));
        if (v != null) {
            throw new IllegalArgumentException("star band floors " + floors + (v.index() < 0 ? ""
                    : ", floor " + (v.index() + 1)) + ": " + v.problem() + ": " + v.value() + "; allowed: "
                    + v.allowed());
        }
        floors = List.copyOf(floors);
    }

    /**
     * The bands with these floors.
     *
     * @param floors the lower bounds of the 2★ to 5★ bands
     * @throws IllegalArgumentException as {@link #StarBands(List)}
     */
    public static StarBands of(int... floors) {
        List<Integer> list = new ArrayList<>(floors.length);
        for (int floor : floors) {
            list.add(floor);
        }
        return new StarBands(list);
    }

    /**
     * The lower bound of the band of {@code stars}★: 0 for 1★, a floor for 2★ to 5★.
     *
     * @throws IllegalArgumentException if {@code stars} is not 1 to 5
     */
    public int floor(int stars) {
        if (stars < 1 || stars > MAX_STARS) {
            throw new IllegalArgumentException("no band of " + stars + "★; allowed: 1 to " + MAX_STARS);
        }
        return stars == 1 ? 0 : floors.get(stars - 2);
    }

    /**
     * The star of the band the exact average {@code sum / count} is in, compared without division
     * ({@code sum ≥ floor × count}), so that no rounding ever moves a product across a bound.
     *
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public int starsOf(long sum, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an average needs at least one member: " + count);
        }
        int stars = 1;
        for (int floor : floors) {
            if (sum >= (long) floor * count) {
                stars++;
            }
        }
        return stars;
    }

    /**
     * The first way a list of floors breaks the rules, or {@code null} when it keeps them; shared by the constructor
     * and the data loader, which reports it at the offending value's JSON path.
     *
     * @param index the offending floor's index, or -1 when the list as a whole is wrong
     */
    record Violation(int index, String problem, String value, String allowed) {
    }

    /** Checks a list of floors as stated in the data (elements may be missing). */
    static Violation check(List<Integer> floors) {
        if (floors.size() != FLOOR_COUNT) {
            return new Violation(-1, "not one floor for each band from 2★ to 5★", String.valueOf(floors),
                    FLOOR_COUNT + " whole numbers, the lower bounds of the 2★, 3★, 4★ and 5★ bands");
        }
        int below = 0;
        for (int i = 0; i < floors.size(); i++) {
            Integer floor = floors.get(i);
            int lowest = below + 1;
            if (floor == null) {
                return new Violation(i, "missing band floor", "null", lowest + " to " + MAX_FLOOR);
            }
            if (floor < 1 || floor > MAX_FLOOR) {
                return new Violation(i, "band floor out of range", floor.toString(), "1 to " + MAX_FLOOR);
            }
            if (floor < lowest) {
                return new Violation(i, "band floor not above the floor of the band below", floor.toString(),
                        lowest + " to " + MAX_FLOOR);
            }
            below = floor;
        }
        return null;
    }
}
