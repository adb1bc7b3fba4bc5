package org.ocop.rules.dmn;

import static org.ocop.rules.dmn.DmnXml.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Provenance;
import org.ocop.rules.dmn.DmnXml.Model;
import org.ocop.rules.dmn.DmnXml.Table;

/**
 * The two models of one product set's scoring sheet: its option points ({@code option-points/<set>.dmn}, the printed
 * sheet: option → points and criterion) and its star minimums ({@code star-minimums/<set>.dmn}, the options marked
 * ***, ****, *****, read cumulatively).
 *
 * <p>Separate from the version-wide models because these are the sheet's own data, one model per set, and hold
 * nearly every table cell of a version; and because the option points rows also decide where a set's model lives
 * ({@link ModelLayout#optionPointsHome}): a version based on another shares its base's file when the rows are equal.
 */
final class SheetModels {

    private SheetModels() {
    }

    static String optionPoints(CriteriaVersion version, String set) {
        Model m = new Model(version, ModelLayout.optionPointsModel(set), "The points of every option of the scoring "
                + "sheet of product set " + set + " of " + version.decision().number() + ", data edition "
                + version.edition() + ", like the printed sheet.");
        m.itemDefinition("tOptionPoints", "points", "number", "criterion", "string");
        m.input("option", "string");
        // Written from optionPointsRows only, so that two versions whose rows are equal have the same table and may
        // share one model (see ModelLayout.optionPointsHome).
        List<OptionPointsRow> rows = optionPointsRows(version, set);
        // The table's option column enumerates exactly its sheet's option ids, so the validator's gap and overlap
        // analysis covers every row. Options of one criterion with equal points share a row, as the analysis asks
        // (no contractible rules), and the criterion is an output so options of different criteria never merge.
        Table t = new Table(ModelLayout.optionPointsId(set), ModelLayout.optionPointsName(set), "UNIQUE", null,
                "tOptionPoints", "The points a member's choice of an option gives on sheet " + set
                        + ", and its criterion.")
                .in("option", "string", rows.stream().map(r -> str(r.option())).collect(Collectors.joining(",")))
                .out("points", "number").out("criterion", "string");
        Map<String, Map<Integer, List<OptionPointsRow>>> byCriterionAndPoints = rows.stream().collect(
                Collectors.groupingBy(OptionPointsRow::criterion, LinkedHashMap::new, Collectors.groupingBy(
                        OptionPointsRow::points, LinkedHashMap::new, Collectors.toList())));
        byCriterionAndPoints.forEach((criterion, byPoints) -> byPoints.forEach((points, options) -> t.rule(
                options.stream().map(o -> o.option() + ": " + o.provenance()).collect(Collectors.joining("; ")),
                List.of(options.stream().map(o -> str(o.option())).collect(Collectors.joining(","))),
                List.of(points.toString(), str(criterion)))));
        return m.decision(t).xml();
    }

    /**
     * One option of a set's option points table, with everything of it the table holds: its criterion, id, points
     * and provenance (the rule's description).
     */
    record OptionPointsRow(String criterion, String option, int points, Provenance provenance) {
    }

    /**
     * The rows of a set's option points table, in sheet order: every option of every criterion of the set's sheet in
     * this version's sheet edition. Two versions with equal rows for a set have the same table (only the model's
     * description, which names the version, differs).
     */
    static List<OptionPointsRow> optionPointsRows(CriteriaVersion version, String set) {
        List<OptionPointsRow> rows = new ArrayList<>();
        for (Criterion c : version.sheet(set).criteria()) {
            for (Option o : c.options()) {
                rows.add(new OptionPointsRow(c.code(), o.id(), o.points(), o.provenance()));
            }
        }
        return List.copyOf(rows);
    }

    static String starMinimums(CriteriaVersion version, String set) {
        Model m = new Model(version, ModelLayout.starMinimumsModel(set), "The star minimums (options marked ***, "
                + "****, *****) of the scoring sheet of product set " + set + " of " + version.decision().number()
                + ", read cumulatively: a marker for s stars binds s stars and above.");
        m.input("criterion", "string").input("stars", "number");
        List<Criterion> criteria = version.sheet(set).criteria();
        Table t = new Table(ModelLayout.starMinimumId(set), ModelLayout.starMinimumName(set), "COLLECT", "MAX",
                "number", "The points a criterion of sheet " + set + " must reach for a star level: the highest "
                        + "marked option's points among the markers at or below that level; 0 (no requirement) "
                        + "when none binds.")
                .in("criterion", "string", criteria.stream().map(c -> str(c.code()))
                        .collect(Collectors.joining(",")))
                .in("stars", "number", null);
        // Markers of one star level and equal points share a row (the analysis asks for no contractible rules).
        Map<List<Integer>, List<String[]>> rows = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            for (Option o : c.options()) {
                if (o.minStars().isPresent()) {
                    rows.computeIfAbsent(List.of(o.minStars().getAsInt(), o.points()), k -> new ArrayList<>())
                            .add(new String[] {c.code(), "marker " + o.id() + " " + "*".repeat(o.minStars()
                                    .getAsInt()) + " (" + o.provenance() + ")"});
                }
            }
        }
        rows.forEach((starsAndPoints, markers) -> t.rule(markers.stream().map(mk -> mk[1])
                .collect(Collectors.joining("; ")), List.of(markers.stream().map(mk -> str(mk[0])).distinct()
                        .collect(Collectors.joining(",")), ">= " + starsAndPoints.get(0)),
                List.of(starsAndPoints.get(1).toString())));
        t.rule("no marker binds", List.of("-", "-"), List.of("0"));
        return m.decision(t).xml();
    }
}
