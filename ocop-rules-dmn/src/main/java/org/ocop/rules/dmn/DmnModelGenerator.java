package org.ocop.rules.dmn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.Provenance;
import org.ocop.rules.internal.Share;

/**
 * Writes the DMN 1.5 models of every criteria version, from the criteria data, into one folder per version: the
 * version-wide models ({@code org/ocop/rules/dmn/qd-26-2026/star-band.dmn}, ...) and, for each product set with a
 * scoring sheet, its own option points and star minimums models
 * ({@code org/ocop/rules/dmn/qd-26-2026/option-points/I.4.a.dmn}, {@code .../star-minimums/I.4.a.dmn}).
 *
 * <p>Why one model per set: those two tables hold nearly every cell of a version (one table per set), a dossier
 * needs only its own set's, and compiling a model means parsing every cell. With a model per set the engine compiles
 * a set's tables on the first dossier of that set, not every set's on the first dossier of the version.
 *
 * <p>A version based on another (781 on 1048) takes its sheets from its base, so most of its option points tables
 * would be copies of the base's: such a set's option points model is written once, in its {@link #optionPointsHome
 * home} (the base's folder), and the engine compiles it once for both versions. Every other model is the version's
 * own.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) with the output folder as its only
 * argument, so the models in the jar always match the data edition they were built with. The models use only
 * decision tables whose cells are FEEL literals, ranges and comparisons, which both KIE and Camunda evaluate, and
 * every decision is standalone (its inputs are input data): the engine orchestrates the loops over members,
 * choices and markers, and asks the models for each decision. Tables are written so that KIE's decision-table
 * analysis finds no gap, overlap or contractible rules: string columns enumerate their values, and rules with
 * equal outcomes share a row.
 */
final class DmnModelGenerator {

    /** The DMN 1.5 model namespace. */
    static final String DMN_NS = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    /** Every model's namespace starts with this, then the version folder and the model's id. */
    static final String NS_BASE = "https://ocop-rules.org/dmn/";
    /** Resource folder of the models, below which each version has its folder. */
    static final String RESOURCE_ROOT = "org/ocop/rules/dmn/";

    /**
     * The version-wide models of one version, by id: the file name without {@code .dmn}. Every version has them, with
     * or without scoring sheets (they rate members' totals too).
     */
    static final List<String> VERSION_MODELS = List.of("star-band", "minimum-met", "knock-out-trigger", "outcome",
            "rated-star", "recognition", "council-rules");

    /** The option points model kind: one model per product set with a sheet, in a folder of this name. */
    static final String OPTION_POINTS = "option-points";
    /** The star minimums model kind: one model per product set with a sheet, in a folder of this name. */
    static final String STAR_MINIMUMS = "star-minimums";

    private DmnModelGenerator() {
    }

    /** Writes the models of the bundled criteria into the folder given as the only argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DmnModelGenerator OUTPUT_DIR");
        }
        Map<String, String> files = generate(CriteriaCatalogue.bundled());
        Path root = Path.of(args[0]);
        try {
            // models of an earlier layout or of a set no longer in the data would otherwise stay in an incremental
            // build's output, and so in the jar
            Path models = root.resolve(RESOURCE_ROOT);
            if (Files.isDirectory(models)) {
                try (var old = Files.walk(models)) {
                    for (Path path : old.filter(p -> p.toString().endsWith(".dmn")).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DMN models to " + root, e);
        }
        System.out.println("DmnModelGenerator: wrote " + files.size() + " DMN models to " + root);
    }

    /** The models of one product set's sheet, by id: its option points and its star minimums. */
    static List<String> setModels(String set) {
        return List.of(optionPointsModel(set), starMinimumsModel(set));
    }

    /** The id of a set's option points model: {@code option-points/} and the set's file name. */
    static String optionPointsModel(String set) {
        return OPTION_POINTS + "/" + fileName(set);
    }

    /** The id of a set's star minimums model: {@code star-minimums/} and the set's file name. */
    static String starMinimumsModel(String set) {
        return STAR_MINIMUMS + "/" + fileName(set);
    }

    /**
     * Every model of a version, by id: the {@link #VERSION_MODELS}, then each set's {@link #setModels} for every set
     * with a scoring sheet (none for a version without sheets: its totals-only dossiers need no option points or
     * star minimums).
     */
    static List<String> models(CriteriaVersion version) {
        List<String> models = new ArrayList<>(VERSION_MODELS);
        version.setsWithSheets().forEach(set -> models.addAll(setModels(set)));
        return List.copyOf(models);
    }

