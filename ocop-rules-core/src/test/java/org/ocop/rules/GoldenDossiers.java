package org.ocop.rules;

import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.reference.Expected;

/*
 * Golden dossiers: src/test/resources/golden/<criteria version>/*.json, one case a file, rated by every engine.
 *
 *   {"about":    "why this case exists, with the arithmetic (638/7 = 91.14…)",
 *    "source":   "where the case comes from: a published record, or how it was constructed",  -- optional
 *    "settings": {"minimumPolicy": "DEMOTE|REFUSE", "consensus": "ALL_MEMBERS|MAJORITY|AVERAGE_POINTS",
 *                 "councilRules": "NONE|TAY_NINH",
 *                 "sheetEdition": "portal"},       -- each optional; {} for the defaults (the decision edition)
 *    "dossier":  {...},                  -- exactly the dossier JSON that DossierReader reads
 *    "expected": {"outcome": "RATED", "bandStars": 5, "stars": 5,         -- null where the rating has none
 *                 "average": "91.14", "averageExact": "638/7",           -- displayed (2 decimals half-up), exact
 *                 "failedMinimums": [{"criterion": "1.3", "stars": 5, "requiredOption": "1.3.c"}],
 *                 "knockOuts": ["DQ-2.1"], "granted": 4, "forwardedTo": "MINISTRY",
 *                 "councilBreaches": ["QUORUM", "SPREAD"],               -- in the rating's order
 *                 "problems": ["dossier …: unknown option: 1.3.e; allowed: …"],  -- verbatim
 *                 "warnings": ["sheet I.3.3 cannot reach 100 points …"]}}   -- optional: each the start of the
 *                                                                   rating's warning at its place, as many
 *
 * Every key of "expected" is compared, lists in order. Work the expected values out from the sheet data and
 * docs/reference/rating.md, never by copying an engine's output: tools/golden-qd26.py writes the 26/2026 files and
 * tools/golden-historical.py those of 1048, 781 and 148, each computing the expected values on its own. Give every optional dossier field explicitly (null when absent). Unknown keys in a
 * golden file are an error, so a typo cannot silently skip a check.
 */

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Lists and parses the golden dossiers on the class path (also from the core test-jar). */
public final class GoldenDossiers {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private GoldenDossiers() {
    }

