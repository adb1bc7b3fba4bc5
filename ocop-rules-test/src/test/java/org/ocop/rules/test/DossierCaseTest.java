package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.DossierFormatException;

/**
 * Reading one file into a case: a bare dossier, a dossier with its record, a golden file. The golden format is read
 * strictly — an unknown, missing or repeated key and a wrong constant are errors that name the key and what is
 * allowed — and a broken file is a case that fails on its own. Messages verbatim.
 */
class DossierCaseTest {

    @Test
    void bareDossier_read_isNamedByIdAndProductWithNothingToCompare() {
        DossierCase c = DossierCase.read(Bundled.DOSSIERS.resolve("02-nuoc-mam-cat-hai.json"));

        assertThat(c.name()).isEqualTo("HP-2026-014 · Nước mắm truyền thống Cát Hải [02-nuoc-mam-cat-hai.json]");
        assertThat(c.toString()).isEqualTo(c.name());
        assertThat(c.location()).isEqualTo("../examples/dossiers/02-nuoc-mam-cat-hai.json");
        assertThat(c.isReadable()).isTrue();
        assertThat(c.recorded()).isEmpty();
        assertThat(c.expected()).isEmpty();
        assertThat(c.about()).isEmpty();
        assertThat(c.settings()).isEmpty();
    }

    @Test
    void dossierWithRecord_read_carriesTheRecordedResult() {
        DossierCase c = DossierCase.read(Bundled.DOSSIERS.resolve("replay/r2-minimums-not-applied.json"));

        assertThat(c.recorded()).hasValueSatisfying(r -> {
            assertThat(r.stars()).isEqualTo(OptionalInt.of(4));
            assertThat(r.decision()).contains("1877/QĐ-UBND");
        });
    }

    @Test
    void bareDossier_rated_keepsTheRatersSettings() {
        DossierCase c = DossierCase.read(Bundled.DOSSIERS.resolve("06-ruou-lang-van-demoted.json"));
        RatingSettings refuse = RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE);

