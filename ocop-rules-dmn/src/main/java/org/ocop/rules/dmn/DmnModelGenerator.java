package org.ocop.rules.dmn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;

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
 * would be copies of the base's: such a set's option points model is written once, in its
 * {@link ModelLayout#optionPointsHome home} (the base's folder), and the engine compiles it once for both versions.
 * Every other model is the version's own.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) with the output folder as its only
 * argument, so the models in the jar always match the data edition they were built with. The models use only
 * decision tables whose cells are FEEL literals, ranges and comparisons, which both KIE and Camunda evaluate, and
 * every decision is standalone (its inputs are input data): the engine orchestrates the loops over members,
 * choices and markers, and asks the models for each decision. Tables are written so that KIE's decision-table
 * analysis finds no gap, overlap or contractible rules: string columns enumerate their values, and rules with
 * equal outcomes share a row.
 *
 * <p>This class only decides which models each version gets and writes the files. Where each file goes is
 * {@link ModelLayout}'s; what each table holds is written by one class per concern — the sheet's own models
 * ({@link SheetModels}), the star ({@link StarModels}), what keeps a dossier from being rated and the outcome
 * ({@link OutcomeModels}), recognition ({@link RecognitionModel}) — over the XML of {@link DmnXml}.
 */
final class DmnModelGenerator {

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
            Path models = root.resolve(ModelLayout.RESOURCE_ROOT);
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

    /**
     * Every model of every version whose home is that version's folder (see {@link ModelLayout#homes}): resource
     * path to XML text.
     */
    static Map<String, String> generate(CriteriaCatalogue catalogue) {
        Map<String, String> files = new LinkedHashMap<>();
        for (CriteriaVersion version : ModelLayout.modelled(catalogue)) {
            String key = ModelLayout.modelKey(version);
            Map<String, String> homes = ModelLayout.homes(catalogue, version);
            Map<String, String> models = new LinkedHashMap<>();
            Map<String, String> setByFileName = new HashMap<>();
            for (String set : version.setsWithSheets()) {
                // two sets whose file names differ only in case would overwrite each other on a case-insensitive
                // file system (target/classes on macOS or Windows)
                String fileName = ModelLayout.fileName(set);
                String other = setByFileName.put(fileName.toLowerCase(Locale.ROOT), set);
                if (other != null) {
                    throw new IllegalStateException("product sets " + other + " and " + set + " of "
                            + key + " have DMN file names that differ only in case ("
                            + ModelLayout.fileName(other) + ", " + fileName + "); allowed: set codes that differ in "
                            + "more than case");
                }
                if (homes.get(ModelLayout.optionPointsModel(set)).equals(key)) {
                    models.put(ModelLayout.optionPointsModel(set), SheetModels.optionPoints(version, set));
                }
                models.put(ModelLayout.starMinimumsModel(set), SheetModels.starMinimums(version, set));
            }
            models.put("star-band", StarModels.starBand(version));
            models.put("minimum-met", StarModels.minimumMet(version));
            models.put("knock-out-trigger", OutcomeModels.knockOutTrigger(version));
            models.put("outcome", OutcomeModels.outcome(version));
            models.put("rated-star", StarModels.ratedStar(version));
            models.put("recognition", RecognitionModel.recognition(version));
            models.put("council-rules", OutcomeModels.councilRules(version));
            models.forEach((model, xml) -> files.put(ModelLayout.resourcePath(key, model), xml));
        }
        return files;
    }
}