    /**
     * The home of a set's option points model for a modelled version (a version in one sheet edition): the model key
     * whose folder holds the file, and whose compiled model the engine uses. It is the base version's home for that
     * set in the same sheet edition ({@code QD-781-2020-portal} → {@code QD-1048-2019-portal}) when the version is
     * {@link CriteriaVersion#basedOn() based on} another, the base has that sheet edition and that set with a sheet,
     * and both give the same {@link #optionPointsRows}; otherwise the version's own key. So 781, which takes its
     * sheets from 1048, ships no copies of 1048's option points tables, and a set whose sheet 781 changed (its
     * tourism set VI.1) keeps its own. Star minimums and the version-wide models are always the version's own (781's
     * minimums differ from 1048's).
     *
     * <p>Reads the base's data. A chain of bases is followed (the base's home, not the base's key), so the home
     * always has the file.
     */
    static String optionPointsHome(CriteriaCatalogue catalogue, CriteriaVersion version, String set) {
        java.util.Optional<CriteriaVersion> base = version.basedOn().flatMap(catalogue::findVersion)
                .flatMap(b -> modelled(b, version.sheetEdition()))
                .filter(b -> b.setsWithSheets().contains(set)
                        && optionPointsRows(b, set).equals(optionPointsRows(version, set)));
        return base.map(b -> optionPointsHome(catalogue, b, set)).orElseGet(() -> modelKey(version));
    }

    /**
     * The home of each of a modelled version's {@link #models}, by model id, in that order: the key of the folder
     * its file is in. The {@link #optionPointsHome} for a set's option points model, the version's own key for every
     * other model. The generator writes only the models whose home is the version's own key; the engine and the
     * tests find every model's file by this map.
     */
    static Map<String, String> homes(CriteriaCatalogue catalogue, CriteriaVersion version) {
        String own = modelKey(version);
        Map<String, String> homes = new LinkedHashMap<>();
        VERSION_MODELS.forEach(model -> homes.put(model, own));
        for (String set : version.setsWithSheets()) {
            homes.put(optionPointsModel(set), optionPointsHome(catalogue, version, set));
            homes.put(starMinimumsModel(set), own);
        }
        return java.util.Collections.unmodifiableMap(homes);
    }

