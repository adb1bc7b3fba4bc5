package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.rules.test.OcopAssertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;

/**
 * Every golden dossier of every criteria version, rated by the engine under test through the kit, exactly as a
 * portal's suite would run its own: {@code @DossierFolder} makes one test per file, the file's settings apply, and
 * {@link RatingAssert#matches} compares every key of {@code "expected"}. The rating must also be made under the
 * version of the file's folder.
 *
 * <p>The golden files stay in the core module ({@code ocop-rules-core/src/test/resources/golden/<version>/}, read here
 * from the core's test-jar): the tools that write them and the schema check in {@code examples} find them there, and
 * their expected values are worked out by those tools on their own, never copied from an engine. The DMN module's
 * golden tests extend this class (from this module's test-jar) with their engines.
 */
public abstract class GoldenDossierSpecification {

    /** The criteria versions with golden dossiers, oldest first: the folders {@code golden/<version>}. */
    static final List<String> VERSIONS = List.of("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");

    /** The rater under test, with default settings; each golden file applies its own. */
    protected abstract Rater rater();

    @ParameterizedTest
    @DossierFolder(classpath = {"golden/QD-1048-2019", "golden/QD-781-2020", "golden/QD-148-2023",
        "golden/QD-26-2026"})
    void goldenDossier_ratedWithItsSettings_matchesItsExpectedRating(DossierCase golden) {
        Rating rating = golden.rate(rater());

        assertThat(rating).as("%s: %s", golden.location(), golden.about().orElseThrow())
                .matches(golden.expected().orElseThrow());
        if (rating.outcome() != Outcome.INVALID) {
            // (an invalid case may show another version's refusal, such as QD-26-2026/15's under 148)
            assertThat(rating).hasCriteriaVersion(versionFolder(golden));
        }
        assertThat(rating.explain()).contains(rating.dossierId());
    }

    private static String versionFolder(DossierCase golden) {
        String[] parts = golden.location().split("/");
        return parts[parts.length - 2];
    }

    @Test
    void goldenFolders_onTheClassPath_areExactlyThoseRun() throws IOException, URISyntaxException {
        // A new criteria version's folder must be added to @DossierFolder above, or its files would never run.
        // The folder is a directory in a build up to "test", inside the core's test-jar in a "verify" build.
        URI golden = GoldenDossierSpecification.class.getClassLoader().getResource("golden").toURI();
        List<String> found;
        if ("jar".equals(golden.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(golden, Map.of())) {
                found = folderNames(jar.getPath("golden"));
            }
        } else {
            found = folderNames(Path.of(golden));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(VERSIONS);
    }

    private static List<String> folderNames(Path folder) throws IOException {
        try (Stream<Path> folders = Files.list(folder)) {
            return folders.map(f -> f.getFileName().toString().replace("/", "")).toList();
        }
    }

    @Test
    void everyHistoricalVersion_hasGoldenDossiers_coveringItsSheetsAndTotalsOnlyDossiers() {
        List<DossierCase> of1048 = DossierCase.inClasspathFolder("golden/QD-1048-2019");
        assertThat(of1048.stream().map(g -> g.dossier().productSet())).contains("I.2.1", "I.3.3", "III.1", "VI.1");
        assertThat(of1048).anyMatch(g -> g.dossier().isTotalsOnly());
        assertThat(of1048.stream().map(g -> g.expected().orElseThrow().bandStars()))
                .contains(OptionalInt.of(2), OptionalInt.of(3), OptionalInt.of(4), OptionalInt.of(5));
        List<DossierCase> of148 = DossierCase.inClasspathFolder("golden/QD-148-2023");
        assertThat(of148).anyMatch(g -> g.dossier().productSet().equals("I.1.a") && !g.dossier().isTotalsOnly());
        assertThat(of148).anyMatch(g -> !g.dossier().productSet().equals("I.1.a") && g.dossier().isTotalsOnly());
        List<DossierCase> of781 = DossierCase.inClasspathFolder("golden/QD-781-2020");
        assertThat(of781).anyMatch(g -> g.dossier().isTotalsOnly());
        List<DossierCase> of781Sheets = of781.stream().filter(g -> !g.dossier().isTotalsOnly()).toList();
        // a food, a craft (2★ minimum), the textile sheet (minimums not mapped), tourism, set 7
        assertThat(of781Sheets.stream().map(g -> g.dossier().productSet()))
                .contains("I.5.1", "IV.2", "V.1", "VI.1", "I.3.3");
        assertThat(of781Sheets.stream().map(g -> g.expected().orElseThrow()))
                .anyMatch(e -> e.failedMinimums().stream().anyMatch(m -> m.stars() == 2)
                        && e.stars().equals(OptionalInt.of(1)))
                .anyMatch(e -> e.bandStars().equals(OptionalInt.of(3)) && e.stars().equals(OptionalInt.of(2)));
        assertThat(of781Sheets).anyMatch(g -> g.settings().orElseThrow().sheetEdition().equals(Optional.of("portal")));
    }

    @Test
    void theGoldenDossiers_coverEveryOutcomeAndStar() {
        List<DossierCase> goldens = DossierCase.inClasspathFolder("golden/QD-26-2026");
        List<ExpectedRating> expected = goldens.stream().map(g -> g.expected().orElseThrow()).toList();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
        assertThat(expected).extracting(ExpectedRating::outcome).contains(Outcome.values());
        assertThat(expected).extracting(ExpectedRating::stars)
                .contains(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), OptionalInt.of(4), OptionalInt.of(5));
        assertThat(expected).anyMatch(e -> e.stars().isPresent()
                && e.bandStars().getAsInt() > e.stars().getAsInt());
        assertThat(goldens.stream().map(g -> g.dossier().productSet()).distinct()).hasSizeGreaterThan(10);
    }
}
