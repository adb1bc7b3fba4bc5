package org.ocop.rules.criteria;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a version's star bands ({@code bands.floors}) and checks them: four whole numbers from 1 to
 * 100, strictly ascending ({@link StarBands#check}), each stated by the bands' own text. The text is what the source
 * prints; the floors are our reading of it, and tying each floor to a number of the text catches a floor typed
 * wrong in one of the two.
 */
final class BandsReader {
    static final String PATH = "$.bands.floors";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private BandsReader() {
    }

    /**
     * The version's star bands.
     *
     * @param resource the version file, for errors
     * @param floors the floors as written ({@code null} when the key is missing)
     * @param text the bands' text, already checked
     * @throws CriteriaDataException naming the floor (its JSON path), the value and what is allowed
     */
    static StarBands floors(String resource, List<Integer> floors, String text) {
        if (floors == null) {
            throw new CriteriaDataException(resource, PATH, "missing key", null, "a value");
        }
        StarBands.Violation v = StarBands.check(floors);
        if (v != null) {
            throw new CriteriaDataException(resource, v.index() < 0 ? PATH : PATH + "[" + v.index() + "]",
                    v.problem(), v.value(), v.allowed());
        }
        Set<Integer> stated = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            stated.add(Integer.parseInt(m.group()));
        }
        for (int i = 0; i < floors.size(); i++) {
            if (!stated.contains(floors.get(i))) {
                throw new CriteriaDataException(resource, PATH + "[" + i + "]", "band floor that the bands' text "
                        + "does not state", floors.get(i).toString(), "a number the text states" + (stated.isEmpty() ? ""
                        : ": " + String.join(", ", stated.stream().map(String::valueOf).toList())));
            }
        }
        return new StarBands(floors);
    }
}