    /**
     * A product set's code as a file name (without {@code .dmn}): the code itself when it uses only ASCII letters,
     * digits, dots and hyphens, as every bundled code does ({@code I.4.a}); any other character, {@code _} included,
     * becomes {@code _}, its code point in lower-case hexadecimal and {@code _} ({@code "I 4"} gives
     * {@code I_20_4}). So the mapping is deterministic and one-to-one, and the name is safe in a resource path, a
     * namespace URI and an XML id.
     */
    static String fileName(String set) {
        StringBuilder name = new StringBuilder();
        set.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                name.appendCodePoint(c);
            } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return name.toString();
    }

    /**
     * Every model of every version whose home is that version's folder (see {@link #homes}): resource path to XML
     * text.
     */
    static Map<String, String> generate(CriteriaCatalogue catalogue) {
        Map<String, String> files = new LinkedHashMap<>();
        for (CriteriaVersion version : modelled(catalogue)) {
            String key = modelKey(version);
            Map<String, String> homes = homes(catalogue, version);
            Map<String, String> models = new LinkedHashMap<>();
            Map<String, String> setByFileName = new HashMap<>();
            for (String set : version.setsWithSheets()) {
                // two sets whose file names differ only in case would overwrite each other on a case-insensitive
                // file system (target/classes on macOS or Windows)
                String other = setByFileName.put(fileName(set).toLowerCase(Locale.ROOT), set);
                if (other != null) {
                    throw new IllegalStateException("product sets " + other + " and " + set + " of "
                            + key + " have DMN file names that differ only in case ("
                            + fileName(other) + ", " + fileName(set) + "); allowed: set codes that differ in more "
                            + "than case");
                }
                if (homes.get(optionPointsModel(set)).equals(key)) {
                    models.put(optionPointsModel(set), optionPoints(version, set));
                }
                models.put(starMinimumsModel(set), starMinimums(version, set));
            }
            models.put("star-band", starBand(version));
            models.put("minimum-met", minimumMet(version));
            models.put("knock-out-trigger", knockOutTrigger(version));
            models.put("outcome", outcome(version));
            models.put("rated-star", ratedStar(version));
            models.put("recognition", recognition(version));
            models.put("council-rules", councilRules(version));
            models.forEach((name, xml) -> files.put(RESOURCE_ROOT + folder(key) + "/" + name + ".dmn", xml));
        }
        return files;
    }

    /**
     * Every version, once per sheet edition: the decision edition (folder {@code qd-26-2026}) and any other with
     * sheets (folder {@code qd-1048-2019-portal}), so a rating with either edition has its own models.
     */
    static List<CriteriaVersion> modelled(CriteriaCatalogue catalogue) {
        List<CriteriaVersion> out = new ArrayList<>();
        for (CriteriaVersion version : catalogue.versions()) {
            for (String edition : version.sheetEditions()) {
                modelled(version, edition).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The version in this sheet edition if it has models: the decision edition always (a version without sheets
     * still rates members' totals), another edition only for its sheets.
     */
    static java.util.Optional<CriteriaVersion> modelled(CriteriaVersion version, String edition) {
        if (!version.sheetEditions().contains(edition)) {
            return java.util.Optional.empty();
        }
        CriteriaVersion v = version.withSheetEdition(edition);
        return edition.equals(CriteriaVersion.DECISION_EDITION) || !v.setsWithSheets().isEmpty()
                ? java.util.Optional.of(v) : java.util.Optional.empty();
    }

    /**
     * The modelled version and sheet edition whose models have this key ({@link #modelKey(CriteriaVersion)}), if
     * any. Reads only the matching version's data: the others' headers name them.
     */
    static java.util.Optional<CriteriaVersion> modelled(CriteriaCatalogue catalogue, String key) {
        for (CriteriaVersion version : catalogue.versions()) {
            if (key.equals(version.id())) {
                return modelled(version, CriteriaVersion.DECISION_EDITION);
            }
            if (key.startsWith(version.id() + "-")) {
                java.util.Optional<CriteriaVersion> edition = modelled(version, key.substring(version.id().length()
                        + 1));
                if (edition.isPresent()) {
                    return edition;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The key of a version's models: its id, with the sheet edition appended unless it is the decision's. */
    static String modelKey(String versionId, String sheetEdition) {
        return CriteriaVersion.DECISION_EDITION.equals(sheetEdition) ? versionId : versionId + "-" + sheetEdition;
    }

    /** The key of a version's models in the sheet edition it gives. */
    static String modelKey(CriteriaVersion version) {
        return modelKey(version.id(), version.sheetEdition());
    }

    /** The version's folder: its model key in lower case, for example {@code qd-26-2026}. */
    static String folder(String versionId) {
        return versionId.toLowerCase(Locale.ROOT);
    }

    /**
     * The namespace of one model of one version: {@code https://ocop-rules.org/dmn/qd-26-2026/star-band}, and for a
     * set's model {@code https://ocop-rules.org/dmn/qd-26-2026/option-points/I.4.a}.
     */
    static String namespace(String versionId, String model) {
        return NS_BASE + folder(versionId) + "/" + model;
    }

    /** A model's resource path: the version's folder, the model's id and {@code .dmn}. */
    static String resourcePath(String versionId, String model) {
        return RESOURCE_ROOT + folder(versionId) + "/" + model + ".dmn";
    }

    /**
     * A model's name (the {@code name} of its {@code definitions}): its id, with a set's file name after a space
     * rather than a slash ({@code option-points I.4.a}), as a modeler shows it.
     */
    static String modelName(String model) {
        return model.replace('/', ' ');
    }

    // -----------------------------------------------------------------------------------------------------------
    // The models
    // -----------------------------------------------------------------------------------------------------------

    private static String optionPoints(CriteriaVersion version, String set) {
        Model m = new Model(version, optionPointsModel(set), "The points of every option of the scoring sheet of "
                + "product set " + set + " of " + version.decision().number() + ", data edition "
                + version.edition() + ", like the printed sheet.");
        m.itemDefinition("tOptionPoints", "points", "number", "criterion", "string");
        m.input("option", "string");
        // Written from optionPointsRows only, so that two versions whose rows are equal have the same table and may
        // share one model (see optionPointsHome).
        List<OptionPointsRow> rows = optionPointsRows(version, set);
        // The table's option column enumerates exactly its sheet's option ids, so the validator's gap and overlap
        // analysis covers every row. Options of one criterion with equal points share a row, as the analysis asks
        // (no contractible rules), and the criterion is an output so options of different criteria never merge.
        Table t = new Table(optionPointsId(set), optionPointsName(set), "UNIQUE", null, "tOptionPoints",
                "The points a member's choice of an option gives on sheet " + set + ", and its criterion.")
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

    /**
     * The decision id of a set's option points table (a decision's id is its key in Camunda), with the set's
     * {@link #fileName} so that it is a valid XML id.
     */
    static String optionPointsId(String set) {
        return "optionPoints_" + fileName(set);
    }

    /** The decision name of a set's option points table. */
    static String optionPointsName(String set) {
        return "option points " + set;
    }

    private static String starMinimums(CriteriaVersion version, String set) {
        Model m = new Model(version, starMinimumsModel(set), "The star minimums (options marked ***, ****, *****) "
                + "of the scoring sheet of product set " + set + " of " + version.decision().number() + ", read "
                + "cumulatively: a marker for s stars binds s stars and above.");
        m.input("criterion", "string").input("stars", "number");
        List<Criterion> criteria = version.sheet(set).criteria();
        Table t = new Table(starMinimumId(set), starMinimumName(set), "COLLECT", "MAX", "number",
                "The points a criterion of sheet " + set + " must reach for a star level: the highest marked "
                        + "option's points among the markers at or below that level; 0 (no requirement) when "
                        + "none binds.")
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

    /** The decision id of a set's star minimum table, with the set's {@link #fileName}. */
    static String starMinimumId(String set) {
        return "starMinimum_" + fileName(set);
    }

    /** The decision name of a set's star minimum table. */
    static String starMinimumName(String set) {
        return "star minimum " + set;
    }

    private static String starBand(CriteriaVersion version) {
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

    private static String minimumMet(CriteriaVersion version) {
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

    private static String knockOutTrigger(CriteriaVersion version) {
        Model m = new Model(version, "knock-out-trigger", "Whether an option that triggers a knock-out rule (for "
                + "example \"0 points on 6.1\") applies it, by the consensus policy.");
        m.input("consensus", "string").input("members", "number").input("ruleChoosers", "number")
                .input("criterionChoosers", "number").input("pointsSum", "number").input("triggerPoints", "number");
        Table t = new Table("knockOutTriggered", "knock-out triggered", "UNIQUE", null, "boolean",
                "ruleChoosers: members who chose any trigger option of the rule; criterionChoosers: members who "
                        + "chose on the trigger's criterion; pointsSum: their points on it.")
                .in("consensus", "string", enumValues(MinimumConsensus.values()))
                .in("ruleChoosers >= 1", "boolean", null)
                .in(Share.MAJORITY.feel("ruleChoosers", "members"), "boolean", null)
                .in("criterionChoosers >= 1", "boolean", null)
                .in("pointsSum <= triggerPoints * criterionChoosers", "boolean", null);
        for (String hit : List.of("true", "false")) {
            t.rule("any member chose one of the rule's triggers", List.of(str(MinimumConsensus.ALL_MEMBERS), hit,
                    "-", "-", "-"), List.of(hit));
        }
        for (String hit : List.of("true", "false")) {
            t.rule("a strict majority of members chose one of the rule's triggers",
                    List.of(str(MinimumConsensus.MAJORITY), "-", hit, "-", "-"), List.of(hit));
        }
        t.rule("nobody chose on the trigger's criterion", List.of(str(MinimumConsensus.AVERAGE_POINTS), "-", "-",
                "false", "-"), List.of("false"));
        for (String hit : List.of("true", "false")) {
            t.rule("the average points of those who chose on the criterion are at most the trigger's",
                    List.of(str(MinimumConsensus.AVERAGE_POINTS), "-", "-", "true", hit), List.of(hit));
        }
        return m.decision(t).xml();
    }

    private static String outcome(CriteriaVersion version) {
        Model m = new Model(version, "outcome", "The outcome of a valid dossier, by precedence: DISQUALIFIED > "
                + "STOPPED > COUNCIL_RULE_BREACHED > REFUSED > RATED.");
        m.input("disqualified", "boolean").input("stopped", "boolean").input("breached", "boolean")
                .input("refused", "boolean");
        Table t = new Table("outcome", "outcome", "UNIQUE", null, "string", "The first that holds wins.")
                .in("disqualified", "boolean", null).in("stopped", "boolean", null).in("breached", "boolean", null)
                .in("refused", "boolean", null);
        // in the order of precedence, as the enum's constants: a misspelt outcome does not compile
        String[] outcomes = Stream.of(Outcome.DISQUALIFIED, Outcome.STOPPED, Outcome.COUNCIL_RULE_BREACHED,
                Outcome.REFUSED, Outcome.RATED).map(Outcome::name).toArray(String[]::new);
        for (int i = 0; i < outcomes.length; i++) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < 4; col++) {
                cells.add(col < i ? "false" : col == i ? "true" : "-");
            }
            t.rule(outcomes[i], cells, List.of(str(outcomes[i])));
        }
        return m.decision(t).xml();
    }

    private static String ratedStar(CriteriaVersion version) {
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

    private static String recognition(CriteriaVersion version) {
        Model m = new Model(version, "recognition", "What the evaluating level may recognise and where it "
                + "forwards, under each procedure of " + version.decision().number() + ".");
        // The procedure is a column only when the version has several: a one-value column is no choice, and the
        // validator cannot enumerate it for gap analysis.
        boolean byProcedure = version.procedures().size() > 1;
        if (byProcedure) {
            m.input("procedure", "string");
        }
        m.input("level", "string").input("stars", "number").input("total", "number").input("members", "number");
        String procedureValues = version.procedures().stream().map(p -> str(p.name()))
                .collect(Collectors.joining(","));
        Table granted = new Table("grantedStars", "granted stars", "UNIQUE", null, "number",
                "The highest star the level recognises, not above the rated star; null: none (no certificate).");
        Table forwarded = new Table("forwardedTo", "forwarded to", "UNIQUE", null, "string",
                "Forwarded when the exact average reaches the threshold and the rated star reaches the threshold's "
                        + "band (a product demoted below it is not forwarded); null: not forwarded.");
        for (Table t : List.of(granted, forwarded)) {
            if (byProcedure) {
                t.in("procedure", "string", procedureValues);
            }
            t.in("level", "string", enumValues(Level.values())).in("stars", "number", null);
        }
        TreeSet<Integer> thresholds = new TreeSet<>();
        version.procedures().forEach(p -> p.levels().forEach(a -> a.forwardsFrom().ifPresent(thresholds::add)));
        thresholds.forEach(f -> forwarded.in("total >= " + f + " * members", "boolean", null));
        ProcedureRows grantedRows = new ProcedureRows();
        ProcedureRows forwardedRows = new ProcedureRows();
        for (Procedure p : version.procedures()) {
            List<String> silent = new ArrayList<>();
            List<String> notForwarding = new ArrayList<>();
            for (Level level : Level.values()) {
                var authority = p.authority(level);
                List<Integer> recognises = authority.map(a -> a.recognises().stream().sorted().toList())
                        .orElse(List.of());
                String why = p.name() + ", " + level;
                if (recognises.isEmpty()) {
                    silent.add(str(level.name()));
                } else {
                    grantedRows.add(p.name(), why + ": below " + recognises.get(0) + "★", cells(str(level.name()),
                            "< " + recognises.get(0)), List.of("null"));
                    for (int i = 0; i < recognises.size(); i++) {
                        int r = recognises.get(i);
                        String range = i + 1 < recognises.size() ? "[" + r + ".." + recognises.get(i + 1) + ")"
                                : ">= " + r;
                        grantedRows.add(p.name(), why + ": recognises " + r + "★", cells(str(level.name()), range),
                                List.of(r + ""));
                    }
                }
                if (authority.isEmpty() || authority.get().forwardsTo().isEmpty()
                        || authority.get().forwardsFrom().isEmpty()) {
                    notForwarding.add(str(level.name()));
                    continue;
                }
                int from = authority.get().forwardsFrom().getAsInt();
                int fromStar = version.starBands().starsOf(from, 1);
                String to = str(authority.get().forwardsTo().get().name());
                for (boolean reached : List.of(true, false)) {
                    List<String> row = cells(str(level.name()), ">= " + fromStar);
                    thresholds.forEach(f -> row.add(f == from ? String.valueOf(reached) : "-"));
                    forwardedRows.add(p.name(), why + (reached ? ": forwards from " : ": below ") + from + " points, rated at "
                            + "least " + fromStar + "★", row, List.of(reached ? to : "null"));
                }
                List<String> below = cells(str(level.name()), "< " + fromStar);
                thresholds.forEach(f -> below.add("-"));
                forwardedRows.add(p.name(), why + ": rated below " + fromStar + "★, not forwarded", below, List.of("null"));
            }
            if (!silent.isEmpty()) {
                grantedRows.add(p.name(), p.name() + ": levels that recognise none", cells(String.join(",", silent), "-"),
                        List.of("null"));
            }
            if (!notForwarding.isEmpty()) {
                List<String> row = cells(String.join(",", notForwarding), "-");
                thresholds.forEach(f -> row.add("-"));
                forwardedRows.add(p.name(), p.name() + ": levels that do not forward", row, List.of("null"));
            }
        }
        List<String> names = version.procedures().stream().map(Procedure::name).toList();
        grantedRows.emit(granted, byProcedure, names);
        forwardedRows.emit(forwarded, byProcedure, names);
        return m.decision(granted).decision(forwarded).xml();
    }

    private static List<String> cells(String... rest) {
        return new ArrayList<>(List.of(rest));
    }

    /**
     * Recognition rules collected per procedure, then written once per distinct (cells, output): a rule every
     * procedure shares gets "-" in the procedure column, one some share gets the list of them. The validator's
     * decision-table analysis asks for this contraction, and a reader sees at a glance what changed between
     * procedures.
     */
    private static final class ProcedureRows {
        private record Row(String procedure, String description, List<String> cells, List<String> outputs) {
        }

        private final List<Row> rows = new ArrayList<>();

        void add(String procedure, String description, List<String> cells, List<String> outputs) {
            rows.add(new Row(procedure, description, List.copyOf(cells), List.copyOf(outputs)));
        }

        void emit(Table table, boolean byProcedure, List<String> procedures) {
            Map<List<List<String>>, List<Row>> groups = new LinkedHashMap<>();
            for (Row row : rows) {
                groups.computeIfAbsent(List.of(row.cells(), row.outputs()), k -> new ArrayList<>()).add(row);
            }
            for (List<Row> group : groups.values()) {
                Row first = group.get(0);
                List<String> cells = new ArrayList<>();
                String description = first.description();
                if (byProcedure) {
                    List<String> names = group.stream().map(Row::procedure).distinct().toList();
                    cells.add(names.size() == procedures.size() ? "-"
                            : names.stream().map(DmnModelGenerator::str).collect(Collectors.joining(",")));
                    String own = description.replaceFirst("^" + java.util.regex.Pattern.quote(first.procedure())
                            + "[,:] ", "");
                    description = (names.size() == procedures.size() ? "every procedure" : String.join(" / ",
                            names)) + ": " + own;
                }
                cells.addAll(first.cells());
                table.rule(description, cells, first.outputs());
            }
        }
    }

    private static String councilRules(CriteriaVersion version) {
        Model m = new Model(version, "council-rules", "Provincial council practice (CouncilRules), each rule "
                + "checked only when switched on.");
        m.input("quorum", "boolean").input("present", "number").input("councilSize", "number")
                .input("chairNamed", "boolean").input("chairScored", "boolean")
                .input("maxSpread", "number").input("highest", "number").input("lowest", "number")
                .input("secretaryMustNotScore", "boolean").input("secretaryNamed", "boolean")
                .input("secretaryScored", "boolean");
        Table quorum = new Table("quorumMissed", "quorum missed", "UNIQUE", null, "boolean",
                "present: scoring members plus the named secretary; at least three quarters of the council.")
                .in("quorum", "boolean", null).in(Share.QUORUM.feel("present", "councilSize"), "boolean", null);
        quorum.rule("rule off", List.of("false", "-"), List.of("false"));
        quorum.rule("three quarters took part", List.of("true", "true"), List.of("false"));
        quorum.rule("fewer than three quarters took part", List.of("true", "false"), List.of("true"));
        Table chair = new Table("chairAbsent", "chair absent", "UNIQUE", null, "boolean",
                "The quorum rule also requires the chair to have scored.")
                .in("quorum", "boolean", null).in("chairNamed", "boolean", null).in("chairScored", "boolean", null);
        chair.rule("rule off", List.of("false", "-", "-"), List.of("false"));
        chair.rule("no chair named", List.of("true", "false", "-"), List.of("false"));
        chair.rule("the chair scored", List.of("true", "true", "true"), List.of("false"));
        chair.rule("the chair did not score", List.of("true", "true", "false"), List.of("true"));
        Table spread = new Table("spreadExceeded", "spread exceeded", "UNIQUE", null, "boolean",
                "maxSpread: the largest allowed difference of member totals, negative when not checked.")
                .in("maxSpread >= 0", "boolean", null).in("highest - lowest > maxSpread", "boolean", null);
        spread.rule("rule off", List.of("false", "-"), List.of("false"));
        spread.rule("within the spread", List.of("true", "false"), List.of("false"));
        spread.rule("beyond the spread", List.of("true", "true"), List.of("true"));
        Table secretary = new Table("secretaryScoredBreach", "secretary scored", "UNIQUE", null, "boolean",
                "The named secretary must not hand in a sheet.")
                .in("secretaryMustNotScore", "boolean", null).in("secretaryNamed", "boolean", null)
                .in("secretaryScored", "boolean", null);
        secretary.rule("rule off", List.of("false", "-", "-"), List.of("false"));
        secretary.rule("no secretary named", List.of("true", "false", "-"), List.of("false"));
        secretary.rule("the secretary did not score", List.of("true", "true", "false"), List.of("false"));
        secretary.rule("the secretary scored", List.of("true", "true", "true"), List.of("true"));
        return m.decision(quorum).decision(chair).decision(spread).decision(secretary).xml();
    }

    // -----------------------------------------------------------------------------------------------------------
    // XML
    // -----------------------------------------------------------------------------------------------------------

    private static String str(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An enum constant as a FEEL string: the constant, not a copy of its name, so a misspelling does not compile. */
    private static String str(Enum<?> value) {
        return str(value.name());
    }

    private static String enumValues(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> str(v.name())).collect(Collectors.joining(","));
    }

    /** Escapes an attribute value. */
    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Escapes element text: only what XML requires, so a person reads {@code "1.3", >= 5} as written. */
    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** One model: its input data and decisions (each a decision table over input data only). */
    private static final class Model {
        private final String versionId;
        private final String name;
        private final String description;
        private final StringBuilder itemDefinitions = new StringBuilder();
        private final StringBuilder inputs = new StringBuilder();
        private final List<String> inputNames = new ArrayList<>();
        private final StringBuilder decisions = new StringBuilder();

        Model(CriteriaVersion version, String name, String description) {
            this.versionId = modelKey(version);
            this.name = name;
            this.description = description + " Generated by DmnModelGenerator from the criteria data of "
                    + version.id() + " edition " + version.edition() + ", sheet edition " + version.sheetEdition()
                    + "; do not edit.";
        }

        /** A structure type: name, then component name and type pairs. */
        Model itemDefinition(String typeName, String... components) {
            itemDefinitions.append("  <itemDefinition id=\"").append(typeName).append("\" name=\"").append(typeName)
                    .append("\">\n");
            for (int i = 0; i < components.length; i += 2) {
                itemDefinitions.append("    <itemComponent id=\"").append(typeName).append('_').append(components[i])
                        .append("\" name=\"").append(components[i]).append("\"><typeRef>").append(components[i + 1])
                        .append("</typeRef></itemComponent>\n");
            }
            itemDefinitions.append("  </itemDefinition>\n");
            return this;
        }

        Model input(String variable, String typeRef) {
            inputNames.add(variable);
            inputs.append("  <inputData id=\"input_").append(variable).append("\" name=\"").append(variable)
                    .append("\">\n    <variable id=\"input_").append(variable).append("_var\" name=\"")
                    .append(variable).append("\" typeRef=\"").append(typeRef).append("\"/>\n  </inputData>\n");
            return this;
        }

        Model decision(Table table) {
            StringBuilder d = decisions;
            d.append("  <decision id=\"").append(table.id).append("\" name=\"").append(esc(table.name)).append("\">\n");
            d.append("    <description>").append(text(table.description)).append("</description>\n");
            d.append("    <variable id=\"").append(table.id).append("_var\" name=\"").append(esc(table.name)).append('"');
            if (table.typeRef != null) {
                d.append(" typeRef=\"").append(table.typeRef).append('"');
            }
            d.append("/>\n");
            // Every input the table's expressions read is required, so KIE knows the variables.
            for (String input : inputNames) {
                if (table.reads(input)) {
                    d.append("    <informationRequirement id=\"").append(table.id).append("_needs_").append(input)
                            .append("\">\n      <requiredInput href=\"#input_").append(input)
                            .append("\"/>\n    </informationRequirement>\n");
                }
            }
            d.append(table.xml());
            d.append("  </decision>\n");
            return this;
        }

        String xml() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<definitions xmlns=\"" + DMN_NS + "\" id=\"" + name.replace('/', '_') + "-definitions\" name=\""
                    + modelName(name) + "\"\n"
                    + "             namespace=\"" + namespace(versionId, name) + "\">\n"
                    + "  <description>" + text(description) + "</description>\n"
                    + itemDefinitions + inputs + decisions + "</definitions>\n";
        }
    }

    /** A decision table: input columns, output columns and rules of literal cells. */
    private static final class Table {
        private final String id;
        private final String name;
        private final String hitPolicy;
        private final String aggregation;
        private final String typeRef;
        private final String description;
        private final List<String[]> inputs = new ArrayList<>();
        private final List<String[]> outputs = new ArrayList<>();
        private final StringBuilder rules = new StringBuilder();
        private int ruleCount;

        Table(String id, String name, String hitPolicy, String aggregation, String typeRef, String description) {
            this.id = id;
            this.name = name;
            this.hitPolicy = hitPolicy;
            this.aggregation = aggregation;
            this.typeRef = typeRef;
            this.description = description;
        }

        Table in(String expression, String type, String allowedValues) {
            inputs.add(new String[] {expression, type, allowedValues});
            return this;
        }

        Table out(String outputName, String type) {
            outputs.add(new String[] {outputName, type});
            return this;
        }

        boolean reads(String variable) {
            return inputs.stream().anyMatch(i -> Arrays.asList(i[0].split("[^A-Za-z]+")).contains(variable))
                    || rules.toString().contains(">" + variable + "<");
        }

        void rule(String description, List<String> cells, List<String> results) {
            int n = ++ruleCount;
            rules.append("      <rule id=\"").append(id).append("_r").append(n).append("\">\n");
            rules.append("        <description>").append(text(description)).append("</description>\n");
            for (int i = 0; i < cells.size(); i++) {
                rules.append("        <inputEntry id=\"").append(id).append("_r").append(n).append("_i").append(i)
                        .append("\"><text>").append(text(cells.get(i))).append("</text></inputEntry>\n");
            }
            for (int i = 0; i < results.size(); i++) {
                rules.append("        <outputEntry id=\"").append(id).append("_r").append(n).append("_o").append(i)
                        .append("\"><text>").append(text(results.get(i))).append("</text></outputEntry>\n");
            }
            rules.append("      </rule>\n");
        }

        String xml() {
            StringBuilder t = new StringBuilder();
            t.append("    <decisionTable id=\"").append(id).append("_table\" hitPolicy=\"").append(hitPolicy)
                    .append('"');
            if (aggregation != null) {
                t.append(" aggregation=\"").append(aggregation).append('"');
            }
            t.append(">\n");
            for (int i = 0; i < inputs.size(); i++) {
                String[] in = inputs.get(i);
                t.append("      <input id=\"").append(id).append("_in").append(i).append("\" label=\"")
                        .append(esc(in[0])).append("\">\n        <inputExpression id=\"").append(id).append("_in")
                        .append(i).append("_expr\" typeRef=\"").append(in[1]).append("\"><text>").append(text(in[0]))
                        .append("</text></inputExpression>\n");
                if (in[2] != null) {
                    t.append("        <inputValues id=\"").append(id).append("_in").append(i)
                            .append("_values\"><text>").append(text(in[2])).append("</text></inputValues>\n");
                }
                t.append("      </input>\n");
            }
            if (outputs.isEmpty()) {
                // A single output column has neither name nor typeRef: the decision's variable carries the type.
                t.append("      <output id=\"").append(id).append("_out\"/>\n");
            }
            for (int i = 0; i < outputs.size(); i++) {
                t.append("      <output id=\"").append(id).append("_out").append(i).append("\" name=\"")
                        .append(outputs.get(i)[0]).append("\" typeRef=\"").append(outputs.get(i)[1]).append("\"/>\n");
            }
            t.append(rules);
            t.append("    </decisionTable>\n");
            return t.toString();
        }
    }
}