    /** One golden case. */
    public record Golden(String name, String about, RatingSettings settings, String dossierJson, Expected expected,
            List<String> warnings) {

        /** The dossier, read by {@link DossierReader} under the file's name. */
        public Dossier dossier() {
            return DossierReader.read(dossierJson, name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What a golden case expects; {@link #of(Rating)} gives the same shape from a rating, for comparison. */
    public record Expected(Outcome outcome, Integer bandStars, Integer stars, String average, String averageExact,
            List<Minimum> failedMinimums, List<String> knockOuts, Integer granted, Level forwardedTo,
            List<CouncilBreach.Rule> councilBreaches, List<String> problems) {

        /** The rating in the golden shape. */
        public static Expected of(Rating rating) {
            return new Expected(rating.outcome(), boxed(rating.bandStars()), boxed(rating.stars()),
                    rating.displayedAverage().map(Object::toString).orElse(null),
                    rating.average().map(Average::toString).orElse(null),
                    rating.failedMinimums().stream()
                            .map(f -> new Minimum(f.criterion(), f.stars(), f.requiredOption())).toList(),
                    rating.knockOuts().stream().map(h -> h.rule().id()).toList(),
                    rating.recognition().map(r -> boxed(r.grantedStars())).orElse(null),
                    rating.recognition().flatMap(Recognition::forwardedTo).orElse(null),
                    rating.councilBreaches().stream().map(CouncilBreach::rule).toList(),
                    rating.problems().stream().map(Problem::message).toList());
        }

        private static Integer boxed(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }
    }

    /** An expected failed star minimum. */
    public record Minimum(String criterion, int stars, String requiredOption) {
    }

    /** The criteria versions with golden dossiers, oldest first. */
    public static final List<String> VERSIONS = List.of("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");

    /** Every golden case of a criteria version, by file name. */
    public static List<Golden> of(String versionId) {
        List<Golden> goldens = new ArrayList<>();
        for (Path file : files(versionId)) {
            try {
                goldens.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read golden dossier " + file, e);
            }
        }
        return goldens;
    }

    /** Parses one golden file's text. */
    public static Golden parse(String name, String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            requireOnly(name, root, "about", "source", "settings", "dossier", "expected");
            RatingSettings settings = settings(name, root.path("settings"));
            JsonNode e = root.required("expected");
            requireOnly(name, e, "outcome", "bandStars", "stars", "average", "averageExact", "failedMinimums",
                    "knockOuts", "granted", "forwardedTo", "councilBreaches", "problems", "warnings");
            List<Minimum> minimums = new ArrayList<>();
            for (JsonNode m : e.required("failedMinimums")) {
                requireOnly(name, m, "criterion", "stars", "requiredOption");
                minimums.add(new Minimum(m.required("criterion").asText(), m.required("stars").asInt(),
                        m.required("requiredOption").asText()));
            }
            Expected expected = new Expected(Outcome.valueOf(e.required("outcome").asText()),
                    integer(e.required("bandStars")), integer(e.required("stars")), text(e.required("average")),
                    text(e.required("averageExact")), minimums, strings(e.required("knockOuts")),
                    integer(e.required("granted")),
                    e.required("forwardedTo").isNull() ? null : Level.valueOf(e.get("forwardedTo").asText()),
                    strings(e.required("councilBreaches")).stream().map(CouncilBreach.Rule::valueOf).toList(),
                    strings(e.required("problems")));
            return new Golden(name, root.required("about").asText(), settings,
                    MAPPER.writeValueAsString(root.required("dossier")), expected,
                    e.has("warnings") ? strings(e.get("warnings")) : null);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("golden dossier " + name + ": " + e.getMessage(), e);
        }
    }

    private static RatingSettings settings(String name, JsonNode node) {
        RatingSettings settings = RatingSettings.DEFAULTS;
        if (node.isMissingNode() || node.isNull()) {
            return settings;
        }
        requireOnly(name, node, "minimumPolicy", "consensus", "councilRules", "sheetEdition");
        if (node.has("minimumPolicy")) {
            settings = settings.withMinimumPolicy(MinimumPolicy.valueOf(node.get("minimumPolicy").asText()));
        }
        if (node.has("consensus")) {
            settings = settings.withConsensus(MinimumConsensus.valueOf(node.get("consensus").asText()));
        }
        if (node.has("councilRules")) {
            String rules = node.get("councilRules").asText();
            settings = settings.withCouncilRules(switch (rules) {
                case "NONE" -> CouncilRules.NONE;
                case "TAY_NINH" -> CouncilRules.tayNinh();
                default -> throw new IllegalArgumentException("councilRules: " + rules + "; allowed: NONE, TAY_NINH");
            });
        }
        if (node.has("sheetEdition")) {
            settings = settings.withSheetEdition(node.get("sheetEdition").asText());
        }
        return settings;
    }

    private static void requireOnly(String name, JsonNode node, String... keys) {
        List<String> allowed = List.of(keys);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown key " + key + "; allowed: " + String.join(", ", keys));
            }
        }
    }

    private static Integer integer(JsonNode node) {
        return node.isNull() ? null : node.intValue();
    }

    private static String text(JsonNode node) {
        return node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The golden files of a version, sorted by name, from a directory or from inside a jar. */
    private static List<Path> files(String versionId) {
        String folder = "golden/" + versionId;
        URL url = GoldenDossiers.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no golden dossiers on the class path: " + folder);
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.getPath(folder);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> listing = Files.list(dir)) {
                return listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list golden dossiers " + url, e);
        }
    }
}