        assertThat(c.rate(Bundled.RATER.withSettings(refuse)).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void goldenFile_read_carriesAboutSettingsAndEveryExpectedKey() {
        DossierCase c = DossierCase.inClasspathFolder("golden/QD-26-2026").stream()
                .filter(g -> g.location().endsWith("/13-average-points-essential-oil.json")).findFirst().orElseThrow();

        assertThat(c.location()).isEqualTo("golden/QD-26-2026/13-average-points-essential-oil.json");
        assertThat(c.about()).isPresent();
        assertThat(c.settings()).contains(RatingSettings.DEFAULTS.withConsensus(MinimumConsensus.AVERAGE_POINTS));
        ExpectedRating e = c.expected().orElseThrow();
        assertThat(e.outcome()).isEqualTo(Outcome.RATED);
        assertThat(e.failedMinimums()).isNotNull();
        assertThat(e.warnings()).isEmpty(); // not given in the file: not compared
        assertThat(e).isEqualTo(c.expected().orElseThrow()).hasSameHashCodeAs(c.expected().orElseThrow());
    }

    @Test
    void goldenFile_withEveryKindOfValue_readsEachKey() {
        DossierCase c = Golden.withExpected("01-five-stars-forwarded-to-ministry.json",
                "\"knockOuts\": []", "\"knockOuts\": [\"DQ-2.1\"]",
                "\"councilBreaches\": []", "\"councilBreaches\": [\"QUORUM\", \"SPREAD\"]",
                "\"failedMinimums\": []", "\"failedMinimums\": [{\"criterion\": \"1.3\", \"stars\": 5, "
                        + "\"requiredOption\": \"1.3.c\"}]",
                "\"problems\": []", "\"problems\": [\"a \\\"quoted\\\" \\u0111 problem\"], \"warnings\": [\"w\"]");
        ExpectedRating e = c.expected().orElseThrow();

        assertThat(e.knockOuts()).containsExactly("DQ-2.1");
        assertThat(e.councilBreaches()).containsExactly(CouncilBreach.Rule.QUORUM, CouncilBreach.Rule.SPREAD);
        assertThat(e.failedMinimums()).containsExactly(new ExpectedRating.Minimum("1.3", 5, "1.3.c"));
        assertThat(e.problems()).containsExactly("a \"quoted\" đ problem");
        assertThat(e.warnings()).contains(List.of("w"));
        assertThat(e.forwardedTo()).contains(Level.MINISTRY);
        assertThat(e.stars()).isEqualTo(OptionalInt.of(5));
        assertThat(e.average()).isPresent();
        assertThat(e.averageExact()).isPresent();
        assertThat(e.granted()).isPresent();
        assertThat(e.bandStars()).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void goldenFile_dossier_reachesTheReaderVerbatim() {
        // the dossier's own text, not a re-serialisation: the reader's checks (and messages) see what was written
        DossierCase c = Golden.withExpected("02-four-stars-rice.json", "\"findings\": []", "\"findings\": [], "
                + "\"colour\": 1");

        assertThatThrownBy(c::dossier).isInstanceOf(DossierFormatException.class)
                .hasMessageContaining("altered/02-four-stars-rice.json").hasMessageContaining("colour");
    }

    @Test
    void goldenFile_misspeltExpectedKey_isAnErrorNotASkippedCheck() {
        DossierCase c = Golden.withExpected("02-four-stars-rice.json", "\"stars\": 4,", "\"star\": 4,");

        assertThat(c.isReadable()).isFalse();
        assertThat(c.name()).isEqualTo("02-four-stars-rice.json");
        assertThatThrownBy(c::dossier).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("golden file altered/02-four-stars-rice.json: expected: unknown key: \"star\"; allowed: "
                        + "outcome, bandStars, stars, average, averageExact, failedMinimums, knockOuts, granted, "
                        + "forwardedTo, councilBreaches, problems, warnings");
    }

    @Test
    void goldenFile_unknownTopLevelOrSettingsKey_isAnError() {
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"settings\"", "\"setting\"")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: $: unknown key: \"setting\"; allowed: about, "
                        + "source, settings, dossier, expected");
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"settings\": {}",
                "\"settings\": {\"policy\": \"REFUSE\"}")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: settings: unknown key: \"policy\"; allowed: "
                        + "minimumPolicy, consensus, councilRules, sheetEdition");
    }

    @Test
    void goldenFile_missingKeyWrongConstantOrRepeatedKey_isAnErrorNamingIt() {
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"granted\": 4,", "")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: expected: missing key: \"granted\"; "
                        + "allowed: every key of the golden format (null or [] where there is nothing)");
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"outcome\": \"RATED\"",
                "\"outcome\": \"RATE\"")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: expected.outcome: unknown Outcome: \"RATE\"; "
                        + "allowed: RATED, REFUSED, DISQUALIFIED, STOPPED, COUNCIL_RULE_BREACHED, INVALID");
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"settings\": {}",
                "\"settings\": {\"councilRules\": \"HANOI\"}")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: settings.councilRules: unknown council "
                        + "rules: \"HANOI\"; allowed: NONE, TAY_NINH");
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"stars\": 4,", "\"stars\": 4.5,")::dossier)
                .hasMessage("golden file altered/02-four-stars-rice.json: expected.stars: not a whole number: 4.5; "
                        + "allowed: a whole number");
        // a repeated key is not JSON the kit accepts: the dossier reader, stricter about JSON than any, says why
        assertThatThrownBy(Golden.withExpected("02-four-stars-rice.json", "\"stars\": 4,",
                "\"stars\": 4, \"stars\": 5,")::dossier)
                .isInstanceOf(DossierFormatException.class)
                .hasMessage("altered/02-four-stars-rice.json at $.expected: duplicate key: stars; allowed: each key "
                        + "once per object");
    }

    @Test
    void brokenFile_read_isACaseThatFailsOnItsOwn(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"id\": ", StandardCharsets.UTF_8);

        DossierCase c = DossierCase.read(broken);

        assertThat(c.name()).isEqualTo("broken.json");
        assertThat(c.recorded()).isEmpty();
        assertThatThrownBy(c::dossier).isInstanceOf(DossierFormatException.class);
        assertThatThrownBy(() -> c.rate(Bundled.RATER)).isInstanceOf(DossierFormatException.class);
    }

    @Test
    void classpathFolder_insideAJar_isListedByFileName(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("portal-dossiers.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("dossiers/")); // the folder's own entry, as Maven's jars have
            out.closeEntry();
            for (String file : List.of("r5-agrees.json", "r2-minimums-not-applied.json")) {
                out.putNextEntry(new JarEntry("dossiers/" + file));
                out.write(Files.readAllBytes(Bundled.DOSSIERS.resolve("replay/" + file)));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("dossiers/notes.txt"));
            out.write("not a dossier".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            List<DossierCase> cases = DossierCase.inClasspathFolder("/dossiers/");

            assertThat(cases).extracting(DossierCase::location)
                    .containsExactly("dossiers/r2-minimums-not-applied.json", "dossiers/r5-agrees.json");
            assertThat(cases).allMatch(c -> c.recorded().isPresent());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void classpathFolder_missing_saysWhereItWasLookedFor() {
        assertThatThrownBy(() -> DossierCase.inClasspathFolder("no/such"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dossier folder no/such: not on the class path; allowed: a resource folder of *.json "
                        + "dossier or golden files, for example src/test/resources/no/such");
    }

    @Test
    void nullArguments_areRefusedByName() {
        assertThatThrownBy(() -> DossierCase.parse(null, "x")).hasMessage("json");
        assertThatThrownBy(() -> DossierCase.parse("{}", null)).hasMessage("location");
        assertThatThrownBy(() -> DossierCase.read(Bundled.DOSSIERS.resolve("01-che-shan-tuyet-ta-xua.json"))
                .rate(null)).hasMessage("rater");
    }
}
