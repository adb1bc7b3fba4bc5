package org.ocop.rules.dmn;

import static org.ocop.rules.dmn.DmnXml.enumValues;
import static org.ocop.rules.dmn.DmnXml.str;

import java.util.ArrayList;
import java.util.List;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.dmn.DmnXml.Model;
import org.ocop.rules.dmn.DmnXml.Table;
import org.ocop.rules.internal.Share;

/**
 * The version-wide models that give a rated dossier its star: the band of the council's average
 * ({@code star-band.dmn}), whether one star-minimum requirement is met under the consensus policy
 * ({@code minimum-met.dmn}), and the rated star from the band and the highest eligible star under the minimum policy
 * ({@code rated-star.dmn}).
 *
 * <p>Separate from the sheet's models because they hold no option of any sheet: the band floors come from the
 * version's data, the majority from {@link Share}, and the policies are the rating's settings. The star minimums
 * themselves are per set ({@link SheetModels}); these tables decide what the council's choices make of them.
 */
final class StarModels {

    private StarModels() {
    }

    /** The band of an exact average, compared as {@code total >= floor * members}, never on a rounded average. */
    static String starBand(CriteriaVersion version) {
        Model m = new Model(version, "star-band", "The star band of the council's exact average total / members ("
                + version.bands().source() + "), compared without division.");
        m.input("total", "number").input("members", "number");
        // the version's own floors, from its data: a corrected edition's bands are its models' bands
        List<Integer> floors = version.starBands().floors();
        StringBuilder bands = new StringBuilder("Half-open bands on the exact average: <" + floors.get(0) + " 1★");
        for (int i = 0; i < floors.size(); i++) {
            int stars = i + 2;
            bands.append(i + 1 < floors.size() ? ", " + floors.get(i) + "–<" + floors.get(i + 1) + " " + stars + "★"
                    : ", >=" + floors.get(i) + " " + stars + "★.");
        }
        Table t = new Table("starBand", "star band", "UNIQUE", null, "number", bands.toString());
        for (int floor : floors) {
            t.in("total >= " + floor + " * members", "boolean", null);
        }
        for (int stars = 1; stars <= floors.size() + 1; stars++) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < floors.size(); i++) {
                cells.add(i < stars - 1 ? "true" : i == stars - 1 ? "false" : "-");
            }
            t.rule(stars + "★", cells, List.of(stars + ""));
        }
        return m.decision(t).xml();
    }

    /** Whether the council meets one requirement, by how the members' sheets combine (the decision is silent). */
    static String minimumMet(CriteriaVersion version) {
        Model m = new Model(version, "minimum-met", "Whether the council meets one star-minimum requirement, by "
                + "the consensus policy (how the members' sheets combine; the decision is silent on it).");
        m.input("consensus", "string").input("members", "number").input("meeting", "number")
                .input("pointsSum", "number").input("requiredPoints", "number");
        Table t = new Table("minimumMet", "minimum met", "UNIQUE", null, "boolean",
                "meeting: members whose choice reaches the required points; pointsSum: the criterion's points over "
                        + "all members. A requirement of 0 points (no marker binds) is always met.")
                .in("requiredPoints > 0", "boolean", null)
                .in("consensus", "string", enumValues(MinimumConsensus.values()))
                .in("meeting = members", "boolean", null)
                .in(Share.MAJORITY.feel("meeting", "members"), "boolean", null)
                .in("pointsSum >= requiredPoints * members", "boolean", null);
        t.rule("no requirement", List.of("false", "-", "-", "-", "-"), List.of("true"));
        for (String met : List.of("true", "false")) {
            t.rule("every member reaches it", List.of("true", str(MinimumConsensus.ALL_MEMBERS), met, "-", "-"),
                    List.of(met));
        }
        for (String met : List.of("true", "false")) {
            t.rule("a strict majority reaches it", List.of("true", str(MinimumConsensus.MAJORITY), "-", met, "-"),
                    List.of(met));
        }
        for (String met : List.of("true", "false")) {
            t.rule("the average points reach it", List.of("true", str(MinimumConsensus.AVERAGE_POINTS), "-", "-",
                    met), List.of(met));
        }
        return m.decision(t).xml();
    }

    /** The rated star (or a refusal) from the band and the highest eligible star, by the minimum policy. */
    static String ratedStar(CriteriaVersion version) {
        Model m = new Model(version, "rated-star", "The rated star from the band and the highest eligible star "
                + "(band reached, every minimum up to it met), by the minimum policy.");
        m.itemDefinition("tRatedStar", "stars", "number", "refused", "boolean");
        m.input("minimumPolicy", "string").input("band", "number").input("highestEligible", "number");
        Table t = new Table("ratedStar", "rated star", "UNIQUE", null, "tRatedStar",
                "DEMOTE: the highest eligible star. REFUSE: the band's star when eligible, else refused (no star).")
                .in("minimumPolicy", "string", enumValues(MinimumPolicy.values()))
                .in("highestEligible = band", "boolean", null)
                .out("stars", "number").out("refused", "boolean");
        t.rule("DEMOTE: the highest eligible star", List.of(str(MinimumPolicy.DEMOTE), "-"),
                List.of("highestEligible", "false"));
        t.rule("REFUSE: every minimum of the band met", List.of(str(MinimumPolicy.REFUSE), "true"),
                List.of("band", "false"));
        t.rule("REFUSE: a minimum of the band failed", List.of(str(MinimumPolicy.REFUSE), "false"),
                List.of("null", "true"));
        return m.decision(t).xml();
    }
}
