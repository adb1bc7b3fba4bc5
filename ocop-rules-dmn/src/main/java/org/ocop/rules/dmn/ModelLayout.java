package org.ocop.rules.dmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

/**
 * Where the generated models are and what they are called: which versions and sheet editions have models, each
 * one's key and folder, the ids of its models, the home folder of each model (a version based on another shares its
 * base's option points files), and each model's resource path, namespace and name, and the ids and names of a
 * product set's two decisions.
 *
 * <p>Separate from the model writers because it is the contract between build time and run time: the generator
 * ({@link DmnModelGenerator}) writes each file where this class says, and the engine ({@link DmnRatingEngine}) and
 * the tests find it there, without either side knowing how the other works. The layout is published in
 * {@code docs/reference/dmn.md} ("Where the models are").
 */
final class ModelLayout {

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

    private ModelLayout() {
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
     * and both give the same {@link SheetModels#optionPointsRows}; otherwise the version's own key. So 781, which
     * takes its sheets from 1048, ships no copies of 1048's option points tables, and a set whose sheet 781 changed
     * (its tourism set VI.1) keeps its own. Star minimums and the version-wide models are always the version's own
     * (781's minimums differ from 1048's).
     *
     * <p>Reads the base's data. A chain of bases is followed (the base's home, not the base's key), so the home
     * always has the file.
     */
    static String optionPointsHome(CriteriaCatalogue catalogue, CriteriaVersion version, String set) {
        Optional<CriteriaVersion> base = version.basedOn().flatMap(catalogue::findVersion)
                .flatMap(b -> modelled(b, version.sheetEdition()))
                .filter(b -> b.setsWithSheets().contains(set)
                        && SheetModels.optionPointsRows(b, set).equals(SheetModels.optionPointsRows(version, set)));
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
        return Collections.unmodifiableMap(homes);
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
    static Optional<CriteriaVersion> modelled(CriteriaVersion version, String edition) {
        if (!version.sheetEditions().contains(edition)) {
            return Optional.empty();
        }
        CriteriaVersion v = version.withSheetEdition(edition);
        return edition.equals(CriteriaVersion.DECISION_EDITION) || !v.setsWithSheets().isEmpty()
                ? Optional.of(v) : Optional.empty();
    }

    /**
     * The modelled version and sheet edition whose models have this key ({@link #modelKey(CriteriaVersion)}), if
     * any. Reads only the matching version's data: the others' headers name them.
     */
    static Optional<CriteriaVersion> modelled(CriteriaCatalogue catalogue, String key) {
        for (CriteriaVersion version : catalogue.versions()) {
            if (key.equals(version.id())) {
                return modelled(version, CriteriaVersion.DECISION_EDITION);
            }
            if (key.startsWith(version.id() + "-")) {
                Optional<CriteriaVersion> edition = modelled(version, key.substring(version.id().length() + 1));
                if (edition.isPresent()) {
                    return edition;
                }
            }
        }
        return Optional.empty();
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

    /**
     * The decision id of a set's option points table (a decision's id is its key in Camunda), with the set's
     * {@link #fileName} so that it is a valid XML id.
     */
    static String optionPointsId(String set) {
        return "optionPoints_" + fileName(set);
    }

    /** The decision name of a set's option points table: the name the engine evaluates it by. */
    static String optionPointsName(String set) {
        return "option points " + set;
    }

    /** The decision id of a set's star minimum table, with the set's {@link #fileName}. */
    static String starMinimumId(String set) {
        return "starMinimum_" + fileName(set);
    }

    /** The decision name of a set's star minimum table: the name the engine evaluates it by. */
    static String starMinimumName(String set) {
        return "star minimum " + set;
    }
}
